import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { Call } from "../../records/call.js";
import { randomCalls, seeded, wilsonPercent } from "../_lib/reference.test-util.js";
import { abandonmentRate, type AbandonmentRateOptions } from "./abandonmentRate.js";

const S = 1000;
const many = (count: number, outcome: Call["outcome"], waitMs: (i: number) => number): Call[] =>
  Array.from({ length: count }, (_, i) => ({ waitMs: waitMs(i), outcome }));

/** Independent computation: filter the abandoned calls, drop the short ones from both sides. */
function naive(calls: readonly Call[], short: number | undefined): [number, number] {
  // an unknown wait is never short: as if it were longer than any threshold
  const isShort = (c: Call) => c.outcome === "abandoned" && short !== undefined && (c.waitMs ?? Number.POSITIVE_INFINITY) < short;
  const kept = calls.filter((c) => !isShort(c));
  return [kept.filter((c) => c.outcome === "abandoned").length, kept.length];
}

describe("abandonmentRate", () => {
  it("reproduces the TSDoc example literally", () => {
    const calls = [
      { waitMs: 12_000, outcome: "answered" },
      { waitMs: 40_000, outcome: "answered" },
      { waitMs: 95_000, outcome: "answered" },
      { waitMs: 2_000, outcome: "abandoned" },
      { waitMs: 70_000, outcome: "abandoned" },
    ] as const;
    const all = abandonmentRate(calls);
    expect(all).toMatchObject({ value: 40, n: 5, abandoned: 2, shortAbandoned: 0 });
    expect(all.ci).toEqual({ lower: expect.closeTo(11.762077, 5), upper: expect.closeTo(76.927572, 5), level: 0.95 });
    const withShort = abandonmentRate(calls, { shortAbandonMs: 5_000 });
    expect(withShort).toMatchObject({ value: 25, n: 4, abandoned: 1, shortAbandoned: 1 });
    expect(withShort.ci).toEqual({ lower: expect.closeTo(4.558726, 5), upper: expect.closeTo(69.935816, 5), level: 0.95 });
    expect([all.unknownWait, withShort.unknownWait]).toEqual([0, 0]);
    // A sixth call abandoned without a wait: (3 − 1) / (6 − 1) = 40 %.
    expect(abandonmentRate([...calls, { outcome: "abandoned" }], { shortAbandonMs: 5_000 })).toMatchObject({ value: 40, n: 5, abandoned: 2, shortAbandoned: 1, unknownWait: 1 });
  });

  it("matches Call Centre Helper's example: 100 offered, 95 handled → 5 %", () => {
    // Call Centre Helper, "How to Measure Call Abandon Rate": ((offered − handled) / offered) × 100
    // = ((100 − 95) / 100) × 100 = 5 %.
    const calls = [...many(95, "answered", (i) => i * 700), ...many(5, "abandoned", (i) => 30 * S + i * S)];
    expect(abandonmentRate(calls)).toMatchObject({ value: 5, n: 100, abandoned: 5 });
  });

  it("leaves ICMI's 10 abandons under 5 s out of both sides: 50 / 1,050 instead of 60 / 1,060", () => {
    // ICMI "Service Level Calculations" data: 1,000 answered, 60 abandoned, 10 of them within 5 s.
    // Call Centre Helper: it is common practice to exclude calls abandoned in the first five
    // seconds. By hand: 60 / 1,060 = 5.660 %; (60 − 10) / (1,060 − 10) = 50 / 1,050 = 4.762 %.
    const calls = [...many(1000, "answered", (i) => i * 40), ...many(10, "abandoned", (i) => i * 499), ...many(50, "abandoned", (i) => 5 * S + i * 3 * S)];
    expect(abandonmentRate(calls).value).toBeCloseTo((60 * 100) / 1060, 12);
    const r = abandonmentRate(calls, { shortAbandonMs: 5 * S });
    expect(r).toMatchObject({ n: 1050, abandoned: 50, shortAbandoned: 10 });
    expect(r.value!.toFixed(3)).toBe("4.762");
  });

  it("treats short abandons as Cisco's short calls: neither offered nor abandoned", () => {
    // Cisco ICM (abandoned call wait time, e.g. 10 s): a caller who hangs up within it is not
    // counted as offered or as abandoned. 8 answered + 2 abandoned at 30 s + 3 hang-ups at 4 s
    // → 2 / 10 = 20 %, exactly as if the 3 hang-ups never called.
    const real = [...many(8, "answered", (i) => i * S), ...many(2, "abandoned", () => 30 * S)];
    const withHangUps = [...real, ...many(3, "abandoned", () => 4 * S)];
    const r = abandonmentRate(withHangUps, { shortAbandonMs: 10 * S });
    const { shortAbandoned, ...rest } = r;
    const { shortAbandoned: none, ...plain } = abandonmentRate(real);
    expect([shortAbandoned, none]).toEqual([3, 0]);
    expect(rest).toEqual(plain);
    expect(r.value).toBe(20);
  });

  it("counts a short abandon strictly below shortAbandonMs, and never an answered call", () => {
    const calls: Call[] = [
      { waitMs: 1_000, outcome: "answered" },
      { waitMs: 4_999, outcome: "abandoned" },
      { waitMs: 5_000, outcome: "abandoned" },
    ];
    expect(abandonmentRate(calls, { shortAbandonMs: 5_000 })).toMatchObject({ n: 2, abandoned: 1, shortAbandoned: 1, value: 50 });
    expect(abandonmentRate(calls, { shortAbandonMs: 0 })).toMatchObject({ n: 3, abandoned: 2, shortAbandoned: 0 });
  });

  it("gives null value and interval with nothing left to count", () => {
    expect(abandonmentRate([])).toEqual({ value: null, n: 0, abandoned: 0, shortAbandoned: 0, unknownWait: 0, ci: null });
    expect(abandonmentRate([{ waitMs: 1_000, outcome: "abandoned" }], { shortAbandonMs: 5_000 })).toEqual({ value: null, n: 0, abandoned: 0, shortAbandoned: 1, unknownWait: 0, ci: null });
    expect(abandonmentRate([{ waitMs: 1_000, outcome: "answered" }])).toMatchObject({ value: 0, n: 1 });
  });

  it("agrees with an independent computation on random calls, interval included", () => {
    const random = seeded(7);
    for (let run = 0; run < 60; run++) {
      const calls = randomCalls(random, Math.floor(random() * 250));
      const short = random() < 0.3 ? undefined : Math.floor(random() * 20_000);
      const [x, n] = naive(calls, short);
      const r = abandonmentRate(calls, { shortAbandonMs: short });
      expect([r.abandoned, r.n]).toEqual([x, n]);
      if (n > 0) {
        expect(r.value).toBeCloseTo((100 * x) / n, 10);
        expect(r.ci!.lower).toBeCloseTo(wilsonPercent(x, n).lower, 8);
        expect(r.ci!.upper).toBeCloseTo(wilsonPercent(x, n).upper, 8);
      }
    }
  });

  it("accepts any iterable, ignores other fields, and keeps order and input untouched", () => {
    const calls: Call[] = [
      { waitMs: 3_000, outcome: "abandoned" },
      { waitMs: 8_000, outcome: "answered" },
      { waitMs: 61_000, outcome: "abandoned" },
    ];
    const before = JSON.stringify(calls);
    const expected = abandonmentRate(calls, { shortAbandonMs: 5_000 });
    expect(abandonmentRate(new Set(calls), { shortAbandonMs: 5_000 })).toEqual(expected);
    expect(abandonmentRate([...calls].reverse().map((c) => ({ ...c, queue: "sales" })), { shortAbandonMs: 5_000 })).toEqual(expected);
    expect(Object.keys(expected)).toEqual(["value", "n", "abandoned", "shortAbandoned", "unknownWait", "ci"]);
    expect(JSON.stringify(calls)).toBe(before);
  });

  it.each([
    [[7], "calls", 0, 7],
    [[{ waitMs: 1, outcome: "answered" }, { waitMs: -5, outcome: "abandoned" }], "calls.waitMs", 1, -5],
    [[{ waitMs: Number.NaN, outcome: "abandoned" }], "calls.waitMs", 0, Number.NaN],
    [[{ waitMs: 1, outcome: "abandoned" }, { waitMs: 1, outcome: "answered" }, { waitMs: 1, outcome: "dropped" }], "calls.outcome", 2, "dropped"],
  ])("rejects calls %j with field %s at index %i", (calls, field, index, value) => {
    const e = inputErrorOf(() => abandonmentRate(calls as Call[]));
    expect(e).toMatchObject({ kpi: "abandonmentRate", field, index });
    expect(e.value).toEqual(value);
  });

  it.each([
    [{ shortAbandonMs: -1 }, "options.shortAbandonMs", -1],
    [{ shortAbandonMs: Number.POSITIVE_INFINITY }, "options.shortAbandonMs", Number.POSITIVE_INFINITY],
    [{ shortAbandonMs: "5000" }, "options.shortAbandonMs", "5000"],
    [{ confidence: 2 }, "options.confidence", 2],
  ])("rejects options %o with field %s", (options, field, value) => {
    const e = inputErrorOf(() => abandonmentRate([], options as unknown as AbandonmentRateOptions));
    expect(e).toMatchObject({ kpi: "abandonmentRate", field, index: undefined, value });
  });

  it("rejects a non-iterable calls argument and non-object options", () => {
    expect(inputErrorOf(() => abandonmentRate(5 as never))).toMatchObject({ field: "calls" });
    expect(inputErrorOf(() => abandonmentRate([], null as never))).toMatchObject({ field: "options" });
  });
});
