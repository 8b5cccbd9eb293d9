/**
 * Interval boundaries come from the rules: EU summer time starts and ends at 01:00 UTC on the
 * last Sundays of March and October (Directive 2000/84/EC), so 2026-03-29 is a 23-hour day and
 * 2026-10-25 a 25-hour day in Amsterdam. Counts are worked by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import type { Ticket } from "../../records/ticket.js";
import { backlogAt } from "./backlogAt.js";
import { backlogSeries, type BacklogInterval } from "./backlogSeries.js";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";

const H = 3_600_000;
const AMS = "Europe/Amsterdam";
const counts = (s: readonly BacklogInterval[]) => s.map(({ label, created, resolved, reopened, net, openAtStart, openAtEnd }) => ({ label, created, resolved, reopened, net, openAtStart, openAtEnd }));
const hours = (s: readonly BacklogInterval[]) => s.map((i) => (i.end.getTime() - i.start.getTime()) / H);

describe("backlogSeries", () => {
  it("counts created, solved and reopened per local day (the TSDoc example)", () => {
    const tickets: Ticket[] = [
      { id: 1, createdAt: "2026-03-30T23:00", resolvedAt: "2026-03-31T10:00" },
      {
        id: 2,
        createdAt: "2026-03-31T09:00",
        events: [
          { at: "2026-03-31T12:00", type: "status", status: "solved" },
          { at: "2026-04-01T08:00", type: "status", status: "open" },
        ],
      },
    ];
    const series = backlogSeries(tickets, { from: "2026-03-31", to: "2026-04-02", interval: "day", timeZone: AMS });
    // Ticket 1 is open when 31 March begins; both are solved that day; ticket 2 reopens on 1 April.
    expect(counts(series)).toEqual([
      { label: "2026-03-31", created: 1, resolved: 2, reopened: 0, net: -1, openAtStart: 1, openAtEnd: 0 },
      { label: "2026-04-01", created: 0, resolved: 0, reopened: 1, net: 1, openAtStart: 0, openAtEnd: 1 },
    ]);
    expect(series[0]?.start).toEqual(new Date("2026-03-30T22:00:00Z")); // midnight CEST
    expect(series[1]?.end).toEqual(new Date("2026-04-01T22:00:00Z"));
  });

  it("opens with what was open at its start, and leaves out a change at its end", () => {
    const tickets: Ticket[] = [
      // Created and solved before the series: not open at its start.
      { id: "E", createdAt: "2026-03-20T10:00Z", resolvedAt: "2026-03-21T10:00Z" },
      // Solved and reopened before the series: open at its start.
      {
        id: "F",
        createdAt: "2026-03-20T10:00Z",
        events: [
          { at: "2026-03-21T10:00Z", type: "status", status: "solved" },
          { at: "2026-03-22T10:00Z", type: "status", status: "open" },
        ],
      },
      // Solved twice before the series, reopened once between: not open.
      {
        id: "G",
        createdAt: "2026-03-20T10:00Z",
        events: [
          { at: "2026-03-21T10:00Z", type: "status", status: "solved" },
          { at: "2026-03-22T10:00Z", type: "status", status: "open" },
          { at: "2026-03-23T10:00Z", type: "status", status: "solved" },
        ],
      },
      // Created at the instant the series ends: in no interval.
      { id: "H", createdAt: "2026-03-30T00:00Z" },
    ];
    const series = backlogSeries(tickets, { from: "2026-03-28", to: "2026-03-30", interval: "day" });
    expect(counts(series)).toEqual([
      { label: "2026-03-28", created: 0, resolved: 0, reopened: 0, net: 0, openAtStart: 1, openAtEnd: 1 },
      { label: "2026-03-29", created: 0, resolved: 0, reopened: 0, net: 0, openAtStart: 1, openAtEnd: 1 },
    ]);
    // The same stock as backlogAt at the series' start.
    expect(backlogAt(tickets, "2026-03-28T00:00Z").open).toBe(1);
  });

  it("makes the spring DST day 23 hours and counts by the local date", () => {
    const tickets: Ticket[] = [
      { id: "A", createdAt: "2026-03-27T14:00Z" }, // before the series: open at its start
      { id: "B", createdAt: "2026-03-29T00:30Z", resolvedAt: "2026-03-29T01:30Z" }, // 01:30 CET → 03:30 CEST, 29 March
      { id: "C", createdAt: "2026-03-29T22:30Z" }, // 00:30 CEST on 30 March (still 29 March in UTC)
      { id: "D", createdAt: "2026-03-28T23:30Z" }, // 00:30 CET on 29 March (still 28 March in UTC)
    ];
    const series = backlogSeries(tickets, { from: "2026-03-28", to: "2026-03-31", interval: "day", timeZone: AMS });
    expect(hours(series)).toEqual([24, 23, 24]);
    expect(series.map((i) => i.start.toISOString())).toEqual(["2026-03-27T23:00:00.000Z", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"]);
    expect(counts(series)).toEqual([
      { label: "2026-03-28", created: 0, resolved: 0, reopened: 0, net: 0, openAtStart: 1, openAtEnd: 1 },
      { label: "2026-03-29", created: 2, resolved: 1, reopened: 0, net: 1, openAtStart: 1, openAtEnd: 2 },
      { label: "2026-03-30", created: 1, resolved: 0, reopened: 0, net: 1, openAtStart: 2, openAtEnd: 3 },
    ]);
    // The same tickets by UTC day: D falls on 28 March and C on 29 March.
    const utc = backlogSeries(tickets, { from: "2026-03-28", to: "2026-03-31", interval: "day" });
    expect(utc.map((i) => i.created)).toEqual([1, 2, 0]);
  });

  it("makes the autumn DST day 25 hours, and its repeated hour two hourly intervals", () => {
    const tickets: Ticket[] = [
      { id: 1, createdAt: "2026-10-25T00:30Z" }, // 02:30 CEST, the first 02:30
      { id: 2, createdAt: "2026-10-25T01:30Z" }, // 02:30 CET, the second 02:30
      { id: 3, createdAt: "2026-10-25T22:30Z" }, // 23:30 CET, the last hour of the long day
    ];
    const days = backlogSeries(tickets, { from: "2026-10-25", to: "2026-10-26", interval: "day", timeZone: AMS });
    expect(hours(days)).toEqual([25]);
    expect(days[0]?.created).toBe(3);
    const hourly = backlogSeries(tickets, { from: "2026-10-25T00:00+02:00", to: "2026-10-25T04:00+01:00", interval: "hour", timeZone: AMS });
    expect(hourly.map((i) => i.label)).toEqual([
      "2026-10-25T00:00+02:00", "2026-10-25T01:00+02:00", "2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00", "2026-10-25T03:00+01:00",
    ]);
    expect(hours(hourly)).toEqual([1, 1, 1, 1, 1]);
    expect(hourly.map((i) => i.created)).toEqual([0, 0, 1, 1, 0]);
  });

  it("steps by calendar month across the year boundary, at local midnight on the 1st", () => {
    const tickets: Ticket[] = [
      { id: 1, createdAt: "2025-12-31T23:30Z", resolvedAt: "2026-01-15T12:00Z" }, // 00:30 on 1 January in Amsterdam
      { id: 2, createdAt: "2025-12-10T09:00Z", resolvedAt: "2026-02-03T09:00Z" },
    ];
    const series = backlogSeries(tickets, { from: "2025-12-01", to: "2026-03-01", interval: "month", timeZone: AMS });
    expect(series.map((i) => i.start.toISOString())).toEqual(["2025-11-30T23:00:00.000Z", "2025-12-31T23:00:00.000Z", "2026-01-31T23:00:00.000Z"]);
    expect(series[2]?.end.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(counts(series)).toEqual([
      { label: "2025-12", created: 1, resolved: 0, reopened: 0, net: 1, openAtStart: 0, openAtEnd: 1 },
      { label: "2026-01", created: 1, resolved: 1, reopened: 0, net: 0, openAtStart: 1, openAtEnd: 1 },
      { label: "2026-02", created: 0, resolved: 1, reopened: 0, net: -1, openAtStart: 1, openAtEnd: 0 },
    ]);
  });

  it("starts weeks on Monday by default, on another day with weekStartsOn", () => {
    const tickets: Ticket[] = [{ id: 1, createdAt: "2026-03-08T12:00Z" }]; // a Sunday
    // From Wednesday 4 March to Monday 16 March: the ISO weeks of 2 and 9 March.
    const monday = backlogSeries(tickets, { from: "2026-03-04", to: "2026-03-16", interval: "week" });
    expect(monday.map((i) => [i.label, i.created])).toEqual([["2026-03-02", 1], ["2026-03-09", 0]]);
    // Sunday weeks: 1, 8 and 15 March (the instant before 16 March is on Sunday the 15th).
    const sunday = backlogSeries(tickets, { from: "2026-03-04", to: "2026-03-16", interval: "week", weekStartsOn: 0 });
    expect(sunday.map((i) => [i.label, i.created])).toEqual([["2026-03-01", 0], ["2026-03-08", 1], ["2026-03-15", 0]]);
  });

  it("closes each interval just before its end: openAtEnd equals backlogAt one ms before `end`", () => {
    const tickets: Ticket[] = [
      { id: 1, createdAt: "2026-05-01T00:00Z", resolvedAt: "2026-05-02T00:00Z" }, // solved exactly at a boundary
      { id: 2, createdAt: "2026-05-02T00:00Z" }, // created exactly at a boundary
      { id: 3, createdAt: "2026-04-20T00:00Z", events: [{ at: "2026-05-01T06:00Z", type: "status", status: "closed" }] },
    ];
    const series = backlogSeries(tickets, { from: "2026-05-01", to: "2026-05-04", interval: "day" });
    // 1 May: ticket 3 open at the start and closed; ticket 1 created (its solve at midnight is on 2 May).
    // 2 May: ticket 1 solved and ticket 2 created, both at 00:00.
    expect(counts(series).map((c) => [c.created, c.resolved, c.openAtStart, c.openAtEnd])).toEqual([[1, 1, 1, 1], [1, 1, 1, 1], [0, 0, 1, 1]]);
    for (const i of series) expect(i.openAtEnd).toBe(backlogAt(tickets, i.end.getTime() - 1).open);
  });

  it("ignores what happens after `to`, covers a partial last interval, and survives JSON with ISO dates", () => {
    const tickets: Ticket[] = [{ id: 1, createdAt: "2026-05-01T10:00Z" }, { id: 2, createdAt: "2026-05-09T10:00Z" }];
    const series = backlogSeries(tickets, { from: "2026-05-01T08:00Z", to: "2026-05-01T12:30Z", interval: "hour" });
    expect(series.map((i) => i.label)).toEqual(["2026-05-01T08:00+00:00", "2026-05-01T09:00+00:00", "2026-05-01T10:00+00:00", "2026-05-01T11:00+00:00", "2026-05-01T12:00+00:00"]);
    expect(series.map((i) => i.openAtEnd)).toEqual([0, 0, 1, 1, 1]);
    const json = JSON.parse(JSON.stringify(series[0])) as Record<string, unknown>;
    expect(json).toMatchObject({ start: "2026-05-01T08:00:00.000Z", end: "2026-05-01T09:00:00.000Z" });
    expect(Object.keys(series[0] ?? {})).toEqual(["start", "end", "label", "created", "resolved", "reopened", "net", "openAtStart", "openAtEnd"]);
    expect(backlogSeries([], { from: 0, to: 1, interval: "month" })).toHaveLength(1);
  });

  it.each([
    [{ from: "2026-05-02", to: "2026-05-01", interval: "day" }, "options.to"],
    [{ from: "2026-05-01", to: "2026-05-01", interval: "day" }, "options.to"],
    [{ from: "2026-05-01", to: "2026-05-02", interval: "quarter" }, "options.interval"],
    [{ from: "2026-05-01", to: "2026-05-02" }, "options.interval"],
    [{ to: "2026-05-02", interval: "day" }, "options.from"],
    [{ from: "2026-05-01", to: "soon", interval: "day" }, "options.to"],
    [{ from: "2026-05-01", to: "2026-05-02", interval: "week", weekStartsOn: 7 }, "options.weekStartsOn"],
    [{ from: "2026-05-01", to: "2026-05-02", interval: "day", timeZone: "CEST" }, "options.timeZone"],
    [{ from: "2000-01-01", to: "2020-01-01", interval: "hour" }, "options.to"],
  ])("rejects options %o (field %s)", (options, field) => {
    expect(inputErrorOf(() => backlogSeries([], options as never))).toMatchObject({ kpi: "backlogSeries", field });
  });

  it("explains the interval limit and names bad tickets", () => {
    expect(inputErrorOf(() => backlogSeries([], { from: "2000-01-01", to: "2020-01-01", interval: "hour" }))["message"]).toMatch(/at most 100000 hours after options\.from/);
    expect(inputErrorOf(() => backlogSeries([{ id: "x", createdAt: "?" }], { from: 0, to: 1, interval: "day" }))).toMatchObject({ field: "tickets.createdAt", recordId: "x" });
    expect(inputErrorOf(() => backlogSeries([], null as never))).toMatchObject({ field: "options" });
  });
});
