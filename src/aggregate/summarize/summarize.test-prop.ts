import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { createAggregator, type Aggregator } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { splitsOf, json, mergeSplit } from "./splits.test-util.js";
import { summarize } from "./summarize.js";
import type { SummaryRecord } from "./types.js";

const START = Date.UTC(2024, 11, 20); // around a year boundary and ISO week 2025-W01
const HOUR = 3_600_000;

const ticket: fc.Arbitrary<TicketRecord> = fc
  .record({
    id: fc.integer({ min: 1, max: 40 }),
    channel: fc.constantFrom("chat", "email", "Phone", undefined),
    created: fc.integer({ min: 0, max: 24 * 30 }),
    resolvedAfter: fc.option(fc.integer({ min: 0, max: 24 * 20 }), { nil: undefined }),
    firstResponseMs: fc.option(fc.oneof(fc.integer({ min: 0, max: 10 * HOUR }), fc.double({ min: 0, max: 1e7, noNaN: true })), { nil: undefined }),
    csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    surveySent: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((t) => ({
    id: t.id,
    channel: t.channel,
    createdAt: START + t.created * HOUR,
    ...(t.resolvedAfter === undefined ? {} : { status: "solved" as const, resolvedAt: START + (t.created + t.resolvedAfter) * HOUR }),
    firstResponseMs: t.firstResponseMs,
    csat: t.csat,
    nps: t.nps,
    // a scored ticket had a survey sent
    surveySent: t.surveySent === false && (t.csat !== undefined || t.nps !== undefined) ? true : t.surveySent,
  }));

const response: fc.Arbitrary<SurveyResponseRecord> = fc.record(
  {
    id: fc.constantFrom("a", "b", 1, 2),
    ticketId: fc.integer({ min: 1, max: 6 }),
    type: fc.constantFrom("csat" as const, "nps" as const),
    score: fc.integer({ min: 1, max: 5 }),
    respondedAt: fc.integer({ min: 0, max: 5 }).map((h) => new Date(START + h * HOUR).toISOString()),
    channel: fc.constantFrom("chat", "email"),
  },
  { requiredKeys: ["type"] },
);

const records = fc.array(fc.oneof(ticket, ticket, response), { maxLength: 40 }) as fc.Arbitrary<SummaryRecord[]>;

const options = {
  kpis: ["count", "csat", "nps", { kpi: "firstResponseTime", percentiles: [0.1, 0.5, 0.9] }, "resolutionTime", "resolutionRate", "backlog"],
  by: "channel",
  period: "week",
  timeZone: "Europe/Amsterdam",
} as const;
const optionsFirst = { ...options, period: "month", ratingPolicy: "first", channel: "normalize" } as const;

const splits = splitsOf(records);

for (const o of [options, optionsFirst]) {
  test.prop([splits])(`merging any split in any order equals one pass, through JSON or not (period ${o.period})`, (split) => {
    const whole = summarize(split[0], o);
    const { sent, folded } = mergeSplit(split, o);
    expect(folded.result()).toEqual(whole);
    // merged pairwise from the right, into the last part
    const last = sent[sent.length - 1] as Aggregator;
    for (let i = sent.length - 2; i >= 0; i--) last.merge(sent[i] as Aggregator);
    expect(last.result()).toEqual(whole);
  });
}

test.prop([records])("a JSON round trip gives the same result", (list) => {
  const a = createAggregator(options);
  for (const r of list) a.add(r);
  expect(restoreAggregator(json(a)).result()).toEqual(a.result());
  expect(restoreAggregator(json(a), options).result()).toEqual(a.result());
});

test.prop([records])("the rows' counts add up to the total's", (list) => {
  const { rows, total } = summarize(list, options);
  const sum = (f: (r: (typeof rows)[number]) => number): number => rows.reduce((s, r) => s + f(r), 0);
  expect(total.n).toBe(list.length);
  expect(sum((r) => r.n)).toBe(total.n);
  expect(sum((r) => r.csat.n)).toBe(total.csat.n);
  expect(sum((r) => r.nps.n)).toBe(total.nps.n);
  expect(sum((r) => r.firstResponseTime.n)).toBe(total.firstResponseTime.n);
  expect(sum((r) => r.resolutionRate.n)).toBe(total.resolutionRate.n);
  expect(sum((r) => r.backlog?.created ?? 0)).toBe(total.backlog?.created);
  expect(sum((r) => r.backlog?.resolved ?? 0)).toBe(total.backlog?.resolved);
  expect(sum((r) => r.csat.responseRate?.n ?? 0)).toBe(total.csat.responseRate?.n ?? 0);
});

test.prop([records.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length, maxLength: l.length })))])(
  "the order of the records changes nothing",
  ([list, shuffled]) => {
    expect(summarize(shuffled, options)).toEqual(summarize(list, options));
    expect(summarize(shuffled, optionsFirst)).toEqual(summarize(list, optionsFirst));
  },
);
