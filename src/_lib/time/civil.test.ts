/** Day-number arithmetic against JavaScript's own Date (an independent implementation). */
import { fc, test } from "@fast-check/vitest";
import { expect, it } from "vitest";
import { civilFromDays, DAY_MS, daysFromCivil, daysInMonth, formatDay, isoWeekdayIndex } from "./civil.js";

const dayNumber = fc.integer({ min: -1_000_000, max: 1_000_000 });

test.prop([dayNumber])("matches Date for any day within ±2,700 years", (days) => {
  const d = new Date(days * DAY_MS);
  const civil = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  expect(civilFromDays(days)).toEqual(civil);
  expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(days);
  expect(isoWeekdayIndex(days)).toBe((d.getUTCDay() + 6) % 7);
  if (civil.year >= 0 && civil.year <= 9999) expect(formatDay(days)).toBe(d.toISOString().slice(0, 10));
  const lastOfMonth = new Date(0);
  lastOfMonth.setUTCFullYear(civil.year, civil.month, 0); // day 0 of the next month (no 1900 offset for years < 100)
  expect(daysInMonth(civil.year, civil.month)).toBe(lastOfMonth.getUTCDate());
});

/** Days in a month as the difference of two day numbers (daysInMonth before it became a table). */
const byDifference = (year: number, month: number): number =>
  daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);

test.prop([fc.integer({ min: -300_000, max: 300_000 }), fc.integer({ min: 1, max: 12 })], { numRuns: 10_000 })(
  "daysInMonth (a table and the leap-year rule) equals the difference of two day numbers",
  (year, month) => {
    expect(daysInMonth(year, month)).toBe(byDifference(year, month));
  },
);

it("daysInMonth equals the difference of two day numbers for every month of years −300,000 to 300,000", () => {
  let differing = 0;
  for (let year = -300_000; year <= 300_000; year++) for (let month = 1; month <= 12; month++) if (daysInMonth(year, month) !== byDifference(year, month)) differing++;
  expect(differing).toBe(0);
  expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 4), daysInMonth(0, 2), daysInMonth(-100, 2), daysInMonth(-400, 2)])
    .toEqual([29, 28, 28, 29, 30, 29, 28, 29]);
});
