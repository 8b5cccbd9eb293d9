/**
 * Years past 2099 are read through a reference year of the same calendar: the same weekday on
 * 1 January and the same leap rule. These tests check the result against the zones' published
 * rules over 400 years (one whole Gregorian cycle), with dates computed here from `Date.UTC`
 * (ECMAScript's proleptic Gregorian calendar, independent of the library's civil-date code): EU
 * summer time starts at 01:00 UTC on the last Sunday of March (Directive 2000/84/EC), US
 * daylight time at 02:00 local on the second Sunday of March (Energy Policy Act of 2005,
 * section 110). Mutation testing found that a leap rule without its century exception
 * (2100, 2200, 2300 read as leap years) went unnoticed; New York's rule catches it. Dropping
 * only the 400-year exception (2400 read as a common year) changes no transition of these
 * rules: a weekday-anchored change lands on the same weekday of the shifted March, and 2400's
 * last Sunday of March is not the 31st (nor, every 400 years after, ever).
 */
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../businessCalendar/businessCalendar.js";
import { businessTimeBetween } from "./businessTimeBetween.js";

const H = 3_600_000;
/** 09:00–17:00 every day: an hour of UTC is open or not depending on the offset of that day. */
const nineToFive = (timeZone: string) =>
  businessCalendar({ timeZone, week: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["09:00", "17:00"]]])) });

/** The day of the month of the n-th (0-based; −1 for the last) Sunday of March in `year`, from Date.UTC. */
function sundayOfMarch(year: number, n: number): number {
  const sundays: number[] = [];
  for (let d = 1; d <= 31; d++) if (new Date(Date.UTC(year, 2, d)).getUTCDay() === 0) sundays.push(d);
  return sundays.at(n) ?? Number.NaN;
}

/** Open time of one UTC hour, `hour` o'clock UTC on `day` March `year`. */
const openHour = (cal: ReturnType<typeof nineToFive>, year: number, day: number, hour: number): number =>
  businessTimeBetween(new Date(Date.UTC(year, 2, day, hour)), new Date(Date.UTC(year, 2, day, hour + 1)), cal);

// 400 years: every type of year (weekday of 1 January × leap) and every century exception.
const YEARS = Array.from({ length: 400 }, (_, i) => 2100 + i);

describe("years read through a reference year", () => {
  it("Amsterdam: summer time from the last Sunday of March, in each of 2100–2499", () => {
    const cal = nineToFive("Europe/Amsterdam");
    for (const year of YEARS) {
      const sunday = sundayOfMarch(year, -1);
      // Saturday 07:00 UTC is 08:00 in winter time: closed. Monday 07:00 UTC is 09:00 in summer time: open.
      expect([openHour(cal, year, sunday - 1, 7), openHour(cal, year, sunday + 1, 7)], `${year}-03-${sunday}`).toEqual([0, H]);
    }
  });

  it("New York: daylight time from the second Sunday of March, in each of 2100–2499", () => {
    const cal = nineToFive("America/New_York");
    for (const year of YEARS) {
      const sunday = sundayOfMarch(year, 1);
      // Saturday 13:00 UTC is 08:00 EST: closed. Monday 13:00 UTC is 09:00 EDT: open.
      expect([openHour(cal, year, sunday - 1, 13), openHour(cal, year, sunday + 1, 13)], `${year}-03-${sunday}`).toEqual([0, H]);
    }
  });
});
