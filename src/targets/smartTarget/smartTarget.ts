import { checkArray, checkFinite, checkIntegerIn, checkObject, fail } from "../../_lib/check.js";
import { DAY_MS } from "../../_lib/time/civil.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { checkTimeZone } from "../../_lib/time/zone.js";
import { checkDirection, improvementOver, type Direction } from "../_lib/direction.js";
import { medianPairwiseSlope } from "../_lib/medianSlope.js";

/** One past value of the KPI and when it was measured. */
export interface DatedValue {
  /** When the value was measured: a `Date`, epoch ms or a timestamp string. */
  readonly at: TimestampInput;
  /** The KPI value, in the library's units (ms, percent, NPS points). */
  readonly value: number;
}

/** Input of {@link smartTarget}: a specific, measurable, time-bound goal and the history. */
export interface SmartTargetInput {
  /** The KPI name, e.g. `"firstResponseTime"`; carried for reports, not interpreted. */
  readonly kpi: string;
  /** Which way the KPI improves: `"higher-is-better"` or `"lower-is-better"`. */
  readonly direction: Direction;
  /** The goal value, in the KPI's units (ms, percent, NPS points). */
  readonly goal: number;
  /** When the goal should be reached; not before the last point of the series. */
  readonly deadline: TimestampInput;
  /** Past values with dates, in any order. */
  readonly series: readonly DatedValue[];
  /** Fewest points for a projection (default 3, at least 2). */
  readonly minPoints?: number | undefined;
  /** Zone for timestamp strings without an offset (default `"UTC"`). */
  readonly timeZone?: string | undefined;
}

/** The result of {@link smartTarget}; projection fields are `null` with a `reason` when too few points. */
export interface SmartTargetResult {
  /** The KPI name, as passed in. */
  readonly kpi: string;
  /** The goal value, in the KPI's units. */
  readonly goal: number;
  /** The deadline, ISO 8601 in UTC. */
  readonly deadline: string;
  /**
   * The latest value of the series (by date; of several on the latest date, the largest, so the
   * order of the points never matters), or `null` for an empty series.
   */
  readonly current: number | null;
  /** Whether the latest value already meets the goal. */
  readonly metNow: boolean | null;
  /** Median pairwise slope, KPI units per day. */
  readonly slopePerDay: number | null;
  /** The projected value at the deadline. */
  readonly projected: number | null;
  /** Whether the projection meets the goal by the deadline. */
  readonly onTrack: boolean | null;
  /** Number of points in the series. */
  readonly n: number;
  /** Why the projection is `null` (too few points, all on one date), else `null`. */
  readonly reason: string | null;
}

const KPI = "smartTarget";

/**
 * Checks a SMART target: does the KPI's current trend reach the goal by the deadline?
 *
 * @remarks
 * Projection: a straight line through the series with Sen's slope (the median of the slopes
 * between every pair of points with different dates, per day) and the intercept
 * median(value − slope × day); projected = intercept + slope × deadline day. `onTrack` is
 * whether the projection is at or past the goal in `direction`. Robust to one outlier month;
 * it says nothing about significance (the Mann–Kendall `trend` does). With fewer than
 * `minPoints` points, or all on one date, the projection is `null` and `reason` says why.
 * O(n² log n).
 *
 * @throws {@link KpiInputError} when `kpi` is not a string (`"kpi"`), `direction` is unknown
 *   (`"direction"`), `goal` is not finite (`"goal"`), `deadline` is not a timestamp
 *   (`"deadline"`), a point's `at` or `value` is invalid (`"series.at"`, `"series.value"`, with
 *   the index), the deadline is before the last point (`"deadline"`), or `minPoints` is not a
 *   whole number from 2 (`"minPoints"`).
 * @example
 * ```ts
 * // Monthly median FRT 4:00, 3:30, 3:00: falling 30 s a month; goal 1:30 by 1 July.
 * const r = smartTarget({ kpi: "firstResponseTime", direction: "lower-is-better", goal: 90_000, deadline: "2026-07-01",
 *   series: [{ at: "2026-01-01", value: 240_000 }, { at: "2026-02-01", value: 210_000 }, { at: "2026-03-01", value: 180_000 }] });
 * [r.onTrack, r.metNow, r.reason]; // [true, false, null]
 * ```
 * @see Sen, "Estimates of the regression coefficient based on Kendall's tau", JASA 63 (1968);
 *   Doran, "There's a S.M.A.R.T. way to write management's goals and objectives" (1981).
 * @category Targets
 */
export function smartTarget(input: SmartTargetInput): SmartTargetResult {
  const o = checkObject(KPI, "input", input);
  if (typeof o.kpi !== "string") fail(KPI, "kpi", o.kpi, "a KPI name such as \"csat\"");
  const direction = checkDirection(KPI, "direction", o.direction);
  const goal = checkFinite(KPI, "goal", o.goal);
  const timeZone = o.timeZone === undefined ? "UTC" : checkTimeZone(KPI, "timeZone", o.timeZone);
  const deadlineMs = toEpochMs(o.deadline, timeZone, { kpi: KPI, field: "deadline" });
  const minPoints = o.minPoints === undefined ? 3 : checkIntegerIn(KPI, "minPoints", o.minPoints, 2, 1_000_000);
  const points = checkArray(KPI, "series", o.series).map((p, index) => {
    const q = checkObject(KPI, "series", p, index);
    return { t: toEpochMs(q.at, timeZone, { kpi: KPI, field: "series.at", index }), v: checkFinite(KPI, "series.value", q.value, index) };
  });
  points.sort((a, b) => a.t - b.t || a.v - b.v);
  const n = points.length;
  const lastPoint = points[n - 1];
  if (lastPoint !== undefined && deadlineMs < lastPoint.t) fail(KPI, "deadline", o.deadline, "a timestamp at or after the last point of the series");
  const current = lastPoint === undefined ? null : lastPoint.v;
  const base = { kpi: o.kpi, goal, deadline: new Date(deadlineMs).toISOString(), current, metNow: current === null ? null : improvementOver(current, goal, direction) >= 0, n };
  const none = (reason: string): SmartTargetResult => ({ ...base, slopePerDay: null, projected: null, onTrack: null, reason });
  if (n < minPoints) return none(`need at least ${minPoints} points, got ${n}`);
  // Days from the last point: the fitted line's intercept is the level there, next to the data
  // (an intercept at 1970 overflows for steep lines of large values).
  const lastT = (lastPoint as { t: number }).t;
  const days = points.map((p) => (p.t - lastT) / DAY_MS);
  const ahead = (deadlineMs - lastT) / DAY_MS;
  const fit = (scale: number): [slope: number, projected: number] | null => {
    const line = medianPairwiseSlope(days, points.map((p) => p.v * scale));
    return line === null ? null : [line.slope / scale, (line.intercept + line.slope * ahead) / scale];
  };
  let line = fit(1);
  if (line === null) return none("all points are on the same date");
  // Values near ±1.8e308 overflow their differences: fit halves (exact), then double.
  if (!line.every(Number.isFinite)) line = fit(0.5) as [number, number];
  const [slopePerDay, projected] = line;
  if (!Number.isFinite(slopePerDay) || !Number.isFinite(projected)) {
    fail(KPI, "series", o.series, "values whose trend (slope per day and projection at the deadline) is finite");
  }
  return { ...base, slopePerDay, projected, onTrack: improvementOver(projected, goal, direction) >= 0, reason: null };
}
