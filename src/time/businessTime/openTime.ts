/**
 * The engine behind businessTimeBetween and addBusinessTime: a calendar compiled to minute
 * windows per weekday and per holiday, with each local day's windows turned into instants on
 * demand. Long spans never walk day by day: whole weeks count as the nominal week, then each
 * holiday and each daylight-saving day inside the span is corrected by the difference between
 * its actual and its nominal open time. Cost: O(log h + holidays and DST days in the span + 14).
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import { DAY_MS, isoWeekdayIndex, WEEKDAYS } from "../../_lib/time/civil.js";
import { businessCalendar, dayOfDate, readWindows, type BusinessCalendar } from "../businessCalendar/businessCalendar.js";
import { localDayOf, startOfLocalDay, transitionsBetween, wallToInstant } from "../../_lib/time/zone.js";

const MINUTE_MS = 60_000;
const WEEK_DAYS = 7;

/** A calendar ready for arithmetic. */
export interface CompiledCalendar {
  readonly timeZone: string;
  /** Minute windows per ISO weekday (0 = Monday), flattened `[s0, e0, s1, e1, …]`. */
  readonly week: readonly (readonly number[])[];
  /** Nominal open ms per ISO weekday, and for the whole week. */
  readonly weekdayMs: readonly number[];
  readonly weekMs: number;
  /** Holiday day numbers ascending, and their minute windows. */
  readonly holidayDays: readonly number[];
  readonly holidayWindows: ReadonlyMap<number, readonly number[]>;
}

const compiled = new WeakMap<object, CompiledCalendar>();

function flatten(pairs: readonly [number, number][]): number[] {
  return pairs.flatMap(([s, e]) => [s, e]);
}

function windowMs(flat: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < flat.length; i += 2) total += ((flat[i + 1] as number) - (flat[i] as number)) * MINUTE_MS;
  return total;
}

/** Validates (once per calendar object) and compiles a calendar or calendar definition. */
export function compileCalendar(kpi: string, calendar: unknown): CompiledCalendar {
  if (typeof calendar !== "object" || calendar === null) fail(kpi, "calendar", calendar, "a business calendar (see businessCalendar)");
  const cached = compiled.get(calendar);
  if (cached !== undefined) return cached;
  const cal: BusinessCalendar = businessCalendar(calendar as BusinessCalendar);
  const week = WEEKDAYS.map((d) => flatten(readWindows(`week.${d}`, cal.week[d])));
  const weekdayMs = week.map(windowMs);
  const holidayWindows = new Map<number, number[]>();
  for (const h of cal.holidays) holidayWindows.set(dayOfDate(h.date) as number, flatten(readWindows("holidays", h.windows)));
  const result: CompiledCalendar = {
    timeZone: cal.timeZone,
    week,
    weekdayMs,
    weekMs: weekdayMs.reduce((a, b) => a + b, 0),
    holidayDays: [...holidayWindows.keys()].sort((a, b) => a - b),
    holidayWindows,
  };
  compiled.set(calendar, result);
  compiled.set(cal, result);
  return result;
}

/** The open intervals of a local day as instants, flattened `[start0, end0, …]`, ascending. */
export function dayIntervals(cal: CompiledCalendar, day: number): number[] {
  const windows = cal.holidayWindows.get(day) ?? (cal.week[isoWeekdayIndex(day)] as readonly number[]);
  const out: number[] = [];
  const midnight = day * DAY_MS;
  for (let i = 0; i < windows.length; i += 2) {
    const start = wallToInstant(cal.timeZone, midnight + (windows[i] as number) * MINUTE_MS, "boundary");
    const end = wallToInstant(cal.timeZone, midnight + (windows[i + 1] as number) * MINUTE_MS, "boundary");
    if (end > start) out.push(start, end);
  }
  return out;
}

/** Open ms of a local day's intervals that fall inside `[from, to]`. */
export function openInDay(cal: CompiledCalendar, day: number, from: number, to: number): number {
  const iv = dayIntervals(cal, day);
  let total = 0;
  for (let i = 0; i < iv.length; i += 2) {
    const s = Math.max(iv[i] as number, from);
    const e = Math.min(iv[i + 1] as number, to);
    if (e > s) total += e - s;
  }
  return total;
}

function dayOpen(cal: CompiledCalendar, day: number): number {
  return openInDay(cal, day, -Infinity, Infinity);
}

/** Index of the first element ≥ x in an ascending array. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Local days in `[first, last]` whose open time may differ from the weekday's: holidays and DST days. */
function specialDays(cal: CompiledCalendar, first: number, last: number): number[] {
  const days = new Set<number>();
  for (let i = lowerBound(cal.holidayDays, first); i < cal.holidayDays.length && (cal.holidayDays[i] as number) <= last; i++) {
    days.add(cal.holidayDays[i] as number);
  }
  const from = startOfLocalDay(cal.timeZone, first) - DAY_MS;
  const to = startOfLocalDay(cal.timeZone, last + 1) + DAY_MS;
  for (const t of transitionsBetween(cal.timeZone, from, to)) {
    for (const d of [localDayOf(cal.timeZone, t - 1), localDayOf(cal.timeZone, t)]) if (d >= first && d <= last) days.add(d);
  }
  return [...days];
}

/** Nominal open ms of the days `[first, last]` (weekday hours only). */
function nominalDays(cal: CompiledCalendar, first: number, last: number): number {
  const count = last - first + 1;
  const weeks = Math.floor(count / WEEK_DAYS);
  let total = weeks * cal.weekMs;
  for (let d = first + weeks * WEEK_DAYS; d <= last; d++) total += cal.weekdayMs[isoWeekdayIndex(d)] as number;
  return total;
}

/** Open ms of the whole local days `[first, last]` (0 when last < first). */
export function openDays(cal: CompiledCalendar, first: number, last: number): number {
  if (last < first) return 0;
  if (last - first < 2 * WEEK_DAYS) {
    let total = 0;
    for (let d = first; d <= last; d++) total += dayOpen(cal, d);
    return total;
  }
  let total = nominalDays(cal, first, last);
  for (const d of specialDays(cal, first, last)) total += dayOpen(cal, d) - (cal.weekdayMs[isoWeekdayIndex(d)] as number);
  return total;
}

/** Open ms between two instants, `from ≤ to`. */
export function openBetween(cal: CompiledCalendar, from: number, to: number): number {
  const first = localDayOf(cal.timeZone, from);
  const last = localDayOf(cal.timeZone, to);
  if (first === last) return openInDay(cal, first, from, to);
  return openInDay(cal, first, from, Infinity) + openDays(cal, first + 1, last - 1) + openInDay(cal, last, -Infinity, to);
}

/** The first holiday with open hours on or after `day`, or `null`. */
function nextOpenHoliday(cal: CompiledCalendar, day: number): number | null {
  for (let i = lowerBound(cal.holidayDays, day); i < cal.holidayDays.length; i++) {
    const d = cal.holidayDays[i] as number;
    if ((cal.holidayWindows.get(d) as readonly number[]).length > 0) return d;
  }
  return null;
}

/**
 * The earliest instant at which `ms` of open time has passed since `from`, or `null` when the
 * calendar never opens long enough (no weekly hours and not enough holiday hours).
 */
export function addOpen(cal: CompiledCalendar, from: number, ms: number): number | null {
  if (ms === 0) return from;
  let remaining = ms;
  let day = localDayOf(cal.timeZone, from);
  let iv = dayIntervals(cal, day);
  for (;;) {
    for (let i = 0; i < iv.length; i += 2) {
      const s = Math.max(iv[i] as number, from);
      const e = iv[i + 1] as number;
      if (e <= s) continue;
      if (remaining <= e - s) return s + remaining;
      remaining -= e - s;
    }
    day += 1;
    if (cal.weekMs === 0) {
      const next = nextOpenHoliday(cal, day);
      if (next === null) return null;
      day = next;
    } else {
      // Jump whole weeks while far from the goal; a jump that would overshoot is halved.
      let weeks = Math.floor(remaining / cal.weekMs) - 2;
      while (weeks > 0) {
        const got = openDays(cal, day, day + weeks * WEEK_DAYS - 1);
        if (got < remaining) {
          remaining -= got;
          day += weeks * WEEK_DAYS;
          weeks = Math.floor(remaining / cal.weekMs) - 2;
        } else {
          weeks = Math.floor(weeks / 2);
        }
      }
    }
    iv = dayIntervals(cal, day);
  }
}
