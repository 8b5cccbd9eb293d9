import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { csat } from "../../survey/csat/csat.js";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import type { KpiColumns, SummarizeOptions, SummaryRecord } from "./types.js";
import { addToEach, createAggregator, type Aggregator } from "./createAggregator.js";
import { sampleResponses, sampleTickets } from "./fixtures.test-util.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { summarize } from "./summarize.js";

const records: SummaryRecord[] = [...sampleTickets(), ...sampleResponses()];
const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } });
const options = {
  kpis: [
    "count", "csat", "nps", "ces", { kpi: "firstResponseTime", percentiles: [0.5, 0.9] }, "resolutionTime", "handleTime", "resolutionRate", "firstContactResolution", "backlog",
    { kpi: "slaCompliance", policy: { targets: [{ metric: "first-reply", targetMs: 3_600_000 }, { metric: "resolution", targetMs: 28_800_000 }], calendar }, now: "2024-03-01T00:00:00Z" },
  ],
  by: ["channel", "weekday"],
  period: "week",
  timeZone: "Europe/Amsterdam",
} as const;

const feed = (items: readonly SummaryRecord[]): Aggregator<KpiColumns<typeof options.kpis>> => {
  const a = createAggregator(options);
  for (const r of items) a.add(r);
  return a;
};
const roundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe("createAggregator and restoreAggregator", () => {
  it("merges two workers' aggregators, one of them through JSON (the TSDoc example)", () => {
    const o = { kpis: ["count", "csat"], by: "channel" } as const;
    const a = createAggregator(o).add({ id: 1, channel: "chat", createdAt: "2024-01-02T10:00:00Z", csat: 5 });
    const b = createAggregator(o).add({ id: 2, channel: "chat", createdAt: "2024-01-03T10:00:00Z", csat: 2 });
    a.merge(restoreAggregator(roundTrip(b)));
    expect(a.result().total.csat).toEqual({ ...csat([5, 2]), responseRate: null });
    expect(a.result().total.csat).toMatchObject({ value: 50, n: 2, satisfied: 1, mean: 3.5 });
  });

  it("restores from JSON (the restoreAggregator example)", () => {
    const worker = createAggregator({ kpis: ["count"], by: "channel" });
    worker.add({ id: 1, channel: "email", createdAt: "2024-01-02T10:00:00Z" });
    const restored = restoreAggregator(JSON.parse(JSON.stringify(worker.toJSON())));
    expect(restored.result().rows).toEqual([{ group: { channel: "email" }, n: 1, count: { value: 1, tickets: 1, surveyResponses: 0, calls: 0 } }]);
  });

  it("gives summarize's result, whether fed at once, in parts merged in any order, or through JSON", () => {
    const whole = summarize(records, options);
    expect(feed(records).result()).toEqual(whole);
    const parts = [records.slice(0, 9), records.slice(9, 20), records.slice(20)];
    const [a, b, c] = parts.map(feed) as [ReturnType<typeof feed>, ReturnType<typeof feed>, ReturnType<typeof feed>];
    expect(feed([]).merge(c).merge(a).merge(b).result()).toEqual(whole);
    const restored = restoreAggregator(roundTrip(b.toJSON()), options);
    expect(restoreAggregator(roundTrip(c.toJSON()), options).merge(restored).merge(a).result()).toEqual(whole);
    // the saved form is plain JSON: the calendar of the SLA policy travels with it
    expect(restoreAggregator(roundTrip(feed(records).toJSON())).result()).toEqual(whole);
    expect(roundTrip(a.toJSON())).toEqual(a.toJSON());
    expect(a.toJSON()).toMatchObject({ format: "servicekpi/aggregator", version: 1, added: 9 });
  });

  it("goes on taking records after result() and after a restore", () => {
    const a = feed(records.slice(0, 12));
    a.result();
    const restored = restoreAggregator(roundTrip(a.toJSON()));
    for (const r of records.slice(12)) restored.add(r);
    expect(restored.result()).toEqual(summarize(records, options));
    // the index in errors continues from the records already taken in
    expect(inputErrorOf(() => restored.add({ id: "bad", createdAt: "x" }))).toMatchObject({ index: records.length, recordId: "bad" });
  });

  it("merges an aggregator with itself as with a copy", () => {
    const a = feed(records);
    expect(a.merge(a).result()).toEqual(feed([...records, ...records]).result());
  });

  it("needs the options again when by had a function, and checks options given", () => {
    const byFn = { kpis: ["count"], by: [function team(r: SummaryRecord) { return r.team ?? null; }] } as const;
    const a = createAggregator(byFn);
    for (const r of records) a.add(r);
    const json = roundTrip(a.toJSON());
    expect((json as { options: { by: unknown } }).options.by).toEqual([{ function: "team" }]);
    expect(inputErrorOf(() => restoreAggregator(json))).toMatchObject({ kpi: "restoreAggregator", field: "options" });
    expect(restoreAggregator(json, byFn).result()).toEqual(a.result());
    expect(createAggregator(byFn).merge(restoreAggregator(json, byFn)).result()).toEqual(a.result());
    expect(inputErrorOf(() => restoreAggregator(json, { kpis: ["count"], by: "team" }))).toMatchObject({ kpi: "restoreAggregator", field: "options" });
    // options written with another key order are the same options
    expect(() => restoreAggregator(roundTrip(feed([]).toJSON()), { timeZone: "Europe/Amsterdam", period: "week", by: ["channel", "weekday"], kpis: options.kpis })).not.toThrow();
  });

  it("refuses to merge aggregators made with other options, or something else", () => {
    const a = createAggregator({ kpis: ["csat"], by: "channel" });
    expect(inputErrorOf(() => a.merge(createAggregator({ kpis: ["csat"], by: "team" })))).toMatchObject({ kpi: "createAggregator", field: "other" });
    expect(inputErrorOf(() => a.merge(createAggregator({ kpis: [{ kpi: "csat", satisfiedMin: 5 }], by: "channel" })))).toMatchObject({ field: "other" });
    const f = createAggregator({ kpis: [], by: [(r) => r.channel ?? null] });
    expect(inputErrorOf(() => f.merge(createAggregator({ kpis: [], by: [(r) => r.team ?? null] })))).toMatchObject({ field: "other" });
    expect(inputErrorOf(() => a.merge({ ...a }))).toMatchObject({ field: "other" });
  });

  it("checks the saved state as it reads it", () => {
    const good = roundTrip(feed(records).toJSON()) as Record<string, unknown>;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- free-form edits of a saved state
    type Saved = Record<string, any>;
    const bad = (patch: (j: Saved) => void): unknown => {
      const j = structuredClone(good) as Saved;
      patch(j);
      return inputErrorOf(() => restoreAggregator(j));
    };
    expect(bad((j) => (j["format"] = "other"))).toMatchObject({ kpi: "restoreAggregator", field: "json.format" });
    expect(bad((j) => (j["version"] = 2))).toMatchObject({ field: "json.version" });
    expect(bad((j) => (j["added"] = -1))).toMatchObject({ field: "json.added" });
    expect(bad((j) => (j["groups"] = {}))).toMatchObject({ field: "json.groups" });
    expect(bad((j) => (j["groups"][0] = 1))).toMatchObject({ field: "json.groups[0]" });
    expect(bad((j) => (j["groups"][0].key = ["chat"]))).toMatchObject({ field: "json.groups[0].key" });
    expect(bad((j) => (j["groups"][1].key = j["groups"][0].key))).toMatchObject({ field: "json.groups[1].key" });
    expect(bad((j) => (j["groups"][0].n = 1.5))).toMatchObject({ field: "json.groups[0].n" });
    expect(bad((j) => j["groups"][0].kpis.pop())).toMatchObject({ field: "json.groups[0].kpis" });
    expect(bad((j) => (j["groups"][0].kpis[0].tickets = -2))).toMatchObject({ field: "json.groups[0].kpis[0].tickets" });
    expect(bad((j) => (j["groups"][0].kpis[1] = null))).toMatchObject({ field: "json.groups[0].kpis[1]" });
    expect(bad((j) => (j["groups"][0].kpis[1].scores = { 9: 1 }))).toMatchObject({ field: "json.groups[0].kpis[1].scores" });
    expect(bad((j) => (j["groups"][0].kpis[1].scores = { 4: 0.5 }))).toMatchObject({ field: "json.groups[0].kpis[1].scores.4" });
    expect(bad((j) => (j["groups"][0].kpis[1].responded = 99))).toMatchObject({ field: "json.groups[0].kpis[1]" });
    expect(bad((j) => (j["groups"][0].kpis[4] = [1, -1]))).toMatchObject({ field: "json.groups[0].kpis[4]", index: 1 });
    expect(bad((j) => (j["groups"][0].kpis[4] = {}))).toMatchObject({ field: "json.groups[0].kpis[4].sketch" });
    expect(bad((j) => (j["groups"][0].kpis[10] = {}))).toMatchObject({ field: "json.groups[0].kpis[10].first-reply" });
    expect(bad((j) => (j["ratings"] = null))).toMatchObject({ field: "json.ratings" });
    expect(bad((j) => (j["ratings"][0].type = "ces2"))).toMatchObject({ field: "json.ratings[0].type" });
    expect(bad((j) => (j["ratings"][0].ticketId = 1))).toMatchObject({ field: "json.ratings[0].ticketId" });
    expect(bad((j) => (j["ratings"][0].group = []))).toMatchObject({ field: "json.ratings[0].group" });
    expect(bad((j) => (j["ratings"][0].score = {}))).toMatchObject({ field: "json.ratings[0].score" });
    expect(bad((j) => (j["ratings"][0].score = 9))).toMatchObject({ field: "json.ratings[0].score" });
    expect(bad((j) => (j["ratings"][0].atMs = "x"))).toMatchObject({ field: "json.ratings[0].atMs" });
    expect(bad((j) => (j["ratings"][0].id = {}))).toMatchObject({ field: "json.ratings[0].id" });
    expect(bad((j) => j["ratings"].push(j["ratings"][0]))).toMatchObject({ field: `json.ratings[${(good["ratings"] as unknown[]).length}]` });
    expect(bad((j) => (j["options"].kpis = ["aht"]))).toMatchObject({ field: "options.kpis[0].kpi" });
    expect(bad((j) => (j["options"].by = "channel"))).toMatchObject({ field: "options" });
    expect(inputErrorOf(() => restoreAggregator("{}"))).toMatchObject({ field: "json" });
  });
});

describe("addToEach (the command line's one reading for several views)", () => {
  const views = [options, { ...options, by: ["channel"], period: "month" }, { kpis: ["count", "backlog", "reopenRate"], period: "day", timeZone: "Europe/Amsterdam" }] as const;
  const make = (opts: readonly object[]): Aggregator[] => opts.map((o) => createAggregator(o as SummarizeOptions));
  const states = (aggregators: readonly Aggregator[]): unknown[] => aggregators.map((a) => roundTrip(a.toJSON()));

  it("gives every aggregator exactly what adding the records to each would (one reading, or each its own when they read differently)", () => {
    for (const opts of [views, [...views, { kpis: ["count"], by: ["channel"], timeZone: "America/New_York" }, { kpis: ["count"], periodOf: "resolvedAt", period: "week" }]]) {
      const shared = make(opts);
      const apart = make(opts);
      for (const r of records) {
        addToEach(shared, r);
        for (const a of apart) a.add(r);
      }
      expect(states(shared)).toEqual(states(apart));
      expect(shared.map((a) => a.result())).toEqual(apart.map((a) => a.result()));
    }
  });

  it("names what is not a list of aggregators, before adding anything", () => {
    const a = createAggregator(options);
    expect(inputErrorOf(() => addToEach(5 as unknown as Aggregator[], records[0] as SummaryRecord))).toMatchObject({ kpi: "addToEach", field: "aggregators", value: 5 });
    expect(inputErrorOf(() => addToEach([a, {} as Aggregator], records[0] as SummaryRecord))).toMatchObject({ kpi: "addToEach", field: "aggregators", index: 1 });
    expect(roundTrip(a.toJSON())).toEqual(roundTrip(createAggregator(options).toJSON()));
    addToEach([], records[0] as SummaryRecord); // nothing to add to
  });

  it("leaves every aggregator as it was when the reading, or any one of them, rejects a record, with add's error", () => {
    const shared = make(views);
    for (const r of records.slice(0, 5)) addToEach(shared, r);
    const before = states(shared);
    const bad = { id: "X", createdAt: "not a time" } as unknown as SummaryRecord;
    const error = inputErrorOf(() => addToEach(shared, bad));
    expect(error).toMatchObject({ kpi: "createAggregator", field: "records.createdAt", index: 5, recordId: "X" });
    const alone = createAggregator(options);
    for (const r of records.slice(0, 5)) alone.add(r);
    expect(error?.message).toBe(inputErrorOf(() => alone.add(bad))?.message);
    // a reopen count of −1 is read only by the last view's reopenRate: none of the views takes the record
    const negative = { id: "Y", createdAt: "2024-01-05T10:00:00Z", reopens: -1 };
    expect(inputErrorOf(() => addToEach(shared, negative))).toMatchObject({ field: "records.reopens", index: 5, recordId: "Y", value: -1 });
    expect(states(shared)).toEqual(before);
  });
});
