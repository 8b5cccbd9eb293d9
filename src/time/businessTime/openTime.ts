/**
 * The engine behind businessTimeBetween and addBusinessTime: a calendar compiled to minute
 * windows per weekday and per holiday, with each local day's windows turned into instants on
 * demand. Long spans never walk day by day: whole weeks count as the nominal week, then each
 * holiday inside the span is corrected by the difference between its actual and its weekday
 * open time, and the daylight-saving days by each year's correction (the open time its
 * transition days gain or lose), counted once per year and kept.
 *
 * The cost is bounded by the calendar, not by the span or the amount: a zone's offsets are read
 * for real only from {@link RULES_UNTIL} to {@link RULES_FROM}. Before, every zone keeps its
 * first offset (local mean time: the tz database's earliest change is in 1844); from then on,
 * every zone follows a yearly rule ("last Sunday of March"), so a year's offsets are those of
 * the nearest year of the same type (weekday of 1 January, leap or not), moved by whole weeks.
 * Whole years in those stretches add up through the 400-year Gregorian cycle. Cost: the holidays
 * in the span + at most one step per year from 1800 to 2100 + 14 reference years + 14 days.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import { civilFromDays, DAY_MS, daysFromCivil, isoWeekdayIndex, MAX_EPOCH_MS, WEEKDAYS } from "../../_lib/time/civil.js";
import { businessCalendar, dayOfDate, readWindows, type BusinessCalendar } from "../businessCalendar/businessCalendar.js";
import { localDayOf, startOfLocalDay, transitionsBetween, wallToInstant } from "../../_lib/time/zone.js";

const MINUTE_MS = 60_000;
const WEEK_DAYS = 7;

/** The last instant a `Date` can hold (and, negated, the first): 100,000,000 days from 1970. */
export const MAX_DATE_MS = MAX_EPOCH_MS;

/**
 * From this year on, every zone's offsets repeat with the year's type. The last irregular
 * changes the tz database predicts are Morocco's (Ramadan, until 2087) and Palestine's (2086).
 */
export const RULES_FROM = 2100;
/** Before this year, every zone keeps its first offset (the earliest change is in 1844). */
export const RULES_UNTIL = 1800;
const CYCLE_YEARS = 400;

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
  /** Filled on use: the daylight-saving days of each year read for real (see {@link yearChanges}). */
  readonly years: Map<number, YearChanges>;
  /** Filled on use: running sums of the corrections over a 400-year cycle, before and after. */
  readonly cycleSums: { earlier?: Float64Array; later?: Float64Array };
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
  // Stryker disable next-line ConditionalExpression: speed only, compiling the calendar again gives the same result
  if (cached !== undefined) return cached;
  const cal: BusinessCalendar = businessCalendar(calendar as BusinessCalendar);
  // Stryker disable next-line StringLiteral: equivalent, businessCalendar above has checked these windows, so the field is never reported
  const week = WEEKDAYS.map((d) => flatten(readWindows(`week.${d}`, cal.week[d])));
  const weekdayMs = week.map(windowMs);
  const holidayWindows = new Map<number, number[]>();
  // Stryker disable next-line StringLiteral: equivalent, businessCalendar above has checked these windows, so the field is never reported
  for (const h of cal.holidays) holidayWindows.set(dayOfDate(h.date) as number, flatten(readWindows("holidays", h.windows)));
  const result: CompiledCalendar = {
    timeZone: cal.timeZone,
    week,
    weekdayMs,
    weekMs: weekdayMs.reduce((a, b) => a + b, 0),
    // businessCalendar lists holidays by date, so the days come in order
    holidayDays: [...holidayWindows.keys()],
    holidayWindows,
    years: new Map(),
    cycleSums: {},
  };
  compiled.set(calendar, result);
  compiled.set(cal, result);
  return result;
}

// ---- Years outside 1800–2099: each read through a reference year of the same type ----

const firstDayOf = (year: number): number => daysFromCivil(year, 1, 1);

/** 0–13: the weekday of 1 January, twice, plus 1 in a leap year. Two years of one type have the same calendar. */
function yearType(year: number): number {
  // Stryker disable next-line all: equivalent for the zones' rules, which repeat with the weekdays alone (yearTypes.test.ts says why)
  const fourHundred = year % 400 === 0;
  const leap = year % 4 === 0 && (year % 100 !== 0 || fourHundred);
  return isoWeekdayIndex(firstDayOf(year)) * 2 + (leap ? 1 : 0);
}

/** For each year type, the first year of that type met going from `year` by `step`. */
function referenceYears(year: number, step: 1 | -1): number[] {
  const refs: number[] = [];
  let found = 0;
  for (let y = year; found < 14; y += step) {
    const type = yearType(y);
    if (refs[type] === undefined) {
      refs[type] = y;
      found++;
    }
  }
  return refs;
}

const LATER_REFERENCES = referenceYears(RULES_FROM, 1);
const EARLIER_REFERENCES = referenceYears(RULES_UNTIL - 1, -1);
const FIRST_READ_DAY = firstDayOf(RULES_UNTIL);
const FIRST_RULE_DAY = firstDayOf(RULES_FROM);

/** The year whose real offsets stand for `year`'s: itself from 1800 to 2099 and for the reference years. */
function referenceYear(year: number): number {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, 2100 is the first reference year of its own type; and Intl applies a zone's last rules to every later year, so the year read for real gives its reference year's offsets (the references keep far years fast)
  if (year >= RULES_FROM) return LATER_REFERENCES[yearType(year)] as number;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, no zone changes its offset before 1835 (all 418 checked), so a year before 1800 read for real, and 1800 itself, read like their reference years
  if (year < RULES_UNTIL) return EARLIER_REFERENCES[yearType(year)] as number;
  return year;
}

/** Days from a date of `year` to the same date of its reference year: a whole number of weeks. */
function yearShift(year: number): number {
  return firstDayOf(referenceYear(year)) - firstDayOf(year);
}

/** {@link yearShift} of the year of day number `day`. */
function dayShift(day: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, 1800–2099 are their own reference years (shift 0) and Intl reads the later years by the same rules as their references
  return day >= FIRST_READ_DAY && day < FIRST_RULE_DAY ? 0 : yearShift(civilFromDays(day).year);
}

/** The local day (days since 1970-01-01 on the wall calendar) of an instant. */
function localDay(timeZone: string, instantMs: number): number {
  const shift = dayShift(Math.floor(instantMs / DAY_MS));
  return localDayOf(timeZone, instantMs + shift * DAY_MS) - shift;
}

// ---- Days ----

/** The intervals of `windows` on local day `day`, as instants flattened `[start0, end0, …]`. */
function intervalsOf(cal: CompiledCalendar, day: number, windows: readonly number[]): number[] {
  const shift = dayShift(day);
  const midnight = (day + shift) * DAY_MS;
  const back = shift * DAY_MS;
  const out: number[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, one more turn reads no times, makes NaN instants and adds no interval
  for (let i = 0; i < windows.length; i += 2) {
    // Stryker disable next-line StringLiteral: equivalent, every mode but "compatible" is the boundary mode
    const start = wallToInstant(cal.timeZone, midnight + (windows[i] as number) * MINUTE_MS, "boundary") - back;
    // Stryker disable next-line StringLiteral: equivalent, every mode but "compatible" is the boundary mode
    const end = wallToInstant(cal.timeZone, midnight + (windows[i + 1] as number) * MINUTE_MS, "boundary") - back;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, an empty or reversed interval is skipped where intervals are read
    if (end > start) out.push(start, end);
  }
  return out;
}

function weekWindows(cal: CompiledCalendar, day: number): readonly number[] {
  return cal.week[isoWeekdayIndex(day)] as readonly number[];
}

/** The open intervals of a local day as instants, flattened `[start0, end0, …]`, ascending. */
export function dayIntervals(cal: CompiledCalendar, day: number): number[] {
  return intervalsOf(cal, day, cal.holidayWindows.get(day) ?? weekWindows(cal, day));
}

function sumIntervals(iv: readonly number[], from: number, to: number): number {
  let total = 0;
  // Stryker disable next-line EqualityOperator: equivalent, one more turn reads NaN bounds and adds nothing
  for (let i = 0; i < iv.length; i += 2) {
    const s = Math.max(iv[i] as number, from);
    const e = Math.min(iv[i + 1] as number, to);
    // Stryker disable next-line EqualityOperator: equivalent, an empty interval adds 0
    if (e > s) total += e - s;
  }
  return total;
}

/** Open ms of a local day's intervals that fall inside `[from, to]`. */
export function openInDay(cal: CompiledCalendar, day: number, from: number, to: number): number {
  return sumIntervals(dayIntervals(cal, day), from, to);
}

function dayOpen(cal: CompiledCalendar, day: number): number {
  return openInDay(cal, day, -Infinity, Infinity);
}

/** Open ms of a local day by its weekday's windows, as if it were no holiday. */
function weekdayOpen(cal: CompiledCalendar, day: number): number {
  return sumIntervals(intervalsOf(cal, day, weekWindows(cal, day)), -Infinity, Infinity);
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

/** Nominal open ms of the days `[first, last]` (weekday hours only). */
function nominalDays(cal: CompiledCalendar, first: number, last: number): number {
  // Stryker disable next-line ArithmeticOperator: equivalent, the loop after the whole weeks runs to `last`, so a smaller count only moves days from the weeks to the loop
  const count = last - first + 1;
  const weeks = Math.floor(count / WEEK_DAYS);
  let total = weeks * cal.weekMs;
  for (let d = first + weeks * WEEK_DAYS; d <= last; d++) total += cal.weekdayMs[isoWeekdayIndex(d)] as number;
  return total;
}

// ---- Daylight saving: the weekday open time of the days a change of offset touches, minus nominal ----

/** The days of a year a change of offset touches, and what each changes. */
export interface YearChanges {
  readonly days: readonly number[];
  readonly corrections: readonly number[];
  readonly total: number;
}

/** The changes of `year` (read for real: its own reference year), counted once per calendar. */
function yearChanges(cal: CompiledCalendar, year: number): YearChanges {
  const kept = cal.years.get(year);
  // Stryker disable next-line ConditionalExpression: speed only, a year's changes read again are the same
  if (kept !== undefined) return kept;
  const { timeZone } = cal;
  const first = firstDayOf(year);
  const last = firstDayOf(year + 1) - 1;
  const touched = new Set<number>();
  const from = startOfLocalDay(timeZone, first) - DAY_MS;
  const to = startOfLocalDay(timeZone, last + 1) + DAY_MS;
  for (const t of transitionsBetween(timeZone, from, to)) {
    // The local days before and after the change, and any between them: a change of a day or
    // more skips whole dates (Samoa went from 29 to 31 December 2011), whose hours are lost.
    const before = localDayOf(timeZone, t - 1);
    const after = localDayOf(timeZone, t);
    for (let d = Math.min(before, after); d <= Math.max(before, after); d++) if (d >= first && d <= last) touched.add(d);
  }
  // in no particular order: the days are only summed or filtered
  const days = [...touched];
  const corrections = days.map((d) => weekdayOpen(cal, d) - (cal.weekdayMs[isoWeekdayIndex(d)] as number));
  const changes: YearChanges = { days, corrections, total: corrections.reduce((a, b) => a + b, 0) };
  cal.years.set(year, changes);
  return changes;
}

/** The correction of a whole year, through its reference year. */
function yearCorrection(cal: CompiledCalendar, year: number): number {
  return yearChanges(cal, referenceYear(year)).total;
}

/**
 * The sum of the corrections of the years before `year` (from year 0, negative before it),
 * every year read through the references on one side: a 400-year cycle repeats the year types.
 */
function cycleSum(cal: CompiledCalendar, later: boolean, year: number): number {
  // Stryker disable next-line StringLiteral: equivalent, either key emptied alone still differs from the other
  const key = later ? "later" : "earlier";
  let sums = cal.cycleSums[key];
  // Stryker disable next-line ConditionalExpression: speed only, the sums made again are the same
  if (sums === undefined) {
    const refs = later ? LATER_REFERENCES : EARLIER_REFERENCES;
    sums = new Float64Array(CYCLE_YEARS + 1);
    // Stryker disable next-line EqualityOperator: equivalent, a Float64Array ignores a write past its end
    for (let y = 0; y < CYCLE_YEARS; y++) sums[y + 1] = (sums[y] as number) + yearCorrection(cal, refs[yearType(y)] as number);
    cal.cycleSums[key] = sums;
  }
  const cycles = Math.floor(year / CYCLE_YEARS);
  return cycles * (sums[CYCLE_YEARS] as number) + (sums[year - cycles * CYCLE_YEARS] as number);
}

/** The corrections of the whole years `[a, b]`. */
function yearsCorrection(cal: CompiledCalendar, a: number, b: number): number {
  let total = 0;
  // Stryker disable next-line all: equivalent, no zone changes its offset before 1800, so every earlier year's correction is 0 (kept for a zone that would)
  const earlierEnd = Math.min(b, RULES_UNTIL - 1);
  // Stryker disable next-line all: equivalent, no zone changes its offset before 1800, so every earlier year's correction is 0 (kept for a zone that would)
  if (a <= earlierEnd) total += cycleSum(cal, false, earlierEnd + 1) - cycleSum(cal, false, a);
  for (let y = Math.max(a, RULES_UNTIL); y <= Math.min(b, RULES_FROM - 1); y++) total += yearCorrection(cal, y);
  const laterStart = Math.max(a, RULES_FROM);
  if (laterStart <= b) total += cycleSum(cal, true, b + 1) - cycleSum(cal, true, laterStart);
  return total;
}

/** The correction of the days `[first, last]` of one year. */
function partOfYearCorrection(cal: CompiledCalendar, year: number, first: number, last: number): number {
  const { days, corrections } = yearChanges(cal, referenceYear(year));
  const shift = yearShift(year);
  let total = 0;
  // Stryker disable next-line EqualityOperator: equivalent, one more turn reads no day and adds nothing
  for (let i = 0; i < days.length; i++) {
    const day = (days[i] as number) - shift;
    if (day >= first && day <= last) total += corrections[i] as number;
  }
  return total;
}

/** The daylight-saving correction of the days `[first, last]`, `first ≤ last`. */
function dstCorrection(cal: CompiledCalendar, first: number, last: number): number {
  const y1 = civilFromDays(first).year;
  const y2 = civilFromDays(last).year;
  if (y1 === y2) return partOfYearCorrection(cal, y1, first, last);
  return (
    // Stryker disable next-line ArithmeticOperator: equivalent, a year's changes all fall before its end
    partOfYearCorrection(cal, y1, first, firstDayOf(y1 + 1) - 1) +
    yearsCorrection(cal, y1 + 1, y2 - 1) +
    partOfYearCorrection(cal, y2, firstDayOf(y2), last)
  );
}

/**
 * What the holidays in `[first, last]` change: their open time minus their weekday's, the
 * weekday's own daylight-saving correction (counted with the year's) set aside.
 */
function holidayCorrection(cal: CompiledCalendar, first: number, last: number): number {
  let total = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end the day is undefined and the range test false
  for (let i = lowerBound(cal.holidayDays, first); i < cal.holidayDays.length && (cal.holidayDays[i] as number) <= last; i++) {
    const day = cal.holidayDays[i] as number;
    const dst = partOfYearCorrection(cal, civilFromDays(day).year, day, day);
    total += dayOpen(cal, day) - (cal.weekdayMs[isoWeekdayIndex(day)] as number) - dst;
  }
  return total;
}

/** Open ms of the whole local days `[first, last]` (0 when last < first). */
export function openDays(cal: CompiledCalendar, first: number, last: number): number {
  // Stryker disable next-line ConditionalExpression: equivalent, the day loop below gives 0 for an empty range
  if (last < first) return 0;
  // Stryker disable next-line all: speed only, the formula below is exact for any range (additivity.test.ts holds the two equal)
  if (last - first < 2 * WEEK_DAYS) {
    let total = 0;
    for (let d = first; d <= last; d++) total += dayOpen(cal, d);
    return total;
  }
  return nominalDays(cal, first, last) + dstCorrection(cal, first, last) + holidayCorrection(cal, first, last);
}

/** Open ms between two instants, `from ≤ to`. */
export function openBetween(cal: CompiledCalendar, from: number, to: number): number {
  const first = localDay(cal.timeZone, from);
  const last = localDay(cal.timeZone, to);
  if (first === last) return openInDay(cal, first, from, to);
  return openInDay(cal, first, from, Infinity) + openDays(cal, first + 1, last - 1) + openInDay(cal, last, -Infinity, to);
}

/** The first holiday with open hours on or after `day`, or `null`. */
function nextOpenHoliday(cal: CompiledCalendar, day: number): number | null {
  for (let i = lowerBound(cal.holidayDays, day); i < cal.holidayDays.length; i++) {
    const d = cal.holidayDays[i] as number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, a closed holiday returned is walked past
    if ((cal.holidayWindows.get(d) as readonly number[]).length > 0) return d;
  }
  return null;
}

/** Whole weeks to jump from `day`: two short of `remaining`, and ending before `lastDay`. */
function weeksToJump(cal: CompiledCalendar, remaining: number, day: number, lastDay: number): number {
  // Stryker disable next-line all: speed only, a jump past the due time is halved and a day past the range's end ends the walk
  return Math.min(Math.floor(remaining / cal.weekMs) - 2, Math.floor((lastDay - day) / WEEK_DAYS));
}

/**
 * The earliest instant at which `ms` of open time has passed since `from`, or `null` when there
 * is not that much open time before the last instant a `Date` can hold ({@link MAX_DATE_MS}):
 * a calendar that never opens long enough (no weekly hours and not enough holiday hours), or
 * an amount that would end past the year 275760.
 */
export function addOpen(cal: CompiledCalendar, from: number, ms: number): number | null {
  if (ms === 0) return from;
  // Open time never exceeds wall time.
  // Stryker disable next-line ConditionalExpression: speed only, the walk also ends at the range's end with no result
  if (!(ms <= MAX_DATE_MS - from)) return null;
  let remaining = ms;
  let day = localDay(cal.timeZone, from);
  const lastDay = localDay(cal.timeZone, MAX_DATE_MS);
  let iv = dayIntervals(cal, day);
  for (;;) {
    for (let i = 0; i < iv.length; i += 2) {
      const s = Math.max(iv[i] as number, from);
      const e = Math.min(iv[i + 1] as number, MAX_DATE_MS);
      // Stryker disable next-line EqualityOperator: equivalent, an empty interval takes no time
      if (e <= s) continue;
      if (remaining <= e - s) return s + remaining;
      remaining -= e - s;
    }
    day += 1;
    if (day > lastDay) return null;
    // Stryker disable next-line ConditionalExpression: speed only, the week jumps find the same holiday hours, more slowly
    if (cal.weekMs === 0) {
      // Holidays are dates of years 0–9999, all before lastDay.
      const next = nextOpenHoliday(cal, day);
      if (next === null) return null;
      day = next;
    } else {
      // Jump whole weeks while far from the goal, never onto the range's last day; a jump that
      // would overshoot is halved.
      let weeks = weeksToJump(cal, remaining, day, lastDay);
      while (weeks > 0) {
        const got = openDays(cal, day, day + weeks * WEEK_DAYS - 1);
        if (got < remaining) {
          remaining -= got;
          day += weeks * WEEK_DAYS;
          weeks = weeksToJump(cal, remaining, day, lastDay);
        } else {
          weeks = Math.floor(weeks / 2);
        }
      }
    }
    iv = dayIntervals(cal, day);
  }
}
