/**
 * restoreAggregator refuses saved states that no adding of records gives: each tampered with in
 * one place, from a real saved state, throws a KpiInputError naming the path in the state.
 */
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { KpiInputError } from "../../errors.js";
import type { CallRecord, SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { DDSketch } from "../../stats/sketch/ddSketch.js";
import { createAggregator } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import type { SummarizeOptions, SummaryRecord } from "./types.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of a saved state
type Saved = Record<string, any>;

/** The saved state of an aggregator fed `records`, through JSON text. */
function savedOf(options: SummarizeOptions, records: readonly unknown[]): Saved {
  const a = createAggregator(options);
  for (const r of records) a.add(r as SummaryRecord);
  return JSON.parse(JSON.stringify(a.toJSON())) as Saved;
}

/** The error of restoring `saved` changed by `patch` (on a copy). */
function tampered(saved: Saved, patch: (j: Saved) => void): KpiInputError {
  const j = structuredClone(saved);
  patch(j);
  return inputErrorOf(() => restoreAggregator(j));
}

/** Restores `saved` changed by `patch` (on a copy), which must work. */
function restores(saved: Saved, patch: (j: Saved) => void): void {
  const j = structuredClone(saved);
  patch(j);
  restoreAggregator(j);
}

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 9); // Monday 2026-03-02 09:00 UTC
const ticket = (id: number, day: number, extra: Partial<TicketRecord> = {}): TicketRecord => ({ id, channel: "chat", createdAt: T0 + day * DAY, ...extra });
const solved = (id: number, day: number, after: number, extra: Partial<TicketRecord> = {}): TicketRecord =>
  ticket(id, day, { status: "solved", resolvedAt: T0 + (day + after) * DAY, ...extra });

describe("restoreAggregator: the states of the probe", () => {
  const options = { kpis: ["count", "backlog", { kpi: "firstResponseTime", buckets: [60_000] }, "csat"], period: "week", maxExactValues: 0 } as const;
  const records = [
    solved(1, 0, 8, { firstResponseMs: 30_000, csat: 4 }),
    solved(2, 1, 1, { firstResponseMs: 90_000 }),
    ticket(3, 9, { firstResponseMs: 120_000 }),
    { id: "r", ticketId: 3, type: "csat", score: 5, respondedAt: new Date(T0 + 10 * DAY).toISOString() },
  ];
  const saved = savedOf(options, records);
  // week of 2026-03-02 (day 20514): tickets 1 and 2 created, 2 resolved; week of 03-09: 1 resolved, 3 created, the rating
  const first = (saved["groups"] as Saved[]).findIndex((g) => g["key"][0] === 20514);

  it("restores the real state", () => {
    expect(saved["groups"]).toHaveLength(2);
    expect(saved["groups"][first].kpis[1]).toEqual({ created: 2, resolved: 1, reopened: 0 });
    expect(restoreAggregator(saved).result()).toEqual(restoreAggregator(structuredClone(saved)).result());
  });

  it("backlog resolved above created and reopened (openAtEnd −1)", () => {
    const e = tampered(saved, (j) => (j["groups"][first].kpis[1].resolved = 3));
    expect(e).toMatchObject({ kpi: "restoreAggregator", field: `json.groups[${first}].kpis[1].resolved`, value: 3 });
    expect(e.expected).toContain("at most 2");
  });

  it("count.tickets other than the group's n", () => {
    expect(tampered(saved, (j) => (j["groups"][0].kpis[0].tickets += 1))).toMatchObject({ field: "json.groups[0].kpis[0].tickets" });
    expect(tampered(saved, (j) => (j["groups"][0].n += 1))).toMatchObject({ field: "json.groups[0].kpis[0].tickets" });
  });

  it("a sketch sum outside [min·n, max·n] (the mean would be clamped)", () => {
    const e = tampered(saved, (j) => (j["groups"][first].kpis[2].sketch.sum = 1e9));
    expect(e).toMatchObject({ field: `json.groups[${first}].kpis[2].sketch.sum`, value: 1e9 });
    expect(tampered(saved, (j) => (j["groups"][first].kpis[2].sketch.sum = 1))).toMatchObject({ field: `json.groups[${first}].kpis[2].sketch.sum` });
  });

  it("a period key far outside the range of dates, or not the first day of a period", () => {
    expect(tampered(saved, (j) => (j["groups"][0].key[0] = 1e12))).toMatchObject({ field: "json.groups[0].key", index: 0, value: 1e12 });
    expect(tampered(saved, (j) => (j["groups"][0].key[0] += 1))).toMatchObject({ field: "json.groups[0].key", index: 0 });
    expect(tampered(saved, (j) => (j["groups"][0].key[0] = 0.5))).toMatchObject({ field: "json.groups[0].key", index: 0 });
  });

  it("ratings[].atMs of 1e308", () => {
    expect(tampered(saved, (j) => (j["ratings"][0].atMs = 1e308))).toMatchObject({ field: "json.ratings[0].atMs", value: 1e308 });
  });

  it("added other than the records the state holds", () => {
    expect(tampered(saved, (j) => (j["added"] = 5))).toMatchObject({ field: "json.added", value: 5 });
    expect(tampered(saved, (j) => (j["added"] = 3))).toMatchObject({ field: "json.added", value: 3 });
  });
});

describe("restoreAggregator: the records each KPI counted, against the group's", () => {
  const tickets = [
    solved(1, 0, 1, { reopens: 1, firstContactResolved: true, complaint: true, escalated: false, reassignments: 2, replies: 1, customerId: "A", csat: 5, surveySent: true }),
    ticket(2, 0, { firstContactResolved: false, complaint: false, escalated: true, reassignments: 0, customerId: "A", nps: 9 }),
    solved(3, 0, 2, { reopens: 0, replies: 0, category: "Complaint", surveySent: false }),
  ];
  const kpis = ["count", "resolutionRate", "firstContactResolution", { kpi: "complaintRate", categories: ["complaint"] }, "escalationRate", "reassignmentRate", "reopenRate", "oneTouchResolutionRate", "uniqueCustomers", "csat", "nps"] as const;
  const saved = savedOf({ kpis }, tickets);
  const state = (j: number): Saved => saved["groups"][0].kpis[j] as Saved;
  const at = (j: number, name: string) => `json.groups[0].kpis[${j}].${name}`;

  it("saves the counts the checks read", () => {
    expect(saved["groups"][0].kpis[0]).toEqual({ tickets: 3, surveyResponses: 0, calls: 0 });
    expect(state(1)).toEqual({ resolved: 2, total: 3 });
    expect(state(5)).toEqual({ reassigned: 1, tickets: 2, reassignments: 2 });
    expect(state(7)).toEqual({ oneTouch: 2, withoutReply: 1, solved: 2 });
  });

  it("refuses more records than the group's tickets, and fewer where the KPI reads every ticket", () => {
    expect(tampered(saved, (j) => (j["groups"][0].kpis[1].total = 4))).toMatchObject({ field: at(1, "total"), value: 4 });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[1].total = 2))).toMatchObject({ field: at(1, "total"), value: 2 });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[1].resolved = 4))).toMatchObject({ field: at(1, "resolved") });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[2].resolvedOnFirstContact = 3))).toMatchObject({ field: at(2, "resolvedOnFirstContact") });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[3].tickets = 2))).toMatchObject({ field: at(3, "tickets") }); // with categories: every ticket
    expect(tampered(saved, (j) => (j["groups"][0].kpis[4].tickets = 4))).toMatchObject({ field: at(4, "tickets") });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[6].reopened = 3))).toMatchObject({ field: at(6, "reopened") });
    restores(saved, (j) => (j["groups"][0].kpis[4].tickets = 1)); // the flag is not on every ticket
  });

  it("refuses counts that do not go together", () => {
    expect(tampered(saved, (j) => (j["groups"][0].kpis[5].reassignments = 0))).toMatchObject({ field: at(5, "reassignments"), value: 0 });
    expect(tampered(saved, (j) => Object.assign(j["groups"][0].kpis[5], { reassigned: 0, reassignments: 1 }))).toMatchObject({ field: at(5, "reassignments"), value: 1 });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[7].withoutReply = 3))).toMatchObject({ field: at(7, "withoutReply") });
  });

  it("refuses unique customers that are not sorted ids of the tickets", () => {
    expect(state(8)).toEqual({ tickets: 2, withoutCustomer: 1, customers: ["A"] });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[8].customers = ["B", "A"]))).toMatchObject({ field: at(8, "customers"), index: 1 });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[8].customers = ["A", "A"]))).toMatchObject({ field: at(8, "customers"), index: 1 });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[8].customers = []))).toMatchObject({ field: at(8, "customers") });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[8].withoutCustomer = 2))).toMatchObject({ field: "json.groups[0].kpis[8]", value: 4 });
  });

  it("refuses survey counts that the records cannot give", () => {
    expect(state(9)).toEqual({ scores: { 5: 1 }, known: 2, sent: 1, responded: 1 });
    expect(state(10)).toEqual({ scores: { 9: 1 }, known: 2, sent: 1, responded: 0 });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[9].scores = { "05": 1 }))).toMatchObject({ field: at(9, "scores"), value: "05" });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[9].scores = {}))).toMatchObject({ field: at(9, "responded") });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[9].scores = { 5: 1, 4: 3 }))).toMatchObject({ field: "json.groups[0].kpis[9]", value: 5 });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[10].known = 4))).toMatchObject({ field: "json.groups[0].kpis[10]" });
  });

  it("without the count KPI, bounds each KPI by the group's n alone", () => {
    const alone = savedOf({ kpis: ["resolutionRate"] }, tickets);
    restores(alone, (j) => (j["groups"][0].kpis[0].total = 2));
    const e = tampered(alone, (j) => (j["groups"][0].kpis[0].total = 4));
    expect(e).toMatchObject({ field: "json.groups[0].kpis[0].total" });
    expect(e.expected).toContain("the group's records (3)");
  });

  it('with onInvalid: "exclude", lets a KPI count fewer records than the group holds', () => {
    const excluding = savedOf({ kpis: ["count", "resolutionRate"], onInvalid: "exclude" }, tickets);
    restores(excluding, (j) => Object.assign(j["groups"][0].kpis[1], { total: 2, resolved: 1 }));
  });
});

describe("restoreAggregator: calls", () => {
  const calls: CallRecord[] = [
    { id: "c1", outcome: "answered", waitMs: 5_000 },
    { id: "c2", outcome: "answered", waitMs: 30_000 },
    { id: "c3", outcome: "abandoned", waitMs: 3_000 },
    { id: "c4", outcome: "abandoned", waitMs: 40_000 },
    { id: "c5", outcome: "abandoned" },
  ];
  const sl = (shortAbandonMs?: number) => ({ kpi: "serviceLevel", as: `sl${shortAbandonMs ?? ""}`, thresholdMs: 20_000, ...(shortAbandonMs === undefined ? {} : { shortAbandonMs }) }) as const;
  const saved = savedOf({ kpis: ["count", sl(5_000), { kpi: "abandonmentRate", shortAbandonMs: 5_000 }, "averageSpeedOfAnswer", sl(), sl(30_000)] }, calls);
  const at = (j: number, name: string) => `json.groups[0].kpis[${j}].${name}`;
  const set = (j: number, patch: object) => (s: Saved) => Object.assign(s["groups"][0].kpis[j], patch);

  it("saves the counts the checks read", () => {
    expect(saved["groups"][0].kpis[1]).toEqual({ offered: 5, answered: 2, answeredWithin: 1, abandonedWithin: 1, shortAbandoned: 1, unknownWait: 1 });
    expect(saved["groups"][0].kpis[2]).toEqual({ offered: 5, abandoned: 3, shortAbandoned: 1, unknownWait: 1 });
    expect(saved["groups"][0].kpis[5]).toMatchObject({ abandonedWithin: 1, shortAbandoned: 1 });
  });

  it("refuses service level counts that calls cannot give", () => {
    expect(tampered(saved, set(1, { offered: 4 }))).toMatchObject({ field: at(1, "offered"), value: 4 });
    expect(tampered(saved, set(1, { answered: 6 }))).toMatchObject({ field: at(1, "answered") });
    expect(tampered(saved, set(1, { answered: 5, answeredWithin: 1 }))).toMatchObject({ field: at(1, "unknownWait") });
    expect(tampered(saved, set(1, { answeredWithin: 3 }))).toMatchObject({ field: at(1, "answeredWithin") });
    expect(tampered(saved, set(1, { abandonedWithin: 3 }))).toMatchObject({ field: at(1, "abandonedWithin") });
    expect(tampered(saved, set(1, { shortAbandoned: 3 }))).toMatchObject({ field: at(1, "shortAbandoned") });
    // shortAbandonMs 5 s ≤ T 20 s: a short abandon is within T
    expect(tampered(saved, set(1, { abandonedWithin: 0 }))).toMatchObject({ field: at(1, "shortAbandoned") });
    // without shortAbandonMs none is short; with 30 s > T every abandon within T is short
    expect(tampered(saved, set(4, { shortAbandoned: 1 }))).toMatchObject({ field: at(4, "shortAbandoned") });
    expect(tampered(saved, set(5, { shortAbandoned: 0 }))).toMatchObject({ field: at(5, "abandonedWithin") });
  });

  it("refuses abandonment counts that calls cannot give", () => {
    expect(tampered(saved, set(2, { offered: 6 }))).toMatchObject({ field: at(2, "offered") });
    expect(tampered(saved, set(2, { abandoned: 6 }))).toMatchObject({ field: at(2, "abandoned") });
    expect(tampered(saved, set(2, { unknownWait: 4 }))).toMatchObject({ field: at(2, "unknownWait") });
    expect(tampered(saved, set(2, { shortAbandoned: 3 }))).toMatchObject({ field: at(2, "shortAbandoned") });
    const plain = savedOf({ kpis: ["abandonmentRate"] }, calls);
    expect(tampered(plain, set(0, { shortAbandoned: 1 }))).toMatchObject({ field: "json.groups[0].kpis[0].shortAbandoned" });
  });

  it("refuses an average speed of answer that waits cannot give", () => {
    expect(saved["groups"][0].kpis[3]).toEqual({ answered: 2, sum: 35_000, compensation: 0 });
    expect(tampered(saved, set(3, { answered: 6 }))).toMatchObject({ field: at(3, "answered") });
    expect(tampered(saved, set(3, { sum: -1 }))).toMatchObject({ field: at(3, "sum") });
    expect(tampered(saved, set(3, { answered: 0 }))).toMatchObject({ field: at(3, "sum") });
    expect(tampered(saved, set(3, { compensation: 1 }))).toMatchObject({ field: at(3, "compensation") });
    restores(saved, set(3, { sum: 0.30000000000000004, compensation: -5.551115123125783e-17 })); // 0.1 + 0.2, compensated
  });
});

describe("restoreAggregator: SLA outcomes", () => {
  const policy = { targets: [{ metric: "first-reply", targetMs: 3_600_000 }, { metric: "resolution", targetMs: 8 * 3_600_000 }] } as const;
  const tickets = [solved(1, 0, 1, { firstResponseAt: T0 + 60_000 }), ticket(2, 0, { firstResponseAt: T0 + 7_200_000 })];

  it("refuses more outcomes of a metric than tickets, and running targets without now", () => {
    const noNow = savedOf({ kpis: ["count", { kpi: "slaCompliance", policy }] }, tickets.slice(0, 1));
    expect(noNow["groups"][0].kpis[1]).toEqual({ "first-reply": { achieved: 1, breached: 0, active: 0 }, resolution: { achieved: 0, breached: 1, active: 0 } });
    expect(tampered(noNow, (j) => (j["groups"][0].kpis[1]["first-reply"].breached = 1))).toMatchObject({ field: "json.groups[0].kpis[1].first-reply", value: 2 });
    expect(tampered(noNow, (j) => (j["groups"][0].kpis[1].resolution = { achieved: 0, breached: 0, active: 1 }))).toMatchObject({ field: "json.groups[0].kpis[1].resolution.active" });
    const withNow = savedOf({ kpis: [{ kpi: "slaCompliance", policy, now: T0 + 10 * DAY }] }, tickets);
    restores(withNow, (j) => (j["groups"][0].kpis[0].resolution = { achieved: 0, breached: 0, active: 2 }));
    expect(tampered(noNow, (j) => (j["groups"][0].kpis[1] = 5))).toMatchObject({ field: "json.groups[0].kpis[1].first-reply" });
  });
});

describe("restoreAggregator: durations", () => {
  const frt = (extra: object = {}) => ({ kpi: "firstResponseTime", ...extra }) as const;
  const tickets = [ticket(1, 0, { firstResponseMs: 60_000 }), ticket(2, 0, { firstResponseMs: 180_000 }), ticket(3, 0, { firstResponseMs: 600_000 }), ticket(4, 0)];

  it("refuses more durations than the records that give them", () => {
    const kept = savedOf({ kpis: ["count", frt()] }, tickets);
    expect(tampered(kept, (j) => j["groups"][0].kpis[1].push(1, 2))).toMatchObject({ field: "json.groups[0].kpis[1]", value: 5 });
    const sketched = savedOf({ kpis: ["count", frt()], maxExactValues: 0 }, tickets);
    expect(tampered(sketched, (j) => Object.assign(j["groups"][0].kpis[0], { tickets: 2, surveyResponses: 2 }))).toMatchObject({ field: "json.groups[0].kpis[1].sketch.count" });
    const bucketed = savedOf({ kpis: ["count", frt({ buckets: [120_000] })] }, tickets);
    expect(tampered(bucketed, (j) => Object.assign(j["groups"][0].kpis[0], { tickets: 2, calls: 2 }))).toMatchObject({ field: "json.groups[0].kpis[1].values" });
    const waits = savedOf({ kpis: ["count", "nextReplyTime"] }, [
      ticket(1, 0, { events: [{ at: T0, type: "message", author: "customer" }, { at: T0 + 60_000, type: "message", author: "agent" }, { at: T0 + 120_000, type: "message", author: "customer" }, { at: T0 + 180_000, type: "message", author: "agent" }] }),
    ]);
    expect(waits["groups"][0].kpis[1]).toEqual({ values: [60_000], tickets: 1 });
    expect(tampered(waits, (j) => Object.assign(j["groups"][0].kpis[0], { tickets: 0, surveyResponses: 1 }))).toMatchObject({ field: "json.groups[0].kpis[1].tickets" });
  });

  it("refuses counts per bucket that the kept durations or the sketch do not give", () => {
    const kept = savedOf({ kpis: [frt({ buckets: [120_000, 300_000] })] }, tickets);
    expect(kept["groups"][0].kpis[0]).toEqual({ values: [60_000, 180_000, 600_000], buckets: [1, 1, 1] });
    expect(tampered(kept, (j) => (j["groups"][0].kpis[0].buckets = [2, 0, 1]))).toMatchObject({ field: "json.groups[0].kpis[0].buckets", index: 0, value: 2 });
    const sketched = savedOf({ kpis: [frt({ buckets: [120_000, 300_000, 1_000_000] })], maxExactValues: 0 }, tickets);
    expect(tampered(sketched, (j) => (j["groups"][0].kpis[0].buckets = [0, 2, 1, 0]))).toMatchObject({ field: "json.groups[0].kpis[0].buckets", index: 0 });
    expect(tampered(sketched, (j) => (j["groups"][0].kpis[0].buckets = [1, 1, 0, 1]))).toMatchObject({ field: "json.groups[0].kpis[0].buckets", index: 2 });
    const tiny = savedOf({ kpis: [frt({ buckets: [1e-310] })], maxExactValues: 0 }, [ticket(1, 0, { firstResponseMs: 0 })]);
    restoreAggregator(tiny);
    expect(tampered(tiny, (j) => (j["groups"][0].kpis[0].buckets = [0, 1]))).toMatchObject({ field: "json.groups[0].kpis[0].buckets", index: 0 });
  });

  it("refuses a sketch whose exact sums do not go with its sum, min and max", () => {
    const sketched = savedOf({ kpis: [frt()], maxExactValues: 0 }, tickets);
    const moments = (patch: object) => (j: Saved) => Object.assign(j["groups"][0].kpis[0].moments, patch);
    expect(sketched["groups"][0].kpis[0].moments).toEqual({ sum: "840000", sumSq: "396000000000", scale: 0 });
    // 1 min + 3 min + 10 min: others of the same min, max, count and spread exist, not others
    expect(tampered(sketched, moments({ sum: "840001" }))).toMatchObject({ field: "json.groups[0].kpis[0].sketch.sum" });
    expect(tampered(sketched, moments({ sum: "700000" }))).toMatchObject({ field: "json.groups[0].kpis[0].moments.sum" });
    expect(tampered(sketched, moments({ sumSq: "900000000000" }))).toMatchObject({ field: "json.groups[0].kpis[0].moments.sumSq" });
    expect(tampered(sketched, moments({ sum: "1260000", sumSq: "720000000000" }))).toMatchObject({ field: "json.groups[0].kpis[0].sketch.sum" });
    expect(tampered(sketched, (j) => Object.assign(j["groups"][0].kpis[0], { moments: { sum: "840000", sumSq: "361200000000", scale: 0 } }))).toMatchObject({ field: "json.groups[0].kpis[0].moments.sumSq" });
    expect(tampered(sketched, (j) => (j["groups"][0].kpis[0].sketch.min = 60_000.5))).toMatchObject({ field: "json.groups[0].kpis[0].moments.scale" });
    const spread = savedOf({ kpis: [frt()], maxExactValues: 0 }, [ticket(1, 0, { firstResponseMs: 0 }), ticket(2, 0, { firstResponseMs: 0 }), ticket(3, 0, { firstResponseMs: 100 }), ticket(4, 0, { firstResponseMs: 100 })]);
    // Σx = 200 and Σx² = 20 000 (0, 0, 100, 100); Σx² = 10 000 is within its bounds, but gives no spread: four equal durations, not from 0 to 100
    expect(tampered(spread, moments({ sumSq: "10000" }))).toMatchObject({ field: "json.groups[0].kpis[0].moments.sumSq" });
  });

  it("refuses a scale other than 0 for durations that are all 0", () => {
    const zeros = savedOf({ kpis: [frt()], maxExactValues: 0 }, [ticket(1, 0, { firstResponseMs: 0 }), ticket(2, 0, { firstResponseMs: 0 })]);
    expect(tampered(zeros, (j) => (j["groups"][0].kpis[0].moments.scale = 1))).toMatchObject({ field: "json.groups[0].kpis[0].moments.scale", value: 1 });
  });

  it("refuses a sketch with one value whose min and max differ", () => {
    const one = savedOf({ kpis: [frt()], maxExactValues: 0 }, [ticket(1, 0, { firstResponseMs: 60_000 })]);
    expect(tampered(one, (j) => (j["groups"][0].kpis[0].sketch.max = 60_001))).toMatchObject({ field: "json.groups[0].kpis[0].sketch.max" });
  });
});

describe("restoreAggregator: a state in memory that JSON cannot give", () => {
  const tickets = [ticket(1, 0, { firstResponseMs: 60_000 }), ticket(2, 0, { firstResponseMs: 180_000, status: "bogus" as never })];
  const options: SummarizeOptions = { kpis: ["count", { kpi: "firstResponseTime", buckets: [120_000] }], onInvalid: "exclude" };

  it("refuses a hole in any array, at its path and index, before any part is read", () => {
    // Found by the issue-16 probe: a hole in a kept duration list made restore hang, and holes in
    // excluded ids and bucket counts were skipped by map/every. One walk over the state now.
    const saved = savedOf(options, tickets);
    expect(saved["groups"][0].kpis[1]).toEqual({ values: [60_000], buckets: [1, 0] });
    expect(saved["excluded"]).toMatchObject([{ ids: [2] }]);
    const hole = (list: unknown[], at: number) => {
      list.length = Math.max(list.length, at + 1);
      delete list[at];
    };
    expect(tampered(saved, (j) => hole(j["groups"][0].kpis[1].values, 1))).toMatchObject({ field: "json.groups[0].kpis[1].values", index: 1, value: undefined });
    expect(tampered(saved, (j) => hole(j["groups"][0].kpis[1].buckets, 0))).toMatchObject({ field: "json.groups[0].kpis[1].buckets", index: 0 });
    expect(tampered(saved, (j) => hole(j["excluded"][0].ids, 0))).toMatchObject({ field: "json.excluded[0].ids", index: 0 });
    expect(tampered(saved, (j) => hole(j["groups"], 1))).toMatchObject({ field: "json.groups", index: 1 });
  });

  it("reads an excluded record's id of -0 as 0, as its JSON copy has it", () => {
    // Found by restoreAggregator.test-prop.ts (seed -1333398467): the state kept -0 and its copy
    // through JSON 0, so the two gave different `excluded` lists.
    const saved = savedOf(options, tickets);
    const j = structuredClone(saved);
    j["excluded"][0].ids[0] = -0;
    const restored = restoreAggregator(j);
    const ids = restored.result().excluded?.[0]?.ids ?? [];
    expect(ids.map((id) => Object.is(id, -0))).toEqual([false]);
    expect(restoreAggregator(JSON.parse(JSON.stringify(restored.toJSON()))).result()).toEqual(restored.result());
    // any -0 in a state in memory (an hour of the day here) is read as JSON would give it
    const hours = savedOf({ kpis: ["count"], by: "hourOfDay" }, [ticket(1, 0, { createdAt: Date.UTC(2026, 2, 2, 0) })]);
    const zero = structuredClone(hours);
    zero["groups"][0].key[0] = -0;
    expect(Object.is(restoreAggregator(zero).result().rows[0]?.group["hourOfDay"], 0)).toBe(true);
    // and an aggregator fed a record whose id is -0
    const a = createAggregator(options);
    a.add({ ...tickets[1], id: -0 } as TicketRecord);
    expect(Object.is(a.result().excluded?.[0]?.ids[0], 0)).toBe(true);
  });

  it("refuses an object inside itself, and nesting deeper than a state has", () => {
    const saved = savedOf(options, tickets);
    expect(tampered(saved, (j) => (j["groups"][0].kpis[1].self = j["groups"][0]))).toMatchObject({ field: "json.groups[0].kpis[1].self", expected: "data without cycles, as JSON.parse gives" });
    const deep: Saved = {};
    let at = deep;
    for (let i = 0; i < 100; i++) at = at["x"] = {};
    expect(tampered(saved, (j) => (j["options"].deep = deep)).expected).toBe("a saved state nested at most 64 levels deep");
  });
});

describe("DDSketch.fromJSON: a sum its values can have", () => {
  const of = (values: readonly number[]) => {
    const s = DDSketch.create();
    for (const v of values) s.add(v);
    return s.toJSON();
  };
  it("refuses a sum outside [(n − 1)·min + max, min + (n − 1)·max], rounding aside", () => {
    const state = of([1, 2, 10]);
    expect(inputErrorOf(() => DDSketch.fromJSON({ ...state, sum: 11.5 }))).toMatchObject({ kpi: "DDSketch", field: "state.sum" });
    expect(inputErrorOf(() => DDSketch.fromJSON({ ...state, sum: 21.5 }))).toMatchObject({ field: "state.sum" });
    expect(DDSketch.fromJSON({ ...state, sum: 13 }).sum).toBe(13);
    expect(inputErrorOf(() => DDSketch.fromJSON({ ...of([5]), sum: 5.000001 }))).toMatchObject({ field: "state.sum" });
    // a bound that overflows is not checked
    const huge = of([0, 0, 1e308]);
    expect(DDSketch.fromJSON({ ...huge, sum: 1.5e308 }).count).toBe(3);
    expect(inputErrorOf(() => DDSketch.fromJSON({ ...huge, sum: 0.5e308 }))).toMatchObject({ field: "state.sum" });
  });
});

describe("restoreAggregator: groups", () => {
  it("refuses key values no record gives", () => {
    const saved = savedOf({ kpis: ["count"], by: ["channel", "team", "hourOfDay", "weekday"], channel: "normalize", period: "month" }, [ticket(1, 0, { team: "A" })]);
    expect(saved["groups"][0].key).toEqual(["chat", "A", 9, "mon", 20513]);
    const key = (k: number, v: unknown) => (j: Saved) => (j["groups"][0].key[k] = v);
    expect(tampered(saved, key(0, "Chat"))).toMatchObject({ field: "json.groups[0].key", index: 0, value: "Chat" });
    expect(tampered(saved, key(1, ""))).toMatchObject({ field: "json.groups[0].key", index: 1 });
    expect(tampered(saved, key(2, 24))).toMatchObject({ field: "json.groups[0].key", index: 2 });
    expect(tampered(saved, key(3, "monday"))).toMatchObject({ field: "json.groups[0].key", index: 3 });
    expect(tampered(saved, key(4, 20514))).toMatchObject({ field: "json.groups[0].key", index: 4 }); // 2026-03-02 is not the first of a month
    // hour, weekday and period of a record come from one instant: all there, or all missing
    expect(tampered(saved, key(2, null))).toMatchObject({ field: "json.groups[0].key", index: 2 });
    restores(saved, (j) => j["groups"][0].key.splice(2, 3, null, null, null));
  });

  it("refuses a weekday that is not the group's day", () => {
    const saved = savedOf({ kpis: ["count"], by: "weekday", period: "day" }, [ticket(1, 0)]);
    expect(tampered(saved, (j) => (j["groups"][0].key[0] = "tue"))).toMatchObject({ field: "json.groups[0].key", index: 0, value: "tue" });
  });

  it("refuses a group without records and without per-period changes, or changes in the group without a period", () => {
    const saved = savedOf({ kpis: ["count", "backlog"], period: "month", periodOf: "resolvedAt" }, [solved(1, 0, 40), ticket(2, 0)]);
    // the ticket resolved in April is counted there; March holds only the creations; the open ticket has no period
    const keys = (saved["groups"] as Saved[]).map((g) => [g["key"][0], g["n"], g["kpis"][1]]);
    expect(keys).toEqual([[20544, 1, { created: 0, resolved: 1, reopened: 0 }], [20513, 0, { created: 2, resolved: 0, reopened: 0 }], [null, 1, { created: 0, resolved: 0, reopened: 0 }]]);
    restoreAggregator(saved);
    expect(tampered(saved, (j) => (j["groups"][1].kpis[1].created = 0))).toMatchObject({ field: "json.groups[1].n", value: 0 });
    expect(tampered(saved, (j) => (j["groups"][2].kpis[1].created = 1))).toMatchObject({ field: "json.groups[2].kpis[1]" });
    expect(tampered(saved, (j) => (j["groups"][1].kpis[1].created = 3))).toMatchObject({ field: "json.groups[1].kpis[1].created", value: 3 });
  });

  it("refuses backlog flows that no order of creations, solves and reopens gives", () => {
    const saved = savedOf({ kpis: ["backlog"], period: "week" }, [
      ticket(1, 0, { events: [{ at: T0 + DAY, type: "status", status: "solved" }, { at: T0 + 8 * DAY, type: "status", status: "open" }] }),
    ]);
    expect((saved["groups"] as Saved[]).map((g) => g["kpis"][0])).toEqual([{ created: 1, resolved: 1, reopened: 0 }, { created: 0, resolved: 0, reopened: 1 }]);
    expect(tampered(saved, (j) => (j["groups"][1].kpis[0].reopened = 2))).toMatchObject({ field: "json.groups[1].kpis[0].reopened", value: 2 });
    expect(tampered(saved, (j) => (j["groups"][0].kpis[0].resolved = 0))).toMatchObject({ field: "json.groups[1].kpis[0].reopened" });
  });
  it("reads a count of -0 (possible in memory, not in JSON) as 0, so the state and its JSON copy agree", () => {
    // Found by restoreAggregator.test-prop.ts (seed -831334422): a group without records whose
    // `n` was set to -0 gave a row with n -0, and the same state through JSON a row with n 0.
    const saved = savedOf({ kpis: ["count", "backlog"], period: "month", periodOf: "resolvedAt" }, [solved(1, 0, 40), ticket(2, 0)]);
    const j = structuredClone(saved);
    j["groups"][1].n = -0;
    const result = restoreAggregator(j).result();
    expect(result.rows.map((r) => Object.is(r.n, -0))).toEqual([false, false, false]);
    expect(result).toEqual(restoreAggregator(saved).result());
  });
});

describe("restoreAggregator: the total of overlapping groups", () => {
  const options = { kpis: ["count", "backlog", "csat"], by: "tags", period: "month" } as const;
  const records = [
    ticket(1, 0, { tags: ["a", "b"] } as never),
    ticket(2, 0, { tags: "a" } as never),
    { id: "r", ticketId: 1, type: "csat", score: 4, respondedAt: new Date(T0 + 3_600_000).toISOString(), tags: ["a", "b"] } as SurveyResponseRecord,
  ];
  const saved = savedOf(options, records);

  it("refuses a total with fewer records than a group, or more than all of them", () => {
    expect(saved["whole"]).toMatchObject({ n: 3 });
    expect(tampered(saved, (j) => Object.assign(j["whole"], { n: 2, kpis: [{ tickets: 2, surveyResponses: 0, calls: 0 }, j["whole"].kpis[1], j["whole"].kpis[2]] }))).toMatchObject({ field: "json.whole.n", value: 2 });
    expect(tampered(saved, (j) => (j["whole"].kpis[1].resolved = 3))).toMatchObject({ field: "json.whole.kpis[1].resolved" });
  });

  it("refuses a total whose KPI states count fewer than a group, or more than the groups", () => {
    // tickets 1 (a, b) and 2 (a), the response (a, b): group a holds 3 records, b 2, the total 3
    expect(saved["whole"].kpis[0]).toEqual({ tickets: 2, surveyResponses: 1, calls: 0 });
    const e = tampered(saved, (j) => Object.assign(j["whole"].kpis[0], { tickets: 1, surveyResponses: 2 }));
    expect(e).toMatchObject({ field: "json.whole.kpis[0].tickets", value: 1 });
    expect(e.expected).toContain("from 2 to 3");
    expect(tampered(saved, (j) => (j["whole"].kpis[1].created = 4))).toMatchObject({ field: "json.whole.kpis[1].created", value: 4 });
  });

  it("refuses more ratings of a group than its survey responses", () => {
    expect(saved["ratings"]).toHaveLength(1);
    const second = (j: Saved) => j["ratings"].push({ ...j["ratings"][0], ticketId: "2" });
    expect(tampered(saved, second)).toMatchObject({ field: "json.ratings[1]" });
  });
});

describe("restoreAggregator: ratings", () => {
  const options = { kpis: ["count", "csat"], by: ["channel", "hourOfDay"], period: "day" } as const;
  const responded = new Date(T0 + 3_600_000).toISOString(); // 10:00 UTC on 2026-03-02
  const records = [ticket(1, 0), { id: "r", ticketId: 1, type: "csat", score: 4, respondedAt: responded, channel: "chat" } as SurveyResponseRecord];
  const saved = savedOf(options, records);
  const rating = (patch: object) => (j: Saved) => Object.assign(j["ratings"][0], patch);

  it("keeps what the checks read", () => {
    expect(saved["ratings"]).toEqual([{ type: "csat", ticketId: "1", group: ["chat", 10, 20514], score: 4, atMs: T0 + 3_600_000, id: "r" }]);
  });

  it("refuses a rating no record of the aggregator gives", () => {
    expect(tampered(saved, rating({ type: "nps" }))).toMatchObject({ field: "json.ratings[0].type", value: "nps" });
    expect(tampered(saved, rating({ ticketId: "" }))).toMatchObject({ field: "json.ratings[0].ticketId" });
    expect(tampered(saved, rating({ id: "" }))).toMatchObject({ field: "json.ratings[0].id" });
    expect(tampered(saved, rating({ atMs: -8.7e15 }))).toMatchObject({ field: "json.ratings[0].atMs" });
    expect(tampered(saved, rating({ group: ["chat", 25, 20514] }))).toMatchObject({ field: "json.ratings[0].group", index: 1 });
    // its hour and day are those of its instant
    expect(tampered(saved, rating({ atMs: T0 + 2 * 3_600_000 }))).toMatchObject({ field: "json.ratings[0].group", index: 1, value: 10 });
    expect(tampered(saved, rating({ atMs: T0 + 3_600_000 + DAY }))).toMatchObject({ field: "json.ratings[0].group", index: 2 });
    expect(tampered(saved, rating({ atMs: null }))).toMatchObject({ field: "json.ratings[0].group", index: 1 });
    // its group is one the state holds
    expect(tampered(saved, rating({ group: ["email", 10, 20514] }))).toMatchObject({ field: "json.ratings[0].group" });
    // an unanswered survey is placed by its answer time (unknown here): its sending time says nothing
    restores(saved, rating({ score: null, atMs: T0 }));
  });

  it("counts a rating's response in its group", () => {
    const e = tampered(saved, (j) => {
      j["groups"][1].kpis[0] = { tickets: 1, surveyResponses: 0, calls: 0 };
    });
    expect(e).toMatchObject({ field: "json.ratings[0]" });
    expect(e.expected).toContain("json.groups[1] holds survey responses (0)");
  });
});

describe('restoreAggregator: records left out (onInvalid: "exclude")', () => {
  const options = { kpis: ["count", "resolutionTime"], onInvalid: "exclude" } as const;
  // two records no KPI can read; a solved ticket without a time of solving, which resolutionTime cannot measure
  const records = [ticket(1, 0), { id: "x", createdAt: "no time" }, { id: "y", createdAt: "later" }, ticket(2, 0, { status: "solved" })];
  const saved = savedOf(options, records);

  it("keeps what the checks read", () => {
    expect(saved["added"]).toBe(4);
    expect(saved["excluded"]).toEqual([expect.objectContaining({ column: null, count: 2, ids: ["x", "y"] }), expect.objectContaining({ column: "resolutionTime", count: 1, ids: [2] })]);
    expect(saved["groups"][0].n).toBe(2);
  });

  it("refuses reasons that are not the ones kept, and an added that does not add up", () => {
    expect(tampered(saved, (j) => j["excluded"].push(j["excluded"][0]))).toMatchObject({ field: "json.excluded[2]" });
    expect(tampered(saved, (j) => (j["excluded"][0].ids = ["y", "x"]))).toMatchObject({ field: "json.excluded[0].ids" });
    expect(tampered(saved, (j) => (j["excluded"][0].ids = ["a", "b", "c", "d"]))).toMatchObject({ field: "json.excluded[0].ids" });
    expect(tampered(saved, (j) => Object.assign(j["excluded"][0], { count: 0, ids: [] }))).toMatchObject({ field: "json.excluded[0].count", value: 0 });
    expect(tampered(saved, (j) => (j["excluded"][0].count = 3))).toMatchObject({ field: "json.added", value: 4 });
    expect(tampered(saved, (j) => j["excluded"].push({ column: "resolutionTime", field: "records.resolvedAt", expected: "x", count: 2, ids: [] }))).toMatchObject({ field: "json.excluded[2].count", value: 2 });
  });
});

describe("restoreAggregator: the budget of exact values", () => {
  const options = { kpis: [{ kpi: "firstResponseTime" }], by: "channel", maxExactValues: 2 } as const;
  const tickets = [ticket(1, 0, { firstResponseMs: 1 }), ticket(2, 0, { firstResponseMs: 2, channel: "email" })];

  it("refuses more kept durations than the budget, and kept durations beside a sketch", () => {
    const saved = savedOf(options, tickets);
    expect(tampered(saved, (j) => (j["options"].maxExactValues = 1))).toMatchObject({ field: "json.groups[1].kpis[0]" });
    const sketched = savedOf(options, [...tickets, ticket(3, 0, { firstResponseMs: 3 })]);
    const kept = savedOf(options, tickets.slice(1));
    expect(tampered(sketched, (j) => (j["groups"][1] = kept["groups"][0]))).toMatchObject({ field: "json.groups[1].kpis[0]" });
  });
});
