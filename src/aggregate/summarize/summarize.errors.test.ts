import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { createAggregator } from "./createAggregator.js";
import { summarize } from "./summarize.js";

const ok = { id: "ok", createdAt: "2024-01-01T10:00:00Z" };
const run = (records: unknown[], options: object = { kpis: ["count"] }) => inputErrorOf(() => summarize(records as never[], options as never));

describe("summarize: bad records name the field, the record index and its id", () => {
  it.each([
    ["a CSAT of 7 on the 1–5 scale", { id: "T3", createdAt: "2024-01-01", csat: 7 }, ["csat"], "records.csat", 7],
    ["a fractional NPS", { id: "T3", createdAt: "2024-01-01", nps: 7.5 }, ["nps"], "records.nps", 7.5],
    ["a CES off the 1–7 scale", { id: "T3", createdAt: "2024-01-01", ces: 0 }, ["ces"], "records.ces", 0],
    ["an unreadable createdAt", { id: "T3", createdAt: "31/01/2024" }, ["count"], "records.createdAt", "31/01/2024"],
    ["a resolvedAt before createdAt", { id: "T3", createdAt: "2024-01-02", resolvedAt: "2024-01-01" }, ["count"], "records.resolvedAt", "2024-01-01"],
    ["a negative handle time", { id: "T3", createdAt: "2024-01-01", handleMs: -1 }, ["handleTime"], "records.handleMs", -1],
    ["a negative first response", { id: "T3", createdAt: "2024-01-01", firstResponseMs: Number.NaN }, ["firstResponseTime"], "records.firstResponseMs", Number.NaN],
    ["a resolutionMs that is a string", { id: "T3", createdAt: "2024-01-01", status: "solved", resolutionMs: "1h" }, ["resolutionTime"], "records.resolutionMs", "1h"],
    ["a solved ticket without resolution time", { id: "T3", createdAt: "2024-01-01", status: "solved" }, ["resolutionTime"], "records.resolvedAt", undefined],
    ["a score on a ticket that says no survey was sent", { id: "T3", createdAt: "2024-01-01", csat: 5, surveySent: false }, ["csat"], "records.surveySent", false],
    ["surveySent that is not a boolean", { id: "T3", createdAt: "2024-01-01", surveySent: "yes" }, ["csat"], "records.surveySent", "yes"],
    ["firstContactResolved that is not a boolean", { id: "T3", createdAt: "2024-01-01", firstContactResolved: 1 }, ["firstContactResolution"], "records.firstContactResolved", 1],
    ["an unknown status", { id: "T3", createdAt: "2024-01-01", status: "done" }, ["count"], "records.status", "done"],
  ])("%s", (_, record, kpis, field, value) => {
    const e = run([ok, ok, record], { kpis });
    expect(e).toMatchObject({ kpi: "summarize", field, index: 2, recordId: "T3" });
    expect(e.value).toEqual(value);
  });

  it("names survey-response fields", () => {
    expect(run([{ id: "R1", type: "csat", score: 6 }], { kpis: ["csat"] })).toMatchObject({ field: "records.score", index: 0, recordId: "R1", value: 6 });
    expect(run([ok, { id: "R1", ticketId: 4, type: "nps", score: 11 }], { kpis: ["nps"] })).toMatchObject({ field: "records.score", index: 1, recordId: "R1" });
    expect(run([{ id: "R1", type: "csat", sentAt: "2024-01-02", respondedAt: "2024-01-01" }])).toMatchObject({ field: "records.respondedAt", index: 0, recordId: "R1" });
    expect(run([{ id: "R1", type: "csat", respondedAt: "yesterday" }])).toMatchObject({ field: "records.respondedAt", recordId: "R1" });
    expect(run([{ id: {}, type: "csat" }])).toMatchObject({ field: "records.id", index: 0 });
    expect(run([{ id: 1, ticketId: "", type: "csat" }])).toMatchObject({ field: "records.ticketId", recordId: 1 });
    expect(run([{ id: 1, type: "NPS", score: 9 }])).toMatchObject({ field: "records.type", value: "NPS", recordId: 1 });
    expect(run([{ id: 1, type: "csat", score: "meh" }], { kpis: [{ kpi: "csat", scale: "binary" }] })).toMatchObject({ field: "records.score", value: "meh" });
    // a null score is no score: sent, not answered
    expect(summarize([{ type: "csat", score: null } as never], { kpis: ["csat"] }).total.csat.responseRate).toMatchObject({ n: 1, responded: 0 });
    // an unrequested survey kind is counted, its score not read
    expect(summarize([{ type: "nps", score: 99 }], { kpis: ["count", "csat"] }).total.n).toBe(1);
  });

  it("names the record in errors of the ticket functions it calls", () => {
    const policy = { targets: [{ metric: "first-reply" as const, targetMs: 60_000 }] };
    const answered = { ...ok, firstResponseAt: "2024-01-01T10:00:30Z" };
    expect(run([answered, { id: "T9", createdAt: "2024-01-01" }], { kpis: [{ kpi: "slaCompliance", policy }] })).toMatchObject({ field: "options.kpis[0].now", index: 1, recordId: "T9" });
    const events = [{ at: "2024-01-01T10:00:00Z", type: "message" }];
    expect(run([{ id: "T9", createdAt: "2024-01-01", events }], { kpis: ["count"] })).toMatchObject({ field: "records.events[0].author", index: 0, recordId: "T9" });
    expect(run([ok, { id: "T9", createdAt: "2024-01-01", status: "closed" }], { kpis: ["backlog"], period: "day" })).toMatchObject({ field: "records.resolvedAt", index: 1, recordId: "T9" });
    expect(run([ok, { id: "T9", createdAt: "2024-01-01", status: "closed" }], { kpis: [{ kpi: "slaCompliance", policy, now: "2024-02-01" }] })).toMatchObject({ field: "records.resolvedAt", index: 1, recordId: "T9" });
    const messages = [{ at: "2024-01-01T10:00:00Z", type: "message", author: "customer" }];
    expect(run([ok, { id: "T9", createdAt: "2024-01-01T10:00:00Z", status: "solved", events: messages }], { kpis: ["firstResponseTime"] })).toMatchObject({ field: "records.resolvedAt", index: 1, recordId: "T9" });
  });

  it("rejects group values that are objects, and by-function results that are", () => {
    expect(run([{ ...ok, team: { name: "A" } }], { kpis: [], by: "team" })).toMatchObject({ field: "records.team", index: 0, recordId: "ok" });
    expect(run([ok], { kpis: [], by: [() => new Date(0)] })).toMatchObject({ field: "options.by[0]", index: 0 });
    expect(run([{ type: "csat", channel: 5 }], { kpis: [], by: "channel", channel: "normalize" })).toMatchObject({ field: "records.channel", value: 5 });
    expect(run([ok, 5])).toMatchObject({ field: "records", index: 1, value: 5 });
    expect(inputErrorOf(() => summarize(5 as never, { kpis: [] }))).toMatchObject({ field: "records" });
  });

  it("leaves an aggregator unchanged when a record throws", () => {
    const a = createAggregator({ kpis: ["count", "csat", "backlog", "firstResponseTime"], period: "month" });
    a.add({ id: 1, createdAt: "2024-01-01", csat: 4, firstResponseMs: 5 });
    const before = a.result();
    const json = JSON.stringify(a.toJSON());
    // read fine by count, backlog and firstResponseTime; rejected by csat
    expect(inputErrorOf(() => a.add({ id: 2, createdAt: "2024-02-01", csat: 9, firstResponseMs: 7 }))).toMatchObject({ kpi: "createAggregator", field: "records.csat", index: 1, recordId: 2 });
    expect(a.result()).toEqual(before);
    expect(JSON.stringify(a.toJSON())).toBe(json);
  });

  it("leaves an aggregator unchanged when the last KPI rejects a record every other KPI read", () => {
    const policy = { targets: [{ metric: "first-reply" as const, targetMs: 60_000 }] };
    const kpis = ["count", "csat", "nps", "backlog", "firstResponseTime", "resolutionRate", { kpi: "slaCompliance" as const, policy, now: "2024-03-01" }, "firstContactResolution"] as const;
    const a = createAggregator({ kpis, by: "channel", period: "month" });
    a.add({ id: 1, channel: "chat", createdAt: "2024-01-01", csat: 4, nps: 9, surveySent: true, firstResponseMs: 5, status: "solved", resolvedAt: "2024-01-02" });
    const json = JSON.stringify(a.toJSON());
    // a new group (email, February), read by every KPI but the last, which rejects the flag
    const bad = { id: 2, channel: "email", createdAt: "2024-02-01", csat: 5, nps: 10, surveySent: true, firstResponseMs: 7, status: "solved" as const, resolvedAt: "2024-02-03", firstContactResolved: "yes" };
    expect(inputErrorOf(() => a.add(bad as never))).toMatchObject({ kpi: "createAggregator", field: "records.firstContactResolved", index: 1, recordId: 2 });
    expect(JSON.stringify(a.toJSON())).toBe(json);
    // and the same record, mended, then counts everywhere
    a.add({ ...bad, firstContactResolved: true });
    expect(a.result().rows.map((r) => [r.group["channel"], r.group["period"], r.n])).toEqual([["chat", "2024-01", 1], ["email", "2024-02", 1]]);
  });
});

describe("summarize: bad options", () => {
  it("lets errors that are not input errors through unchanged", () => {
    const percentiles = { [Symbol.iterator]: () => { throw new TypeError("boom"); } };
    expect(() => summarize([], { kpis: [{ kpi: "firstResponseTime", percentiles }] })).toThrow(new TypeError("boom"));
    expect(() => summarize([{ id: 1, createdAt: "2024-01-01" }], { kpis: [], by: [() => { throw new RangeError("mine"); }] })).toThrow("mine");
  });

  it.each([
    ["no kpis", {}, "options.kpis"],
    ["kpis not a list", { kpis: "csat" }, "options.kpis"],
    ["an unknown KPI", { kpis: ["aht"] }, "options.kpis[0].kpi"],
    ["a KPI that is neither a name nor an object", { kpis: [5] }, "options.kpis"],
    ["an option the KPI does not have", { kpis: [{ kpi: "csat", satisfied_min: 4 }] }, "options.kpis[0].satisfied_min"],
    ["an invalid calculator option", { kpis: ["count", { kpi: "csat", satisfiedMin: 9 }] }, "options.kpis[1].satisfiedMin"],
    ["invalid percentiles", { kpis: [{ kpi: "firstResponseTime", percentiles: [0.5, 2] }] }, "options.kpis[0].percentiles"],
    ["an unknown NPS interval", { kpis: [{ kpi: "nps", interval: "exact" }] }, "options.kpis[0].interval"],
    ["an invalid CES threshold", { kpis: [{ kpi: "ces", easyMin: 2, difficultMax: 3 }] }, "options.kpis[0].easyMin"],
    ["an invalid confidence", { kpis: [{ kpi: "resolutionRate", confidence: 95 }] }, "options.kpis[0].confidence"],
    ["two KPIs in one column", { kpis: ["csat", { kpi: "csat", satisfiedMin: 5 }] }, "options.kpis[1]"],
    ["a column named n", { kpis: [{ kpi: "csat", as: "n" }] }, "options.kpis[0].as"],
    ["slaCompliance without a policy", { kpis: ["slaCompliance"] }, "options.kpis[0].policy"],
    ["an invalid SLA policy", { kpis: [{ kpi: "slaCompliance", policy: { targets: [{ metric: "first-reply", targetMs: 0 }] } }] }, "options.kpis[0].policy.targets[0].targetMs"],
    ["an invalid SLA confidence", { kpis: [{ kpi: "slaCompliance", policy: { targets: [] }, confidence: 2 }] }, "options.kpis[0].confidence"],
    ["an unreadable now", { kpis: [{ kpi: "slaCompliance", policy: { targets: [] }, now: "soon" }] }, "options.kpis[0].now"],
    ["excludeAutomated not a boolean", { kpis: [{ kpi: "slaCompliance", policy: { targets: [] }, excludeAutomated: "no" }] }, "options.kpis[0].excludeAutomated"],
    ["backlog without a period", { kpis: ["backlog"] }, "options.period"],
    ["an unknown option", { kpis: [], groupBy: "channel" }, "options.groupBy"],
    ["an option for a KPI without options", { kpis: [{ kpi: "count", by: "channel" }] }, "options.kpis[0].by"],
    ["an undefined KPI option next to a bad one", { kpis: [{ kpi: "csat", scale: undefined, satisfiedMin: 0 }] }, "options.kpis[0].satisfiedMin"],
    ["an unknown period", { kpis: [], period: "fortnight" }, "options.period"],
    ["an unknown time zone", { kpis: [], timeZone: "Mars/Olympus" }, "options.timeZone"],
    ["an unknown periodOf", { kpis: [], periodOf: "closedAt" }, "options.periodOf"],
    ["an unknown channel option", { kpis: [], channel: "lowercase" }, "options.channel"],
    ["an unknown rating policy", { kpis: [], ratingPolicy: "best" }, "options.ratingPolicy"],
    ["ratings and ratingPolicy that disagree", { kpis: [], ratingPolicy: "first", ratings: "latest" }, "options.ratings"],
    ["an unknown ratings value", { kpis: [], ratings: "best" }, "options.ratings"],
    ["by period", { kpis: [], by: ["channel", "period"] }, "options.by[1]"],
    ["a dimension twice", { kpis: [], by: ["channel", "channel"] }, "options.by[1]"],
    ["an empty field name", { kpis: [], by: [""] }, "options.by[0]"],
    ["a named function without a function", { kpis: [], by: [{ name: "x", key: "channel" }] }, "options.by[0]"],
    ["options that are not an object", null, "options"],
  ])("%s", (_, options, field) => {
    expect(inputErrorOf(() => summarize([], options as never))).toMatchObject({ kpi: "summarize", field });
  });
});
