/**
 * Business-time timings. Expected values are counted by hand in the comments from the calendar
 * windows (local wall time) and the UTC offsets of the day: Amsterdam is UTC+1 (CET) until
 * 29 March 2026 02:00 and UTC+2 (CEST) after; New York is UTC−5 (EST) until 8 March 2026 02:00
 * and UTC−4 (EDT) after. H = one hour.
 */
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import type { Ticket } from "../../records/ticket.js";
import { ticketTimings } from "./ticketTimings.js";

const M = 60_000;
const H = 60 * M;
const weekdays = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } as const;

describe("ticketTimings with a business calendar", () => {
  it("skips a holiday inside the window (Easter Monday, Amsterdam)", () => {
    // Created Fri 3 April 16:00 local (14:00Z), replied and solved Tue 7 April 10:00 local
    // (08:00Z). Open time: Fri 16–17 (1 H) + Mon 6 April holiday (0) + Tue 9–10 (1 H) = 2 H;
    // wall time 90 H.
    const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: weekdays, holidays: ["2026-04-06"] });
    const t: Ticket = {
      id: "easter",
      createdAt: "2026-04-03T14:00:00Z",
      events: [
        { at: "2026-04-03T14:00:00Z", type: "message", author: "customer" },
        { at: "2026-04-07T08:00:00Z", type: "message", author: "agent" },
        { at: "2026-04-07T08:00:00Z", type: "status", status: "solved" },
      ],
    };
    expect(ticketTimings(t, { calendar })).toMatchObject({ firstReplyMs: 2 * H, fullResolutionMs: 2 * H, requesterWaitMs: 2 * H });
    expect(ticketTimings(t)).toMatchObject({ firstReplyMs: 90 * H, fullResolutionMs: 90 * H });
    // Offset-less strings are read in the calendar's zone by default: 16:00 local is 14:00Z.
    const local: Ticket = { ...t, createdAt: "2026-04-03 16:00", events: t.events?.map((e, i) => ({ ...e, at: i === 0 ? "2026-04-03 16:00" : "2026-04-07 10:00" })) };
    expect(ticketTimings(local, { calendar })).toEqual(ticketTimings(t, { calendar }));
  });

  it("leaves out a lunch break, in every wait", () => {
    // Monday 2 March, UTC, open 09–12 and 13–17. Created 11:30; pending 11:45; open 12:30;
    // reply and solve 13:30. First reply and resolution: 11:30–12:00 + 13:00–13:30 = 1 H.
    // Requester: new 11:30–11:45 (15 M) + open 12:30–13:30 (13:00–13:30 = 30 M) = 45 M;
    // agent: pending 11:45–12:30 (11:45–12:00 = 15 M). 45 + 15 = 60 M = resolution.
    const calendar = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "12:00"], ["13:00", "17:00"]] } });
    const t: Ticket = {
      id: "lunch",
      createdAt: "2026-03-02T11:30:00Z",
      events: [
        { at: "2026-03-02T11:30:00Z", type: "message", author: "customer" },
        { at: "2026-03-02T11:45:00Z", type: "status", status: "pending" },
        { at: "2026-03-02T12:30:00Z", type: "status", status: "open" },
        { at: "2026-03-02T13:30:00Z", type: "message", author: "agent" },
        { at: "2026-03-02T13:30:00Z", type: "status", status: "solved" },
      ],
    };
    expect(ticketTimings(t, { calendar })).toMatchObject({ firstReplyMs: H, fullResolutionMs: H, requesterWaitMs: 45 * M, agentWaitMs: 15 * M, onHoldMs: 0 });
  });

  it("counts a 09:00–17:00 day as 8 hours in the European DST week", () => {
    // Sat 28 March 12:00 local (11:00Z) → Mon 30 March 12:00 local (10:00Z): wall 47 H (the
    // night of the 29th is an hour short). Business: Sat 12–17 (5) + Sun 9–17 (8) + Mon 9–12 (3)
    // = 16 H. With a 24/7 calendar the DST Sunday is 23 hours: 47 H, the wall time.
    const daily = businessCalendar({ timeZone: "Europe/Amsterdam", week: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["09:00", "17:00"]]])) });
    const allDay = businessCalendar({ timeZone: "Europe/Amsterdam", week: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]])) });
    const t: Ticket = { id: "dst-eu", createdAt: "2026-03-28T11:00:00Z", resolvedAt: "2026-03-30T10:00:00Z" };
    expect(ticketTimings(t).fullResolutionMs).toBe(47 * H);
    expect(ticketTimings(t, { calendar: daily }).fullResolutionMs).toBe(16 * H);
    expect(ticketTimings(t, { calendar: allDay }).fullResolutionMs).toBe(47 * H);
  });

  it("counts the skipped hour as closed in the US DST week", () => {
    // New York, Sunday 8 March: clocks jump 02:00 → 03:00. Sunday window 01:00–04:00 is 2 real
    // hours. Created Sat 7 March 16:00 EST (21:00Z), replied Mon 9 March 10:00 EDT (14:00Z):
    // Sat 16–17 (1) + Sun 01–04 (2) + Mon 09–10 (1) = 4 H; wall 41 H.
    const calendar = businessCalendar({ timeZone: "America/New_York", week: { sat: [["09:00", "17:00"]], sun: [["01:00", "04:00"]], mon: [["09:00", "17:00"]] } });
    const t: Ticket = { id: "dst-us", createdAt: "2026-03-07T21:00:00Z", firstResponseAt: "2026-03-09T14:00:00Z" };
    expect(ticketTimings(t, { calendar }).firstReplyMs).toBe(4 * H);
    expect(ticketTimings(t).firstReplyMs).toBe(41 * H);
  });

  it("follows a ticket open across the year boundary, New Year's Day closed", () => {
    // UTC, Mon–Fri 09–17, holiday Fri 1 January 2027. Created Thu 31 December 2026 16:00.
    // Reply Mon 4 January 09:30 → first reply 1 H + 30 M = 90 M. Pending 09:30–11:00 (agent
    // wait 90 M), open 11:00–12:00, solved 12:00. Requester: new 31 Dec 16:00 → 4 Jan 09:30
    // (90 M) + open 60 M = 150 M. Full resolution: 1 H + 3 H = 240 M = 150 + 90.
    const calendar = businessCalendar({ timeZone: "UTC", week: weekdays, holidays: ["2027-01-01"] });
    const t: Ticket = {
      id: "new-year",
      createdAt: "2026-12-31T16:00:00Z",
      events: [
        { at: "2026-12-31T16:00:00Z", type: "message", author: "customer" },
        { at: "2027-01-04T09:30:00Z", type: "message", author: "agent" },
        { at: "2027-01-04T09:30:00Z", type: "status", status: "pending" },
        { at: "2027-01-04T11:00:00Z", type: "status", status: "open" },
        { at: "2027-01-04T12:00:00Z", type: "status", status: "solved" },
      ],
    };
    expect(ticketTimings(t, { calendar })).toMatchObject({ firstReplyMs: 90 * M, agentWaitMs: 90 * M, requesterWaitMs: 150 * M, fullResolutionMs: 240 * M });
  });

  it("accepts a calendar definition as well as a calendar value", () => {
    const definition = { timeZone: "UTC", week: weekdays };
    const t: Ticket = { id: 1, createdAt: "2026-03-06T16:00:00Z", firstResponseAt: "2026-03-09T10:00:00Z" };
    // Fri 16–17 + Mon 9–10 = 2 H.
    expect(ticketTimings(t, { calendar: definition }).firstReplyMs).toBe(2 * H);
    expect(ticketTimings(t, { calendar: businessCalendar(definition) }).firstReplyMs).toBe(2 * H);
  });
});
