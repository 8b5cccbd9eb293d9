/**
 * A hole in an input array is a missing element: a KpiInputError at its index, value undefined,
 * from the shared check (src/_lib/check.ts), the same for every function (docs/conventions.md,
 * "Holes"). One reproducer per place that used to skip a hole or read it as undefined
 * (issue 16).
 */
/* eslint-disable no-sparse-arrays */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { HOLE_EXPECTED } from "../src/_lib/check.js";
import { inputErrorOf } from "../src/_lib/inputError.test-util.js";

const DAY = 86_400_000;
const hole = { value: undefined, expected: HOLE_EXPECTED };

const s1 = { customerId: "ann", startedAt: "2026-03-02T09:00Z" };
const s2 = { customerId: "bob", startedAt: "2026-03-02T10:00Z" };
const c1 = { customerId: "ann", channel: "phone", startedAt: "2026-03-02T09:30Z" };
const ticket = { id: 1, createdAt: "2026-03-02T09:00Z" };
const message = { at: "2026-03-02T09:00Z", type: "message", author: "customer" } as const;

describe("a hole in an input array", () => {
  it("is not skipped by selfServiceDeflection (it gave 66.7 % of n 3; 50 % of n 2 without the hole)", () => {
    expect(api.selfServiceDeflection([s1, s2], [c1], { windowMs: DAY, key: ["customerId"] })).toMatchObject({ value: 50, n: 2 });
    expect(inputErrorOf(() => api.selfServiceDeflection([s1, , s2] as never, [c1], { windowMs: DAY, key: ["customerId"] }))).toMatchObject({
      kpi: "selfServiceDeflection", field: "sessions", index: 1, ...hole,
    });
    expect(inputErrorOf(() => api.selfServiceDeflection([s1], [c1, , c1] as never, { windowMs: DAY }))).toMatchObject({ field: "contacts", index: 1 });
    expect(inputErrorOf(() => api.selfServiceDeflection([s1], [c1], { windowMs: DAY, key: ["customerId", , "channel"] as never }))).toMatchObject({ field: "options.key", index: 1, ...hole });
  });

  it("is not read as NaN by baseline, controlChart, smartTarget and trend", () => {
    expect(inputErrorOf(() => api.baseline([80, , 82] as never))).toMatchObject({ kpi: "baseline", field: "series", index: 1, ...hole });
    expect(inputErrorOf(() => api.controlChart([1, , 2] as never, { type: "xmr" }))).toMatchObject({ kpi: "controlChart", field: "points", index: 1, ...hole });
    const series = [{ at: "2026-01-01", value: 240_000 }, , { at: "2026-03-01", value: 180_000 }];
    const target = { kpi: "firstResponseTime", direction: "lower-is-better", goal: 90_000, deadline: "2026-07-01", series } as const;
    expect(inputErrorOf(() => api.smartTarget(target as never))).toMatchObject({ kpi: "smartTarget", field: "series", index: 1, ...hole });
    // It reported n 6 but computed from 5 points.
    expect(inputErrorOf(() => api.trend([1, 2, , 4, 5, 6] as never))).toMatchObject({ kpi: "trend", field: "series", index: 2, ...hole });
  });

  it("is not skipped by controlChart's p chart and rules, nor by ticket events, pauseOn, benchmarks, by and kpis", () => {
    expect(inputErrorOf(() => api.controlChart([{ successes: 1, n: 2 }, , { successes: 1, n: 3 }] as never, { type: "p" }))).toMatchObject({ field: "points", index: 1, ...hole });
    expect(inputErrorOf(() => api.controlChart([1, 2, 3], { type: "xmr", rules: ["beyond-limits", , "run-of-8"] as never }))).toMatchObject({ field: "options.rules", index: 1, ...hole });
    // A single ticket's events: the hole's index; a ticket of a list: the event in the field, the ticket's index.
    expect(inputErrorOf(() => api.ticketTimings({ ...ticket, events: [message, , message] } as never))).toMatchObject({ kpi: "ticketTimings", field: "ticket.events", index: 1, recordId: 1, ...hole });
    expect(inputErrorOf(() => api.backlogAt([ticket, { ...ticket, id: 7, events: [message, ,] }] as never, "2026-03-10"))).toMatchObject({
      kpi: "backlogAt", field: "tickets.events[1]", index: 1, recordId: 7, ...hole,
    });
    const policy = { targets: [{ metric: "first-reply", targetMs: 3_600_000 }], pauseOn: ["pending", , "on-hold"] };
    expect(inputErrorOf(() => api.evaluateSla(ticket, policy as never, { now: "2026-03-02T10:00Z" }))).toMatchObject({ kpi: "evaluateSla", field: "policy.pauseOn", index: 1, ...hole });
    const csat = api.benchmarks.find((b) => b.kpi === "csat") as api.Benchmark;
    expect(inputErrorOf(() => api.rateAgainstBenchmarks("csat", 88, { benchmarks: [csat, , csat] as never }))).toMatchObject({ field: "options.benchmarks", index: 1, ...hole });
    expect(inputErrorOf(() => api.contactVolume([{ channel: "chat" }], { by: ["channel", , "team"] as never }))).toMatchObject({ kpi: "contactVolume", field: "options.by", index: 1, ...hole });
    const records = [{ id: 1, channel: "chat", createdAt: "2026-03-02T09:00Z", tags: ["a", , "b"] }];
    expect(inputErrorOf(() => api.summarize(records as never, { kpis: ["count"], by: ["channel", , "team"] as never }))).toMatchObject({ kpi: "summarize", field: "options.by", index: 1, ...hole });
    expect(inputErrorOf(() => api.summarize(records as never, { kpis: ["count"], by: "tags" }))).toMatchObject({ field: "records.tags[1]", index: 0, recordId: 1, ...hole });
    expect(inputErrorOf(() => api.createAggregator({ kpis: ["count", , "csat"] as never }))).toMatchObject({ kpi: "createAggregator", field: "options.kpis", index: 1, ...hole });
  });

  it("is a KpiInputError, not a TypeError, in tickets, kpis and SLA targets", () => {
    expect(inputErrorOf(() => api.backlogAt([ticket, ,] as never, "2026-03-10"))).toMatchObject({ kpi: "backlogAt", field: "tickets", index: 1, ...hole });
    const options = { from: "2026-03-01", to: "2026-03-03", interval: "day" } as const;
    expect(inputErrorOf(() => api.backlogSeries([, ticket] as never, options))).toMatchObject({ kpi: "backlogSeries", field: "tickets", index: 0, ...hole });
    expect(inputErrorOf(() => api.backlogAt([ticket], "2026-03-10", { ageBucketsMs: [DAY, , 3 * DAY] as never }))).toMatchObject({ field: "options.ageBucketsMs", index: 1, ...hole });
    expect(inputErrorOf(() => api.summarize([ticket], { kpis: ["count", , "csat"] as never }))).toMatchObject({ kpi: "summarize", field: "options.kpis", index: 1, ...hole });
    const targets = [{ metric: "first-reply", targetMs: 3_600_000 }, , { metric: "resolution", targetMs: DAY }];
    expect(inputErrorOf(() => api.evaluateSla(ticket, { targets } as never, { now: "2026-03-02T10:00Z" }))).toMatchObject({ field: "policy.targets", index: 1, ...hole });
    expect(inputErrorOf(() => api.liveView([ticket], { now: "2026-03-02T10:00Z", policy: { targets } as never }))).toMatchObject({ kpi: "liveView", field: "options.policy.targets", index: 1, ...hole });
  });

  it("is the same error in every list a calculator takes", () => {
    const calls = [{ waitMs: 1, outcome: "answered" }, , { waitMs: 2, outcome: "abandoned" }];
    const cases: [string, () => unknown, string, number][] = [
      ["nps", () => api.nps([9, , 10] as never), "scores", 1],
      ["nps", () => api.nps([9, 10], { weights: [1, ,] as never }), "options.weights", 1],
      ["csat", () => api.csat([5, , 4] as never), "ratings", 1],
      ["ces", () => api.ces([5, , 4] as never), "ratings", 1],
      ["sentimentShare", () => api.sentimentShare(["positive", ,] as never), "labels", 1],
      ["slaCompliance", () => api.slaCompliance(["achieved", , "breached"] as never), "outcomes", 1],
      ["durationStats", () => api.durationStats([1, , 2] as never), "durationsMs", 1],
      ["durationStats", () => api.durationStats([1, 2], { percentiles: [0.5, , 0.9] as never }), "options.percentiles", 1],
      ["quantile", () => api.quantile([1, , 2] as never, 0.5), "values", 1],
      ["averageHandleTime", () => api.averageHandleTime([{ talkMs: 1 }, ,] as never), "contacts", 1],
      ["serviceLevel", () => api.serviceLevel(calls as never, { thresholdMs: 20_000 }), "calls", 1],
      ["abandonmentRate", () => api.abandonmentRate(calls as never), "calls", 1],
      ["averageSpeedOfAnswer", () => api.averageSpeedOfAnswer(calls as never), "calls", 1],
      ["occupancy", () => api.occupancy([{ handleMs: 1, availableMs: 2 }, ,] as never), "time", 1],
      ["chatConcurrency", () => api.chatConcurrency([, { chatMs: 1, engagedMs: 1 }] as never), "time", 0],
      ["staffingTable", () => api.staffingTable([10, , 20] as never, { intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000 }), "intervals", 1],
      ["repeatContacts", () => api.repeatContacts([c1, , c1] as never, { windowMs: DAY }), "contacts", 1],
      ["contactVolume", () => api.contactVolume([{}, ,] as never), "records", 1],
      ["liveView", () => api.liveView([ticket, ,] as never, { now: "2026-03-02T10:00Z" }), "tickets", 1],
    ];
    for (const [kpi, run, field, index] of cases) expect(inputErrorOf(run), kpi).toMatchObject({ kpi, field, index, ...hole });
  });
});
