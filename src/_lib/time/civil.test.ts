/** Day-number arithmetic against JavaScript's own Date (an independent implementation). */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
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
