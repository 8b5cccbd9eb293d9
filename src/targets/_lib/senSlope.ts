/**
 * Sen's (Theil–Sen) slope: the median of pairwise slopes, its rank-based confidence interval
 * (Sen 1968; Gilbert 1987, §16.5) and the intercept median(y − slope·x).
 *
 * @module
 */
import { zForConfidence } from "../../stats/distributions/normal.js";

/**
 * The mean of two finite numbers, finite: (a + b) / 2, or a / 2 + b / 2 when the sum overflows
 * (both near ±1.8e308). The two agree wherever the sum is finite and the halves are not
 * subnormal, so only the overflowing case takes the second form.
 */
export function midpoint(a: number, b: number): number {
  const m = (a + b) / 2;
  return Number.isFinite(m) ? m : a / 2 + b / 2;
}

/** Median of a non-empty list (mean of the two middle values for an even count). O(n log n). */
export function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : midpoint(sorted[mid - 1] as number, sorted[mid] as number);
}

/** R's `round()`: to the nearest integer, halves to even (IEC 60559). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Ranks of the confidence bounds of Sen's slope among the N ordered slopes: C = z · √Var(S),
 * lower rank round((N − C)/2), upper rank round((N + C)/2 + 1) (1-based, R's
 * `trend::sens.slope`). `null` when a rank falls outside 1…N (too few pairs for the level).
 */
export function senIntervalRanks(pairs: number, varS: number, level: number): { readonly lower: number; readonly upper: number } | null {
  const c = zForConfidence(level) * Math.sqrt(varS);
  const lower = roundHalfEven((pairs - c) / 2);
  const upper = roundHalfEven((pairs + c) / 2 + 1);
  // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent in practice, the two ranks are symmetric about (N + 1) / 2, so both fall outside 1…N together, except when z·√Var(S) is exactly N − 1 with N even, which no level reaches
  if (lower < 1 || upper > pairs) return null;
  return { lower, upper };
}
