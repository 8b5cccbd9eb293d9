/**
 * Series intervals against date-fns. date-fns with @date-fns/tz is the oracle here: an
 * independent implementation of days, weeks starting on any weekday and months in a zone,
 * through `TZDate` objects. The runtime keeps its own integer day-number kernel (civil.ts,
 * zone.ts, intervals.ts): it is faster and never allocates a Date. date-fns is a dev dependency,
 * for these tests only.
 *
 * Instants from 1900 to 2200 in the zones of oracle.test-util.ts, which also lists the three known
 * faults of `TZDate` and how the tests treat them.
 */
import { fc, test } from "@fast-check/vitest";
import { tz } from "@date-fns/tz";
import { addDays, addMonths, addWeeks, startOfDay, startOfMonth, startOfWeek } from "date-fns";
import { expect } from "vitest";
import { DAY_MS, formatDay } from "./civil.js";
import { intervalLabel, intervalStart, nextIntervalStart, type CalendarInterval, type WeekStartsOn } from "./intervals.js";
import { calendarDate, expectStart, zoneInstants } from "./oracle.test-util.js";
import { localDayOf } from "./zone.js";

type DayInterval = Exclude<CalendarInterval, "hour">;
const intervals = fc.constantFrom<DayInterval>("day", "week", "month");
const weekStartsOn = fc.constantFrom<WeekStartsOn>(0, 1, 2, 3, 4, 5, 6);

/** date-fns's start of the interval containing `d`: in `zone`, or on the date's own calendar. */
function startOf(interval: DayInterval, w: WeekStartsOn, d: Date | number, zone?: string): Date {
  const o = zone === undefined ? {} : { in: tz(zone) };
  if (interval === "day") return startOfDay(d, o);
  if (interval === "week") return startOfWeek(d, { ...o, weekStartsOn: w });
  return startOfMonth(d, o);
}

/** date-fns's start of the interval after the one starting at `d`. */
function nextOf(interval: DayInterval, d: Date): Date {
  if (interval === "day") return addDays(d, 1);
  if (interval === "week") return addWeeks(d, 1);
  return addMonths(d, 1);
}

/** The kernel's start: its local first day (read back from the instant) and the instant. */
const kernel = (zone: string, start: number): { date: string; instant: number } => ({ date: formatDay(localDayOf(zone, start)), instant: start });

test.prop([zoneInstants, intervals, weekStartsOn], { numRuns: 4000 })(
  "an interval starts where date-fns's startOfDay / startOfWeek (weekStartsOn 0–6) / startOfMonth does in the zone, and is labelled by its date",
  ([zone, t], interval, w) => {
    const start = intervalStart(zone, t, interval, w);
    const date = expectStart(zone, t, "start", kernel(zone, start), startOf(interval, w, t, zone), () => startOf(interval, w, calendarDate(zone, t)));
    // date-fns's format(…, "yyyy-MM-dd") of its start, or "yyyy-MM" for months.
    expect(intervalLabel(zone, start, interval)).toBe(interval === "month" ? date.slice(0, 7) : date);
  },
  120_000,
);

test.prop([zoneInstants, intervals, weekStartsOn], { numRuns: 3000 })(
  "the next interval starts where date-fns's addDays / addWeeks / addMonths of its start does",
  ([zone, t], interval, w) => {
    const next = nextIntervalStart(zone, intervalStart(zone, t, interval, w), interval);
    expect(next).toBeGreaterThan(t);
    expect(next - t).toBeLessThanOrEqual(32 * DAY_MS);
    // startOf again: where a start fell in a gap (Sao Paulo's 1950-12-01 began at 01:00), adding
    // a month keeps 01:00, which is no start of 1951-01-01.
    const inZone = startOf(interval, w, nextOf(interval, startOf(interval, w, t, zone)), zone);
    const onCalendar = (): Date => nextOf(interval, startOf(interval, w, calendarDate(zone, t)));
    expectStart(zone, t, "next", kernel(zone, next), inZone, onCalendar);
  },
  120_000,
);
