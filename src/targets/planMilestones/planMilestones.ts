import { checkFinite, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { civilFromDays, DAY_MS, daysFromCivil, daysInMonth, formatDay } from "../../_lib/time/civil.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { checkTimeZone, instantToWall, wallToInstant } from "../../_lib/time/zone.js";

/** The step between milestones. */
export type MilestoneInterval = "week" | "month" | "quarter";

/** Input of {@link planMilestones}. */
export interface MilestonePlanInput {
  /** Where the KPI is now (at `start`). */
  readonly current: number;
  /** Where it should be at `end`. */
  readonly goal: number;
  /** When the plan starts (the date of `current`). */
  readonly start: TimestampInput;
  /** When the goal should be reached; after `start`. */
  readonly end: TimestampInput;
  /** The step between milestones: `"week"`, `"month"` or `"quarter"`. */
  readonly interval: MilestoneInterval;
  /** Zone for the calendar steps and for strings without an offset (default `"UTC"`). */
  readonly timeZone?: string | undefined;
}

/** One intermediate target. */
export interface Milestone {
  /** The local calendar date (`"YYYY-MM-DD"`) in the time zone. */
  readonly date: string;
  /** The instant, ISO 8601 in UTC. */
  readonly at: string;
  /** The target value on that date. */
  readonly target: number;
}

const KPI = "planMilestones";
const MAX_MILESTONES = 10_000;
const INTERVALS: readonly MilestoneInterval[] = ["week", "month", "quarter"];

/** The instant k steps after `startMs` on the wall calendar (day of month clamped). */
function stepFrom(timeZone: string, startMs: number, interval: MilestoneInterval, k: number): number {
  const wall = instantToWall(timeZone, startMs);
  const day = Math.floor(wall / DAY_MS);
  const timeOfDay = wall - day * DAY_MS;
  if (interval === "week") return wallToInstant(timeZone, (day + 7 * k) * DAY_MS + timeOfDay);
  const { year, month, day: dom } = civilFromDays(day);
  const index = year * 12 + (month - 1) + (interval === "quarter" ? 3 * k : k);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return wallToInstant(timeZone, (daysFromCivil(y, m, Math.min(dom, daysInMonth(y, m))) * DAY_MS) + timeOfDay);
}

/**
 * The point `k / steps` of the way from `from` to `to` (0 < k < steps): one rounding for
 * integers, and when that overflows (`to − from` beyond the largest double), a weighted mean of
 * the two ends, which lies between them and so is finite.
 */
function between(from: number, to: number, k: number, steps: number): number {
  const v = from + ((to - from) * k) / steps;
  if (Number.isFinite(v)) return v;
  const f = k / steps;
  return from * (1 - f) + to * f;
}

/**
 * Plans evenly stepped milestones from the current value of a KPI to a goal: one target per
 * week, month or quarter, ending exactly at the goal on `end`.
 *
 * @remarks
 * Milestone dates are `start` plus 1, 2, … intervals on the wall calendar of `timeZone` (same
 * local time; a month from 31 January is the last day of February), while before `end`, and
 * then `end` itself. Each full interval moves the target by the same step,
 * (goal − current) / s, where s is the number of intervals from start to end; a last partial
 * interval moves it by the matching fraction of a step. The last target is exactly `goal`.
 * Lower-is-better and higher-is-better KPIs are planned alike (the sign of goal − current).
 *
 * @throws {@link KpiInputError} when `current` or `goal` is not finite (field `"current"`,
 *   `"goal"`), `start` or `end` is not a timestamp (`"start"`, `"end"`), `end` is not after
 *   `start` (`"end"`), `interval` is not `"week"`, `"month"` or `"quarter"` (`"interval"`),
 *   the time zone is unknown (`"timeZone"`), or there would be more than 10,000 milestones.
 * @example
 * ```ts
 * // First response time 3 min → 1 min, monthly from 1 January to 1 May 2026:
 * planMilestones({ current: 180_000, goal: 60_000, start: "2026-01-01", end: "2026-05-01", interval: "month" })
 *   .map((m) => [m.date, m.target]);
 * // [["2026-02-01", 150_000], ["2026-03-01", 120_000], ["2026-04-01", 90_000], ["2026-05-01", 60_000]]
 * ```
 * @see docs/guides/targets-and-trends.md.
 * @category Targets
 */
export function planMilestones(input: MilestonePlanInput): Milestone[] {
  const o = checkObject(KPI, "input", input);
  const current = checkFinite(KPI, "current", o.current);
  const goal = checkFinite(KPI, "goal", o.goal);
  const timeZone = o.timeZone === undefined ? "UTC" : checkTimeZone(KPI, "timeZone", o.timeZone);
  const startMs = toEpochMs(o.start, timeZone, { kpi: KPI, field: "start" });
  const endMs = toEpochMs(o.end, timeZone, { kpi: KPI, field: "end" });
  const interval = checkOneOf(KPI, "interval", o.interval, INTERVALS);
  if (!(endMs > startMs)) fail(KPI, "end", o.end, "a timestamp after start");
  const dates: number[] = [];
  let prev = startMs;
  for (let k = 1; ; k++) {
    const next = stepFrom(timeZone, startMs, interval, k);
    if (next >= endMs) {
      dates.push(endMs);
      // Whole intervals before end, plus the fraction of the last one.
      const steps = k - 1 + (endMs - prev) / (next - prev);
      return dates.map((t, i) => ({
        date: formatDay(Math.floor(instantToWall(timeZone, t) / DAY_MS)),
        at: new Date(t).toISOString(),
        target: i === dates.length - 1 ? goal : between(current, goal, i + 1, steps),
      }));
    }
    // the end is a milestone too: at most MAX_MILESTONES − 1 before it
    if (dates.length >= MAX_MILESTONES - 1) fail(KPI, "interval", interval, `an interval giving at most ${MAX_MILESTONES} milestones between start and end`);
    dates.push(next);
    prev = next;
  }
}
