/**
 * Abandoned calls without a wait (SPEC §8a): abandoned, never short, counted in `unknownWait`.
 * Expected values computed by hand in each test.
 */
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { Call } from "../../records/call.js";
import { dropAbandonedWaits, randomCalls, seeded } from "../_lib/reference.test-util.js";
import { abandonmentRate } from "./abandonmentRate.js";

const S = 1000;

/**
 * Ten calls: answered after 4, 12, 18, 20, 25, 40 s; abandoned after 2 s and 15 s, and 2
 * abandoned without a wait. Offered 10, abandoned 4, unknown wait 2.
 */
const TEN: Call[] = [
  ...[4, 12, 18, 20, 25, 40].map((s): Call => ({ waitMs: s * S, outcome: "answered" })),
  { waitMs: 2 * S, outcome: "abandoned" },
  { waitMs: 15 * S, outcome: "abandoned" },
  { outcome: "abandoned" },
  { waitMs: undefined, outcome: "abandoned" },
];

describe("abandonmentRate: abandoned calls without a wait", () => {
  it("counts them as abandoned, never as short, on ten calls with two of them", () => {
    // No shortAbandonMs: 4 abandoned / 10 offered = 40 % (the waits play no part: exact).
    expect(abandonmentRate(TEN)).toMatchObject({ value: 40, n: 10, abandoned: 4, shortAbandoned: 0, unknownWait: 2 });
    // shortAbandonMs 5 s: only the 2 s call is short: (4 − 1) / (10 − 1) = 3 / 9 = 33.33 %.
    const r = abandonmentRate(TEN, { shortAbandonMs: 5 * S });
    expect(r).toMatchObject({ n: 9, abandoned: 3, shortAbandoned: 1, unknownWait: 2 });
    expect(r.value).toBe(300 / 9);
    // n + shortAbandoned = 10 calls; abandoned + shortAbandoned = 4 abandoned calls, the 2 unknown among them.
    expect([r.n + r.shortAbandoned, r.abandoned + r.shortAbandoned]).toEqual([10, 4]);
  });

  it("gives what a wait of at least shortAbandonMs gives them, and the highest value any wait could give", () => {
    const filled = (waitMs: number) => TEN.map((c) => (c.waitMs === undefined ? { waitMs, outcome: "abandoned" as const } : c));
    const options = { shortAbandonMs: 5 * S };
    // 5 s (not short: strict) and 60 s: the same as unknown, with unknownWait 0.
    for (const wait of [5 * S, 60 * S]) {
      const { unknownWait, ...r } = abandonmentRate(filled(wait), options);
      const { unknownWait: two, ...expected } = abandonmentRate(TEN, options);
      expect([unknownWait, two]).toEqual([0, 2]);
      expect(r).toEqual(expected);
    }
    // 1 s, both short: (4 − 3) / (10 − 3) = 1 / 7 = 14.29 %, the lowest the data allow.
    expect(abandonmentRate(filled(1 * S), options)).toMatchObject({ value: 100 / 7, n: 7, abandoned: 1, shortAbandoned: 3, unknownWait: 0 });
    // Left out altogether (8 calls): (2 − 1) / (8 − 1) = 1 / 7 as well.
    expect(abandonmentRate(TEN.filter((c) => c.waitMs !== undefined), options).value).toBe(100 / 7);
  });

  it("only unknown waits: 100 %, with or without shortAbandonMs", () => {
    const two: Call[] = [{ outcome: "abandoned" }, { outcome: "abandoned" }];
    expect(abandonmentRate(two, { shortAbandonMs: 10 * S })).toMatchObject({ value: 100, n: 2, abandoned: 2, shortAbandoned: 0, unknownWait: 2 });
    expect(abandonmentRate(two)).toMatchObject({ value: 100, n: 2, unknownWait: 2 });
  });

  it("agrees with a wait later than any threshold on random calls", () => {
    const random = seeded(8_2027);
    for (let run = 0; run < 40; run++) {
      const calls = dropAbandonedWaits(random, randomCalls(random, Math.floor(random() * 200)), 0.5);
      const late = calls.map((c) => (c.waitMs === undefined ? { waitMs: Number.MAX_VALUE, outcome: "abandoned" as const } : c));
      const short = random() < 0.3 ? undefined : Math.floor(random() * 20_000);
      const { unknownWait, ...r } = abandonmentRate(calls, { shortAbandonMs: short });
      const { unknownWait: none, ...expected } = abandonmentRate(late, { shortAbandonMs: short });
      expect([unknownWait, none]).toEqual([calls.filter((c) => c.waitMs === undefined).length, 0]);
      expect(r).toEqual(expected);
    }
  });

  it("rejects an answered call without a wait, and a wait of null, naming the field and index", () => {
    const e = inputErrorOf(() => abandonmentRate([{ waitMs: 1, outcome: "answered" }, { outcome: "abandoned" }, { outcome: "answered" }]));
    expect(e).toMatchObject({ kpi: "abandonmentRate", field: "calls.waitMs", index: 2, value: undefined });
    expect(inputErrorOf(() => abandonmentRate([{ waitMs: null, outcome: "abandoned" } as never]))).toMatchObject({ field: "calls.waitMs", index: 0, value: null });
  });
});
