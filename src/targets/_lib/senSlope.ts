/**
 * Sen's (Theil–Sen) slope: the median of pairwise slopes, its rank-based confidence interval
 * (Sen 1968; Gilbert 1987, §16.5) and the intercept median(y − slope·x).
 *
 * @module
 */
import { zForConfidence } from "../../stats/distributions/normal.js";

/** Median of a non-empty list (mean of the two middle values for an even count). O(n log n). */
export function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Pushes (y_j − y_i) / (x_j − x_i) for every pair i < j of one series (x ascending, distinct). */
export function pushPairwiseSlopes(x: readonly number[], y: readonly number[], into: number[]): void {
  for (let i = 0; i < x.length - 1; i++) {
    for (let j = i + 1; j < x.length; j++) {
      into.push(((y[j] as number) - (y[i] as number)) / ((x[j] as number) - (x[i] as number)));
    }
  }
}

/** R's `round()`: to the nearest integer, halves to even (IEC 60559). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Confidence bounds of Sen's slope from the N ordered slopes: C = z · √Var(S),
 * lower = slope of rank round((N − C)/2), upper = slope of rank round((N + C)/2 + 1)
 * (1-based, R's `trend::sens.slope`). `null` when a rank falls outside 1…N (too few pairs).
 */
export function senSlopeInterval(
  slopes: readonly number[],
  varS: number,
  level: number,
): { readonly lower: number; readonly upper: number; readonly level: number } | null {
  const sorted = Float64Array.from(slopes).sort();
  const big = sorted.length;
  const c = zForConfidence(level) * Math.sqrt(varS);
  const lo = roundHalfEven((big - c) / 2);
  const up = roundHalfEven((big + c) / 2 + 1);
  if (lo < 1 || up > big) return null;
  return { lower: sorted[lo - 1] as number, upper: sorted[up - 1] as number, level };
}
