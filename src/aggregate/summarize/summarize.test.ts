import { describe, expect, it } from "vitest";
import { backlogSeries } from "../../operations/backlog/backlogSeries.js";
import { durationStats } from "../../operations/durationStats/durationStats.js";
import { firstContactResolution } from "../../operations/firstContactResolution/firstContactResolution.js";
import { resolutionRate } from "../../operations/resolutionRate/resolutionRate.js";
import { slaCompliance } from "../../operations/slaCompliance/slaCompliance.js";
import type { TicketRecord } from "../../records/types.js";
import { ces } from "../../survey/ces/ces.js";
import { csat } from "../../survey/csat/csat.js";
import { nps } from "../../survey/nps/nps.js";
import { responseRate } from "../../survey/responseRate/responseRate.js";
import { evaluateSla, type SlaPolicy } from "../../tickets/evaluateSla/evaluateSla.js";
import { ticketTimings } from "../../tickets/ticketTimings/ticketTimings.js";
import { numbers, sampleTickets } from "./fixtures.test-util.js";
import { summarize } from "./summarize.js";
import { sdNear } from "../kpis/_lib/sd.test-util.js";

const policy: SlaPolicy = {
  targets: [
    { metric: "first-reply", targetMs: 1_200_000 },
    { metric: "first-reply", targetMs: 600_000, priority: "high" },
    { metric: "resolution", targetMs: 86_400_000 },
  ],
};
const now = "2024-03-01T00:00:00Z";

/** The response rate summarize puts beside a survey KPI, computed from the tickets directly. */
function sends(tickets: readonly TicketRecord[], field: "csat" | "nps" | "ces") {
  const known = tickets.filter((t) => typeof t.surveySent === "boolean");
  if (known.length === 0) return null;
  const sent = known.filter((t) => t.surveySent === true).length;
  const responded = known.filter((t) => t.surveySent === true && typeof t[field] === "number").length;
  return { ...responseRate({ sent, responded }), responded };
}

describe("summarize", () => {
  it("groups by channel and month in a time zone (the TSDoc example)", () => {
    const records = [
      { id: 1, channel: "chat", createdAt: "2024-01-31T23:30:00Z", csat: 5, firstResponseMs: 60_000 },
      { id: 2, channel: "chat", createdAt: "2024-02-01T08:00:00Z", csat: 3, firstResponseMs: 180_000 },
      { id: 3, channel: "email", createdAt: "2024-02-02T09:00:00Z", csat: 4, firstResponseMs: 7_200_000 },
    ];
    const { rows, total } = summarize(records, { kpis: ["csat", "firstResponseTime"], by: "channel", period: "month", timeZone: "Europe/Amsterdam" });
    expect(rows.map((r) => [r.group, r.n, r.csat.value])).toEqual([
      [{ channel: "chat", period: "2024-02" }, 2, 50],
      [{ channel: "email", period: "2024-02" }, 1, 100],
    ]);
    expect(total.csat.value).toBeCloseTo(66.667, 3);
    expect(total.firstResponseTime.medianMs).toBe(180_000);
    expect(total.group).toEqual({});
  });

  it("gives, in every row, exactly what each calculator gives on that group's records", () => {
    const tickets = sampleTickets();
    const kpis = ["count", "csat", "nps", "ces", "firstResponseTime", "resolutionTime", "handleTime", "resolutionRate", "firstContactResolution", { kpi: "slaCompliance", policy, now }] as const;
    const { rows, total } = summarize(tickets, { kpis, by: "channel" });
    expect(rows.map((r) => r.group)).toEqual([{ channel: "chat" }, { channel: "email" }, { channel: "phone" }]);
    for (const row of [...rows, total]) {
      const group = tickets.filter((t) => row.group["channel"] === undefined || t.channel === row.group["channel"]);
      const timings = group.map((t) => ticketTimings(t));
      expect(row.n).toBe(group.length);
      expect(row.count).toEqual({ value: group.length, tickets: group.length, surveyResponses: 0, calls: 0 });
      expect(row.csat).toEqual({ ...csat(numbers(group, "csat")), responseRate: sends(group, "csat") });
      expect(row.nps).toEqual({ ...nps(numbers(group, "nps")), responseRate: sends(group, "nps") });
      expect(row.ces).toEqual({ ...ces(numbers(group, "ces")), responseRate: sends(group, "ces") });
      // export durations win; otherwise ticketTimings (which skips the automated acknowledgement)
      const frt = group.map((t, k) => t.firstResponseMs ?? timings[k]?.firstReplyMs ?? null).filter((v) => v !== null);
      expect(row.firstResponseTime).toEqual({ ...durationStats(frt), exact: true, relativeError: 0, sdMs: sdNear(frt) });
      const resolution = group.map((t, k) => (timings[k]?.solved === true ? t.resolutionMs ?? timings[k]?.fullResolutionMs : null)).filter((v) => v !== null && v !== undefined);
      expect(row.resolutionTime).toEqual({ ...durationStats(resolution), exact: true, relativeError: 0, sdMs: sdNear(resolution) });
      expect(row.handleTime).toEqual({ ...durationStats(numbers(group, "handleMs")), exact: true, relativeError: 0, sdMs: sdNear(numbers(group, "handleMs")) });
      expect(row.resolutionRate).toEqual(resolutionRate({ resolved: timings.filter((t) => t.solved).length, total: group.length }));
      const flags = group.map((t) => t.firstContactResolved).filter((f) => f !== undefined);
      expect(row.firstContactResolution).toEqual(firstContactResolution({ resolvedOnFirstContact: flags.filter((f) => f).length, resolved: flags.length }));
      // an export's firstResponseMs gives evaluateSla the first reply at createdAt + firstResponseMs
      const withInstants = (t: TicketRecord): TicketRecord =>
        t.firstResponseMs === undefined || t.firstResponseAt !== undefined ? t : { ...t, firstResponseAt: Date.parse(t.createdAt as string) + t.firstResponseMs };
      const entries = group.flatMap((t) => evaluateSla(withInstants(t), policy, { now }));
      expect(row.slaCompliance).toEqual({
        "first-reply": slaCompliance(entries.filter((e) => e.metric === "first-reply").map((e) => e.status)),
        resolution: slaCompliance(entries.filter((e) => e.metric === "resolution").map((e) => e.status)),
      });
    }
    // the fixture exercises what it should: skipped auto-replies, reopens, unknown and false sends
    expect(total.firstResponseTime.n).toBe(14); // 7 firstResponseAt, 4 firstResponseMs, 3 from event logs
    // 19 tickets say whether a survey went out (every fifth does not); T11 and T23 got none
    expect(total.csat.responseRate).toMatchObject({ n: 17, responded: 13 });
    expect(total.slaCompliance["resolution"]).toMatchObject({ achieved: 9, breached: 15, active: 0 });
    expect(total.resolutionRate).toMatchObject({ n: 24, value: (17 * 100) / 24 });
  });

  it("reads a first reply and a solve from the export's durations when the ticket has no such instants", () => {
    const t = { id: "D", createdAt: "2024-01-31T23:00:00Z", status: "solved" as const, firstResponseMs: 1_200_000, resolutionMs: 7_200_000 };
    const { rows, total } = summarize([t], { kpis: [{ kpi: "slaCompliance", policy }, "backlog", "resolutionTime"], period: "month", periodOf: "resolvedAt" });
    const same = { ...t, firstResponseAt: "2024-01-31T23:20:00Z", resolvedAt: "2024-02-01T01:00:00Z" };
    expect(total.slaCompliance).toEqual({
      "first-reply": slaCompliance(evaluateSla(same, policy).filter((e) => e.metric === "first-reply").map((e) => e.status)),
      resolution: slaCompliance(["achieved"]),
    });
    expect(total.slaCompliance["first-reply"]).toMatchObject({ achieved: 1, n: 1 }); // exactly on the 20-minute target
    expect(rows.map((r) => [r.group["period"], r.n, r.backlog])).toEqual([
      ["2024-01", 0, { created: 1, resolved: 0, reopened: 0, net: 1, openAtStart: 0, openAtEnd: 1 }],
      ["2024-02", 1, { created: 0, resolved: 1, reopened: 0, net: -1, openAtStart: 1, openAtEnd: 0 }],
    ]);
    expect(total.resolutionTime.medianMs).toBe(7_200_000);
  });

  it("counts paused SLA targets (a resolution clock stopped while pending) as active, as slaCompliance does", () => {
    const pending = {
      id: "P", createdAt: "2024-01-02T09:00:00Z",
      events: [{ at: "2024-01-02T09:00:00Z", type: "message" as const, author: "customer" as const }, { at: "2024-01-02T09:10:00Z", type: "message" as const, author: "agent" as const }, { at: "2024-01-02T09:10:00Z", type: "status" as const, status: "pending" as const }],
    };
    const { total } = summarize([pending], { kpis: [{ kpi: "slaCompliance", policy, now: "2024-01-02T10:00:00Z" }] });
    const statuses = evaluateSla(pending, policy, { now: "2024-01-02T10:00:00Z" }).map((e) => [e.metric, e.status]);
    expect(statuses).toEqual([["first-reply", "achieved"], ["resolution", "paused"]]);
    expect(total.slaCompliance).toEqual({ "first-reply": slaCompliance(["achieved"]), resolution: slaCompliance(["paused"]) });
    expect(total.slaCompliance.resolution).toMatchObject({ active: 1, n: 0, value: null });
  });

  it("counts the backlog per period as backlogSeries does, carried from month to month within each channel", () => {
    const tickets = sampleTickets();
    const { rows, total } = summarize(tickets, { kpis: ["backlog"], by: "channel", period: "month" });
    for (const row of rows) {
      const [year, month] = String(row.group["period"]).split("-").map(Number) as [number, number];
      const from = Date.UTC(year, month - 1, 1);
      const [interval] = backlogSeries(tickets.filter((t) => t.channel === row.group["channel"]), { from, to: Date.UTC(year, month, 1), interval: "month" });
      const { created, resolved, reopened, net, openAtStart, openAtEnd } = interval!;
      expect(row.backlog).toEqual({ created, resolved, reopened, net, openAtStart, openAtEnd });
    }
    // resolutions in February of tickets created in January make February rows
    expect(rows.map((r) => `${r.group["channel"]} ${r.group["period"]}`)).toEqual(["chat 2024-01", "chat 2024-02", "email 2024-01", "email 2024-02", "phone 2024-01", "phone 2024-02"]);
    const [all] = backlogSeries(tickets, { from: "2024-01-01", to: "2024-03-01", interval: "month" }).slice(-1);
    expect(total.backlog).toMatchObject({ openAtStart: 0, openAtEnd: all?.openAtEnd, created: 24 });
  });
});
