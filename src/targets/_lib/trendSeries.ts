/**
 * Reading the series of {@link trend}: plain numbers (equally spaced, x = 0, 1, 2 …) or
 * `{ t, value }` points (x = t as given for numbers, days since 1970 for a `Date` or ISO string).
 *
 * @module
 */
import { checkArray, checkFinite, checkObject, fail } from "../../_lib/check.js";
import { DAY_MS } from "../../_lib/time/civil.js";
import { toEpochMs } from "../../_lib/time/instant.js";
import { RadixSpace, sortByKey } from "./floatOrder.js";

/** One observation of a trend series: its time and its value. */
export interface TrendPoint {
  /**
   * When the value was observed: a number (any unit: period index, day number; used as it is)
   * or a timestamp (`Date` or ISO 8601 string, read in UTC without an offset), counted in days
   * since 1970-01-01, so that the slope is per day.
   */
  readonly t: number | Date | string;
  /** The observed value. */
  readonly value: number;
}

/** A validated series, sorted by time: `x` strictly ascending; no value is −0 (read as 0). */
export interface TimedSeries {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** Validates and sorts a series; times must be distinct. O(n log n), in typed arrays. */
export function readTrendSeries(kpi: string, series: unknown): TimedSeries {
  const list = checkArray(kpi, "series", series);
  const n = list.length;
  const y = new Float64Array(n);
  // Stryker disable next-line ConditionalExpression: equivalent, an empty list read as points is the same empty series
  if (n === 0 || typeof list[0] === "number") {
    for (let i = 0; i < n; i++) y[i] = checkFinite(kpi, "series", list[i], i) + 0;
    return { x: Float64Array.from({ length: n }, (_, i) => i), y };
  }
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = checkObject(kpi, "series", list[i], i);
    // Stryker disable next-line ArithmeticOperator: equivalent, −0 and 0 are one time to the distinct-times check and give the same difference with any other time
    t[i] = (typeof o.t === "number" ? checkFinite(kpi, "series.t", o.t, i) : toEpochMs(o.t, "UTC", { kpi, field: "series.t", index: i }) / DAY_MS) + 0;
    y[i] = checkFinite(kpi, "series.value", o.value, i) + 0;
  }
  // stable: of points at one time, the later in the input is the one reported
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  sortByKey(t, order, new RadixSpace(n));
  // Stryker disable next-line EqualityOperator: equivalent, one past the end reads undefined, which equals no time
  for (let k = 1; k < n; k++) {
    const i = order[k] as number;
    if (t[i] === t[order[k - 1] as number]) fail(kpi, "series.t", (list[i] as { t: unknown }).t, "distinct times (one value per time)", i);
  }
  return { x: Float64Array.from(order, (i) => t[i] as number), y: Float64Array.from(order, (i) => y[i] as number) };
}
