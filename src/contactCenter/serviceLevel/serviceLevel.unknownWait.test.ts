/**
 * Abandoned calls without a wait (SPEC §8a): a late abandon under every formula, counted in
 * `unknownWait`. Expected values computed by hand in each test.
 */
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { Call } from "../../records/call.js";
import { dropAbandonedWaits, randomCalls, seeded } from "../_lib/reference.test-util.js";
import { SERVICE_LEVEL_FORMULAS, serviceLevel } from "./serviceLevel.js";

const S = 1000;
const T = 20 * S;
const SHORT = 5 * S;

/**
 * Ten calls, T = 20 s, short abandons under 5 s. Answered after 4, 12, 18, 20, 25, 40 s
 * (4 within); abandoned after 2 s (within, short) and 15 s (within), and 2 abandoned without a
 * wait. Offered 10, answered 6, abandoned 4, abandoned within 2, short 1, unknown wait 2.
 */
const answered: Call[] = [4, 12, 18, 20, 25, 40].map((s) => ({ waitMs: s * S, outcome: "answered" }));
const timedAbandons: Call[] = [2, 15].map((s) => ({ waitMs: s * S, outcome: "abandoned" }));
const TEN: Call[] = [...answered, ...timedAbandons, { outcome: "abandoned" }, { waitMs: undefined, outcome: "abandoned" }];
const at = (calls: readonly Call[]) => SERVICE_LEVEL_FORMULAS.map((formula) => serviceLevel(calls, { thresholdMs: T, formula, shortAbandonMs: SHORT }));

describe("serviceLevel: abandoned calls without a wait", () => {
  it("counts them as late abandons, per formula, on ten calls with two of them", () => {
    // By hand, in SERVICE_LEVEL_FORMULAS order:
    // answered-of-offered       4 / 10             = 40 %     (every abandon a miss: exact)
    // answered-of-answered      4 / 6              = 66.67 %  (abandons ignored: exact)
    // within-of-offered         (4 + 2) / 10       = 60 %     (the 2 unknown are not within T)
    // exclude-abandoned-within  4 / (10 − 2)       = 50 %     (the 2 unknown stay in the denominator)
    // exclude-short-abandons    4 / (10 − 1)       = 44.44 %  (the 2 unknown are not short)
    const results = at(TEN);
    expect(results.map((r) => r.n)).toEqual([10, 6, 10, 8, 9]);
    expect(results.map((r) => r.value)).toEqual([40, 400 / 6, 60, 50, 400 / 9]);
    for (const r of results) {
      expect(r).toMatchObject({ answered: 6, answeredWithin: 4, abandoned: 4, abandonedWithin: 2, shortAbandoned: 1, unknownWait: 2 });
    }
  });

  it("gives what a wait longer than T gives them, and the lowest value any wait could give", () => {
    const filled = (waitMs: number) => TEN.map((c) => (c.waitMs === undefined ? { waitMs, outcome: "abandoned" as const } : c));
    // 50 s: late and not short, the same as unknown, with unknownWait 0 instead of 2.
    expect(at(filled(50 * S))).toEqual(at(TEN).map((r) => ({ ...r, unknownWait: 0 })));
    // 1 s: within and short. By hand: 4/10, 4/6, (4 + 4)/10 = 80 %, 4/(10 − 4) = 66.67 %, 4/(10 − 3) = 57.14 %.
    expect(at(filled(1 * S)).map((r) => r.value)).toEqual([40, 400 / 6, 80, 400 / 6, 400 / 7]);
    // 10 s: within, not short. By hand: 4/10, 4/6, 8/10, 4/6, 4/9.
    expect(at(filled(10 * S)).map((r) => r.value)).toEqual([40, 400 / 6, 80, 400 / 6, 400 / 9]);
    // Left out altogether (8 calls): 4/8, 4/6, 6/8, 4/6, 4/7; never below the unknown-as-late values.
    expect(at(TEN.filter((c) => c.waitMs !== undefined)).map((r) => r.value)).toEqual([50, 400 / 6, 75, 400 / 6, 400 / 7]);
  });

  it("without shortAbandonMs nothing is short, unknown or not", () => {
    // exclude-short-abandons = answered-of-offered = 4 / 10.
    const r = serviceLevel(TEN, { thresholdMs: T, formula: "exclude-short-abandons" });
    expect(r).toMatchObject({ value: 40, n: 10, shortAbandoned: 0, unknownWait: 2 });
  });

  it("only unknown waits: null where the formula leaves no call, 0 % where it keeps them", () => {
    const two: Call[] = [{ outcome: "abandoned" }, { outcome: "abandoned" }];
    const results = at(two);
    // 0/2, 0/0, 0/2, 0/(2 − 0), 0/(2 − 0)
    expect(results.map((r) => [r.value, r.n, r.unknownWait])).toEqual([
      [0, 2, 2],
      [null, 0, 2],
      [0, 2, 2],
      [0, 2, 2],
      [0, 2, 2],
    ]);
    expect(results[1]?.ci).toBeNull();
  });

  it("agrees with a wait of +∞ (later than any threshold) on random calls", () => {
    const random = seeded(8_2026);
    for (let run = 0; run < 40; run++) {
      const timed = randomCalls(random, Math.floor(random() * 200));
      const calls = dropAbandonedWaits(random, timed, 0.5);
      const missing = calls.filter((c) => c.waitMs === undefined).length;
      const late = calls.map((c) => (c.waitMs === undefined ? { waitMs: Number.MAX_VALUE, outcome: "abandoned" as const } : c));
      const t = 1 + Math.floor(random() * 60_000);
      const short = random() < 0.3 ? undefined : Math.floor(random() * 10_000);
      for (const formula of SERVICE_LEVEL_FORMULAS) {
        const { unknownWait, ...r } = serviceLevel(calls, { thresholdMs: t, formula, shortAbandonMs: short });
        const { unknownWait: none, ...expected } = serviceLevel(late, { thresholdMs: t, formula, shortAbandonMs: short });
        expect([unknownWait, none]).toEqual([missing, 0]);
        expect(r).toEqual(expected);
      }
    }
  });

  it("rejects an answered call without a wait, and a wait of null, naming the field and index", () => {
    const e = inputErrorOf(() => serviceLevel([{ outcome: "abandoned" }, { outcome: "answered" }], { thresholdMs: T }));
    expect(e).toMatchObject({ kpi: "serviceLevel", field: "calls.waitMs", index: 1, value: undefined });
    expect(e.message).toBe("serviceLevel: calls.waitMs[1] must be a finite number ≥ 0 (an answered call has a wait; only an abandoned call may have none), got undefined");
    expect(inputErrorOf(() => serviceLevel([{ waitMs: null, outcome: "abandoned" } as never], { thresholdMs: T }))).toMatchObject({ field: "calls.waitMs", index: 0, value: null });
    // An unknown outcome without a wait is an outcome error.
    expect(inputErrorOf(() => serviceLevel([{ outcome: "dropped" } as never], { thresholdMs: T }))).toMatchObject({ field: "calls.outcome", index: 0, value: "dropped" });
  });
});
