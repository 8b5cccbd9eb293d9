/**
 * Day-number calendar rules against date-fns. date-fns is the oracle here: an independent
 * implementation of month lengths, month arithmetic and the first day of a week, month, quarter
 * and year, through Date objects (in UTC, `{ in: tz("UTC") }`, so that no clock change interferes).
 * The runtime keeps its own integer day-number kernel (civil.ts): it is faster and never
 * allocates a Date. date-fns is a dev dependency, for the tests only (the last test checks).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { tz } from "@date-fns/tz";
import {
  addMonths as dfAddMonths, format, getDate, getDaysInMonth, getISODay, getMonth, getYear, startOfMonth, startOfQuarter, startOfWeek, startOfYear,
} from "date-fns";
import { expect, it } from "vitest";
import {
  addMonths, civilFromDays, DAY_MS, daysFromCivil, daysInMonth, formatDay, formatMonth, isoWeekdayIndex, monthStart, quarterStart, weekStart,
  yearStart, type WeekStartsOn,
} from "./civil.js";

const UTC = { in: tz("UTC") };
/** Days from 1900-01-01 to 2199-12-31. */
const days = fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2199, 12, 31) });
/** A Date at midnight UTC of a day number (a Date reaches ±100,000,000 days). */
const dateOf = (day: number): Date => new Date(day * DAY_MS);
/** A day number of a date-fns result in UTC. */
const dayOf = (d: Date): number => Math.floor(d.getTime() / DAY_MS);

test.prop([fc.integer({ min: -271_000, max: 271_000 }), fc.integer({ min: 1, max: 12 })], { numRuns: 3000 })(
  "daysInMonth is date-fns's getDaysInMonth, for any year a Date reaches",
  (year, month) => {
    const first = new Date(0);
    first.setUTCFullYear(year, month - 1, 1); // no 1900 offset for years 0–99
    expect(daysInMonth(year, month)).toBe(getDaysInMonth(first, UTC));
  },
);

test.prop([days], { numRuns: 3000 })("civil dates round-trip and format as date-fns reads them", (day) => {
  const d = dateOf(day);
  const civil = { year: getYear(d, UTC), month: getMonth(d, UTC) + 1, day: getDate(d, UTC) };
  expect(civilFromDays(day)).toEqual(civil);
  expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(day);
  expect(formatDay(day)).toBe(format(d, "yyyy-MM-dd", UTC));
  expect(formatMonth(day)).toBe(format(d, "yyyy-MM", UTC));
  expect(isoWeekdayIndex(day)).toBe(getISODay(d, UTC) - 1);
});

test.prop([days, fc.constantFrom<WeekStartsOn>(0, 1, 2, 3, 4, 5, 6)], { numRuns: 3000 })(
  "weekStart, monthStart, quarterStart and yearStart are date-fns's startOfWeek (weekStartsOn 0–6), startOfMonth, startOfQuarter and startOfYear",
  (day, w) => {
    const d = dateOf(day);
    expect(weekStart(day, w)).toBe(dayOf(startOfWeek(d, { ...UTC, weekStartsOn: w })));
    expect(monthStart(day)).toBe(dayOf(startOfMonth(d, UTC)));
    expect(quarterStart(day)).toBe(dayOf(startOfQuarter(d, UTC)));
    expect(yearStart(day)).toBe(dayOf(startOfYear(d, UTC)));
  },
);

test.prop([days, fc.integer({ min: -1200, max: 1200 })], { numRuns: 3000 })(
  "addMonths is date-fns's addMonths (the day of the month clamped), and the next month starts where addMonths(startOfMonth(d), 1) does",
  (day, k) => {
    const d = dateOf(day);
    expect(addMonths(day, k)).toBe(dayOf(dfAddMonths(d, k, UTC)));
    expect(addMonths(monthStart(day), 1)).toBe(dayOf(dfAddMonths(startOfMonth(d, UTC), 1, UTC)));
  },
);

it("imports date-fns from tests only (the runtime has its own kernel)", () => {
  const offenders: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.ts$/.test(entry.name) && !/\.test[^/]*\.ts$/.test(entry.name) && /from "date-fns(\/[^"]*)?"/.test(readFileSync(path, "utf8"))) offenders.push(path);
    }
  };
  visit(join(import.meta.dirname, "..", ".."));
  expect(offenders).toEqual([]);
});
