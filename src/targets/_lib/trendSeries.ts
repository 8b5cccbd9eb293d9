/**
 * Reading the series of {@link trend}: plain numbers (equally spaced, x = 0, 1, 2 …) or
 * `{ t, value }` points (x = t as given for numbers, days since 1970 for a `Date` or ISO string).
 *
 * @module
 */
import { checkArray, checkFinite, checkObject, fail } from "../../_lib/check.js";
import { DAY_MS } from "../../_lib/time/civil.js";
import { toEpochMs } from "../../_lib/time/instant.js";

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

/** A validated series, sorted by time: `x` strictly ascending. */
export interface TimedSeries {
  readonly x: number[];
  readonly y: number[];
}

/** Validates and sorts a series; times must be distinct. O(n log n). */
export function readTrendSeries(kpi: string, series: unknown): TimedSeries {
  const list = checkArray(kpi, "series", series);
  if (list.length === 0) return { x: [], y: [] };
  if (typeof list[0] === "number") {
    const y = list.map((v, i) => checkFinite(kpi, "series", v, i));
    return { x: y.map((_, i) => i), y };
  }
  const points = list.map((p, i) => {
    const o = checkObject(kpi, "series", p, i);
    const t = typeof o.t === "number" ? checkFinite(kpi, "series.t", o.t, i) : toEpochMs(o.t, "UTC", { kpi, field: "series.t", index: i }) / DAY_MS;
    return { t, value: checkFinite(kpi, "series.value", o.value, i), i };
  });
  points.sort((a, b) => a.t - b.t);
  for (let k = 1; k < points.length; k++) {
    const p = points[k] as (typeof points)[number];
    if (p.t === (points[k - 1] as (typeof points)[number]).t) {
      fail(kpi, "series.t", (list[p.i] as { t: unknown }).t, "distinct times (one value per time)", p.i);
    }
  }
  return { x: points.map((p) => p.t), y: points.map((p) => p.value) };
}
