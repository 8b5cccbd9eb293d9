import { checkProbability, checkQuantileMethod, quantileSorted, sortedSample } from "./quantileSorted.js";
import type { QuantileOptions } from "./methods.js";

/**
 * Sample quantile: the value below which a share `p` of the values lies (the median at
 * p = 0.5, the 90th percentile at p = 0.9), by any of numpy's 13 methods.
 *
 * @remarks
 * The values are copied and sorted; the default method `"linear"` (Hyndman & Fan type 7) then
 * takes the 0-based position h = (n − 1)·p in the sorted copy x and interpolates:
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). This is R's default, numpy's and pandas' default,
 * Excel PERCENTILE.INC and PostgreSQL `percentile_cont`. Other methods change the position or
 * pick an observation instead of interpolating; see {@link QUANTILE_METHODS}. Results equal
 * numpy 2.x's `np.quantile` (the same float64 arithmetic, checked to 1e-9 against numpy on
 * more than 11,000 cases, boundary cases included).
 *
 * Every value counts; there are no weights. No values gives `null`. The result always lies
 * between the smallest and the largest value. O(n log n) for the sort; to get several
 * quantiles of the same values, {@link percentiles} sorts once.
 *
 * @param values - Finite numbers, in any order (an array or any iterable). Not modified.
 * @param p - The probability, from 0 (the minimum) to 1 (the maximum).
 * @param options - `method`: one of {@link QUANTILE_METHODS}, default `"linear"`.
 * @returns The quantile, or `null` when `values` is empty.
 * @throws {@link KpiInputError} when a value is not a finite number (field `"values"`, with
 *   its index), when `p` is not a number in [0, 1] (field `"p"`), or when `method` is unknown
 *   (field `"options.method"`).
 * @example
 * ```ts
 * quantile([15, 20, 35, 40, 50], 0.4); // 29 (Excel PERCENTILE.INC)
 * quantile([15, 20, 35, 40, 50], 0.4, { method: "weibull" }); // 26 (Excel PERCENTILE.EXC)
 * quantile([15, 20, 35, 40, 50], 0.4, { method: "inverted_cdf" }); // 20 (nearest rank)
 * quantile([], 0.5); // null
 * ```
 * @see Hyndman, R. J. and Fan, Y. (1996), "Sample quantiles in statistical packages", The
 *   American Statistician 50(4):361–365; numpy.quantile (numpy 2.x); docs/kpis/percentiles.md.
 * @category Statistics
 */
export function quantile(values: Iterable<number>, p: number, options?: QuantileOptions): number | null {
  const kpi = "quantile";
  const sorted = sortedSample(kpi, "values", values);
  const prob = checkProbability(kpi, "p", p);
  const method = checkQuantileMethod(kpi, options);
  return sorted.length === 0 ? null : quantileSorted(sorted, prob, method);
}
