import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { durationStats } from "../../operations/durationStats/durationStats.js";
import { QUANTILE_METHODS, type QuantileMethod } from "../../stats/quantile/methods.js";
import { DDSketch } from "../../stats/sketch/ddSketch.js";
import type { TicketRecord } from "../../records/types.js";
import { createAggregator } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { json, mergeSplit, splitsOf } from "./splits.test-util.js";
import { summarize } from "./summarize.js";
import type { DurationSummary } from "./types.js";

const START = Date.UTC(2025, 0, 1);
const HOUR = 3_600_000;

// Whole milliseconds: sums of integers below 2^53 are exact in any order, so even the sketch's
// mean is the same whatever the order of adding and merging.
const ticket: fc.Arbitrary<TicketRecord> = fc
  .record({
    id: fc.integer({ min: 1, max: 1e6 }),
    channel: fc.constantFrom("chat", "email", "phone"),
    day: fc.integer({ min: 0, max: 60 }),
    firstResponseMs: fc.option(fc.integer({ min: 0, max: 50 * HOUR }), { nil: undefined }),
    resolutionMs: fc.option(fc.integer({ min: 1, max: 900 * HOUR }), { nil: undefined }),
  })
  .map((t) => ({
    id: t.id,
    channel: t.channel,
    createdAt: START + t.day * 24 * HOUR,
    firstResponseMs: t.firstResponseMs,
    ...(t.resolutionMs === undefined ? {} : { status: "solved" as const, resolvedAt: START + t.day * 24 * HOUR + t.resolutionMs }),
  }));
const tickets = fc.array(ticket, { maxLength: 60 });
const budget = fc.integer({ min: 0, max: 40 });
const method = fc.constantFrom(...QUANTILE_METHODS);

const optionsOf = (maxExactValues: number, m: QuantileMethod = "linear") =>
  ({
    kpis: ["count", { kpi: "firstResponseTime", percentiles: [0, 0.1, 0.5, 0.9, 0.99, 1], method: m }, { kpi: "resolutionTime", method: m }],
    by: "channel",
    period: "month",
    maxExactValues,
  }) as const;


/** Durations the aggregator would keep: one per first response and per resolution. */
const valuesIn = (list: readonly TicketRecord[]): number =>
  list.reduce((k, t) => k + (t.firstResponseMs === undefined ? 0 : 1) + (t.resolvedAt === undefined ? 0 : 1), 0);

test.prop([splitsOf(tickets, 4), budget])("with a budget, merging any split in any order (through JSON or not) equals one pass", (split, b) => {
  const o = optionsOf(b);
  const whole = summarize(split[0], o);
  const { folded } = mergeSplit(split, o);
  expect(folded.result()).toEqual(whole);
  expect(restoreAggregator(json(folded)).result()).toEqual(whole);
});

test.prop([tickets, budget, method])(
  "exact within the budget; beyond it every percentile within 1 % of the exact one, counts, min and max exact",
  (list, b, m) => {
    const approximate = summarize(list, optionsOf(b, m));
    const exact = summarize(list, optionsOf(Number.MAX_SAFE_INTEGER, m));
    const isExact = valuesIn(list) <= b;
    const rows = [...approximate.rows, approximate.total];
    const exactRows = [...exact.rows, exact.total];
    rows.forEach((row, r) => {
      for (const kpi of ["firstResponseTime", "resolutionTime"] as const) {
        const got = row[kpi] as DurationSummary;
        const want = exactRows[r]?.[kpi] as DurationSummary;
        if (isExact || got.n === 0) {
          expect(got).toEqual(want);
          continue;
        }
        expect(got.exact).toBe(false);
        expect(got.relativeError).toBe(0.01);
        expect([got.n, got.minMs, got.maxMs]).toEqual([want.n, want.minMs, want.maxMs]);
        expect(got.meanMs).toBe(want.meanMs); // whole ms: the sum is exact
        const pairs: [number | null, number | null][] = [[got.medianMs, want.medianMs], ...Object.keys(want.percentiles).map((k): [number | null, number | null] => [got.percentiles[k] ?? null, want.percentiles[k] ?? null])];
        for (const [a, e] of pairs) expect(Math.abs((a as number) - (e as number))).toBeLessThanOrEqual(0.01 * (e as number) * (1 + 1e-12));
      }
    });
  },
);

describe("maxExactValues", () => {
  it("keeps the state's size bounded once spent, whatever the number of records", () => {
    const bins = [2_000, 50_000].map((n) => {
      const a = createAggregator({ kpis: [{ kpi: "firstResponseTime" }], maxExactValues: 100 });
      for (let i = 0; i < n; i++) a.add({ id: i, createdAt: START, firstResponseMs: 1_000 + ((i * 7919) % 100_000) * 36 });
      const saved = a.toJSON().groups[0]?.kpis[0] as { sketch: { positive: unknown[] } };
      return saved.sketch.positive.length;
    });
    // values from 1 s to 1 h: at most ⌈ln(3600) / ln γ⌉ + 1 = 410 buckets of γ = 1.01/0.99, whatever n
    const bound = Math.ceil(Math.log(3_600) / Math.log(1.01 / 0.99)) + 1;
    for (const b of bins) expect(b).toBeLessThanOrEqual(bound);
    const exact = createAggregator({ kpis: [{ kpi: "firstResponseTime" }], maxExactValues: 50_000 });
    for (let i = 0; i < 50_000; i++) exact.add({ id: i, createdAt: START, firstResponseMs: 1_000 + ((i * 7919) % 100_000) * 36 });
    expect(exact.toJSON().groups[0]?.kpis[0]).toHaveLength(50_000);
  });

  it("defaults to a million values, saved with the options", () => {
    expect(createAggregator({ kpis: ["count"] }).toJSON().options["maxExactValues"]).toBe(1_000_000);
  });

  it("matches durationStats on the sketch's own rank rule (the 'lower' method picks the bucket of the exact order statistic)", () => {
    // 1..1000 ms with a budget of 0: every "lower" quantile is a bucket representative of the exact value.
    const a = createAggregator({ kpis: [{ kpi: "firstResponseTime", method: "lower", percentiles: [0.5, 0.9] }], maxExactValues: 0 });
    const ms = Array.from({ length: 1000 }, (_, i) => i + 1);
    for (const v of ms) a.add({ id: v, createdAt: START, firstResponseMs: v });
    const got = a.result().total["firstResponseTime"] as DurationSummary;
    const want = durationStats(ms, { method: "lower", percentiles: [0.5, 0.9] });
    expect(got.exact).toBe(false);
    // exact p50 is 500, p90 900; γ = 1.01/0.99, bucket of 500 is ⌈ln 500 / ln γ⌉ = 311, represented by 2γ^311/(γ + 1)
    const gamma = 1.01 / 0.99;
    const representative = (x: number) => (2 * gamma ** Math.ceil(Math.log(x) / Math.log(gamma))) / (gamma + 1);
    expect(got.percentiles["p50"]).toBeCloseTo(representative(want.percentiles["p50"] as number), 9);
    expect(got.percentiles["p90"]).toBeCloseTo(representative(want.percentiles["p90"] as number), 9);
    expect(got.meanMs).toBe(500.5);
  });

  it("rejects what is not a whole number ≥ 0, and a damaged saved sketch", () => {
    for (const bad of [-1, 1.5, Number.NaN, "10", Infinity]) {
      expect(inputErrorOf(() => createAggregator({ kpis: ["count"], maxExactValues: bad as number }))).toMatchObject({ field: "options.maxExactValues", value: bad });
    }
    const a = createAggregator({ kpis: ["firstResponseTime"], maxExactValues: 0 });
    a.add({ id: 1, createdAt: START, firstResponseMs: 5 });
    const saved = a.toJSON() as unknown as { groups: { kpis: { sketch: Record<string, unknown> }[] }[] };
    const damaged = (change: (s: Record<string, unknown>) => void) => {
      const copy = structuredClone(saved);
      change(copy.groups[0]!.kpis[0]!.sketch);
      return inputErrorOf(() => restoreAggregator(copy));
    };
    expect(damaged((s) => (s["count"] = -1))).toMatchObject({ kpi: "restoreAggregator", field: expect.stringMatching(/^json\.groups\[0\]\.kpis\[0\]\.sketch/) });
    const other = DDSketch.create({ relativeAccuracy: 0.02 }).add(5).toJSON();
    expect(damaged((s) => Object.assign(s, other))).toMatchObject({ field: "json.groups[0].kpis[0].sketch.relativeAccuracy", value: 0.02 });
    const negative = DDSketch.create().add(-5).toJSON();
    expect(damaged((s) => Object.assign(s, negative))).toMatchObject({ field: "json.groups[0].kpis[0].sketch.min", value: -5 });
  });
});

describe("summarize over streams", () => {
  const list = Array.from({ length: 500 }, (_, i) => ({ id: i, channel: i % 3 === 0 ? "chat" : "email", createdAt: START + i * HOUR, firstResponseMs: (i * 7919) % 100_000, csat: 1 + (i % 5) }));
  const options = { kpis: ["count", "csat", "firstResponseTime"], by: "channel", period: "week" } as const;

  it("reads a generator lazily, one record at a time, and equals the array form", () => {
    let pulled = 0;
    function* records() {
      for (const r of list) {
        pulled++;
        yield r;
      }
    }
    expect(summarize(records(), options)).toEqual(summarize(list, options));
    expect(pulled).toBe(list.length);
  });

  it("takes an async iterable and gives a promise of the same result", async () => {
    async function* records() {
      for (const r of list) yield r;
    }
    const result = summarize(records(), options);
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toEqual(summarize(list, options));
  });

  it("names the record an async stream fails on, and rejects what is not iterable", async () => {
    async function* bad() {
      yield list[0] as TicketRecord;
      yield { id: "x", createdAt: "yesterday" } as never;
    }
    await expect(summarize(bad(), options)).rejects.toMatchObject({ field: "records.createdAt", index: 1, recordId: "x" });
    for (const value of [5, null, "abc", { a: 1 }]) expect(inputErrorOf(() => summarize(value as never, options))).toMatchObject({ field: "records", value });
  });
});
