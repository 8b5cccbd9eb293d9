/**
 * Labels (a `by` field whose value is a list): each group equals summarize over the records that
 * carry its values, the total equals summarize without `by`, any split merges to one pass, and
 * records without lists give what single values give.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { GroupValue } from "../../records/groupValue.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import type { Aggregator } from "./createAggregator.js";
import { json, mergeSplit, splitsOf } from "./splits.test-util.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { summarize } from "./summarize.js";
import type { SummaryRecord, SummaryRow } from "./types.js";

const START = Date.UTC(2024, 11, 20);
const HOUR = 3_600_000;

/** A tags value: absent, one value, or a list (repeats, empty labels and a number included). */
const tagsValue = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("a", "b", ""),
  fc.array(fc.constantFrom("a", "b", "c", "", 7), { maxLength: 4 }),
);

const ticket = fc
  .record({
    id: fc.integer({ min: 1, max: 40 }),
    channel: fc.constantFrom("chat", "email", undefined),
    tags: tagsValue,
    created: fc.integer({ min: 0, max: 24 * 30 }),
    resolvedAfter: fc.option(fc.integer({ min: 0, max: 24 * 20 }), { nil: undefined }),
    // whole ms: sums are exact in any order, sketches included
    firstResponseMs: fc.option(fc.integer({ min: 0, max: 10 * HOUR }), { nil: undefined }),
    csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  })
  .map((t): TicketRecord => ({
    id: t.id,
    channel: t.channel,
    ...(t.tags === undefined ? {} : { tags: t.tags as string[] }),
    createdAt: START + t.created * HOUR,
    ...(t.resolvedAfter === undefined ? {} : { status: "solved" as const, resolvedAt: START + (t.created + t.resolvedAfter) * HOUR }),
    firstResponseMs: t.firstResponseMs,
    csat: t.csat,
    nps: t.nps,
  }));

/** The groups of the responses that rate ticket `k`: all of them alike, so that filtering keeps a ticket's ratings together. */
const TICKET_TAGS: readonly (readonly unknown[])[] = [["a", "b"], ["b"], [], ["a", "c", "a"], ["c"], ["b", "c"], ["a"]];

const response = fc
  .record({
    id: fc.constantFrom("r", "s", 1, 2),
    ticketId: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    type: fc.constantFrom("csat" as const, "nps" as const),
    score: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    respondedAt: fc.integer({ min: 0, max: 24 * 30 }).map((h) => new Date(START + h * HOUR).toISOString()),
    tags: tagsValue,
  })
  .map(({ ticketId, tags, score, ...r }) => ({
    ...r,
    ...(score === undefined ? {} : { score }),
    ...(ticketId === undefined ? { tags } : { ticketId, tags: TICKET_TAGS[ticketId], channel: ticketId % 2 === 0 ? "chat" : "email" }),
  }) as unknown as SurveyResponseRecord);

const records = fc.array(fc.oneof(ticket, ticket, response), { maxLength: 30 }) as fc.Arbitrary<SummaryRecord[]>;

const options = {
  kpis: ["count", "csat", "nps", { kpi: "firstResponseTime", percentiles: [0.1, 0.5, 0.9] }, "resolutionTime", "resolutionRate", "backlog"],
  period: "week",
  timeZone: "Europe/Amsterdam",
} as const;
const byTags = { ...options, by: ["channel", "tags"] } as const;

/** A record's value of `field` as the rows name it: missing, empty and `""` are `null`. */
const valueOf = (r: SummaryRecord, field: string): GroupValue => {
  const v = (r as unknown as Record<string, unknown>)[field];
  return v === undefined || v === "" ? null : (v as GroupValue);
};

/** The distinct labels of a record's tags (a single value is a list of one), missing ones dropped; `[null]` when none. */
function labelsOf(r: SummaryRecord): GroupValue[] {
  const v = (r as { tags?: unknown }).tags;
  const out: GroupValue[] = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    if (item !== undefined && item !== null && item !== "" && !out.includes(item as GroupValue)) out.push(item as GroupValue);
  }
  return out.length === 0 ? [null] : out;
}

/** A row without its `by` values (the period kept). */
const withoutBy = (row: SummaryRow): SummaryRow => ({ ...row, group: row.group["period"] === undefined ? {} : { period: row.group["period"] } });

test.prop([records])("each channel × tag group's rows equal summarize over the records carrying that channel and tag", (list) => {
  const result = summarize(list, byTags);
  const byGroup = new Map<string, SummaryRow[]>();
  for (const row of result.rows) {
    const key = JSON.stringify([row.group["channel"], row.group["tags"]]);
    byGroup.set(key, [...(byGroup.get(key) ?? []), row]);
  }
  // every channel × label a record carries has rows, and nothing else has
  const expected = new Set(list.flatMap((r) => labelsOf(r).map((tag) => JSON.stringify([valueOf(r, "channel"), tag]))));
  expect(new Set(byGroup.keys())).toEqual(expected);
  for (const [key, rows] of byGroup) {
    const [channel, tag] = JSON.parse(key) as [GroupValue, GroupValue];
    const carrying = list.filter((r) => valueOf(r, "channel") === channel && labelsOf(r).includes(tag));
    expect(rows.map(withoutBy)).toEqual(summarize(carrying, options).rows.map(withoutBy));
  }
});

test.prop([records])("the total equals summarize without by, and overlapping names tags exactly when a record has two labels", (list) => {
  const result = summarize(list, byTags);
  expect(result.total).toEqual(summarize(list, options).total);
  const overlaps = list.some((r) => labelsOf(r).length > 1);
  expect(result.overlapping).toEqual(overlaps ? ["tags"] : undefined);
  expect("overlapping" in result).toBe(overlaps);
});

const splits = splitsOf(records);

for (const o of [byTags, { ...byTags, maxExactValues: 12 }, { ...byTags, by: "tags", ratingPolicy: "first", period: "month" }] as const) {
  test.prop([splits])(`merging any split in any order equals one pass, through JSON or not (${JSON.stringify(o.by)}, budget ${"maxExactValues" in o ? o.maxExactValues : "default"})`, (split) => {
    const whole = summarize(split[0], o);
    const { sent, folded } = mergeSplit(split, o);
    expect(folded.result()).toEqual(whole);
    expect(restoreAggregator(json(folded)).result()).toEqual(whole);
    // merged pairwise from the right, into the last part
    const last = sent[sent.length - 1] as Aggregator;
    for (let i = sent.length - 2; i >= 0; i--) last.merge(sent[i] as Aggregator);
    expect(last.result()).toEqual(whole);
  });
}

/** Records whose tags are single values (or missing): no lists anywhere. */
const singleValued = records.map((list) => list.map((r) => (Array.isArray((r as { tags?: unknown }).tags) ? { ...r, tags: labelsOf(r)[0] } : r)) as SummaryRecord[]);

test.prop([singleValued])("records without lists give what they gave: rows that add up to the total, no overlapping, no whole", (list) => {
  const result = summarize(list, byTags);
  expect(Object.keys(result)).toEqual(["rows", "total"]);
  expect(result.rows.reduce((s, r) => s + r.n, 0)).toBe(result.total.n);
  expect(result.rows.reduce((s, r) => s + r.csat.n, 0)).toBe(result.total.csat.n);
  // lists of one value, and a function giving the value, group alike
  const asLists = list.map((r) => ({ ...r, tags: (r as { tags?: unknown }).tags === undefined ? [] : [(r as { tags?: unknown }).tags] })) as SummaryRecord[];
  expect(summarize(asLists, byTags)).toEqual(result);
  expect(summarize(list, { ...options, by: ["channel", { name: "tags", key: (r) => (r as { tags?: string }).tags }] })).toEqual(result);
  const a = mergeSplit([list, list.map(() => 0), [0], [false]], byTags).folded;
  expect(Object.keys(a.toJSON())).toEqual(["format", "version", "options", "added", "groups", "ratings"]);
});
