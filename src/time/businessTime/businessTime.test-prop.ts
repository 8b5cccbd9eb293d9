/**
 * Properties of business time, with an independent reference: a minute-by-minute walk that asks
 * Intl for each minute's wall-clock date, weekday and time and checks it against the windows.
 * The walk uses none of the library's zone code; it is exact for windows that avoid the hours in
 * which the clocks change (here 05:00–23:00), and the spans are whole minutes.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { businessCalendar, type BusinessCalendarDefinition, type TimeWindow, type Weekday } from "../businessCalendar/businessCalendar.js";
import { addBusinessTime } from "./addBusinessTime.js";
import { businessTimeBetween } from "./businessTimeBetween.js";

const M = 60_000;
const DAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const ZONES = ["UTC", "Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
const FROM = Date.UTC(2025, 0, 1) / M;
const TO = Date.UTC(2028, 0, 1) / M;

const hhmm = (min: number): string => `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;

/** Up to two non-touching windows between 05:00 and 23:00, on 15-minute steps. */
const dayWindows = fc
  .uniqueArray(fc.integer({ min: 20, max: 92 }), { minLength: 0, maxLength: 4 })
  .map((qs) => qs.sort((a, b) => a - b))
  .map((qs) => {
    const out: TimeWindow[] = [];
    for (let i = 0; i + 1 < qs.length; i += 2) out.push([hhmm((qs[i] as number) * 15), hhmm((qs[i + 1] as number) * 15)]);
    return out;
  });

const calendarArb = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  week: fc.record(Object.fromEntries(DAYS.map((d) => [d, dayWindows])) as Record<Weekday, typeof dayWindows>),
  holidays: fc.uniqueArray(fc.integer({ min: 0, max: 1094 }), { maxLength: 40 }).map((ds) =>
    ds.map((d) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
  ),
}) as fc.Arbitrary<BusinessCalendarDefinition>;

/** Wall date, weekday and minute of day of an instant, read with Intl. */
function wallOf(formatter: Intl.DateTimeFormat, ms: number): { date: string; day: Weekday; minute: number } {
  const p = Object.fromEntries(formatter.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, day: (p.weekday as string).toLowerCase().slice(0, 3) as Weekday, minute: Number(p.hour) * 60 + Number(p.minute) };
}

function referenceMinutes(def: BusinessCalendarDefinition, fromMin: number, toMin: number): number {
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone: def.timeZone, hourCycle: "h23", weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
  });
  const holidays = new Set((def.holidays ?? []) as string[]);
  let open = 0;
  for (let m = fromMin; m < toMin; m++) {
    const w = wallOf(formatter, m * M);
    if (holidays.has(w.date)) continue;
    const windows = def.week[w.day] ?? [];
    if (windows.some(([s, e]) => w.minute >= Number(s.slice(0, 2)) * 60 + Number(s.slice(3)) && w.minute < Number(e.slice(0, 2)) * 60 + Number(e.slice(3)))) open++;
  }
  return open;
}

const span = fc.tuple(fc.integer({ min: FROM, max: TO }), fc.integer({ min: 0, max: 3 * 1440 }));

test.prop([calendarArb, span], { numRuns: 40 })("equals a minute-by-minute walk read through Intl", (def, [start, length]) => {
  expect(businessTimeBetween(start * M, (start + length) * M, def)).toBe(referenceMinutes(def, start, start + length) * M);
});

const instants = fc.array(fc.integer({ min: FROM * M, max: TO * M }), { minLength: 3, maxLength: 3 }).map((xs) => xs.sort((a, b) => a - b));

test.prop([calendarArb, instants])("is additive, within wall time, and monotone", (def, [a, b, c]) => {
  const cal = businessCalendar(def);
  const ab = businessTimeBetween(a as number, b as number, cal);
  const bc = businessTimeBetween(b as number, c as number, cal);
  expect(ab + bc).toBe(businessTimeBetween(a as number, c as number, cal));
  expect(ab).toBeGreaterThanOrEqual(0);
  expect(ab).toBeLessThanOrEqual((b as number) - (a as number));
});

test.prop([calendarArb, fc.integer({ min: FROM * M, max: TO * M }), fc.integer({ min: 0, max: 2000 * 3_600_000 })])(
  "addBusinessTime inverts businessTimeBetween and finds the earliest such instant",
  (def, start, ms) => {
    const cal = businessCalendar(def);
    let due: Date;
    try {
      due = addBusinessTime(start, ms, cal);
    } catch {
      // Only a calendar without any weekly hours may fail to reach the goal.
      expect(DAYS.every((d) => cal.week[d].length === 0)).toBe(true);
      return;
    }
    expect(businessTimeBetween(start, due, cal)).toBe(ms);
    if (ms > 0) expect(businessTimeBetween(start, due.getTime() - 1, cal)).toBeLessThan(ms);
  },
);

test.prop([fc.constantFrom(...ZONES), instants])("a 24/7 calendar counts wall time", (timeZone, [a, b]) => {
  const allDay: TimeWindow[] = [["00:00", "24:00"]];
  const cal = businessCalendar({ timeZone, week: Object.fromEntries(DAYS.map((d) => [d, allDay])) });
  expect(businessTimeBetween(a as number, b as number, cal)).toBe((b as number) - (a as number));
});

test.prop([calendarArb, fc.integer({ min: FROM * M, max: TO * M }), fc.integer({ min: 0, max: 5 * 365 })], { numRuns: 60 })(
  "whole-week jumps equal the sum of the days, over spans of years",
  (def, start, days) => {
    const cal = businessCalendar(def);
    const end = start + days * 86_400_000;
    let sum = 0;
    for (let t = start; t < end; t += 86_400_000) sum += businessTimeBetween(t, Math.min(t + 86_400_000, end), cal);
    expect(businessTimeBetween(start, end, cal)).toBe(sum);
  },
);
