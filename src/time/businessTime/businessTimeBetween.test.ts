/**
 * Business time by hand-worked examples. Every expected value is counted in the comment beside
 * it from the calendar and the civil calendar (which weekday a date is: any calendar, e.g.
 * 2026-11-23 is a Monday), and the DST rules: EU summer time changes at 01:00 UTC on the last
 * Sundays of March and October (Directive 2000/84/EC); US daylight time at 02:00 local on the
 * second Sunday of March and the first Sunday of November (Energy Policy Act 2005, s. 110).
 */
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { businessCalendar } from "../businessCalendar/businessCalendar.js";
import { addBusinessTime } from "./addBusinessTime.js";
import { businessTimeBetween } from "./businessTimeBetween.js";

const H = 3_600_000;
const M = 60_000;
const nineToFive = [["09:00", "17:00"]] as const;
const weekdays = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const allDay = [["00:00", "24:00"]] as const;
const always = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };

describe("businessTimeBetween", () => {
  it("counts the open hours of the TSDoc example", () => {
    const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: { mon: nineToFive, tue: nineToFive } });
    // Monday 16:00–17:00 and Tuesday 09:00–10:00.
    expect(businessTimeBetween("2026-11-23T16:00", "2026-11-24T10:00", calendar)).toBe(2 * H);
  });

  it("skips a lunch break", () => {
    const calendar = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "12:30"], ["13:30", "17:00"]] } });
    // 12:00–12:30 and 13:30–14:00.
    expect(businessTimeBetween("2026-11-23T12:00Z", "2026-11-23T14:00Z", calendar)).toBe(60 * M);
    // The whole day: 3.5 h + 3.5 h.
    expect(businessTimeBetween("2026-11-23T00:00Z", "2026-11-24T00:00Z", calendar)).toBe(7 * H);
  });

  it("closes a holiday and uses special hours", () => {
    const calendar = businessCalendar({
      timeZone: "Europe/Amsterdam",
      week: weekdays,
      holidays: ["2026-12-25", { date: "2026-12-24", windows: [["09:00", "13:00"]] }],
    });
    // Mon 21 .. Fri 25 Dec 2026: 8 + 8 + 8 + 4 (Thu 24, special) + 0 (Fri 25, closed).
    expect(businessTimeBetween("2026-12-21T00:00", "2026-12-26T00:00", calendar)).toBe(28 * H);
  });

  it("counts a holiday inside an SLA window", () => {
    const calendar = businessCalendar({ timeZone: "America/New_York", week: weekdays, holidays: ["2026-11-26"] });
    // Wed 25 Nov 15:00 → Fri 27 Nov 11:00: Wed 2 h, Thu (Thanksgiving) 0, Fri 2 h.
    expect(businessTimeBetween("2026-11-25T15:00", "2026-11-27T11:00", calendar)).toBe(4 * H);
  });

  it("spans a year boundary", () => {
    const calendar = businessCalendar({ timeZone: "America/New_York", week: weekdays, holidays: ["2027-01-01"] });
    // Wed 30 Dec 2026 09:00 → Mon 4 Jan 2027 17:00: Wed 8, Thu 8, Fri 1 Jan holiday, weekend, Mon 8.
    expect(businessTimeBetween("2026-12-30T09:00", "2027-01-04T17:00", calendar)).toBe(24 * H);
  });

  it("handles the European DST week", () => {
    const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: always });
    // Sunday 29 March 2026 has 23 hours; Sunday 25 October 2026 has 25.
    expect(businessTimeBetween("2026-03-29T00:00", "2026-03-30T00:00", calendar)).toBe(23 * H);
    expect(businessTimeBetween("2026-10-25T00:00", "2026-10-26T00:00", calendar)).toBe(25 * H);
    // A week around each change: 7 × 24 − 1 and 7 × 24 + 1.
    expect(businessTimeBetween("2026-03-23T00:00", "2026-03-30T00:00", calendar)).toBe(167 * H);
    expect(businessTimeBetween("2026-10-19T00:00", "2026-10-26T00:00", calendar)).toBe(169 * H);
    // A 09:00–17:00 window stays 8 hours on the change day.
    const office = businessCalendar({ timeZone: "Europe/Amsterdam", week: { sun: nineToFive } });
    expect(businessTimeBetween("2026-03-29T00:00", "2026-03-30T00:00", office)).toBe(8 * H);
  });

  it("handles the US DST week, including hours inside the skipped and repeated hour", () => {
    const ny = (week: object) => businessCalendar({ timeZone: "America/New_York", week });
    // Sunday 8 March 2026: 23 hours; Sunday 1 November 2026: 25 hours.
    expect(businessTimeBetween("2026-03-08T00:00", "2026-03-09T00:00", ny(always))).toBe(23 * H);
    expect(businessTimeBetween("2026-11-01T00:00", "2026-11-02T00:00", ny(always))).toBe(25 * H);
    // Open 01:00–02:30 on 8 March: the clock jumps from 02:00 to 03:00, past the closing time,
    // so the shop is open from 01:00 EST (06:00Z) to the jump (07:00Z): 1 hour.
    expect(businessTimeBetween("2026-03-08T00:00Z", "2026-03-09T00:00Z", ny({ sun: [["01:00", "02:30"]] }))).toBe(H);
    // Open 02:00–03:00 on 8 March: that hour does not exist.
    expect(businessTimeBetween("2026-03-08T00:00Z", "2026-03-09T00:00Z", ny({ sun: [["02:00", "03:00"]] }))).toBe(0);
    // Open 01:00–02:00 on 1 November: 01:00 EDT (05:00Z) until 02:00 EST (07:00Z), 2 hours.
    expect(businessTimeBetween("2026-11-01T00:00Z", "2026-11-02T00:00Z", ny({ sun: [["01:00", "02:00"]] }))).toBe(2 * H);
  });

  it("counts a whole year in one step: 261 weekdays of 8 hours in 2026", () => {
    const calendar = businessCalendar({ timeZone: "UTC", week: weekdays });
    // Independent count of Monday–Friday dates in 2026 with Date.
    let weekdaysIn2026 = 0;
    for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() >= 1 && d.getUTCDay() <= 5) weekdaysIn2026++;
    }
    expect(weekdaysIn2026).toBe(261);
    expect(businessTimeBetween("2026-01-01T00:00Z", "2027-01-01T00:00Z", calendar)).toBe(261 * 8 * H);
  });

  it("is 0 inside closed time and for an empty span", () => {
    const calendar = businessCalendar({ timeZone: "UTC", week: weekdays });
    expect(businessTimeBetween("2026-11-28T08:00Z", "2026-11-29T20:00Z", calendar)).toBe(0); // Sat–Sun
    expect(businessTimeBetween("2026-11-23T10:00Z", "2026-11-23T10:00Z", calendar)).toBe(0);
  });

  it("accepts a plain definition, Dates and epoch ms", () => {
    const definition = { timeZone: "UTC", week: weekdays };
    const start = new Date("2026-11-23T16:00:00Z");
    expect(businessTimeBetween(start, start.getTime() + 18 * H, definition)).toBe(2 * H);
  });

  it("rejects an end before the start and unreadable timestamps", () => {
    const calendar = businessCalendar({ timeZone: "UTC", week: weekdays });
    const cases: [unknown, unknown, string][] = [
      ["2026-11-24T00:00Z", "2026-11-23T00:00Z", "end"],
      ["2026-02-30T00:00Z", "2026-11-23T00:00Z", "start"],
      ["yesterday", "2026-11-23T00:00Z", "start"],
      [0, Number.NaN, "end"],
    ];
    for (const [a, b, field] of cases) {
      try {
        businessTimeBetween(a as string, b as string, calendar);
        expect.unreachable();
      } catch (e) {
        expect(isKpiInputError(e) && e.field).toBe(field);
      }
    }
  });
});

describe("addBusinessTime", () => {
  it("finds the due time of the TSDoc example", () => {
    const calendar = businessCalendar({ timeZone: "UTC", week: { mon: nineToFive, tue: nineToFive } });
    expect(addBusinessTime("2026-11-23T15:00:00Z", 4 * H, calendar).toISOString()).toBe("2026-11-24T11:00:00.000Z");
  });

  it("is due at closing time, not the next opening, when the time runs out exactly then", () => {
    const calendar = businessCalendar({ timeZone: "UTC", week: weekdays });
    expect(addBusinessTime("2026-11-23T09:00Z", 8 * H, calendar).toISOString()).toBe("2026-11-23T17:00:00.000Z");
    expect(addBusinessTime("2026-11-28T12:00Z", 0, calendar).toISOString()).toBe("2026-11-28T12:00:00.000Z");
  });

  it("skips weekends, holidays and lunch, across DST", () => {
    const calendar = businessCalendar({
      timeZone: "Europe/Amsterdam",
      week: { ...weekdays, mon: [["09:00", "12:00"], ["13:00", "17:00"]] },
      holidays: ["2026-03-27"],
    });
    // From Thu 26 March 16:00 CET, 3 hours: Thu 16–17 (1 h), Fri 27 holiday, weekend with the DST
    // change, Mon 30 March 09:00–11:00 CEST (2 h) → 09:00Z.
    expect(addBusinessTime("2026-03-26T16:00", 3 * H, calendar).toISOString()).toBe("2026-03-30T09:00:00.000Z");
  });

  it("jumps months ahead: 1,000 business hours of 9–5 weekdays", () => {
    const calendar = businessCalendar({ timeZone: "UTC", week: weekdays });
    // 1,000 h = 125 full days of 8 h. From Mon 5 Jan 2026 09:00: 125 weekdays = 25 weeks, so the
    // 125th day is Fri 26 June 2026 and the time is used up at 17:00 that day.
    expect(addBusinessTime("2026-01-05T09:00Z", 1000 * H, calendar).toISOString()).toBe("2026-06-26T17:00:00.000Z");
  });

  it("does not take a week's jump that holiday hours would carry past the due time", () => {
    // One hour a week (Mondays 09:00–10:00) and a holiday open all of Wednesday 7 January 2026.
    // From Monday 5 January 10:00, 3 hours: Tuesday is closed, Wednesday opens at 00:00, so the
    // time runs out at 03:00 that Wednesday. (Three weeks' worth of hours ask for a week's jump;
    // the holiday gives that week 25 hours, so the jump must be refused.)
    const calendar = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "10:00"]] }, holidays: [{ date: "2026-01-07", windows: [["00:00", "24:00"]] }] });
    expect(addBusinessTime("2026-01-05T10:00Z", 3 * H, calendar).toISOString()).toBe("2026-01-07T03:00:00.000Z");
    expect(addBusinessTime("2026-01-05T10:00Z", 26 * H, calendar).toISOString()).toBe("2026-01-19T10:00:00.000Z");
  });

  it("passes closed holidays on the way to an open one when no weekday opens", () => {
    const calendar = businessCalendar({
      timeZone: "UTC",
      week: {},
      holidays: ["2026-01-02", "2026-01-03", { date: "2026-01-05", windows: [["10:00", "12:00"]] }, { date: "2026-01-09", windows: [["08:00", "09:00"]] }],
    });
    expect(addBusinessTime("2026-01-01T00:00Z", H, calendar).toISOString()).toBe("2026-01-05T11:00:00.000Z");
    expect(addBusinessTime("2026-01-01T00:00Z", 3 * H, calendar).toISOString()).toBe("2026-01-09T09:00:00.000Z");
  });

  it("rejects negative time and a calendar that never opens", () => {
    const calendar = businessCalendar({ timeZone: "UTC", week: weekdays });
    for (const ms of [-1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => addBusinessTime(0, ms, calendar)).toThrow(/addBusinessTime: ms/);
    }
    const closed = businessCalendar({ timeZone: "UTC", week: {}, holidays: [{ date: "2026-01-02", windows: [["10:00", "11:00"]] }] });
    expect(addBusinessTime("2026-01-01T00:00Z", H, closed).toISOString()).toBe("2026-01-02T11:00:00.000Z");
    expect(() => addBusinessTime("2026-01-01T00:00Z", 2 * H, closed)).toThrow(/calendar/);
  });
});

describe("messages", () => {
  // Each argument named in the message as the caller wrote it (mutation testing found these
  // texts unchecked: a message could have said nothing and every test still passed).
  const calendar = businessCalendar({ timeZone: "UTC", week: weekdays });
  const cases: [() => unknown, string, string][] = [
    [() => businessTimeBetween(0, 1, null as never), "calendar", "businessTimeBetween: calendar must be a business calendar (see businessCalendar), got null"],
    [() => addBusinessTime(0, 1, "x" as never), "calendar", 'addBusinessTime: calendar must be a business calendar (see businessCalendar), got "x"'],
    [
      () => businessTimeBetween("2026-01-02T00:00Z", "2026-01-01T00:00Z", calendar),
      "end",
      'businessTimeBetween: end must be an instant at or after start (2026-01-02T00:00:00.000Z), got "2026-01-01T00:00Z"',
    ],
    [() => addBusinessTime("yesterday", 1, calendar), "start", 'addBusinessTime: start must be a valid Date, epoch milliseconds, or an ISO 8601 string'],
    [
      () => addBusinessTime(0, 5, businessCalendar({ timeZone: "UTC", week: {} })),
      "calendar",
      "addBusinessTime: calendar must be a calendar with at least 5 ms of open time after start, got",
    ],
  ];
  it.each(cases.map(([run, field, message], i) => ({ i, run, field, message })))("case $i names $field", ({ run, field, message }) => {
    try {
      run();
      expect.unreachable();
    } catch (e) {
      expect(isKpiInputError(e) && e.field).toBe(field);
      expect((e as Error).message.startsWith(message)).toBe(true);
    }
  });
});
