import { fail } from "../../_lib/check.js";
import type { BusinessCalendar, BusinessCalendarDefinition } from "../businessCalendar/businessCalendar.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { compileCalendar, openBetween } from "./openTime.js";

const KPI = "businessTimeBetween";

/**
 * Business time between two instants: the milliseconds of open time a calendar counts.
 *
 * @remarks
 * Sums the overlap of `[start, end]` with every opening window of the calendar, in its time
 * zone, skipping closed days and holidays and using special hours where a holiday sets them.
 * Daylight-saving changes are handled in wall-clock terms: a 09:00–17:00 window is 8 hours on a
 * DST day too, a 00:00–24:00 window 23 or 25. Additive (a→b plus b→c is a→c), never more than
 * the wall time between the instants, 0 when both lie in closed time. Cost does not grow with
 * the length of the span: whole weeks count at once, then the holidays inside it and each
 * year's daylight-saving days (counted once per year and kept; years before 1800 and from 2100
 * through the zone's yearly rule), so a year-long span costs microseconds once the zone's year
 * is known, and the whole Date range, 271822 BC to AD 275760, little more.
 *
 * @param start - The first instant: a `Date`, epoch ms, or an ISO 8601 string (a string without
 *   an offset is read in the calendar's time zone).
 * @param end - The last instant, at or after `start`.
 * @param calendar - A {@link businessCalendar} value, or a definition (validated once, then
 *   remembered for the same object).
 * @returns Open time in ms.
 * @throws {@link KpiInputError} when a timestamp cannot be read, when `end` is before `start`
 *   (a negative duration is never returned), or when the calendar is invalid.
 * @example
 * ```ts
 * const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] } });
 * // Monday 16:00 to Tuesday 10:00 local: one hour on Monday, one on Tuesday.
 * businessTimeBetween("2026-11-23T16:00", "2026-11-24T10:00", calendar); // 7_200_000
 * ```
 * @see docs/kpis/business-hours.md
 * @category Time
 */
export function businessTimeBetween(
  start: TimestampInput,
  end: TimestampInput,
  calendar: BusinessCalendar | BusinessCalendarDefinition,
): number {
  const cal = compileCalendar(KPI, calendar);
  const from = toEpochMs(start, cal.timeZone, { kpi: KPI, field: "start" });
  const to = toEpochMs(end, cal.timeZone, { kpi: KPI, field: "end" });
  if (to < from) fail(KPI, "end", end, `an instant at or after start (${new Date(from).toISOString()})`);
  return openBetween(cal, from, to);
}
