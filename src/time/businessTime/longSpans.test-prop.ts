/**
 * The jumping businessTimeBetween and addBusinessTime against a reference written here that
 * walks day by day. The reference uses none of the library's zone code: it reads offsets from
 * Intl (`timeZoneName: "longOffset"`), finds a day's change of offset by bisection to the
 * millisecond, and places each window boundary at the first instant whose wall clock reads it
 * (so a window in the skipped spring hour is empty and one across the repeated autumn hour opens
 * at its first occurrence). Windows may lie anywhere in the day, across the hours in which the
 * clocks change, so the daylight-saving corrections of whole weeks and years are exercised.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { businessCalendar, type BusinessCalendarDefinition, type TimeWindow, type Weekday } from "../businessCalendar/businessCalendar.js";
import { addBusinessTime } from "./addBusinessTime.js";
import { businessTimeBetween } from "./businessTimeBetween.js";

const M = 60_000;
const H = 3_600_000;
const DAY = 86_400_000;
const MAX = 8.64e15;
const DAYS: Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]; // getUTCDay order
const ZONES = ["UTC", "Europe/Amsterdam", "America/New_York", "Australia/Sydney"];

const hhmm = (min: number): string => `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
const minutesOf = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

// ---- The reference ----

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset at an instant (clamped into the Date range), from Intl. */
function offsetOf(timeZone: string, ms: number): number {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    formatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(new Date(Math.min(MAX, Math.max(-MAX, ms)))).find((p) => p.type === "timeZoneName")?.value ?? "";
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (m === null) throw new Error(`unexpected offset ${name}`);
  if (m[1] === undefined) return 0;
  return (m[1] === "-" ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
}

const localDayOf = (timeZone: string, ms: number): number => Math.floor((ms + offsetOf(timeZone, ms)) / DAY);

/** The open intervals of local day `day` (days since 1970-01-01 on the wall calendar). */
function dayIntervals(def: BusinessCalendarDefinition, day: number): [number, number][] {
  // The local day of the first instant can be the day before the first Date: a week later has its weekday.
  const inRange = day * DAY >= -MAX;
  const date = inRange ? new Date(day * DAY).toISOString().slice(-24, -14) : ""; // "YYYY-MM-DD" in years 0–9999
  const holiday = (def.holidays ?? []).find((h) => (typeof h === "string" ? h : h.date) === date);
  const weekday = DAYS[new Date((inRange ? day : day + 7) * DAY).getUTCDay()] as Weekday;
  const windows = holiday === undefined ? (def.week[weekday] ?? []) : typeof holiday === "string" ? [] : holiday.windows;
  // The offset before and after the day (local midnight lies within UTC−14 … UTC+14 of it).
  const before = day * DAY - 15 * H;
  const after = (day + 1) * DAY + 15 * H;
  const offsetBefore = offsetOf(def.timeZone, before);
  const offsetAfter = offsetOf(def.timeZone, after);
  let change = Infinity;
  if (offsetBefore !== offsetAfter) {
    let lo = before;
    let hi = after;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetOf(def.timeZone, mid) === offsetBefore) lo = mid;
      else hi = mid;
    }
    change = hi;
  }
  // The first instant whose wall clock reads `wall`: before the change if it is reached then.
  const instant = (wall: number): number => (wall - offsetBefore < change ? wall - offsetBefore : Math.max(change, wall - offsetAfter));
  const out: [number, number][] = [];
  for (const [s, e] of windows) {
    const start = instant(day * DAY + minutesOf(s) * M);
    const end = instant(day * DAY + minutesOf(e) * M);
    if (end > start) out.push([start, end]);
  }
  return out;
}

/** The open intervals from `from` to `to`, walking day by day, clipped to the span. */
function openIntervals(def: BusinessCalendarDefinition, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let day = localDayOf(def.timeZone, from); day <= localDayOf(def.timeZone, to); day++) {
    for (const [s, e] of dayIntervals(def, day)) if (Math.min(e, to) > Math.max(s, from)) out.push([Math.max(s, from), Math.min(e, to)]);
  }
  return out;
}

const total = (intervals: readonly [number, number][]): number => intervals.reduce((sum, [s, e]) => sum + e - s, 0);

/** The earliest instant at which `ms` of the intervals have passed (`ms ≤ total`). */
function dueIn(intervals: readonly [number, number][], from: number, ms: number): number {
  let remaining = ms;
  if (remaining === 0) return from;
  for (const [s, e] of intervals) {
    if (remaining <= e - s) return s + remaining;
    remaining -= e - s;
  }
  throw new Error("not enough open time");
}

// ---- Calendars ----

/** Up to three non-touching windows anywhere in the day, on 15-minute steps (up to "24:00"). */
const dayWindows = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .map((qs) => qs.sort((a, b) => a - b))
  .map((qs) => {
    const out: TimeWindow[] = [];
    for (let i = 0; i + 1 < qs.length; i += 2) out.push([hhmm((qs[i] as number) * 15), hhmm((qs[i + 1] as number) * 15)]);
    return out;
  });

/** A calendar with holidays (closed or with special hours) on dates from `fromYear` for `years` years. */
const calendarArb = (fromYear: number, years: number): fc.Arbitrary<BusinessCalendarDefinition> =>
  fc.record({
    timeZone: fc.constantFrom(...ZONES),
    week: fc.record(Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, dayWindows])) as Record<Weekday, typeof dayWindows>),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: Math.round(years * 365.25) - 1 }), { maxLength: 30 }).chain((days) =>
      fc.tuple(...days.map((d) => fc.tuple(fc.constant(d), fc.option(dayWindows, { nil: undefined })))).map((hs) =>
        hs.map(([d, windows]) => {
          const date = new Date(Date.UTC(fromYear, 0, 1) + d * DAY).toISOString().slice(-24, -14);
          return windows === undefined ? date : { date, windows };
        }),
      ),
    ),
  });

/** Checks both functions on `[start, end]` against the reference, at `fraction` of its open time. */
function checkAgainstWalk(def: BusinessCalendarDefinition, start: number, end: number, fraction: number): void {
  const calendar = businessCalendar(def);
  const intervals = openIntervals(def, start, end);
  const open = total(intervals);
  expect(businessTimeBetween(start, end, calendar)).toBe(open);
  const ms = Math.floor(open * fraction);
  const due = addBusinessTime(start, ms, calendar).getTime();
  expect(due).toBe(dueIn(intervals, start, ms));
  expect(businessTimeBetween(start, due, calendar)).toBe(ms);
}

test.prop(
  [calendarArb(2025, 5), fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }), fc.integer({ min: 0, max: 3 * 365 * DAY }), fc.double({ min: 0, max: 1, noNaN: true })],
  { numRuns: 30 },
)("equal a day-by-day walk over up to three years, with DST and holidays", (def, start, length, fraction) => {
  checkAgainstWalk(def, start, start + length, fraction);
});

/** Instants anywhere in the Date range, with more of them around the years where the zone rules are read differently. */
const farInstant = fc.oneof(
  fc.integer({ min: -MAX, max: MAX - 200 * DAY }),
  fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(1900, 0, 1) }),
  fc.integer({ min: Date.UTC(2080, 0, 1), max: Date.UTC(2200, 0, 1) }),
  fc.integer({ min: Date.UTC(2200, 0, 1), max: Date.UTC(10000, 0, 1) }),
  fc.integer({ min: -MAX, max: -MAX + 400 * DAY }),
  fc.integer({ min: MAX - 600 * DAY, max: MAX - 200 * DAY }),
);

test.prop([calendarArb(2095, 10), farInstant, fc.integer({ min: 0, max: 200 * DAY }), fc.double({ min: 0, max: 1, noNaN: true })], { numRuns: 40 })(
  "equal the walk in far years, read through the zone's rules, up to the ends of the Date range",
  (def, start, length, fraction) => {
    checkAgainstWalk(def, start, Math.min(start + length, MAX), fraction);
  },
);

/** Three instants in order, at most 8e15 ms apart (sums of open time stay exact doubles). */
const threeInstants = fc
  .tuple(farInstant, fc.integer({ min: 0, max: 8e15 }), fc.integer({ min: 0, max: 8e15 }))
  .map(([a, x, y]) => [a, Math.min(a + Math.min(x, y), MAX), Math.min(a + Math.max(x, y), MAX)] as const);

test.prop([calendarArb(2095, 10), threeInstants])(
  "over spans of millennia: additive, within wall time, and addBusinessTime inverts it at the earliest instant",
  (def, [a, b, c]) => {
    const calendar = businessCalendar(def);
    const ab = businessTimeBetween(a, b, calendar);
    const bc = businessTimeBetween(b, c, calendar);
    expect(ab + bc).toBe(businessTimeBetween(a, c, calendar));
    expect(ab).toBeLessThanOrEqual(b - a);
    const due = addBusinessTime(a, ab, calendar).getTime();
    expect(due).toBeLessThanOrEqual(b);
    expect(businessTimeBetween(a, due, calendar)).toBe(ab);
    if (ab > 0) expect(businessTimeBetween(a, due - 1, calendar)).toBe(ab - 1);
  },
);

test.prop([fc.constantFrom(...ZONES), threeInstants])("a 24/7 calendar counts wall time over any span, and adds it back", (timeZone, [a, , c]) => {
  const allDay: TimeWindow[] = [["00:00", "24:00"]];
  const calendar = businessCalendar({ timeZone, week: Object.fromEntries(DAYS.map((d) => [d, allDay])) });
  expect(businessTimeBetween(a, c, calendar)).toBe(c - a);
  expect(addBusinessTime(a, c - a, calendar).getTime()).toBe(c);
});
