/**
 * The names of the sample-quantile definitions that {@link quantile}, {@link percentiles} and
 * `durationStats` accept as `method`: numpy's names, in numpy's order.
 *
 * @remarks
 * The first nine are Hyndman & Fan's (1996) types 1–9; the last four are numpy's older
 * `interpolation` choices.
 *
 * | method | H&F type | rule (0-based position h in the sorted values) |
 * | --- | --- | --- |
 * | `"inverted_cdf"` | 1 | the smallest value whose share of values at or below it reaches p (nearest rank) |
 * | `"averaged_inverted_cdf"` | 2 | as type 1, but the mean of two neighbours where the empirical CDF is flat |
 * | `"closest_observation"` | 3 | the observation nearest to n·p, ties to the even order statistic |
 * | `"interpolated_inverted_cdf"` | 4 | h = n·p − 1, interpolated |
 * | `"hazen"` | 5 | h = n·p − 0.5, interpolated |
 * | `"weibull"` | 6 | h = (n + 1)·p − 1, interpolated (Excel PERCENTILE.EXC, SPSS, Minitab) |
 * | `"linear"` | 7 | h = (n − 1)·p, interpolated (default: R, numpy, pandas, Excel PERCENTILE.INC, PostgreSQL percentile_cont) |
 * | `"median_unbiased"` | 8 | h = (n + 1/3)·p − 2/3, interpolated (recommended by Hyndman & Fan) |
 * | `"normal_unbiased"` | 9 | h = (n + 1/4)·p − 5/8, interpolated |
 * | `"lower"` | – | the value at floor((n − 1)·p) |
 * | `"higher"` | – | the value at ceil((n − 1)·p) |
 * | `"nearest"` | – | the value at (n − 1)·p rounded half to even |
 * | `"midpoint"` | – | the mean of `"lower"` and `"higher"` |
 *
 * Positions below 0 give the smallest value and positions at or past n − 1 the largest.
 *
 * @see Hyndman, R. J. and Fan, Y. (1996), "Sample quantiles in statistical packages",
 *   The American Statistician 50(4):361–365.
 * @see numpy.quantile, "method" parameter (numpy 2.x).
 * @category Statistics
 */
export const QUANTILE_METHODS = /* @__PURE__ */ Object.freeze([
  "inverted_cdf",
  "averaged_inverted_cdf",
  "closest_observation",
  "interpolated_inverted_cdf",
  "hazen",
  "weibull",
  "linear",
  "median_unbiased",
  "normal_unbiased",
  "lower",
  "higher",
  "nearest",
  "midpoint",
] as const);

/**
 * One of the {@link QUANTILE_METHODS}: which sample-quantile definition to use.
 *
 * @category Statistics
 */
export type QuantileMethod = (typeof QUANTILE_METHODS)[number];

/**
 * Options of {@link quantile} and {@link percentiles}.
 *
 * @category Statistics
 */
export interface QuantileOptions {
  /** The sample-quantile definition; default `"linear"` (Hyndman & Fan type 7). */
  readonly method?: QuantileMethod | undefined;
}
