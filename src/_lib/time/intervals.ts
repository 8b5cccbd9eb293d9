/**
 * Calendar intervals in a time zone: hours, days, weeks and months whose boundaries are the
 * instants at which the wall clock shows a whole hour, a midnight, the first day of a week or of
 * a month. A day is 23 or 25 hours on a DST day; the autumn hour that repeats is two hours.
 *
 * @module
 */
import { addMonths, DAY_MS, formatDay, formatMonth, monthStart, weekStart, type WeekStartsOn } from "./civil.js";
import { instantToWall, localDayOf, offsetAt, startOfLocalDay, transitionsBetween } from "./zone.js";

/** A calendar interval: `"hour"`, `"day"`, `"week"` or `"month"`. */
export type CalendarInterval = "hour" | "day" | "week" | "month";
/** The interval lengths a series can step by. */
export const CALENDAR_INTERVALS: readonly CalendarInterval[] = ["hour", "day", "week", "month"];

export type { WeekStartsOn } from "./civil.js";

const HOUR_MS = 3_600_000;

const mod = (a: number, b: number): number => ((a % b) + b) % b;

/** The latest instant at or before `t` at which the wall clock shows a whole hour. */
function hourStart(timeZone: string, t: number): number {
  let at = t;
  for (;;) {
    const offset = offsetAt(timeZone, at);
    const candidate = at - mod(at + offset, HOUR_MS);
    const changes = transitionsBetween(timeZone, candidate + 1, at + 1);
    if (changes.length === 0) return candidate;
    // The clocks changed after the whole hour of the current offset: look before the change.
    at = (changes[changes.length - 1] as number) - 1;
  }
}

/** The first day (day number) of the week, month or day that contains local day `day`. */
function firstDay(day: number, interval: Exclude<CalendarInterval, "hour">, weekStartsOn: WeekStartsOn): number {
  if (interval === "day") return day;
  if (interval === "week") return weekStart(day, weekStartsOn);
  return monthStart(day);
}

/** The first day of the next interval after the one starting on `day` (a first day). */
function nextFirstDay(day: number, interval: Exclude<CalendarInterval, "hour">): number {
  if (interval === "day") return day + 1;
  if (interval === "week") return day + 7;
  return addMonths(day, 1);
}

/** The start of the interval that contains instant `t`. */
export function intervalStart(timeZone: string, t: number, interval: CalendarInterval, weekStartsOn: WeekStartsOn): number {
  if (interval === "hour") return hourStart(timeZone, t);
  return startOfLocalDay(timeZone, firstDay(localDayOf(timeZone, t), interval, weekStartsOn));
}

/** The start of the interval after the one that starts at `start`. */
export function nextIntervalStart(timeZone: string, start: number, interval: CalendarInterval): number {
  if (interval === "hour") {
    // Usually one hour later; where the clocks shift by half an hour, the next whole hour.
    for (let k = 1; ; k++) {
      const next = hourStart(timeZone, start + k * HOUR_MS);
      if (next > start) return next;
    }
  }
  return startOfLocalDay(timeZone, nextFirstDay(localDayOf(timeZone, start), interval));
}

/**
 * The boundaries of the intervals that cover `[fromMs, toMs)`: the start of the interval holding
 * `fromMs`, then each next start, up to the first one at or after `toMs`. Calls `tooMany` (which
 * must throw) as soon as there would be more than `maxIntervals` intervals.
 */
export function intervalBoundaries(
  timeZone: string,
  fromMs: number,
  toMs: number,
  interval: CalendarInterval,
  weekStartsOn: WeekStartsOn,
  maxIntervals: number,
  tooMany: () => never,
): number[] {
  const out = [intervalStart(timeZone, fromMs, interval, weekStartsOn)];
  let last = out[0] as number;
  while (last < toMs) {
    if (out.length > maxIntervals) tooMany();
    last = nextIntervalStart(timeZone, last, interval);
    out.push(last);
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * A local label for the interval starting at `start`: `"2026-03-29"` for days and weeks (the
 * first day), `"2026-03"` for months, `"2026-10-25T02:00+02:00"` for hours (with the offset, so
 * that the two 02:00 hours of an autumn night differ).
 */
export function intervalLabel(timeZone: string, start: number, interval: CalendarInterval): string {
  const wall = instantToWall(timeZone, start);
  const day = Math.floor(wall / DAY_MS);
  if (interval === "day" || interval === "week") return formatDay(day);
  if (interval === "month") return formatMonth(day);
  const minutes = Math.floor(mod(wall, DAY_MS) / 60_000);
  const offset = Math.round((wall - start) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${formatDay(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
