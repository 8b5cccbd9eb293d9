import { describe, expect, it } from "vitest";
import { backlogSeries } from "../../operations/backlog/backlogSeries.js";
import type { Period } from "../../_lib/time/periods.js";
import { summarize } from "./summarize.js";

/** A backlogSeries interval without its dates and label. */
const counts = (i: { created: number; resolved: number; reopened: number; net: number; openAtStart: number; openAtEnd: number }) =>
  ({ created: i.created, resolved: i.resolved, reopened: i.reopened, net: i.net, openAtStart: i.openAtStart, openAtEnd: i.openAtEnd });

const labels = (createdAt: string, period: Period, timeZone: string): unknown =>
  summarize([{ id: 1, createdAt }], { kpis: [], period, timeZone }).rows[0]?.group["period"];

describe("summarize: periods and time zones", () => {
  it("labels a ticket at 2024-12-31T23:30Z as 2025 in Amsterdam and 2024 in New York", () => {
    const t = "2024-12-31T23:30:00Z";
    expect(["day", "week", "month", "quarter", "year"].map((p) => labels(t, p as Period, "Europe/Amsterdam"))).toEqual(["2025-01-01", "2025-W01", "2025-01", "2025-Q1", "2025"]);
    expect(["day", "week", "month", "quarter", "year"].map((p) => labels(t, p as Period, "America/New_York"))).toEqual(["2024-12-31", "2025-W01", "2024-12", "2024-Q4", "2024"]);
    expect(["day", "week", "month", "quarter", "year"].map((p) => labels(t, p as Period, "UTC"))).toEqual(["2024-12-31", "2025-W01", "2024-12", "2024-Q4", "2024"]);
  });

  it("numbers ISO weeks by the year of their Thursday: 2025-W01 starts on Monday 2024-12-30", () => {
    expect(labels("2024-12-29T12:00:00Z", "week", "UTC")).toBe("2024-W52"); // a Sunday
    expect(labels("2024-12-30T00:00:00Z", "week", "UTC")).toBe("2025-W01"); // Monday
    expect(labels("2024-12-29T23:30:00Z", "week", "Europe/Amsterdam")).toBe("2025-W01"); // Monday 00:30 there
    expect(labels("2021-01-03T12:00:00Z", "week", "UTC")).toBe("2020-W53");
    expect(labels("2027-01-01T12:00:00Z", "week", "UTC")).toBe("2026-W53");
    expect(labels("2026-01-01T12:00:00Z", "week", "UTC")).toBe("2026-W01");
    expect(labels("2024-01-29T12:00:00Z", "week", "UTC")).toBe("2024-W05");
  });

  it("reads timestamps without an offset in the time zone", () => {
    expect(labels("2024-12-31 23:30", "month", "Europe/Amsterdam")).toBe("2024-12");
    expect(labels("2024-03-31T23:30:00Z", "quarter", "Europe/Amsterdam")).toBe("2024-Q2");
  });

  it("gives hour of day and weekday on the wall clock, across the DST changes", () => {
    const at = ["2024-03-31T00:30:00Z", "2024-03-31T01:30:00Z", "2024-10-27T00:30:00Z", "2024-10-27T01:30:00Z"];
    const records = at.map((createdAt, i) => ({ id: i, createdAt }));
    const ams = summarize(records, { kpis: [], by: ["weekday", "hourOfDay"], timeZone: "Europe/Amsterdam" });
    // 01:30 CET, 03:30 CEST (02:00–03:00 does not exist), then 02:30 CEST and 02:30 CET: one row of two
    expect(ams.rows.map((r) => [r.group, r.n])).toEqual([[{ weekday: "sun", hourOfDay: 1 }, 1], [{ weekday: "sun", hourOfDay: 2 }, 2], [{ weekday: "sun", hourOfDay: 3 }, 1]]);
    const ny = summarize([{ id: 1, createdAt: "2024-03-10T06:59:00Z" }, { id: 2, createdAt: "2024-03-10T07:00:00Z" }, { id: 3, createdAt: "2024-11-03T03:59:00Z" }], {
      kpis: [], by: ["hourOfDay", "weekday"], timeZone: "America/New_York",
    });
    expect(ny.rows.map((r) => r.group)).toEqual([{ hourOfDay: 1, weekday: "sun" }, { hourOfDay: 3, weekday: "sun" }, { hourOfDay: 23, weekday: "sat" }]);
  });

  it("sorts weekdays Monday first, periods chronologically, missing values last", () => {
    const days = ["2024-01-07", "2024-01-01", "2024-01-03", "2024-01-06", "2024-01-02", "2024-01-05", "2024-01-04"];
    const { rows } = summarize(days.map((d, i) => ({ id: i, createdAt: `${d}T12:00:00Z` })), { kpis: [], by: "weekday" });
    expect(rows.map((r) => r.group["weekday"])).toEqual(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    const months = summarize(["2024-11-05", "2025-02-01", "2024-09-30", "2024-10-01"].map((d, i) => ({ id: i, createdAt: d, ...(i === 1 ? {} : { status: "solved" as const, resolvedAt: d }) })), {
      kpis: ["count"], period: "month", periodOf: "resolvedAt", by: "weekday",
    });
    expect(months.rows.map((r) => [r.group["weekday"], r.group["period"]])).toEqual([["mon", "2024-09"], ["tue", "2024-10"], ["tue", "2024-11"], [null, null]]);
    const hours = summarize([{ id: 1, createdAt: "2024-01-01T05:00:00Z" }, { id: 2, createdAt: "2024-01-01T05:00:00Z", resolvedAt: "2024-01-01T07:00:00Z" }], { kpis: [], by: "hourOfDay", periodOf: "resolvedAt" });
    expect(hours.rows.map((r) => r.group)).toEqual([{ hourOfDay: 7 }, { hourOfDay: null }]);
  });

  it("places tickets by periodOf: created by created date, solved by solved date, unresolved in a null period", () => {
    const tickets = [
      { id: 1, createdAt: "2024-01-30T10:00:00Z", status: "solved" as const, resolvedAt: "2024-02-02T10:00:00Z" },
      { id: 2, createdAt: "2024-01-31T10:00:00Z", status: "open" as const },
      { id: 3, createdAt: "2024-02-01T10:00:00Z", events: [{ at: "2024-02-01T11:00:00Z", type: "status" as const, status: "solved" as const }, { at: "2024-02-05T11:00:00Z", type: "status" as const, status: "open" as const }, { at: "2024-03-01T00:00:00Z", type: "status" as const, status: "closed" as const }] },
      { id: 4, createdAt: "2024-02-03T10:00:00Z", status: "open" as const, resolvedAt: "2024-02-04T10:00:00Z" }, // reopened at an unknown time
      { id: 5, createdAt: "2024-02-03T10:00:00Z", resolutionMs: 3_600_000 }, // resolved at createdAt + resolutionMs
      { id: 6, createdAt: "2024-02-03T10:00:00Z", events: [{ at: "2024-02-04T11:00:00Z", type: "status" as const, status: "solved" as const }, { at: "2024-02-05T11:00:00Z", type: "status" as const, status: "pending" as const }] },
    ];
    const created = summarize(tickets, { kpis: ["count"], period: "month" });
    expect(created.rows.map((r) => [r.group["period"], r.n])).toEqual([["2024-01", 2], ["2024-02", 4]]);
    const resolved = summarize(tickets, { kpis: ["count", "resolutionTime"], period: "month", periodOf: "resolvedAt" });
    expect(resolved.rows.map((r) => [r.group["period"], r.n, r.resolutionTime.n])).toEqual([["2024-02", 2, 2], ["2024-03", 1, 1], [null, 3, 0]]);
    expect(resolved.total.n).toBe(6);
    // survey responses: respondedAt, else (unanswered) sentAt; periodOf "sentAt" uses sentAt only
    const responses = [
      { type: "csat" as const, score: 4, sentAt: "2024-01-31T10:00:00Z", respondedAt: "2024-02-01T10:00:00Z" },
      { type: "csat" as const, sentAt: "2024-01-20T10:00:00Z" },
      { type: "csat" as const, score: 5 },
    ];
    expect(summarize(responses, { kpis: ["csat"], period: "month" }).rows.map((r) => [r.group["period"], r.n])).toEqual([["2024-01", 1], ["2024-02", 1], [null, 1]]);
    expect(summarize(responses, { kpis: ["csat"], period: "month", periodOf: "sentAt" }).rows.map((r) => [r.group["period"], r.n])).toEqual([["2024-01", 2], [null, 1]]);
  });

  it("counts the backlog per local day across a DST change exactly as backlogSeries", () => {
    const tickets = [
      { id: 1, createdAt: "2024-03-30T22:30:00Z", resolvedAt: "2024-03-31T21:59:00Z" },
      { id: 2, createdAt: "2024-03-30T23:30:00Z", status: "open" as const },
      { id: 3, createdAt: "2024-03-31T22:00:00Z", resolvedAt: "2024-04-01T08:00:00Z" },
      { id: 4, createdAt: "2024-03-29T12:00:00Z", resolvedAt: "2024-03-31T22:30:00Z" },
    ];
    const timeZone = "Europe/Amsterdam";
    const { rows, total } = summarize(tickets, { kpis: ["backlog"], period: "day", timeZone });
    const series = backlogSeries(tickets, { from: "2024-03-29", to: "2024-04-02", interval: "day", timeZone });
    expect(rows.map((r) => [r.group["period"], r.backlog])).toEqual(series.filter((i) => i.created + i.resolved > 0).map((i) => [i.label, counts(i)]));
    expect(total.backlog).toEqual({ created: 4, resolved: 3, reopened: 0, net: 1, openAtStart: 0, openAtEnd: 1 });
  });

  it("groups channels as written, or through normalizeChannel (missing is then other)", () => {
    const records = [
      { id: 1, createdAt: "2024-01-01", channel: "E-mail" },
      { id: 2, createdAt: "2024-01-01", channel: "email" },
      { id: 3, createdAt: "2024-01-01" },
      { type: "csat" as const, score: 5, channel: "Live chat" },
    ];
    expect(summarize(records, { kpis: [], by: "channel" }).rows.map((r) => [r.group["channel"], r.n])).toEqual([["E-mail", 1], ["Live chat", 1], ["email", 1], [null, 1]]);
    expect(summarize(records, { kpis: [], by: "channel", channel: "normalize" }).rows.map((r) => [r.group["channel"], r.n])).toEqual([["chat", 1], ["email", 2], ["other", 1]]);
  });

  it("groups by any field and by functions, with numbers before strings before booleans", () => {
    const records = [
      { id: 1, createdAt: "2024-01-01", priority: "high", reopens: 2 },
      { id: 2, createdAt: "2024-01-01", priority: "low", reopens: 0 },
      { id: 3, createdAt: "2024-01-01", reopens: 1 },
    ];
    const reopened = (r: object) => ((r as { reopens?: number }).reopens ?? 0) > 0;
    const { rows } = summarize(records, { kpis: [], by: ["priority", reopened, { name: "bucket", key: (r) => ("reopens" in r && r.reopens === 1 ? 1 : "many") }] });
    expect(rows.map((r) => r.group)).toEqual([
      { priority: "high", reopened: true, bucket: "many" },
      { priority: "low", reopened: false, bucket: "many" },
      { priority: null, reopened: true, bucket: 1 },
    ]);
    const anonymous = summarize(records, { kpis: [], by: [(r) => ("reopens" in r ? r.reopens ?? null : null)] });
    expect(anonymous.rows.map((r) => r.group)).toEqual([{ by0: 0 }, { by0: 1 }, { by0: 2 }]);
  });
});
