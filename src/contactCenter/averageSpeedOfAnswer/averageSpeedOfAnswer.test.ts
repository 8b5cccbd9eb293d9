import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { Call } from "../../records/call.js";
import { randomCalls, seeded, type TimedCall } from "../_lib/reference.test-util.js";
import { averageSpeedOfAnswer, averageSpeedOfAnswerOfTotal } from "./averageSpeedOfAnswer.js";

const S = 1000;
const answered = (...seconds: number[]): TimedCall[] => seconds.map((s) => ({ waitMs: s * S, outcome: "answered" }));

/** Independent computation: the plain mean of the answered waits. */
function naive(calls: readonly TimedCall[]): number | null {
  const waits = calls.filter((c) => c.outcome === "answered").map((c) => c.waitMs);
  return waits.length === 0 ? null : waits.reduce((a, b) => a + b, 0) / waits.length;
}

describe("averageSpeedOfAnswer", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(
      averageSpeedOfAnswer([
        { waitMs: 10_000, outcome: "answered" },
        { waitMs: 30_000, outcome: "answered" },
        { waitMs: 50_000, outcome: "answered" },
        { waitMs: 90_000, outcome: "abandoned" },
      ]),
    ).toEqual({ value: 30_000, n: 3 });
    expect(averageSpeedOfAnswer([{ waitMs: 90_000, outcome: "abandoned" }])).toEqual({ value: null, n: 0 });
  });

  it("matches Premier Contact Point's example: 160 s over 5 answered contacts = 32 s", () => {
    // Premier Contact Point knowledge base, "What is Average Speed of Answer (ASA)": queue times of
    // 30, 15, 45, 60 and 10 s total 160 s; 160 / 5 = 32 s. Abandoned contacts are not included.
    const calls = [...answered(30, 15, 45, 60, 10), { waitMs: 300 * S, outcome: "abandoned" as const }];
    expect(averageSpeedOfAnswer(calls)).toEqual({ value: 32_000, n: 5 });
  });

  it("matches Klipfolio's example: 1,750 minutes of waiting over 500 answered calls = 3.5 minutes", () => {
    // Klipfolio metric library, "Average Speed to Answer": Sum(waiting time) / Count(answered calls)
    // = 1,750 min / 500 = 3.5 min. Here 500 calls of 210 s ± 90 s in cancelling pairs.
    const calls = Array.from({ length: 500 }, (_, i): TimedCall => ({ waitMs: (210 + (i % 2 === 0 ? 90 : -90)) * S, outcome: "answered" }));
    expect(calls.reduce((s, c) => s + c.waitMs, 0)).toBe(1750 * 60 * S);
    expect(averageSpeedOfAnswer(calls)).toEqual({ value: 3.5 * 60 * S, n: 500 });
  });

  it("follows Genesys Cloud: interactions that agents do not answer are not included", () => {
    // Genesys Cloud glossary "Average Speed of Answer (ASA)": tAnswered sum / tAnswered count.
    const withAbandons: Call[] = [...answered(4, 8), { waitMs: 600 * S, outcome: "abandoned" }, { waitMs: 0, outcome: "abandoned" }];
    expect(averageSpeedOfAnswer(withAbandons)).toEqual({ value: 6_000, n: 2 });
  });

  it("agrees with an independent computation on random calls", () => {
    const random = seeded(99);
    for (let run = 0; run < 50; run++) {
      const calls = randomCalls(random, Math.floor(random() * 300));
      const r = averageSpeedOfAnswer(calls);
      const expected = naive(calls);
      expect(r.n).toBe(calls.filter((c) => c.outcome === "answered").length);
      if (expected === null) expect(r.value).toBeNull();
      else expect(r.value).toBeCloseTo(expected, 9);
    }
  });

  it("is exact and order-independent for whole milliseconds, however large", () => {
    const calls = [...answered(0.001), { waitMs: 2 ** 53 - 1e6, outcome: "answered" as const }, ...answered(0.001), { waitMs: 3, outcome: "answered" as const }];
    const reversed = [...calls].reverse();
    expect(averageSpeedOfAnswer(reversed)).toEqual(averageSpeedOfAnswer(calls));
    expect(averageSpeedOfAnswer(calls).value).toBe((2 ** 53 - 1e6 + 5) / 4);
  });

  it("accepts any iterable, ignores other fields, and does not modify the calls", () => {
    const calls = answered(12, 18).map((c) => ({ ...c, talkMs: 240_000, agent: "a1" }));
    const before = JSON.stringify(calls);
    expect(averageSpeedOfAnswer(new Set(calls))).toEqual({ value: 15_000, n: 2 });
    expect(averageSpeedOfAnswer([])).toEqual({ value: null, n: 0 });
    expect(JSON.stringify(calls)).toBe(before);
  });

  it("ignores abandoned calls without a wait, and requires the wait of an answered call", () => {
    // TSDoc example: 10 s over 1 answered call; the abandoned call without a wait is in neither sum nor n.
    expect(averageSpeedOfAnswer([{ waitMs: 10_000, outcome: "answered" }, { outcome: "abandoned" }])).toEqual({ value: 10_000, n: 1 });
    // Premier Contact Point's 30, 15, 45, 60, 10 s (160 / 5 = 32 s), with 3 unanswered calls and no wait for them.
    const calls: Call[] = [...answered(30, 15, 45, 60, 10), { outcome: "abandoned" }, { waitMs: undefined, outcome: "abandoned" }, { outcome: "abandoned" }];
    expect(averageSpeedOfAnswer(calls)).toEqual({ value: 32_000, n: 5 });
    expect(averageSpeedOfAnswer([{ outcome: "abandoned" }])).toEqual({ value: null, n: 0 });
    const e = inputErrorOf(() => averageSpeedOfAnswer([{ outcome: "abandoned" }, { outcome: "answered" }]));
    expect(e).toMatchObject({ kpi: "averageSpeedOfAnswer", field: "calls.waitMs", index: 1, value: undefined });
  });

  it.each([
    [[undefined], "calls", 0, undefined],
    [[{ waitMs: 1, outcome: "answered" }, { waitMs: -1, outcome: "answered" }], "calls.waitMs", 1, -1],
    [[{ waitMs: Number.POSITIVE_INFINITY, outcome: "abandoned" }], "calls.waitMs", 0, Number.POSITIVE_INFINITY],
    [[{ waitMs: null, outcome: "answered" }], "calls.waitMs", 0, null],
    [[{ waitMs: 5, outcome: "abandoned" }, { waitMs: 5, outcome: "voicemail" }], "calls.outcome", 1, "voicemail"],
  ])("rejects calls %j with field %s at index %i (abandoned calls are validated too)", (calls, field, index, value) => {
    const e = inputErrorOf(() => averageSpeedOfAnswer(calls as Call[]));
    expect(e).toMatchObject({ kpi: "averageSpeedOfAnswer", field, index });
    expect(e.value).toEqual(value);
  });

  it("rejects a non-iterable calls argument", () => {
    expect(inputErrorOf(() => averageSpeedOfAnswer({ waitMs: 1, outcome: "answered" } as never))).toMatchObject({ field: "calls", index: undefined });
  });
});

describe("averageSpeedOfAnswerOfTotal (the aggregators' finish from summed waits)", () => {
  it("divides the total wait by the answered calls, and has no value without one", () => {
    expect(averageSpeedOfAnswerOfTotal(300_000, 4)).toEqual({ value: 75_000, n: 4 });
    expect(averageSpeedOfAnswerOfTotal(0, 0)).toEqual({ value: null, n: 0 });
    expect(averageSpeedOfAnswerOfTotal(0, 3)).toEqual({ value: 0, n: 3 });
  });

  it("equals averageSpeedOfAnswer of the calls whose answered waits it sums", () => {
    const calls = randomCalls(seeded(7), 200);
    const waits = calls.filter((c) => c.outcome === "answered").map((c) => c.waitMs);
    const total = averageSpeedOfAnswerOfTotal(waits.reduce((a, b) => a + b, 0), waits.length);
    expect(total.n).toBe(averageSpeedOfAnswer(calls as Call[]).n);
    expect(total.value).toBeCloseTo(naive(calls)!, 6);
  });
});
