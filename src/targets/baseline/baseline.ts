import { checkArray, checkFinite, checkIntegerIn, checkObject } from "../../_lib/check.js";
import { mean } from "../../_lib/math.js";
import { median } from "../_lib/senSlope.js";

/** One period of a KPI series: a number, or an object with its `value`. */
export type SeriesValue = number | {
  /** The period's value, in the KPI's units (ms, percent, NPS points). */
  readonly value: number;
};

/** Options of {@link baseline}. */
export interface BaselineOptions {
  /** How many of the last periods make the baseline (default 3, a quarter of months). */
  readonly periods?: number | undefined;
}

/** The result of {@link baseline}; the statistics are `null` when there are too few periods. */
export interface BaselineResult {
  /** Mean of the last `periods` values, in the KPI's units. */
  readonly mean: number | null;
  /** Median of the last `periods` values, in the KPI's units. */
  readonly median: number | null;
  /** Smallest of the last `periods` values, in the KPI's units. */
  readonly min: number | null;
  /** Largest of the last `periods` values, in the KPI's units. */
  readonly max: number | null;
  /** Periods used: `periods`, or the number available when too few. */
  readonly n: number;
  /** Why the statistics are `null` (too few periods), else `null`. */
  readonly reason: string | null;
}

const KPI = "baseline";

/**
 * The baseline of a KPI: mean, median, min and max of its last few periods (default 3).
 *
 * @remarks
 * The series is in chronological order (oldest first), one value per period (a monthly CSAT,
 * a weekly median FRT); the baseline is taken over its last `periods` values. With fewer values
 * than `periods` the statistics are `null` and `reason` says why: a baseline from one month is
 * not a three-month baseline. mean = Σ values / n (compensated sum), median = middle value (mean
 * of the two middle ones for even n); both stay finite for values near ±1.8e308, whose sum
 * would not. O(n) plus O(p log p) for the median.
 *
 * @param series - Values (or `{ value }` objects) oldest first; an array or any iterable.
 * @throws {@link KpiInputError} when the series is not a list (field `"series"`), a value is not
 *   finite (`"series"`, with its index), or `periods` is not a whole number from 1 to 10,000
 *   (`"options.periods"`).
 * @example
 * ```ts
 * baseline([240_000, 200_000, 180_000, 190_000]); // last 3 months of first response times
 * // { mean: 190_000, median: 190_000, min: 180_000, max: 200_000, n: 3, reason: null }
 * baseline([82], { periods: 3 });
 * // { mean: null, median: null, min: null, max: null, n: 1, reason: "need 3 periods, got 1" }
 * ```
 * @see docs/guides/targets-and-trends.md.
 * @category Targets
 */
export function baseline(series: Iterable<SeriesValue>, options: BaselineOptions = {}): BaselineResult {
  const list = checkArray(KPI, "series", series);
  const opts = checkObject(KPI, "options", options);
  const periods = opts.periods === undefined ? 3 : checkIntegerIn(KPI, "options.periods", opts.periods, 1, 10_000);
  const values = list.map((v, i) => {
    const raw = v !== null && typeof v === "object" ? (v as { value?: unknown }).value : v;
    return checkFinite(KPI, "series", raw, i);
  });
  if (values.length < periods) {
    const n = values.length;
    return { mean: null, median: null, min: null, max: null, n, reason: `need ${periods} period${periods === 1 ? "" : "s"}, got ${n}` };
  }
  const last = values.slice(-periods);
  const average = Math.min(Math.max(mean(last), Math.min(...last)), Math.max(...last));
  // median's mean of the two middle values is finite near ±1.8e308 too (senSlope's midpoint)
  return { mean: average, median: median(last), min: Math.min(...last), max: Math.max(...last), n: periods, reason: null };
}
