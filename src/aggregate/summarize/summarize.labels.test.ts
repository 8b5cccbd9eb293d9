/**
 * Labels: a `by` dimension whose value is a list (tags) counts a record in each of its values.
 * Expected numbers are counted by hand in loops over the records, or come from the calculators
 * on the records a group should hold; each says so.
 */
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { durationStats } from "../../operations/durationStats/durationStats.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { csat } from "../../survey/csat/csat.js";
import { createAggregator } from "./createAggregator.js";
import { numbers } from "./fixtures.test-util.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { summarize } from "./summarize.js";
import type { SummaryRecord } from "./types.js";
import { sdNear } from "../kpis/_lib/sd.test-util.js";

const at = (day: number): string => `2024-01-${String(day).padStart(2, "0")}T10:00:00Z`;

/** Six tickets: T1 and T6 carry billing and vip, T6 billing twice, T3 vip twice; T4 an empty list, T5 no tags. */
const tickets: TicketRecord[] = [
  { id: "T1", createdAt: at(1), channel: "chat", tags: ["billing", "vip"], csat: 5, firstResponseMs: 60_000 },
  { id: "T2", createdAt: at(2), channel: "email", tags: ["billing"], csat: 2, firstResponseMs: 120_000 },
  { id: "T3", createdAt: at(3), channel: "chat", tags: ["vip", "vip"], csat: 4, firstResponseMs: 300_000 },
  { id: "T4", createdAt: at(4), channel: "email", tags: [], csat: 3 },
  { id: "T5", createdAt: at(5), channel: "chat", firstResponseMs: 30_000 },
  { id: "T6", createdAt: at(6), channel: "chat", tags: ["billing", "billing", "vip"], csat: 1 },
];

/** The records that carry `tag` (`null`: none), by a plain loop over their tags. */
function carrying(records: readonly TicketRecord[], tag: string | null): TicketRecord[] {
  const out: TicketRecord[] = [];
  for (const r of records) {
    const tags = r.tags ?? [];
    if (tag === null ? tags.length === 0 : tags.includes(tag)) out.push(r);
  }
  return out;
}

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe("summarize by a list-valued field (labels)", () => {
  it("counts a ticket in each of its tags, the total once", () => {
    const kpis = ["count", "csat", "firstResponseTime"] as const;
    const result = summarize(tickets, { kpis, by: "tags" });
    // by hand: billing T1 T2 T6 (CSAT 5 2 1: 1 of 3 satisfied), vip T1 T3 T6 (5 4 1: 2 of 3),
    // null T4 T5 (3: 0 of 1); total T1–T6 once (5 2 4 3 1: 2 of 5 satisfied, 40 %)
    expect(result.rows.map((r) => [r.group, r.n, r.csat.n, r.csat.satisfied])).toEqual([
      [{ tags: "billing" }, 3, 3, 1],
      [{ tags: "vip" }, 3, 3, 2],
      [{ tags: null }, 2, 1, 0],
    ]);
    for (const row of result.rows) {
      const group = carrying(tickets, row.group["tags"] as string | null);
      expect(row.csat).toEqual({ ...csat(numbers(group, "csat")), responseRate: null });
      expect(row.firstResponseTime).toEqual({ ...durationStats(numbers(group, "firstResponseMs")), exact: true, relativeError: 0, sdMs: sdNear(numbers(group, "firstResponseMs")) });
    }
    // the rows overlap: their n add up to 8, the total counts 6 tickets
    expect(result.rows.reduce((s, r) => s + r.n, 0)).toBe(8);
    expect(result.total.n).toBe(6);
    expect(result.total.csat.value).toBe(40);
    expect(result.total.firstResponseTime.meanMs).toBe((60_000 + 120_000 + 300_000 + 30_000) / 4);
    expect(result.total).toEqual(summarize(tickets, { kpis }).total);
    expect(result.overlapping).toEqual(["tags"]);
    expect(Object.keys(result)).toEqual(["rows", "total", "overlapping"]);
  });

  it("counts a repeated tag once, and a list of one tag as that tag: no overlap", () => {
    const records: TicketRecord[] = [
      { id: 1, createdAt: at(1), tags: ["a", "a"] },
      { id: 2, createdAt: at(2), tags: ["a"] },
      { id: 3, createdAt: at(3), tags: ["b", "", "b"] }, // an empty label is no label
    ];
    const result = summarize(records, { kpis: ["count"], by: "tags" });
    expect(result.rows.map((r) => [r.group["tags"], r.n])).toEqual([["a", 2], ["b", 1]]);
    expect(result).not.toHaveProperty("overlapping");
    // the same as single values
    const single = records.map((r) => ({ ...r, tags: r.tags?.[0] }));
    expect(summarize(single as never[], { kpis: ["count"], by: "tags" })).toEqual(result);
  });

  it("counts a record with two list-valued dimensions in each combination", () => {
    const records = [
      { id: 1, createdAt: at(1), tags: ["a", "b"], skills: ["en", "fr"], csat: 5 },
      { id: 2, createdAt: at(2), tags: ["b"], skills: ["fr", "de"], csat: 1 },
    ];
    const skills = { name: "skills", key: (r: SummaryRecord) => (r as { skills?: string[] }).skills };
    const result = summarize(records, { kpis: ["count", "csat"], by: ["tags", skills] });
    // by hand: record 1 in a×en, a×fr, b×en, b×fr; record 2 in b×de, b×fr
    expect(result.rows.map((r) => [r.group["tags"], r.group["skills"], r.n, r.csat.mean])).toEqual([
      ["a", "en", 1, 5],
      ["a", "fr", 1, 5],
      ["b", "de", 1, 1],
      ["b", "en", 1, 5],
      ["b", "fr", 2, 3],
    ]);
    expect(result.total).toMatchObject({ n: 2, csat: { n: 2, mean: 3 } });
    // tags overlapped (record 1), skills too (both records)
    expect(result.overlapping).toEqual(["tags", "skills"]);
    // a function returning one value per record overlaps nothing
    const first = summarize(records, { kpis: ["count"], by: ["tags", { name: "skill", key: (r) => (r as { skills?: string[] }).skills?.[0] ?? null }] });
    expect(first.overlapping).toEqual(["tags"]);
  });

  it("puts numbers and booleans in a list as group values, sorted as rows are", () => {
    const result = summarize([{ id: 1, createdAt: at(1), tags: [true, "x", 2, null] } as never], { kpis: ["count"], by: "tags" });
    expect(result.rows.map((r) => r.group["tags"])).toEqual([2, "x", true]);
    expect(result.total.n).toBe(1);
  });

  it("refuses a list holding an object, naming the field, the record and the item", () => {
    const bad = { id: "T9", createdAt: at(1), tags: ["a", { name: "b" }] } as never;
    const e = inputErrorOf(() => summarize([tickets[0] as TicketRecord, bad], { kpis: ["count"], by: "tags" }));
    expect(e).toMatchObject({ kpi: "summarize", field: "records.tags", index: 1, recordId: "T9", value: { name: "b" } });
    expect(e.expected).toContain("item 1");
    const fromFunction = inputErrorOf(() => summarize([tickets[0] as TicketRecord], { kpis: ["count"], by: [() => [["nested"]] as never] }));
    expect(fromFunction).toMatchObject({ field: "options.by[0]", index: 0, recordId: "T1", value: ["nested"] });
    // a value that is neither a group value nor a list
    expect(inputErrorOf(() => summarize([{ id: 1, createdAt: at(1), tags: new Set(["a"]) } as never], { kpis: ["count"], by: "tags" })).expected).toContain("list");
  });

  it('counts an exclusion once per record, not per group (onInvalid: "exclude")', () => {
    const records = [
      { id: "A", createdAt: at(1), tags: ["x", "y", "z"], csat: 9 },
      { id: "B", createdAt: at(2), tags: ["x", 5, { bad: true }] },
      { id: "C", createdAt: at(3), tags: ["x"], csat: 4 },
    ] as never[];
    const result = summarize(records, { kpis: ["count", "csat"], by: "tags", onInvalid: "exclude" });
    // by hand: A counts in x, y, z without its CSAT; B cannot be grouped: out of the summary
    expect(result.excluded).toEqual([
      { column: null, field: "records.tags", expected: expect.stringContaining("item 2") as unknown, count: 1, ids: ["B"] },
      { column: "csat", field: "records.csat", expected: "an integer from 1 to 5", count: 1, ids: ["A"] },
    ]);
    expect(result.rows.map((r) => [r.group["tags"], r.n, r.csat.n])).toEqual([["x", 2, 1], ["y", 1, 0], ["z", 1, 0]]);
    expect(result.total).toMatchObject({ n: 2, csat: { n: 1 } });
    expect(Object.keys(result)).toEqual(["rows", "total", "overlapping", "excluded"]);
  });

  it("puts a kept survey rating in each of its groups and once in the total; backlog changes too", () => {
    const responses: SurveyResponseRecord[] = [
      { id: "R1", ticketId: "T1", type: "csat", score: 2, respondedAt: at(2), tags: ["vip", "billing"] } as SurveyResponseRecord,
      { id: "R2", ticketId: "T1", type: "csat", score: 5, respondedAt: at(3), tags: ["vip", "billing"] } as SurveyResponseRecord,
      { id: "R3", ticketId: "T2", type: "csat", score: 4, respondedAt: at(4), tags: ["billing"] } as SurveyResponseRecord,
    ];
    const solved = { id: "T7", createdAt: at(30), status: "solved" as const, resolvedAt: "2024-02-02T10:00:00Z", tags: ["billing", "vip"] };
    const records: SummaryRecord[] = [solved, ...responses];
    const options = { kpis: ["count", "csat", "backlog"], by: "tags", period: "month" } as const;
    const result = summarize(records, options);
    // by hand: T1's latest rating (R2, 5) counts in billing and vip, T2's (R3, 4) in billing;
    // T7 is created in January and solved in February, in both tags
    expect(result.rows.map((r) => [r.group["tags"], r.group["period"], r.n, r.csat.n, r.csat.mean, r.backlog?.created, r.backlog?.resolved, r.backlog?.openAtEnd])).toEqual([
      ["billing", "2024-01", 4, 2, 4.5, 1, 0, 1],
      ["billing", "2024-02", 0, 0, null, 0, 1, 0],
      ["vip", "2024-01", 3, 1, 5, 1, 0, 1],
      ["vip", "2024-02", 0, 0, null, 0, 1, 0],
    ]);
    // the total: four records, two ratings, one ticket created and solved
    expect(result.total).toMatchObject({ n: 4, csat: { n: 2, mean: 4.5 }, backlog: { created: 1, resolved: 1, openAtEnd: 0 } });
    expect(result.total).toEqual(summarize(records, { ...options, by: [] }).total);
    // the kept rating keeps its labels in the saved form, and comes back from it
    const a = createAggregator(options);
    for (const r of records) a.add(r);
    const saved = a.toJSON();
    expect(saved.ratings.find((r) => r.ticketId === "T1")?.group).toEqual([["billing", "vip"], 19723]);
    expect(restoreAggregator(roundTrip(saved)).result()).toEqual(result);
  });

  it("keeps the saved form of ordinary data as it was: no whole, no overlapping", () => {
    const a = createAggregator({ kpis: ["count"], by: "tags" });
    a.add({ id: 1, createdAt: at(1), tags: ["a"] });
    expect(Object.keys(a.toJSON())).toEqual(["format", "version", "options", "added", "groups", "ratings"]);
    a.add({ id: 2, createdAt: at(2), tags: ["a", "b"] });
    expect(a.toJSON()).toMatchObject({ whole: { n: 2, kpis: [{ tickets: 2, surveyResponses: 0 }] }, overlapping: ["tags"] });
  });
});

describe("merging aggregators with labels", () => {
  const options = { kpis: ["count", "csat", { kpi: "firstResponseTime", percentiles: [0.5] }], by: ["channel", "tags"] } as const;
  const feed = (records: readonly TicketRecord[]) => {
    const a = createAggregator(options);
    for (const r of records) a.add(r);
    return a;
  };

  it("merges a part without overlap into one with it, and the other way round, as one pass", () => {
    const whole = summarize(tickets, options);
    const plain = tickets.filter((t) => (t.tags ?? []).length < 2); // T2 T4 T5: one group each
    const labelled = tickets.filter((t) => (t.tags ?? []).length >= 2);
    expect(feed(plain).toJSON()).not.toHaveProperty("whole");
    expect(feed(plain).merge(feed(labelled)).result()).toEqual(whole);
    expect(feed(labelled).merge(feed(plain)).result()).toEqual(whole);
    expect(feed(labelled).merge(restoreAggregator(roundTrip(feed(plain).toJSON()))).result()).toEqual(whole);
    // an aggregator merged into itself counts everything twice, the total included
    const twice = feed(tickets);
    twice.merge(twice);
    expect(twice.result().total.n).toBe(12);
    expect(twice.result().rows.reduce((s, r) => s + r.n, 0)).toBe(16);
  });

  it("counts the values kept in every group and in the whole against maxExactValues", () => {
    const records = [
      { id: 1, createdAt: at(1), tags: ["a", "b"], firstResponseMs: 1_000 },
      { id: 2, createdAt: at(2), tags: ["a", "b"], firstResponseMs: 2_000 },
    ];
    // by hand: one record keeps 3 durations (a, b and the whole); two keep 6
    const exactOf = (max: number, list: typeof records) => summarize(list, { kpis: ["firstResponseTime"], by: "tags", maxExactValues: max }).total.firstResponseTime.exact;
    expect(exactOf(3, records.slice(0, 1))).toBe(true);
    expect(exactOf(5, records)).toBe(false);
    expect(exactOf(6, records)).toBe(true);
    // a first record without labels: its duration is kept again when the whole starts (1 + 1, then 3)
    const first = [{ id: 0, createdAt: at(1), tags: ["a"], firstResponseMs: 500 }, ...records.slice(0, 1)];
    expect(exactOf(4, first)).toBe(false);
    expect(exactOf(5, first)).toBe(true);
    // compact before the first labelled record: the whole starts compact
    expect(summarize(first, { kpis: ["firstResponseTime"], by: "tags", maxExactValues: 0 }).total.firstResponseTime).toMatchObject({ exact: false, n: 2, minMs: 500, maxMs: 1_000 });
  });
});

describe("restoreAggregator with labels", () => {
  const options = { kpis: ["count", "csat"], by: ["channel", "tags"], period: "month" } as const;
  const a = createAggregator(options);
  for (const r of tickets) a.add(r);
  a.add({ id: "R1", ticketId: "T1", type: "csat", score: 4, respondedAt: at(9), tags: ["vip", "billing"] } as SurveyResponseRecord);
  const saved = roundTrip(a.toJSON()) as Record<string, unknown>;
  const restore = (patch: Record<string, unknown>) => inputErrorOf(() => restoreAggregator({ ...saved, ...patch }));
  const ratings = saved["ratings"] as Record<string, unknown>[];

  it("restores the whole and the overlapping dimensions", () => {
    expect(saved["overlapping"]).toEqual(["tags"]);
    expect(restoreAggregator(saved).result()).toEqual(a.result());
  });

  it.each([
    ["a whole without overlapping", { overlapping: undefined }, "json.whole"],
    ["overlapping without a whole", { whole: undefined }, "json.whole"],
    ["a whole that is not an object", { whole: 3 }, "json.whole"],
    ["a whole with a bad count", { whole: { n: -1, kpis: [{ tickets: 0, surveyResponses: 0 }, { scores: {}, known: 0, sent: 0, responded: 0 }] } }, "json.whole.n"],
    ["a whole with too few KPI states", { whole: { n: 1, kpis: [] } }, "json.whole.kpis"],
    ["a whole with a bad KPI state", { whole: { n: 1, kpis: [{ tickets: "x", surveyResponses: 0 }, {}] } }, "json.whole.kpis[0].tickets"],
    ["overlapping that is not a list", { overlapping: "tags" }, "json.overlapping"],
    ["an empty overlapping", { overlapping: [] }, "json.overlapping"],
    ["an unknown dimension", { overlapping: ["team"] }, "json.overlapping"],
    ["a dimension twice", { overlapping: ["tags", "tags"] }, "json.overlapping"],
    ["dimensions out of order", { overlapping: ["tags", "channel"] }, "json.overlapping"],
    ["the period", { overlapping: ["period"] }, "json.overlapping"],
  ])("refuses %s", (_, patch, field) => {
    expect(restore(patch)).toMatchObject({ kpi: "restoreAggregator", field });
  });

  it("refuses a saved rating whose labels are not a sorted list of two or more, or stand where no dimension overlapped", () => {
    const rated = ratings.findIndex((r) => r["ticketId"] === "T1");
    const withGroup = (group: unknown) => ({ ratings: ratings.map((r, i) => (i === rated ? { ...r, group } : r)) });
    expect((ratings[rated] as { group: unknown }).group).toEqual([null, ["billing", "vip"], 19723]);
    for (const group of [[null, ["vip", "billing"], 19723], [null, ["vip"], 19723], [null, ["vip", null], 19723], [["a", "b"], "vip", 19723], [null, "vip", ["a", "b"]], [null, [{}, "b"], 19723]]) {
      expect(restore(withGroup(group))).toMatchObject({ field: `json.ratings[${rated}].group` });
    }
    // a sorted list of mixed labels has the shape of one; it is refused only as its groups are not in the state
    expect(restore(withGroup([null, [1, "b", true], 19723]))).toMatchObject({ field: `json.ratings[${rated}].group`, expected: expect.stringContaining("json.groups has none with key [null,1,19723]") as unknown });
  });

  it("refuses overlapping of a dimension that cannot hold a list: hour of day, a normalized channel", () => {
    const b = createAggregator({ kpis: ["count"], by: ["channel", "hourOfDay"], channel: "normalize" });
    const json = roundTrip(b.toJSON()) as Record<string, unknown>;
    const whole = { n: 0, kpis: [{ tickets: 0, surveyResponses: 0 }] };
    for (const name of ["channel", "hourOfDay"]) {
      expect(inputErrorOf(() => restoreAggregator({ ...json, whole, overlapping: [name] }))).toMatchObject({ field: "json.overlapping" });
    }
  });
});
