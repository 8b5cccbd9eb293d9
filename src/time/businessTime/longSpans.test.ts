/**
 * Business time over spans of centuries and up to the ends of the Date range (±8.64e15 ms,
 * 20 April 271822 BC to 13 September 275760). Each of these once walked for minutes or returned
 * an Invalid Date; they now jump, so each expected value is exact and each call is quick (timing
 * itself is measured in bench/business-time.mjs, not here). Expected values are counted in the
 * comments: a 24/7 calendar counts wall time; a 09:00–17:00 weekday calendar counts 8 hours per
 * Monday–Friday (weekdays counted with Date.UTC, whose calendar is the proleptic Gregorian one),
 * whatever the daylight-saving rules, as the clocks change at night.
 */
import { describe, expect, it } from "vitest";
import { isKpiInputError, type KpiInputError } from "../../errors.js";
import { businessCalendar, type BusinessCalendarDefinition } from "../businessCalendar/businessCalendar.js";
import { addBusinessTime } from "./addBusinessTime.js";
import { businessTimeBetween } from "./businessTimeBetween.js";

const H = 3_600_000;
const DAY = 86_400_000;
const MAX = 8.64e15;
const ZONES = ["UTC", "Europe/Amsterdam", "America/New_York", "Australia/Sydney"];
const allDay = [["00:00", "24:00"]] as const;
const nineToFive = [["09:00", "17:00"]] as const;
const always = (timeZone: string) =>
  businessCalendar({ timeZone, week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay } });
const office = (timeZone: string, holidays: BusinessCalendarDefinition["holidays"] = []) =>
  businessCalendar({ timeZone, week: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive }, holidays });

/** The error `f` throws, which must be a KpiInputError. */
function errorOf(f: () => unknown): KpiInputError {
  try {
    f();
  } catch (error) {
    if (isKpiInputError(error)) return error;
    throw error;
  }
  return expect.unreachable("no error thrown");
}

/** Monday–Friday dates among the day numbers [first, last), counted with Date. */
function weekdaysBetween(first: number, last: number): number {
  const weeks = Math.floor((last - first) / 7);
  let count = weeks * 5;
  for (let d = first + weeks * 7; d < last; d++) {
    const weekday = new Date(d * DAY).getUTCDay();
    if (weekday >= 1 && weekday <= 5) count++;
  }
  return count;
}

describe("addBusinessTime far ahead", () => {
  it("adds 1e16 ms of a 24/7 calendar from the first Date: start + 1e16 exactly", () => {
    for (const zone of ZONES) expect(addBusinessTime(-MAX, 1e16, always(zone)).getTime()).toBe(-MAX + 1e16);
  });

  it("adds 2.5e15 ms of a 24/7 calendar from 1970: 2.5e15, in the year 81191", () => {
    for (const zone of ZONES) expect(addBusinessTime(0, 2.5e15, always(zone)).toISOString()).toBe("+081191-11-06T04:26:40.000Z");
  });

  it("reaches the last Date exactly, and no further", () => {
    for (const zone of ZONES) {
      expect(addBusinessTime(0, MAX, always(zone)).getTime()).toBe(MAX);
      expect(addBusinessTime(-MAX, 2 * MAX, always(zone)).getTime()).toBe(MAX);
    }
  });

  it("finds the due time 100 years of office hours ahead", () => {
    // From Monday 5 January 2026 09:00Z, 5,200 weeks of 5 × 8 hours end on the Friday of the
    // 5,200th week (5,199 weeks and 4 days later) at 17:00.
    const due = addBusinessTime("2026-01-05T09:00Z", 5200 * 40 * H, office("UTC"));
    expect(due.getTime()).toBe(Date.UTC(2026, 0, 5) + (5199 * 7 + 4) * DAY + 17 * H);
    expect(due.toISOString()).toBe("2125-08-31T17:00:00.000Z");
  });

  it("finds the earliest due time a thousand centuries ahead in a DST zone with holidays", () => {
    const calendar = office("Europe/Amsterdam", ["2026-12-25", "2100-01-01", { date: "9999-12-31", windows: [["09:00", "13:00"]] }]);
    for (const [start, ms] of [["2026-03-27T16:30", 1e15], ["1500-06-01T12:00", 2e15], ["2099-12-31T16:00", 7]] as const) {
      const due = addBusinessTime(start, ms, calendar);
      expect(businessTimeBetween(start, due, calendar)).toBe(ms);
      expect(businessTimeBetween(start, due.getTime() - 1, calendar)).toBe(ms - 1);
    }
  });
});

describe("addBusinessTime when a week jump would land exactly on the amount", () => {
  it("stops at the instant the amount is reached, not at the next opening after the jumped weeks", () => {
    // One hour a week (Monday 09:00–10:00, UTC) and a Saturday holiday open 00:00–02:00. Ten hours
    // from Monday 5 January 2026, counted by hand: 5 Jan 1 h; Sat 10 Jan 2 h (3); the Mondays
    // 12, 19, 26 Jan, 2, 9, 16 Feb (9); 23 Feb 09:00–10:00 the tenth, reached at 10:00. (After
    // the first Monday, seven weeks hold exactly the nine hours left: a jump over them must not
    // be taken, or the due time becomes the next opening, 2 March 09:00.)
    const cal = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "10:00"]] }, holidays: [{ date: "2026-01-10", windows: [["00:00", "02:00"]] }] });
    expect(addBusinessTime("2026-01-05T00:00:00Z", 10 * H, cal).toISOString()).toBe("2026-02-23T10:00:00.000Z");
  });
});

describe("addBusinessTime past the last Date", () => {
  it("rejects 1e16 ms from 1970 and 1e50 ms, naming ms, its value and the open time there is", () => {
    for (const zone of ZONES) {
      for (const ms of [1e16, 1e50]) {
        const error = errorOf(() => addBusinessTime(0, ms, always(zone)));
        expect([error.kpi, error.field, error.index, error.value]).toEqual(["addBusinessTime", "ms", undefined, ms]);
        expect(error.expected).toBe("at most 8640000000000000 ms: the open time from start to the last instant a Date can hold (+275760-09-13T00:00:00.000Z)");
      }
    }
  });

  it("rejects any time added to the last instant, and adds none", () => {
    for (const zone of ZONES) {
      const error = errorOf(() => addBusinessTime(new Date(MAX), 1, always(zone)));
      expect([error.field, error.value]).toEqual(["ms", 1]);
      expect(error.message).toMatch(/^addBusinessTime: ms must be at most 0 ms: .*, got 1$/);
      expect(addBusinessTime(new Date(MAX), 0, always(zone)).getTime()).toBe(MAX);
    }
  });

  it("rejects an amount of office time the range cannot hold, stating the office time there is", () => {
    // 2.5e15 ms is 17 million 40-hour weeks, 333,000 years.
    const calendar = office("America/New_York", ["2026-11-26"]);
    for (const ms of [2.5e15, 1e50]) {
      const error = errorOf(() => addBusinessTime(0, ms, calendar));
      expect([error.field, error.value]).toEqual(["ms", ms]);
      expect(error.expected).toBe(`at most ${businessTimeBetween(0, MAX, calendar)} ms: the open time from start to the last instant a Date can hold (+275760-09-13T00:00:00.000Z)`);
    }
    // The range ends on Saturday 13 September 275760 at 00:00Z, Friday 20:00 EDT. From Friday
    // 16:00 EDT (20:00Z, 4 hours before the end) one office hour is left.
    const lastFriday = MAX - 4 * H;
    expect(new Date(lastFriday).toISOString()).toBe("+275760-09-12T20:00:00.000Z");
    expect(addBusinessTime(lastFriday, H, calendar).getTime()).toBe(lastFriday + H);
    expect(errorOf(() => addBusinessTime(lastFriday, H + 1, calendar)).expected).toMatch(/^at most 3600000 ms:/);
  });

  it("keeps the calendar error of a calendar with no weekly hours, however large the amount", () => {
    const closed = businessCalendar({ timeZone: "Europe/Amsterdam", week: {}, holidays: [{ date: "2026-01-02", windows: [["10:00", "11:00"]] }] });
    for (const ms of [2 * H, 1e16, 1e50]) expect(errorOf(() => addBusinessTime("2026-01-01T00:00Z", ms, closed)).field).toBe("calendar");
  });
});

describe("businessTimeBetween over very long spans", () => {
  it("counts the whole Date range of a 24/7 calendar as wall time", () => {
    for (const zone of ZONES) expect(businessTimeBetween(-MAX, MAX, always(zone))).toBe(2 * MAX);
  });

  it("counts a clock change on New Year's Day in the year it happens, not also in the year before", () => {
    // São Tomé moved from GMT to GMT+1 at 01:00 on 1 January 2018 (a 23-hour day) and back at
    // 02:00 on 1 January 2019 (25 hours), Dhaka ended its daylight time at 23:59 on 31 December
    // 2009: a 24/7 calendar's open time is the wall time between the instants, whichever years
    // the span crosses (Intl's zone data, the same as the calendar's).
    const spans: [string, string, string][] = [
      ["Africa/Sao_Tome", "2017-06-15T00:00:00Z", "2018-06-15T00:00:00Z"],
      ["Africa/Sao_Tome", "2017-12-30T12:00:00Z", "2018-01-02T12:00:00Z"],
      ["Africa/Sao_Tome", "2016-03-01T00:00:00Z", "2020-03-01T00:00:00Z"],
      ["Africa/Sao_Tome", "2018-07-01T00:00:00Z", "2019-07-01T00:00:00Z"],
      ["Asia/Dhaka", "2009-06-01T00:00:00Z", "2011-06-01T00:00:00Z"],
    ];
    for (const [zone, from, to] of spans) expect(businessTimeBetween(from, to, always(zone)), `${zone} ${from}`).toBe(Date.parse(to) - Date.parse(from));
  });

  it("counts 8 hours a weekday from 1970 to 273,000 years later, with the holidays", () => {
    const end = Date.UTC(274970, 0, 1);
    const weekdays = weekdaysBetween(0, end / DAY);
    expect(weekdays).toBe(71_222_287);
    // In each zone the span starts and ends between 17:00 and 09:00 local, so it holds whole
    // office days: the local days 1970-01-01 … 274969-12-31.
    for (const zone of ZONES.slice(0, 3)) expect(businessTimeBetween(0, end, office(zone))).toBe(weekdays * 8 * H);
    // Friday 25 December 2026 closed (−8 h), Friday 31 December 9999 09:00–13:00 (−4 h),
    // Saturday 3 January 1970 10:00–12:00 (+2 h).
    const holidays = ["2026-12-25", { date: "9999-12-31", windows: [["09:00", "13:00"]] }, { date: "1970-01-03", windows: [["10:00", "12:00"]] }] as const;
    expect(businessTimeBetween(0, end, office("Europe/Amsterdam", holidays))).toBe(weekdays * 8 * H - 10 * H);
  });

  it("counts a holiday on a daylight-saving day by its own hours inside a span of weeks", () => {
    // 24/7 in Amsterdam, but Sunday 25 October 2026 (the clocks go back at 03:00 to 02:00) is
    // open 00:00–12:00 only: 13 hours. Four weeks from Monday 12 October: 27 × 24 h + 13 h.
    const calendar = businessCalendar({ ...always("Europe/Amsterdam"), holidays: [{ date: "2026-10-25", windows: [["00:00", "12:00"]] }] });
    expect(businessTimeBetween("2026-10-12T00:00", "2026-11-09T00:00", calendar)).toBe((27 * 24 + 13) * H);
    expect(addBusinessTime("2026-10-12T00:00", (27 * 24 + 13) * H, calendar).toISOString()).toBe("2026-11-08T23:00:00.000Z");
  });

  it("counts the extra hour of every autumn change from 2100 to 2500, under New York's rule", () => {
    // Open Sundays 01:00–02:00: one hour, two on the first Sunday of November (01:00 EDT to
    // 02:00 EST). 400 years are 20,871 weeks, so 20,871 Sundays and 400 autumn changes.
    const calendar = businessCalendar({ timeZone: "America/New_York", week: { sun: [["01:00", "02:00"]] } });
    expect(businessTimeBetween("2100-01-01T00:00", "2500-01-01T00:00", calendar)).toBe((20_871 + 400) * H);
    // 1000 to 1800: local mean time, no changes; 800 years are 41,742 weeks.
    expect(businessTimeBetween("1000-01-01T00:00", "1800-01-01T00:00", calendar)).toBe(41_742 * H);
  });
});
