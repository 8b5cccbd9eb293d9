/**
 * `sdMs` of the duration KPIs: worked examples, the same value from kept durations and from a
 * sketch, large durations with a small spread, and aggregators saved before the field existed.
 */
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import type { TicketRecord } from "../../records/types.js";
import { createAggregator } from "../summarize/createAggregator.js";
import { restoreAggregator } from "../summarize/restoreAggregator.js";
import { summarize } from "../summarize/summarize.js";
import type { DurationSummary } from "./_lib/durations.js";
import { addMoment, createMoments, mergeMoments, sampleSd, savedMomentsOf } from "./_lib/moments.js";
import { twoPassSd } from "./_lib/sd.test-util.js";

const M = 60_000;
const tickets = (handle: readonly number[]): TicketRecord[] => handle.map((handleMs, i) => ({ id: i + 1, createdAt: "2026-03-02T09:00:00Z", handleMs }));
const sdOf = (handle: readonly number[], maxExactValues?: number): number | null =>
  summarize(tickets(handle), { kpis: ["handleTime"], ...(maxExactValues === undefined ? {} : { maxExactValues }) }).total.handleTime.sdMs;

describe("sdMs of the duration KPIs", () => {
  it("is the sample standard deviation (n − 1): 1, 2 and 3 minutes give 1 minute exactly", () => {
    // mean 120 000; deviations −60 000, 0, 60 000; squares sum to 7.2e9; / (3 − 1) = 3.6e9; √ = 60 000
    expect(sdOf([M, 2 * M, 3 * M])).toBe(60_000);
    expect(sdOf([M, 2 * M, 3 * M], 0)).toBe(60_000);
  });

  it("matches R's sd(c(2, 4, 4, 4, 5, 5, 7, 9)) = 2.13809 (minutes): √(32 / 7)", () => {
    // mean 5; squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; sample variance 32 / 7
    const minutes = [2, 4, 4, 4, 5, 5, 7, 9];
    const sd = sdOf(minutes.map((m) => m * M)) as number;
    expect(sd / M).toBeCloseTo(2.13809, 5);
    expect(sd).toBeCloseTo(Math.sqrt(32 / 7) * M, 6);
  });

  it("is null with no duration or one, and 0 for equal durations", () => {
    expect(sdOf([])).toBeNull();
    expect(sdOf([5 * M])).toBeNull();
    expect(sdOf([5 * M], 0)).toBeNull();
    expect(sdOf([7 * M, 7 * M, 7 * M])).toBe(0);
    expect(summarize([{ id: 1, createdAt: "2026-03-02T09:00:00Z" }], { kpis: ["firstResponseTime", "resolutionTime", "nextReplyTime", "surveyDelay"] }).total).toMatchObject({
      firstResponseTime: { n: 0, sdMs: null },
      resolutionTime: { n: 0, sdMs: null },
      nextReplyTime: { n: 0, sdMs: null },
      surveyDelay: { n: 0, sdMs: null },
    });
  });

  it("is the same to the bit from a sketch as from the kept durations", () => {
    const handle = [0, 1, 2.5, 30 * M, 61 * M, 3.7e8, 1e10, 123_456.789];
    const exact = sdOf(handle) as number;
    expect(sdOf(handle, 0)).toBe(exact);
    expect(sdOf(handle, 3)).toBe(exact);
    expect(exact).toBeCloseTo(twoPassSd(handle) as number, 0);
    expect(Math.abs(exact / (twoPassSd(handle) as number) - 1)).toBeLessThan(1e-12);
  });

  it("keeps a small spread of durations near 1e10 ms (no cancellation)", () => {
    // 1e10, 1e10 + 1, 1e10 + 2 ms: sd 1 ms exactly; Σx² − (Σx)²/n in doubles would lose it all
    const big = [1e10, 1e10 + 1, 1e10 + 2];
    expect(sdOf(big)).toBe(1);
    expect(sdOf(big, 0)).toBe(1);
    const naive = Math.sqrt((big.reduce((s, x) => s + x * x, 0) - big.reduce((s, x) => s + x, 0) ** 2 / 3) / 2);
    expect(naive).not.toBe(1); // the one-pass textbook formula in doubles fails here
    // 100 000 durations of 1e10 + 0…999 ms, kept and sketched, against the two-pass reference
    const many = Array.from({ length: 100_000 }, (_, i) => 1e10 + ((i * 7919) % 1000));
    const ref = twoPassSd(many) as number;
    for (const sd of [sdOf(many), sdOf(many, 0)]) expect(Math.abs((sd as number) / ref - 1)).toBeLessThanOrEqual(1e-9);
  });

  it("sums whole durations exactly across the fast limbs and the bigints", () => {
    // just below 2^50 the limbs take them (and fill, moving to bigints); at 2^50 and above, and fractions, bigints
    const xs = [2 ** 50 - 1, 2 ** 50 - 3, 2 ** 50, 2 ** 52 + 4, 0.5, 1, 2 ** 50 - 1, ...Array.from({ length: 200 }, (_, i) => 2 ** 50 - 1 - i)];
    const m = createMoments();
    for (const x of xs) addMoment(m, x);
    // exact reference: every x·2 is whole, sums in bigint at scale 1
    const whole = xs.map((x) => BigInt(x * 2));
    const sum = whole.reduce((s, x) => s + x, 0n);
    const sumSq = whole.reduce((s, x) => s + x * x, 0n);
    expect(savedMomentsOf(m)).toEqual({ sum: sum.toString(), sumSq: sumSq.toString(), scale: 1 });
    // merged in two halves, in either order: the same saved sums and sd
    const a = createMoments();
    const b = createMoments();
    xs.forEach((x, i) => addMoment(i % 2 === 0 ? a : b, x));
    const ab = createMoments();
    mergeMoments(ab, a);
    mergeMoments(ab, b);
    const ba = createMoments();
    mergeMoments(ba, b);
    mergeMoments(ba, a);
    expect(savedMomentsOf(ab)).toEqual(savedMomentsOf(m));
    expect(savedMomentsOf(ba)).toEqual(savedMomentsOf(m));
    expect(sampleSd(ab, xs.length)).toBe(sampleSd(m, xs.length));
  });
});

describe("sdMs in saved aggregators", () => {
  const handle = [M, 2 * M, 3 * M, 10 * M];
  const saved = (maxExactValues: number): Record<string, unknown> => {
    const a = createAggregator({ kpis: ["handleTime"], maxExactValues });
    for (const t of tickets(handle)) a.add(t);
    return JSON.parse(JSON.stringify(a.toJSON())) as Record<string, unknown>;
  };
  const kpiState = (json: Record<string, unknown>): Record<string, unknown> => ((json["groups"] as { kpis: unknown[] }[])[0] as { kpis: unknown[] }).kpis[0] as Record<string, unknown>;

  it("saves kept durations as before (the sums come again from them) and a sketch with its exact sums", () => {
    expect(kpiState(saved(1_000))).toEqual(handle);
    const sketched = kpiState(saved(0));
    // Σx = 16 min = 960 000; Σx² = (1 + 4 + 9 + 100) min² = 114 · 3.6e9
    expect(sketched["moments"]).toEqual({ sum: "960000", sumSq: "410400000000", scale: 0 });
    const ref = twoPassSd(handle) as number;
    for (const max of [1_000, 0]) expect(Math.abs(((restoreAggregator(saved(max)).result().total["handleTime"] as DurationSummary).sdMs as number) / ref - 1)).toBeLessThan(1e-12);
  });

  it("restores a sketch saved before sdMs existed (no moments) with sdMs null, everything else as saved", () => {
    const json = saved(0);
    const state = kpiState(json);
    delete state["moments"];
    const restored = restoreAggregator(json).result().total["handleTime"] as DurationSummary;
    expect(restored.sdMs).toBeNull();
    expect({ ...restored, sdMs: 0 }).toEqual({ ...(restoreAggregator(saved(0)).result().total["handleTime"] as DurationSummary), sdMs: 0 });
    // merged with newer states, the sums stay unknown
    const fresh = createAggregator({ kpis: ["handleTime"], maxExactValues: 0 });
    fresh.add(tickets([M])[0] as TicketRecord);
    fresh.merge(restoreAggregator(json));
    expect(fresh.result().total.handleTime).toMatchObject({ n: 5, sdMs: null });
  });

  it("names saved sums that are not whole numbers ≥ 0, or that no durations can have", () => {
    const error = (moments: unknown): string => {
      const json = saved(0);
      kpiState(json)["moments"] = moments;
      try {
        restoreAggregator(json);
      } catch (e) {
        if (isKpiInputError(e)) return e.field;
        throw e;
      }
      return "no error";
    };
    expect(error({ sum: "960000", sumSq: "410400000000", scale: 0 })).toBe("no error");
    expect(error({ sum: "-1", sumSq: "410400000000", scale: 0 })).toMatch(/moments\.sum$/);
    expect(error({ sum: 960000, sumSq: "410400000000", scale: 0 })).toMatch(/moments\.sum$/);
    expect(error({ sum: "960000", sumSq: "1.5", scale: 0 })).toMatch(/moments\.sumSq$/);
    expect(error({ sum: "960000", sumSq: "410400000000", scale: -1 })).toMatch(/moments\.scale$/);
    // a variance below 0: n·Σx² < (Σx)²
    expect(error({ sum: "960000", sumSq: "1", scale: 0 })).toMatch(/moments\.sumSq$/);
    // a mean above the longest duration (10 min)
    expect(error({ sum: "96000000", sumSq: "4104000000000000", scale: 0 })).toMatch(/moments\.sum$/);
    expect(error("960000")).toMatch(/moments$/);
  });
});
