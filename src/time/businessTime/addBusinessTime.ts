import { checkNonNegative, fail } from "../../_lib/check.js";
import type { BusinessCalendar, BusinessCalendarDefinition } from "../businessCalendar/businessCalendar.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { addOpen, compileCalendar, MAX_DATE_MS, openBetween } from "./openTime.js";

const KPI = "addBusinessTime";

/**
 * The instant at which a given amount of business time has passed: an SLA due date.
 *
 * @remarks
 * Walks the calendar's open windows from `start` until `ms` of open time are used and returns
 * the earliest instant at which they are: a target that runs out exactly at closing time is due
 * at closing time, not at the next opening. `ms = 0` returns `start`. The inverse of
 * {@link businessTimeBetween}: `businessTimeBetween(start, addBusinessTime(start, ms, c), c)`
 * is `ms`. Whole weeks, and years, are jumped at once, so a due date months away costs
 * microseconds and one a thousand centuries away little more: the time taken is bounded by the
 * calendar (its holidays), never by `ms`. The due instant must be one a `Date` can hold, at
 * most `+275760-09-13T00:00:00.000Z`.
 *
 * @param start - Where the clock starts: a `Date`, epoch ms, or an ISO 8601 string (without an
 *   offset, read in the calendar's time zone).
 * @param ms - Business time to add, a finite number ≥ 0.
 * @param calendar - A {@link businessCalendar} value or definition.
 * @returns The due instant, as a `Date`.
 * @throws {@link KpiInputError} for an unreadable `start`, a negative or non-finite `ms`, an
 *   `ms` that would end after the last instant a `Date` can hold (field `ms`; the message says
 *   how much open time there is until then), an invalid calendar, or a calendar that never
 *   opens long enough (no weekly hours and not enough special-hours holidays after `start`).
 * @example
 * ```ts
 * const calendar = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] } });
 * // 4 business hours from Monday 15:00: two on Monday, two on Tuesday morning.
 * addBusinessTime("2026-11-23T15:00:00Z", 4 * 3_600_000, calendar).toISOString(); // "2026-11-24T11:00:00.000Z"
 * ```
 * @see docs/kpis/business-hours.md
 * @category Time
 */
export function addBusinessTime(start: TimestampInput, ms: number, calendar: BusinessCalendar | BusinessCalendarDefinition): Date {
  const cal = compileCalendar(KPI, calendar);
  const from = toEpochMs(start, cal.timeZone, { kpi: KPI, field: "start" });
  const amount = checkNonNegative(KPI, "ms", ms);
  const due = addOpen(cal, from, amount);
  if (due === null) {
    if (cal.weekMs === 0) fail(KPI, "calendar", calendar, `a calendar with at least ${amount} ms of open time after start`);
    const available = openBetween(cal, from, MAX_DATE_MS);
    fail(KPI, "ms", ms, `at most ${available} ms: the open time from start to the last instant a Date can hold (${new Date(MAX_DATE_MS).toISOString()})`);
  }
  return new Date(due);
}
