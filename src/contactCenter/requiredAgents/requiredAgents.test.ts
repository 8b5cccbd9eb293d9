import { describe, expect, it } from "vitest";
import { isKpiInputError, type KpiInputError } from "../../errors.js";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { erlangC } from "../erlangC/erlangC.js";
import { requiredAgents, type RequiredAgentsInput } from "./requiredAgents.js";

const HALF_HOUR = 1_800_000;
/** Call Centre Helper's worked example: 100 calls per half hour, AHT 180 s, 80 % in 20 s. */
const cch = { calls: 100, intervalMs: HALF_HOUR, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000 };

describe("requiredAgents", () => {
  it("reproduces the TSDoc example literally", () => {
    const r = requiredAgents({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, maxOccupancy: 85, shrinkage: 0.3 });
    expect(Object.keys(r)).toEqual(["agents", "scheduledAgents", "serviceLevel", "probabilityOfWaiting", "asaMs", "occupancy"]);
    expect([r.agents, r.scheduledAgents]).toEqual([14, 20]);
    // "88.835…" in the example: the printed digits, truncated.
    const shown = (x: number, digits: string) => expect(String(x)).toMatch(new RegExp(`^${digits.replace(".", "\\.")}\\d`));
    shown(r.serviceLevel, "88.835");
    shown(r.probabilityOfWaiting, "0.1741");
    shown(r.asaMs, "7835.9");
    shown(r.occupancy, "71.428");
  });

  it("matches Call Centre Helper's worked example: 14 agents, 20 with 30 % shrinkage", () => {
    // Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example": 10 Erlangs
    // need 14 agents for 80 % in 20 s (service level 88.8 %); occupancy 71.4 % is under the 85 %
    // maximum; 14 / (1 − 0.3) = 20 agents to schedule.
    const r = requiredAgents({ ...cch, maxOccupancy: 85, shrinkage: 0.3 });
    expect(r.agents).toBe(14);
    expect(r.scheduledAgents).toBe(20);
    expect(r.serviceLevel.toFixed(1)).toBe("88.8");
    expect(r.occupancy.toFixed(1)).toBe("71.4");
    expect(requiredAgents(cch).agents).toBe(14);
  });

  it("matches pyworkforce's required_positions test figures, fractions as pyworkforce passes them", () => {
    // rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_erlang.py: transactions 100,
    // interval 30, AHT 3, asa 0.33 (minutes), shrinkage 0.3. With service_level 0.8 and
    // max_occupancy 0.85: raw_positions 14, positions 20, service level 0.888, occupancy 0.714,
    // waiting probability 0.174. With max_occupancy 0.7: raw_positions 15, positions 22, service
    // level 0.941, occupancy 0.667, waiting probability 0.102.
    const base = { calls: 100, intervalMs: 30, ahtMs: 3, thresholdMs: 0.33, targetServiceLevel: 0.8, shrinkage: 0.3 };
    const a = requiredAgents({ ...base, maxOccupancy: 0.85 });
    expect([a.agents, a.scheduledAgents]).toEqual([14, 20]);
    expect([a.serviceLevel / 100, a.occupancy / 100, a.probabilityOfWaiting].map((x) => x.toFixed(3))).toEqual(["0.888", "0.714", "0.174"]);
    const b = requiredAgents({ ...base, maxOccupancy: 0.7 });
    expect([b.agents, b.scheduledAgents]).toEqual([15, 22]);
    expect([b.serviceLevel / 100, b.occupancy / 100, b.probabilityOfWaiting].map((x) => x.toFixed(3))).toEqual(["0.941", "0.667", "0.102"]);
  });

  it("reads values up to 1 as fractions: 0.8 is 80 %, 0.85 is 85 %, 1 is 100 %", () => {
    expect(requiredAgents({ ...cch, targetServiceLevel: 0.8, maxOccupancy: 0.85 })).toEqual(requiredAgents({ ...cch, maxOccupancy: 85 }));
    expect(requiredAgents({ ...cch, maxOccupancy: 1 })).toEqual(requiredAgents({ ...cch, maxOccupancy: 100 }));
    // 95 % needs more agents than 80 %; 1.5 is read as 1.5 %, which 11 agents already beat.
    expect(requiredAgents({ ...cch, targetServiceLevel: 0.95 }).agents).toBe(16);
    expect(requiredAgents({ ...cch, targetServiceLevel: 1.5 }).agents).toBe(11);
  });

  it("raises the agents until occupancy is under the cap", () => {
    // 10 Erlangs at most 50 % occupied: 20 agents, well beyond the 14 the service level needs.
    const r = requiredAgents({ ...cch, maxOccupancy: 50 });
    expect(r.agents).toBe(20);
    expect(r.occupancy).toBe(50);
    const c = erlangC({ ...cch, agents: 20 });
    expect(r).toEqual({ agents: 20, scheduledAgents: 20, serviceLevel: c.serviceLevel, probabilityOfWaiting: c.probabilityOfWaiting, asaMs: c.asaMs, occupancy: c.occupancy });
  });

  it("returns exactly erlangC's measures for the agents it finds", () => {
    for (const calls of [1, 37, 100, 640.5, 2500]) {
      const r = requiredAgents({ ...cch, calls, shrinkage: 0.35 });
      const c = erlangC({ calls, intervalMs: HALF_HOUR, ahtMs: 180_000, thresholdMs: 20_000, agents: r.agents });
      expect(r).toEqual({ agents: r.agents, scheduledAgents: r.scheduledAgents, serviceLevel: c.serviceLevel, probabilityOfWaiting: c.probabilityOfWaiting, asaMs: c.asaMs, occupancy: c.occupancy });
      expect(erlangC({ calls, intervalMs: HALF_HOUR, ahtMs: 180_000, thresholdMs: 20_000, agents: r.agents - 1 }).serviceLevel!).toBeLessThan(80);
    }
  });

  it("schedules whole agents without a rounding surplus", () => {
    // 21 / (1 − 0.3) is 30.000000000000004 in binary floating point; it means 30 agents.
    const calls = 170; // 17 Erlangs need 21 agents at 80/20
    const r = requiredAgents({ ...cch, calls, shrinkage: 0.3 });
    expect(r.agents).toBe(21);
    expect(21 / (1 - 0.3)).toBeGreaterThan(30);
    expect(r.scheduledAgents).toBe(30);
    expect(requiredAgents({ ...cch, shrinkage: 0 }).scheduledAgents).toBe(14);
    expect(requiredAgents({ ...cch, shrinkage: 0.99 }).scheduledAgents).toBe(1400);
  });

  it("needs no agents without calls", () => {
    expect(requiredAgents({ ...cch, calls: 0, shrinkage: 0.3 })).toEqual({ agents: 0, scheduledAgents: 0, serviceLevel: 100, probabilityOfWaiting: 0, asaMs: 0, occupancy: 0 });
    expect(requiredAgents({ ...cch, calls: 0, patienceMs: 60_000 })).toEqual({
      agents: 0, scheduledAgents: 0, serviceLevel: 100, probabilityOfWaiting: 0, asaMs: 0, occupancy: 0, probabilityOfAbandon: 0, averageWaitMs: 0,
    });
  });

  it("staffs 5,000 Erlangs in one pass and meets the target with the fewest agents", () => {
    const r = requiredAgents({ calls: 50_000, intervalMs: HALF_HOUR, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000 });
    expect(r.agents).toBe(5013);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(80);
    const fewer = erlangC({ calls: 50_000, intervalMs: HALF_HOUR, ahtMs: 180_000, thresholdMs: 20_000, agents: 5012 });
    expect(fewer.serviceLevel!).toBeLessThan(80);
  });

  it("staffs by Erlang A with patience", () => {
    // pyworkforce's ErlangA scenario (AHT 3 min, patience 5 min, 100 calls per 30 min): 80 % in
    // 20 s with abandonment counted against the service level.
    const a = requiredAgents({ ...cch, patienceMs: 300_000, shrinkage: 0.3 });
    expect(a.agents).toBe(13);
    expect(a.scheduledAgents).toBe(19);
    expect(a.serviceLevel).toBeGreaterThanOrEqual(80);
    expect(a).toEqual({ ...erlangC({ ...cch, agents: 13, patienceMs: 300_000 }), agents: 13, scheduledAgents: 19, trafficErlangs: undefined });
    expect(erlangC({ ...cch, agents: 12, patienceMs: 300_000 }).serviceLevel!).toBeLessThan(80);
    // Here patient callers (5 min for a 3-min AHT) let Erlang A staff one agent fewer than Erlang C.
    expect(requiredAgents(cch).agents).toBe(14);
    // Impatient ones can need more: those who hang up within the threshold count against the
    // service level. 9 calls of 10 s in 15 min, patience 10 s, 93.02 % within 4 s: one agent
    // reaches 93.023 % by Erlang C but 93.014 % by Erlang A, which needs two.
    const small = { calls: 9, intervalMs: 900_000, ahtMs: 10_000, thresholdMs: 4000, targetServiceLevel: 93.02 };
    expect([requiredAgents(small).agents, requiredAgents({ ...small, patienceMs: 10_000 }).agents]).toEqual([1, 2]);
    // A cap on occupancy raises Erlang A staffing too.
    const capped = requiredAgents({ ...cch, patienceMs: 300_000, maxOccupancy: 60 });
    expect(capped.occupancy).toBeLessThanOrEqual(60);
    expect(erlangC({ ...cch, agents: capped.agents - 1, patienceMs: 300_000 }).occupancy).toBeGreaterThan(60);
  });

  it("does not modify its input", () => {
    const input = { ...cch, maxOccupancy: 85, shrinkage: 0.3 };
    const before = JSON.stringify(input);
    requiredAgents(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each([
    [{ calls: -1 }, "calls", -1],
    [{ calls: Number.NaN }, "calls", Number.NaN],
    [{ intervalMs: 0 }, "intervalMs", 0],
    [{ ahtMs: -180_000 }, "ahtMs", -180_000],
    [{ thresholdMs: 0 }, "thresholdMs", 0],
    [{ thresholdMs: undefined }, "thresholdMs", undefined],
    [{ targetServiceLevel: 0 }, "targetServiceLevel", 0],
    [{ targetServiceLevel: -80 }, "targetServiceLevel", -80],
    [{ targetServiceLevel: 1 }, "targetServiceLevel", 1],
    [{ targetServiceLevel: 100 }, "targetServiceLevel", 100],
    [{ targetServiceLevel: 120 }, "targetServiceLevel", 120],
    [{ targetServiceLevel: Number.NaN }, "targetServiceLevel", Number.NaN],
    [{ targetServiceLevel: "80" }, "targetServiceLevel", "80"],
    [{ maxOccupancy: 0 }, "maxOccupancy", 0],
    [{ maxOccupancy: 101 }, "maxOccupancy", 101],
    [{ maxOccupancy: Number.POSITIVE_INFINITY }, "maxOccupancy", Number.POSITIVE_INFINITY],
    [{ shrinkage: 1 }, "shrinkage", 1],
    [{ shrinkage: 30 }, "shrinkage", 30],
    [{ shrinkage: -0.1 }, "shrinkage", -0.1],
    [{ patienceMs: 0 }, "patienceMs", 0],
    [{ patienceMs: Number.NaN }, "patienceMs", Number.NaN],
    [{ calls: 2e8, ahtMs: 180_000, patienceMs: 60_000 }, "targetServiceLevel", 80],
    [{ calls: 2e8, ahtMs: 180_000 }, "targetServiceLevel", 80],
    [{ maxOccupancy: 1e-7 }, "maxOccupancy", 1e-7],
    [{ calls: 99_999_900, ahtMs: 180_000 }, "targetServiceLevel", 80],
    [{ calls: 1.2e8, ahtMs: 180_000, targetServiceLevel: 50 }, "targetServiceLevel", 50],
    [{ maxOccupancy: 1e-6, patienceMs: 60_000 }, "maxOccupancy", 1e-6],
  ])("rejects %o (field %s)", (change, field, value) => {
    try {
      requiredAgents({ ...cch, ...change } as RequiredAgentsInput);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "requiredAgents", field, value, index: undefined });
    }
  });

  it("rejects an input that is not an object", () => {
    expect(() => requiredAgents(undefined as never)).toThrow(expect.objectContaining({ code: "KPI_INVALID_INPUT", field: "input" }));
  });
});

describe("caps, shrinkage and the limits of the inputs", () => {
  // 100 calls × 180 s in 30 minutes: 10 Erlangs (from contactCenter's mutation survivors).
  const base = { calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000 };

  it("meets an occupancy cap of 70 % (or 0.7) with 15 agents: 10 / 14 is over it, 10 / 15 under", () => {
    for (const maxOccupancy of [70, 0.7]) expect(requiredAgents({ ...base, maxOccupancy })).toMatchObject({ agents: 15, scheduledAgents: 15 });
    // With 30 % shrinkage: 15 / 0.7 = 21.4, so 22 scheduled.
    expect(requiredAgents({ ...base, maxOccupancy: 0.7, shrinkage: 0.3 })).toMatchObject({ agents: 15, scheduledAgents: 22 });
    expect(requiredAgents({ ...base, maxOccupancy: 100 }).agents).toBe(requiredAgents(base).agents);
  });

  it.each([
    ["maxOccupancy", 0, "an occupancy above 0 and at most 100 %"],
    ["maxOccupancy", 100.5, "an occupancy above 0 and at most 100 %"],
    ["shrinkage", -0.1, "a fraction from 0 up to, but not including, 1"],
    ["shrinkage", 1, "a fraction from 0 up to, but not including, 1"],
    ["targetServiceLevel", 1, "a service level above 0 and below 100 %"],
  ] as const)("refuses %s %s", (field, value, expected) => {
    try {
      requiredAgents({ ...base, [field]: value });
      expect.unreachable();
    } catch (e) {
      expect(isKpiInputError(e) && e.field).toBe(field);
      expect((e as KpiInputError).expected.startsWith(expected)).toBe(true);
    }
  });

  it("says which target no 10,000,000 agents can meet", () => {
    // 1e10 Erlangs for an 80 % target; 9.5e6 Erlangs for a 90 % cap (9.5e6 / 0.9 > 1e7), where a 1 % target alone would do.
    expect(() => requiredAgents({ ...base, calls: 1e11 })).toThrow("a service level target that at most 10,000,000 agents can meet (the traffic is 10000000000 Erlangs)");
    expect(() => requiredAgents({ ...base, calls: 9.5e7, targetServiceLevel: 0.01, maxOccupancy: 90 })).toThrow("an occupancy cap that at most 10,000,000 agents can meet (the traffic is 9500000 Erlangs)");
  });

  // Traffic A = calls when ahtMs = intervalMs. The search's limits at exactly 10,000,000 agents:
  // the last count it may answer, and one more that it must refuse.
  const unit = { intervalMs: 1000, ahtMs: 1000 };
  it("answers exactly 10,000,000 agents when the cap or the traffic needs that many, and refuses one more", () => {
    // A 50 % occupancy cap on 5,000,000 Erlangs needs A / 0.5 = 10,000,000 agents (Erlang C
    // occupancy is A / N); the target is met long before.
    expect(requiredAgents({ ...unit, calls: 5e6, targetServiceLevel: 0.8, thresholdMs: 20_000, maxOccupancy: 0.5 }).agents).toBe(1e7);
    // 9,999,999.5 Erlangs: the first count above the traffic is 10,000,000 and, with a threshold
    // of 100 AHTs, already meets 80 %.
    expect(requiredAgents({ ...unit, calls: 1e7 - 0.5, targetServiceLevel: 0.8, thresholdMs: 100_000 }).agents).toBe(1e7);
    // 10,000,000.5 Erlangs: the first count above the traffic is 10,000,001 (a 50 % target passes
    // the early test, 0.5 × A ≤ 1e7).
    expect(() => requiredAgents({ ...unit, calls: 1e7 + 0.5, targetServiceLevel: 0.5, thresholdMs: 100_000 })).toThrow("at most 10,000,000 agents can meet (the traffic is 10000000.5 Erlangs)");
  });

  it("names the calls when their traffic is beyond the doubles", () => {
    expect(inputErrorOf(() => requiredAgents({ calls: 1e308, intervalMs: 1, ahtMs: 1e10, targetServiceLevel: 0.8, thresholdMs: 20_000 }))).toMatchObject({
      field: "calls",
      expected: "a volume whose traffic (calls × ahtMs / intervalMs) is a finite number of Erlangs",
    });
  });

  it("meets a target equal to the service level itself (at least, not above), by Erlang C and Erlang A", () => {
    // The service level that erlangC gives 2 agents on 1 Erlang, used as the target: 2 agents meet it.
    const c = erlangC({ agents: 2, calls: 1, ...unit, thresholdMs: 1 });
    expect(requiredAgents({ calls: 1, ...unit, thresholdMs: 1, targetServiceLevel: c.serviceLevel as number }).agents).toBe(2);
    const a = erlangC({ agents: 4, calls: 3, ...unit, thresholdMs: 1, patienceMs: 10_000 });
    expect(requiredAgents({ calls: 3, ...unit, thresholdMs: 1, patienceMs: 10_000, targetServiceLevel: a.serviceLevel as number }).agents).toBe(4);
  });

  it("steps over the staffing levels Erlang A cannot sum (patience so long the queue is practically unbounded)", () => {
    // A mean patience of a million AHTs: from 800 agents (80 % of 1,000 Erlangs) up to 990 the
    // queue would have to be summed past 10,000,000 callers. Such levels do not meet the target;
    // the answer is Erlang C's, the limit of Erlang A as patience grows (Garnett et al. 2002).
    const call = { calls: 1000, intervalMs: 180_000, ahtMs: 180_000, targetServiceLevel: 0.8, thresholdMs: 20_000 };
    expect(requiredAgents({ ...call, patienceMs: 180_000 * 1e6 }).agents).toBe(requiredAgents(call).agents);
    // 15,000,000 Erlangs and a patience of 1e9 AHTs: no level up to 10,000,000 can be summed.
    expect(inputErrorOf(() => requiredAgents({ ...unit, calls: 1.5e7, targetServiceLevel: 0.5, thresholdMs: 20_000, patienceMs: 1e12 })).field).toBe("targetServiceLevel");
  });
});

