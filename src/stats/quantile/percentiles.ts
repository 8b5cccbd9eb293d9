import { checkProbabilities, checkQuantileMethod, quantileSorted, sortedSample } from "./quantileSorted.js";
import type { QuantileOptions } from "./methods.js";

/**
 * Several sample quantiles (percentiles) of the same values at once, one per probability, in
 * the order given; the values are sorted only once.
 *
 * @remarks
 * Each entry is exactly `quantile(values, ps[i], options)`: with the default `"linear"` method
 * (Hyndman & Fan type 7) the 0-based position h = (n − 1)·p in the sorted values, interpolated
 * between its neighbours; see {@link quantile} and {@link QUANTILE_METHODS}. Probabilities are
 * fractions (0.9 for the 90th percentile), may repeat and need not be sorted. Results equal
 * numpy 2.x's `np.quantile(values, ps, method=...)`. O(n log n + k) for k probabilities.
 *
 * @param values - Finite numbers, in any order (an array or any iterable). Not modified.
 * @param ps - Probabilities from 0 to 1.
 * @param options - `method`: one of {@link QUANTILE_METHODS}, default `"linear"`.
 * @returns One number per probability, or one `null` per probability when `values` is empty.
 * @throws {@link KpiInputError} when a value is not a finite number (field `"values"`, with its
 *   index), when `ps` is not an array or one of its entries is not a number in [0, 1] (field
 *   `"ps"`, with its index), or when `method` is unknown (field `"options.method"`).
 * @example
 * ```ts
 * percentiles([1, 3, 2, 4], [0.3, 0.9, 0]); // [1.9, 3.7, 1] (Excel PERCENTILE.INC)
 * percentiles([15, 20, 35, 40, 50], [0.4, 0.5, 0.8], { method: "weibull" }); // [26, 35, 48] (PERCENTILE.EXC)
 * percentiles([], [0.5, 0.9]); // [null, null]
 * ```
 * @see Hyndman, R. J. and Fan, Y. (1996), "Sample quantiles in statistical packages", The
 *   American Statistician 50(4):361–365; numpy.quantile (numpy 2.x); docs/kpis/percentiles.md.
 * @category Statistics
 */
export function percentiles(values: Iterable<number>, ps: Iterable<number>, options?: QuantileOptions): (number | null)[] {
  const kpi = "percentiles";
  const sorted = sortedSample(kpi, "values", values);
  const probs = checkProbabilities(kpi, "ps", ps);
  const method = checkQuantileMethod(kpi, options);
  if (sorted.length === 0) return probs.map(() => null);
  return probs.map((p) => quantileSorted(sorted, p, method));
}
