/**
 * Business time over long spans equals the sum of its short pieces. A span of two weeks or more
 * is counted by a formula (whole weeks × the week's hours, plus each year's daylight-saving
 * correction, plus each holiday's difference); a piece under two weeks is counted day by day
 * from the day's own windows as instants. So each span below, cut into pieces of ten days, is
 * counted both ways, and they must agree to the millisecond.
 *
 * The calendar is chosen so the clock changes matter: open on Sundays 00:00–02:30 and from noon,
 * and 01:00–04:00 on Mondays (Europe changes on Sundays at 02:00/03:00, the US at 02:00, Lord
 * Howe by half an hour, Moscow and Samoa once in 2011), with
 * holidays on the first and last days of spans and on a change day. The spans start and end
 * mid-year and cross 1800 and 2100, where the zones' real rules give way to reference years.
 * (Mutation testing found the formula's day ranges unchecked by the deterministic tests: counting
 * a whole year's changes instead of those inside the span, or leaving out a holiday on the last
 * day, passed every test but the random ones.)
 */
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../businessCalendar/businessCalendar.js";
import { businessTimeBetween } from "./businessTimeBetween.js";

const DAY = 86_400_000;
const PIECE = 10 * DAY;
// Moscow kept summer time from its spring change of 2011 to October 2014 (a year with one change
// only); Samoa skipped 30 December 2011 (a change at the end of a year).
// Kiritimati skipped Saturday 31 December 1994 (a change on the last day of a year).
const ZONES = ["Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "Europe/Moscow", "Pacific/Apia", "Pacific/Kiritimati"];

const calendarIn = (timeZone: string) =>
  businessCalendar({
    timeZone,
    // 00:00–02:30 on Sundays: the spring change removes half an hour of it, the autumn one
    // repeats more, so a year's changes do not cancel out.
    week: { sun: [["00:00", "02:30"], ["12:00", "24:00"]], mon: [["01:00", "04:00"]], wed: [["09:00", "17:00"]], fri: [["09:00", "17:00"]], sat: [["10:00", "11:00"]] },
    holidays: [
      "2026-05-10", // a Sunday, the first day of a span
      { date: "2029-11-03", windows: [["00:00", "12:00"]] }, // a Saturday, the last day of a span
      { date: "2027-03-28", windows: [["01:00", "05:00"]] }, // Europe's spring change
      "2027-11-07", // the US autumn change
      "2030-04-07", // Sydney's autumn change
    ],
  });

const SPANS: [string, string][] = [
  ["2026-05-10T12:00Z", "2029-11-03T10:00Z"],
  ["2026-05-10T00:00Z", "2029-11-03T23:59Z"],
  ["2027-03-28T01:30Z", "2027-04-20T00:00Z"],
  ["2027-10-20T00:00Z", "2028-03-26T03:00Z"],
  ["1795-06-15T00:00Z", "1806-07-01T00:00Z"],
  ["2095-08-01T00:00Z", "2105-02-01T00:00Z"],
  ["2398-09-01T00:00Z", "2402-04-01T00:00Z"],
  ["2010-06-01T00:00Z", "2012-06-01T00:00Z"],
  ["2011-06-01T00:00Z", "2011-12-20T00:00Z"],
  ["2011-12-01T00:00Z", "2012-02-01T00:00Z"],
  ["2014-06-01T00:00Z", "2015-06-01T00:00Z"],
  ["2099-03-01T00:00Z", "2101-06-01T00:00Z"],
  ["2095-06-01T00:00Z", "2100-06-01T00:00Z"],
  ["1994-06-01T00:00Z", "1995-06-01T00:00Z"],
  ["1994-12-01T00:00Z", "1995-02-01T00:00Z"],
];

describe("a long span is the sum of its pieces", () => {
  for (const zone of ZONES) {
    const calendar = calendarIn(zone);
    it.each(SPANS)(`${zone}: %s → %s`, (start, end) => {
      const from = Date.parse(start);
      const to = Date.parse(end);
      let pieces = 0;
      for (let t = from; t < to; t += PIECE) pieces += businessTimeBetween(t, Math.min(t + PIECE, to), calendar);
      expect(businessTimeBetween(from, to, calendar)).toBe(pieces);
      expect(to - from).toBeGreaterThan(2 * 7 * DAY);
    });
  }
});

describe("a date that never was", () => {
  it("counts no hours on Friday 30 December 2011 in Samoa, which was skipped", () => {
    // Samoa moved across the date line: Thursday 29 December 2011 was followed by Saturday 31
    // December. 09:00–17:00 on weekdays from Monday 12 December to Monday 2 January: 12–16 and
    // 19–23 December (10 days) and 26–29 December (4 days), 112 hours. Three weeks, so the
    // long-span formula counts it; it gave 120 hours (the skipped Friday's 8) until the days
    // between a change's before and after were counted as touched by it.
    const nineToFive = [["09:00", "17:00"]] as const;
    const calendar = businessCalendar({ timeZone: "Pacific/Apia", week: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive } });
    expect(businessTimeBetween("2011-12-12T00:00", "2012-01-02T00:00", calendar)).toBe(112 * 3_600_000);
    expect(businessTimeBetween("2011-12-29T00:00", "2011-12-31T00:00", calendar)).toBe(8 * 3_600_000);
  });
});
