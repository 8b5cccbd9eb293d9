import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { exactErlangC } from "../_lib/erlangReference.test-util.js";
import { erlangC, type ErlangCInput } from "./erlangC.js";

const HALF_HOUR = 1_800_000;
/** Call Centre Helper's worked example: 100 calls per half hour, AHT 180 s, 80 % in 20 s. */
const cch = { calls: 100, intervalMs: HALF_HOUR, ahtMs: 180_000, thresholdMs: 20_000 };

describe("erlangC", () => {
  it("reproduces the TSDoc example literally", () => {
    const r = erlangC({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000 });
    expect(Object.keys(r)).toEqual(["trafficErlangs", "probabilityOfWaiting", "serviceLevel", "asaMs", "occupancy"]);
    expect(r.trafficErlangs).toBe(10);
    // "0.1741…" in the example: the printed digits, truncated.
    const shown = (x: number | null, digits: string) => expect(String(x)).toMatch(new RegExp(`^${digits.replace(".", "\\.")}\\d`));
    shown(r.probabilityOfWaiting, "0.1741");
    shown(r.serviceLevel, "88.835");
    shown(r.asaMs, "7835.9");
    shown(r.occupancy, "71.428");
    const a = erlangC({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000, patienceMs: 300_000 });
    shown(a.probabilityOfWaiting, "0.14526");
    shown(a.serviceLevel, "91.679");
    shown(a.probabilityOfAbandon, "0.013983");
    shown(a.averageWaitMs, "4195.1");
    shown(a.occupancy, "70.429");
  });

  it("matches Call Centre Helper's worked example at 14 agents", () => {
    // Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    // (callcentrehelper.com/erlang-c-formula-example-121281.htm): 200 calls an hour × 3 min =
    // 600 call minutes = 10 Erlangs; with 14 agents P(wait) = 0.1741, service level 88.8 %,
    // ASA 7.8 s, 82.6 % answered immediately, occupancy 10 / 14 = 71.4 %.
    const r = erlangC({ ...cch, agents: 14 });
    expect(r.trafficErlangs).toBe(10);
    expect(r.probabilityOfWaiting.toFixed(4)).toBe("0.1741");
    expect(r.serviceLevel!.toFixed(1)).toBe("88.8");
    expect((r.asaMs! / 1000).toFixed(1)).toBe("7.8");
    expect(((1 - r.probabilityOfWaiting) * 100).toFixed(1)).toBe("82.6");
    expect(r.occupancy.toFixed(1)).toBe("71.4");
    // The same probability from the page's formula X / (Y + X) with exact factorials and powers.
    expect(Math.abs(r.probabilityOfWaiting - exactErlangC(10n, 1n, 14))).toBeLessThan(1e-15);
  });

  it("walks Call Centre Helper's search from N = A + 1 = 11 agents to the first meeting 80 %", () => {
    // The page starts at 11 agents and adds agents until the service level reaches 80 %;
    // 11, 12 and 13 fall short and 14 is the first to meet it (values computed here).
    const levels = [11, 12, 13, 14].map((agents) => erlangC({ ...cch, agents }).serviceLevel!);
    expect(levels.map((sl) => sl >= 80)).toEqual([false, false, false, true]);
    expect(levels[0]!.toFixed(2)).toBe("38.96");
    expect(erlangC({ ...cch, agents: 11 }).probabilityOfWaiting.toFixed(4)).toBe("0.6821");
  });

  it("matches pyworkforce's published ErlangC test figures", () => {
    // rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_erlang.py: transactions 100,
    // interval 30 min, AHT 3 min, asa 0.33 min (the threshold: pyworkforce writes 20 s as 0.33);
    // 14 positions give service level 0.888, occupancy 0.714, waiting probability 0.174;
    // 15 positions give 0.941, 0.667 and 0.102.
    const sl = (agents: number, threshold: number) => erlangC({ calls: 100, intervalMs: 30, ahtMs: 3, agents, thresholdMs: threshold });
    const r14 = sl(14, 0.33);
    expect([r14.serviceLevel! / 100, r14.occupancy / 100, r14.probabilityOfWaiting].map((x) => x.toFixed(3))).toEqual(["0.888", "0.714", "0.174"]);
    const r15 = sl(15, 0.33);
    expect([r15.serviceLevel! / 100, r15.occupancy / 100, r15.probabilityOfWaiting].map((x) => x.toFixed(3))).toEqual(["0.941", "0.667", "0.102"]);
  });

  it("matches pyworkforce's ErlangA regression figures with patience", () => {
    // rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_abandonment.py
    // (test_erlanga_regression_metrics): 100 transactions / 30 min, AHT 3, patience 5, asa 20/60
    // (minutes), 14 positions: waiting probability 0.14526, abandonment 0.013984, occupancy
    // 0.704297, average speed of answer 0.069919 min (pyworkforce's ASA is the mean wait of all
    // callers, abandoned ones included: averageWaitMs here), service level 0.916792 (answered
    // within 20 s over all offered calls, as here).
    const r = erlangC({ calls: 100, intervalMs: 30, ahtMs: 3, agents: 14, thresholdMs: 20 / 60, patienceMs: 5 });
    expect(r.probabilityOfWaiting.toFixed(5)).toBe("0.14526");
    expect(r.probabilityOfAbandon.toFixed(6)).toBe("0.013984");
    expect((r.occupancy / 100).toFixed(6)).toBe("0.704297");
    expect(r.averageWaitMs.toFixed(6)).toBe("0.069919");
    expect((r.serviceLevel! / 100).toFixed(6)).toBe("0.916792");
    // The answered callers' own mean wait is shorter: those who hang up had waited longer.
    expect(r.asaMs!).toBeLessThan(r.averageWaitMs);
  });

  it("approaches Erlang C as patience grows", () => {
    const c = erlangC({ ...cch, agents: 15 });
    const a = erlangC({ ...cch, agents: 15, patienceMs: 1e15 });
    expect(a.probabilityOfWaiting).toBeCloseTo(c.probabilityOfWaiting, 9);
    expect(a.serviceLevel!).toBeCloseTo(c.serviceLevel!, 7);
    expect(a.asaMs!).toBeCloseTo(c.asaMs!, 4);
    expect(a.probabilityOfAbandon).toBeLessThan(1e-9);
  });

  it("treats agents at or below the traffic as an unbounded queue, not an error", () => {
    for (const agents of [0, 5, 10]) {
      expect(erlangC({ ...cch, agents })).toEqual({ trafficErlangs: 10, probabilityOfWaiting: 1, serviceLevel: 0, asaMs: null, occupancy: 100 });
    }
    expect(erlangC({ calls: 100, intervalMs: HALF_HOUR, ahtMs: 180_000, agents: 3 }).serviceLevel).toBeNull();
  });

  it("stays finite under Erlang A with too few agents, and with none", () => {
    const r = erlangC({ ...cch, agents: 8, patienceMs: 60_000 });
    expect(r.probabilityOfAbandon).toBeGreaterThan(0.2);
    expect(r.serviceLevel!).toBeGreaterThan(0);
    expect(r.asaMs!).toBeGreaterThan(0);
    expect(r.occupancy).toBeLessThan(100);
    expect(erlangC({ ...cch, agents: 0, patienceMs: 60_000 })).toEqual({
      trafficErlangs: 10, probabilityOfWaiting: 1, serviceLevel: 0, asaMs: null, occupancy: 100, probabilityOfAbandon: 1, averageWaitMs: 60_000,
    });
  });

  it("gives the no-traffic answer when there are no calls, whatever the agents", () => {
    const none = { trafficErlangs: 0, probabilityOfWaiting: 0, serviceLevel: 100, asaMs: 0, occupancy: 0 };
    expect(erlangC({ ...cch, calls: 0, agents: 0 })).toEqual(none);
    expect(erlangC({ ...cch, calls: 0, agents: 12 })).toEqual(none);
    expect(erlangC({ calls: 0, intervalMs: HALF_HOUR, ahtMs: 180_000, agents: 2 }).serviceLevel).toBeNull();
    expect(erlangC({ ...cch, calls: 0, agents: 3, patienceMs: 1 })).toEqual({ ...none, probabilityOfAbandon: 0, averageWaitMs: 0 });
  });

  it("accepts fractional forecasts and large centres", () => {
    const r = erlangC({ calls: 10.5, intervalMs: 900_000, ahtMs: 300_000, agents: 6, thresholdMs: 30_000 });
    expect(r.trafficErlangs).toBe(3.5);
    expect(r.serviceLevel!).toBeGreaterThan(0);
    // 20,000 agents for 19,990 Erlangs: one O(N) pass, every measure finite.
    const big = erlangC({ calls: 199_900, intervalMs: HALF_HOUR, ahtMs: 180_000, agents: 20_000, thresholdMs: 20_000 });
    expect(big.trafficErlangs).toBe(19_990);
    for (const v of Object.values(big)) expect(Number.isFinite(v)).toBe(true);
    expect(erlangC({ calls: 1, intervalMs: HALF_HOUR, ahtMs: 1, agents: 10_000_000, thresholdMs: 1 }).probabilityOfWaiting).toBe(0);
  });

  it("does not modify its input", () => {
    const input = { ...cch, agents: 14, patienceMs: 300_000 };
    const before = JSON.stringify(input);
    erlangC(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([
    [{ calls: -1 }, "calls", -1],
    [{ calls: Number.NaN }, "calls", Number.NaN],
    [{ calls: Number.POSITIVE_INFINITY }, "calls", Number.POSITIVE_INFINITY],
    [{ calls: "100" }, "calls", "100"],
    [{ calls: 1e300, ahtMs: 1e300 }, "calls", 1e300],
    [{ intervalMs: 0 }, "intervalMs", 0],
    [{ intervalMs: -5 }, "intervalMs", -5],
    [{ intervalMs: Number.POSITIVE_INFINITY }, "intervalMs", Number.POSITIVE_INFINITY],
    [{ ahtMs: 0 }, "ahtMs", 0],
    [{ ahtMs: Number.NaN }, "ahtMs", Number.NaN],
    [{ agents: 2.5 }, "agents", 2.5],
    [{ agents: -1 }, "agents", -1],
    [{ agents: Number.NaN }, "agents", Number.NaN],
    [{ agents: 10_000_001 }, "agents", 10_000_001],
    [{ agents: undefined }, "agents", undefined],
    [{ thresholdMs: 0 }, "thresholdMs", 0],
    [{ thresholdMs: -20_000 }, "thresholdMs", -20_000],
    [{ thresholdMs: Number.POSITIVE_INFINITY }, "thresholdMs", Number.POSITIVE_INFINITY],
    [{ patienceMs: 0 }, "patienceMs", 0],
    [{ patienceMs: Number.NaN }, "patienceMs", Number.NaN],
    [{ patienceMs: null }, "patienceMs", null],
    [{ patienceMs: 1e15, agents: 5 }, "patienceMs", 1e15],
  ])("rejects %o (field %s)", (change, field, value) => {
    try {
      erlangC({ ...cch, agents: 14, ...change } as ErlangCInput);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "erlangC", field, value, index: undefined });
    }
  });

  it("says which patience it needs: one whose queue ends, and one the handle time can be divided by", () => {
    expect(inputErrorOf(() => erlangC({ ...cch, agents: 5, patienceMs: 1e15 })).expected).toBe(
      "a patience for which fewer than 10,000,000 callers queue (a shorter patience, or more agents)",
    );
    // 180,000 / Number.MAX_VALUE = 1.0013e-303 ms: a patience of 5e-324 ms overflows ahtMs / patienceMs
    const e = inputErrorOf(() => erlangC({ ...cch, agents: 14, patienceMs: 5e-324 }));
    expect(e).toMatchObject({ field: "patienceMs", value: 5e-324 });
    expect(e.expected).toMatch(/^a patience for which ahtMs \/ patienceMs is finite \(at least 1\.001\d*e-303 ms for ahtMs 180000\)$/);
  });

  it("has every measure but the service level without a threshold", () => {
    const noThreshold = { calls: cch.calls, intervalMs: cch.intervalMs, ahtMs: cch.ahtMs, agents: 14 };
    const withThreshold = erlangC({ ...cch, agents: 14 });
    expect(erlangC(noThreshold)).toEqual({ ...withThreshold, serviceLevel: null });
    expect(withThreshold.serviceLevel).toBeGreaterThan(0);
  });

  it("rejects an input that is not an object", () => {
    expect(() => erlangC(null as never)).toThrow(expect.objectContaining({ code: "KPI_INVALID_INPUT", field: "input" }));
    expect(() => erlangC([] as never)).toThrow(expect.objectContaining({ field: "input" }));
  });
});
