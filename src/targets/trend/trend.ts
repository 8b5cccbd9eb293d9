import { checkConfidence, checkObject, fail } from "../../_lib/check.js";
import { twoSidedNormalP } from "../../stats/distributions/normal.js";
import { continuityZ, mannKendallSums } from "../_lib/mannKendall.js";
import { selectPairSlopes, slopeSet } from "../_lib/pairSlopes.js";
import { median, midpoint, senIntervalRanks } from "../_lib/senSlope.js";
import { readTrendSeries, type TrendPoint } from "../_lib/trendSeries.js";

export type { TrendPoint };

/** Options of {@link trend}. */
export interface TrendOptions {
  /** Significance level of `direction`, strictly between 0 and 1; default 0.05. */
  readonly alpha?: number | undefined;
  /** Level of `slopeCi`, strictly between 0 and 1; default 0.95. */
  readonly confidence?: number | undefined;
  /** Season length in points (7 for weekdays in daily data, 12 for months): the seasonal Kendall test. */
  readonly period?: number | undefined;
}

/** `"increasing"` or `"decreasing"` when p < alpha, otherwise `"no trend"`. */
export type TrendDirection = "increasing" | "decreasing" | "no trend";

/** Why {@link trend} could not test: fewer than 3 points, or a season with fewer than 2. */
export type TrendReason = "too-few-points" | "too-few-points-in-season";

/** The result of {@link trend}; every statistic is `null` when `reason` is set. */
export interface TrendResult {
  /** Number of points. */
  readonly n: number;
  /** Season length used, or `null` for the plain Mann–Kendall test. */
  readonly period: number | null;
  /** Mann–Kendall S (summed over seasons): rising minus falling pairs. */
  readonly s: number | null;
  /** Variance of S under no trend, corrected for tied values. */
  readonly varS: number | null;
  /** (S − sgn S) / √varS, 0 when S = 0. */
  readonly z: number | null;
  /** Two-sided normal p-value of z. */
  readonly pValue: number | null;
  /** Kendall's tau-b of value against time; `null` when every value is the same. */
  readonly tau: number | null;
  /** The verdict at `alpha`. */
  readonly direction: TrendDirection | null;
  /** Sen's slope: value units per step (plain numbers), per unit of t, or per day (timestamps). */
  readonly slope: number | null;
  /** median(value − slope · x): the fitted value at x = 0 (the first point of a plain series). */
  readonly intercept: number | null;
  /** Sen's rank interval of the slope; `null` when too few pairs for the level. */
  readonly slopeCi: {
    /** Lower bound of the slope, in the units of `slope`. */
    readonly lower: number;
    /** Upper bound of the slope, in the units of `slope`. */
    readonly upper: number;
    /** Confidence level, a fraction (e.g. 0.95). */
    readonly level: number;
  } | null;
  /** `null` when computed; otherwise why not. */
  readonly reason: TrendReason | null;
}

const KPI = "trend";

function checkLevel(field: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value > 0 && value < 1)) fail(KPI, field, value, "a number strictly between 0 and 1");
  return value;
}

/** Largest magnitude that keeps every difference of two values finite. */
const SCALE_LIMIT = 2 ** 1021;

/**
 * Scales `v` in place by the power of two (≤ 1) that brings its largest magnitude to at most
 * 2^1021, and returns it: 1, and `v` untouched, when it already is. Exact except for values that
 * become subnormal, far below any that matters beside values of 2^1021.
 */
function downScale(v: Float64Array): number {
  let largest = 0;
  for (let i = 0; i < v.length; i++) largest = Math.max(largest, Math.abs(v[i] as number));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, without it the loop below leaves the scale at 1 and multiplies by 1
  if (largest <= SCALE_LIMIT) return 1;
  let scale = 1;
  // Stryker disable next-line EqualityOperator: equivalent in practice, one halving more is undone exactly when scaling back; only a value turned subnormal beside one of exactly 2^1021 would lose a bit
  while (largest * scale > SCALE_LIMIT) scale /= 2;
  // Stryker disable next-line EqualityOperator: equivalent, a write one past the end of a typed array is dropped
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) * scale;
  return scale;
}

function empty(n: number, period: number | null, reason: TrendReason): TrendResult {
  return { n, period, s: null, varS: null, z: null, pValue: null, tau: null, direction: null, slope: null, intercept: null, slopeCi: null, reason };
}

/**
 * Trend of a KPI series: the Mann–Kendall test (optionally seasonal) with Sen's slope.
 *
 * @remarks
 * S = Σ_{i<j} sgn(y_j − y_i) over pairs in time order; varS = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18
 * over groups of t equal values; z = (S − 1)/√varS for S > 0, (S + 1)/√varS for S < 0, 0 for S = 0;
 * pValue = 2·(1 − Φ(|z|)). tau is Kendall's tau-b, S / √((N0 − N1)·N0) with N0 = n(n−1)/2 and
 * N1 = Σ t(t−1)/2 (as R's `trend::mk.test` and `Kendall::MannKendall`). `slope` is Sen's: the
 * median of (y_j − y_i)/(x_j − x_i); `slopeCi` takes the ordered slopes of ranks
 * round((N − C)/2) and round((N + C)/2 + 1) with C = z_(1+level)/2 · √varS (Sen 1968; Gilbert 1987
 * §16.5; R's `trend::sens.slope`). `intercept` = median(y − slope·x) (as `zyp.sen`).
 *
 * With `period` p (Hirsch, Slack & Smith 1982): point k (in time order) is in season k mod p; S,
 * varS and the tau-b denominators are summed over seasons, and the slope is the median of the
 * within-season pairwise slopes (per step, like the plain slope).
 *
 * O(n log n) time and O(n) memory, at any length (a million points in a few seconds and about
 * 150 MB): S and the ties by merge sort (Knight 1966); the slope and its interval by randomised
 * slope selection (Matoušek 1991; Dillencourt, Mount & Netanyahu 1992), which counts the pairs
 * below a slope without listing them. The numbers equal sorting every pair's slope as computed
 * in floating point, with one exception: a series linear to the last bit whose differences are
 * not exact in binary (0.1, 0.2, 0.3 … over hundreds of thousands of points), where millions of
 * slopes differ only by rounding; the slope is then the exact median slope rounded, within a
 * few units of rounding of the sorted one. A value of −0 counts as 0. Values or times beyond
 * ±2^1021 (about ±2.2e307) are first divided by a power of two, exactly, so that no difference
 * overflows, and the results multiplied back.
 *
 * Too little data is not an error: fewer than 3 points, or a season with fewer than 2, gives
 * nulls and `reason`. Points need not be sorted; `{ t, value }` points are ordered by `t`.
 *
 * @param series - Numbers (equally spaced in time) or `{ t, value }` points with distinct `t`.
 * @throws {@link KpiInputError} for a non-finite value (`"series"` or `"series.value"`), an
 *   invalid or repeated `t` (`"series.t"`), `alpha`/`confidence` outside (0, 1), a `period`
 *   that is not a whole number ≥ 1, or a series whose slope, interval or intercept is beyond
 *   the largest double (`"series"`, with the largest |value|).
 * @example
 * ```ts
 * trend([6, 4, 1, 8, 7, 8]);
 * // { n: 6, period: null, s: 6, varS: 82 / 3, z: 0.95637…, pValue: 0.33889…, tau: 0.41404…,
 * //   direction: "no trend", slope: 2 / 3, intercept: 4.5, slopeCi: { lower: -2.5, upper: 3, level: 0.95 }, reason: null }
 * trend([1, 2]); // nulls, reason: "too-few-points"
 * ```
 * @see Mann (1945); Kendall (1975) Rank Correlation Methods; Gilbert (1987) Statistical Methods for
 *   Environmental Pollution Monitoring, ch. 16–17; Hirsch, Slack & Smith (1982) Water Resources
 *   Research 18(1); docs/guides/trends-and-control-charts.md.
 * @category Trends
 */
export function trend(series: Iterable<number> | Iterable<TrendPoint>, options: TrendOptions = {}): TrendResult {
  const opts = checkObject(KPI, "options", options);
  const alpha = checkLevel("options.alpha", opts.alpha, 0.05);
  const level = checkConfidence(KPI, opts.confidence);
  const p = opts.period;
  if (p !== undefined && (!Number.isSafeInteger(p) || (p as number) < 1)) fail(KPI, "options.period", p, "a whole number ≥ 1");
  const { x, y } = readTrendSeries(KPI, series);
  const n = y.length;
  const period = (p as number | undefined) ?? null;
  if (n < 3) return empty(n, period, "too-few-points");
  const seasons = period ?? 1;
  if (n < 2 * seasons) return empty(n, period, "too-few-points-in-season");
  // season g holds points g, g + p, g + 2p … in time order; laid out one season after another
  let xs = x;
  let ys = y;
  const starts = new Int32Array(seasons + 1);
  starts[seasons] = n;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, with one season the layout is the series itself
  if (seasons > 1) {
    xs = new Float64Array(n);
    ys = new Float64Array(n);
    let at = 0;
    // Stryker disable next-line EqualityOperator: equivalent, a season past the last starts at n and writes only past the end of the typed arrays, where writes are dropped
    for (let season = 0; season < seasons; season++) {
      starts[season] = at;
      for (let k = season; k < n; k += seasons) {
        xs[at] = x[k] as number;
        ys[at++] = y[k] as number;
      }
    }
  }
  let s = 0;
  let varS = 0;
  let tauDen = 0;
  // Stryker disable next-line EqualityOperator: equivalent, a season past the last is empty (subarray from n), and its sums are 0
  for (let season = 0; season < seasons; season++) {
    const sums = mannKendallSums(ys.subarray(starts[season], starts[season + 1]));
    s += sums.s;
    varS += sums.varS;
    tauDen += sums.tauDenominator;
  }
  const z = continuityZ(s, varS);
  const pValue = twoSidedNormalP(z);
  // Values or times beyond ±2^1021 are scaled by a power of two first, so that no difference
  // y_j − y_i or x_j − x_i overflows (the all-pairs definition would give ±Infinity or NaN
  // there); scaling by a power of two is exact, and the results are scaled back. Other series
  // are left as they are, so their numbers are unchanged.
  const largest = ys.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const sx = downScale(xs);
  const sy = downScale(ys);
  // Sen's slope and its interval: order statistics of the pooled within-season slopes
  const pairs = slopeSet(xs, ys, starts);
  const big = pairs.pairs;
  const mid = Math.floor(big / 2);
  const ranks = big % 2 === 1 ? [mid] : [mid - 1, mid];
  const ci = senIntervalRanks(big, varS, level);
  if (ci !== null) ranks.push(ci.lower - 1, ci.upper - 1);
  const picked = selectPairSlopes(pairs, ranks);
  const slope = big % 2 === 1 ? (picked[0] as number) : midpoint(picked[0] as number, picked[1] as number);
  // the residuals y − slope·x of every point (in season layout: the median needs no order), in ys
  // Stryker disable next-line EqualityOperator: equivalent, a write one past the end of a typed array is dropped
  for (let k = 0; k < n; k++) ys[k] = (ys[k] as number) - slope * (xs[k] as number);
  // back to the series' own scale: y = y'/sy and x = x'/sx, so slope = slope'·sx/sy
  const unscale = sx / sy;
  const line = { slope: slope * unscale, intercept: median(ys) / sy };
  const interval = ci === null ? null : { lower: (picked[picked.length - 2] as number) * unscale, upper: (picked[picked.length - 1] as number) * unscale, level };
  if (![line.slope, line.intercept, interval?.lower ?? 0, interval?.upper ?? 0].every(Number.isFinite)) {
    fail(KPI, "series", largest, `values whose Sen line fits in a double: its slope, interval or intercept is beyond ±${Number.MAX_VALUE.toPrecision(3)} (largest |value| shown)`);
  }
  return {
    n,
    period,
    s,
    varS,
    z,
    pValue,
    tau: tauDen === 0 ? null : s / tauDen,
    // Stryker disable next-line EqualityOperator: equivalent, S = 0 gives z = 0 and p = 1, never below alpha
    direction: pValue < alpha ? (s > 0 ? "increasing" : "decreasing") : "no trend",
    slope: line.slope,
    intercept: line.intercept,
    slopeCi: interval,
    reason: null,
  };
}
