/**
 * Finite in, finite out (docs/conventions.md): valid finite input gives a finite result, computed
 * without overflow where the answer is a double, or a KpiInputError where it is not. One
 * reproducer per case of issue 16 and of the fuzzing (test/fuzz-exports.test-prop.ts); the
 * expected values are worked out here, not by the library.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { inputErrorOf } from "../src/_lib/inputError.test-util.js";

/** Every number in `value` is finite (null allowed). */
function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null || typeof value !== "object") return true;
  return Object.values(value).every(allFinite);
}

const LARGEST_BELOW_1 = 1 - 2 ** -53;

describe("means of durations near the largest double", () => {
  it("durationStats: the mean of 9e307 and 9e307 is 9e307 (it was NaN)", () => {
    expect(api.durationStats([9e307, 9e307]).meanMs).toBe(9e307);
    expect(api.durationStats([1.7e308, 1.7e308, 0, 0]).meanMs).toBe(0.85e308);
  });

  it("averageHandleTime: means of the parts and of the handle times", () => {
    expect(api.averageHandleTime([{ talkMs: 9e307 }, { talkMs: 9e307 }])).toEqual({ value: 9e307, n: 2, talkMs: 9e307, holdMs: 0, afterWorkMs: 0 });
    // Each contact 1.5e308 in all; the totals overflow, the mean does not.
    const r = api.averageHandleTime([{ talkMs: 1e308, holdMs: 5e307 }, { talkMs: 5e307, afterWorkMs: 1e308 }]);
    expect(r.value).toBe(1.5e308);
    expect([r.talkMs, r.holdMs, r.afterWorkMs]).toEqual([7.5e307, 2.5e307, 5e307]);
    // One contact whose own handle time is beyond the doubles: no answer.
    expect(inputErrorOf(() => api.averageHandleTime([{ talkMs: 1.7e308, holdMs: 1.7e308 }]))).toMatchObject({ field: "contacts", index: 0 });
  });

  it("averageSpeedOfAnswer: the mean wait of answered calls", () => {
    const calls = [{ waitMs: 9e307, outcome: "answered" }, { waitMs: 9e307, outcome: "answered" }, { waitMs: 1, outcome: "abandoned" }] as const;
    expect(api.averageSpeedOfAnswer(calls)).toEqual({ value: 9e307, n: 2 });
  });

  it("occupancy pools totals beyond the doubles: 9e307 of 1.7e308 twice is 9/17", () => {
    const time = { handleMs: 9e307, availableMs: 1.7e308 };
    expect(api.occupancy([time, time]).value).toBeCloseTo((9 / 17) * 100, 12);
    expect(api.occupancy({ handleMs: 1e307, availableMs: 1.6e308 }).value).toBe(6.25);
  });

  it("chatConcurrency: totals or a concurrency beyond the doubles are rejected", () => {
    const time = { chatMs: 1.7e308, engagedMs: 1.7e308 };
    expect(inputErrorOf(() => api.chatConcurrency([time, time]))).toMatchObject({ kpi: "chatConcurrency", field: "chatMs" });
    // 3.6e6 / 4e-323 is about 9e328: it was Infinity.
    expect(inputErrorOf(() => api.chatConcurrency({ chatMs: 3.6e6, engagedMs: 4e-323 }))).toMatchObject({ field: "engagedMs", value: 4e-323 });
    expect(api.chatConcurrency({ chatMs: 3.6e6, engagedMs: 3.6e-300 }).value).toBeCloseTo(1e306, -294);
  });
});

describe("controlChart with values near ±1.7e308", () => {
  it("rejects limits beyond the doubles (they were NaN)", () => {
    expect(inputErrorOf(() => api.controlChart([-1.7e308, 1.7e308, -1.7e308, 1.7e308], { type: "xmr" }))).toMatchObject({ kpi: "controlChart", field: "points" });
  });

  it("computes a range beyond the doubles when MR̄ and the limits are doubles", () => {
    const values = [-1.7e308, 1.7e308, ...new Array<number>(198).fill(1.7e308)];
    const r = api.controlChart(values, { type: "xmr" });
    // One moving range of 3.4e308 and 198 of 0: MR̄ = 3.4e308 / 199.
    expect(r.movingRange).toBeCloseTo(2 * (1.7e308 / 199), -293);
    expect(r.center).toBeCloseTo(1.7e308 * (198 / 200), -293);
    expect(allFinite(r)).toBe(true);
  });
});

describe("confidence levels up to the largest double below 1", () => {
  // The critical value comes from the tail (1 − level) / 2, exact for levels ≥ ½: z ≈ 8.3 at
  // 1 − 2⁻⁵³, so every interval is finite. Accepted, as every level strictly between 0 and 1.
  it("gives finite intervals in every function that takes a confidence", () => {
    const o = { confidence: LARGEST_BELOW_1 };
    const results = [
      api.wilsonInterval(3, 10, o),
      api.csat([5, 4, 2], o),
      api.compareProportions({ successes: 3, n: 10 }, { successes: 5, n: 10 }, o),
      api.nps([10, 9, 3], { ...o, interval: "wald" }),
      api.nps([10, 9, 3], o),
      api.npsDifference([10, 9, 3], [1, 2, 10], o),
      api.ces([7, 6, 2], o),
      api.responseRate({ sent: 10, responded: 3 }, o),
      api.trend([1, 3, 2, 5, 4, 6, 8], o),
    ];
    for (const r of results) expect(allFinite(r)).toBe(true);
    const w = api.wilsonInterval(3, 10, o) as api.ConfidenceInterval;
    expect(w.lower).toBeGreaterThan(0);
    expect(w.upper).toBeLessThan(1);
    // A level near 0: a zero-width interval at the estimate.
    expect(api.wilsonInterval(3, 10, { confidence: 5e-324 })).toMatchObject({ lower: 0.3, upper: 0.3 });
  });
});

describe("Erlang A with a patience so short that AHT / patience overflows", () => {
  it("rejects it (probabilityOfAbandon was NaN)", () => {
    const input = { calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000, patienceMs: 5e-324 };
    expect(inputErrorOf(() => api.erlangC(input))).toMatchObject({ kpi: "erlangC", field: "patienceMs", value: 5e-324 });
    expect(inputErrorOf(() => api.requiredAgents({ ...input, targetServiceLevel: 80 }))).toMatchObject({ kpi: "requiredAgents", field: "patienceMs" });
    const options = { intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, patienceMs: 2.2e-308 };
    expect(inputErrorOf(() => api.staffingTable([10], options))).toMatchObject({ kpi: "staffingTable", field: "options.patienceMs", index: 0 });
    // The shortest patience that is still a double ratio: finite measures.
    expect(allFinite(api.erlangC({ ...input, patienceMs: 1e-300 }))).toBe(true);
  });

  it("staffingTable: totals beyond the doubles are rejected, means of huge weights are not", () => {
    const options = { intervalMs: 1.7e308, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000 };
    expect(inputErrorOf(() => api.staffingTable([10, 20], options))).toMatchObject({ kpi: "staffingTable", field: "intervals" });
  });
});

describe("targets with values near ±1.7e308", () => {
  it("evaluateTarget: a gap beyond the doubles is rejected; a percentage beyond them is null", () => {
    const target = { kpi: "csat", value: -1.7e308, direction: "higher-is-better" } as const;
    expect(inputErrorOf(() => api.evaluateTarget(1.7e308, target))).toMatchObject({ kpi: "evaluateTarget", field: "value" });
    // 150,000 / 5e-324 × 100 is not a double (it was Infinity): no percentage, as for a target of 0.
    expect(api.evaluateTarget(150_000, { ...target, value: 5e-324 })).toEqual({ met: true, gap: 150_000, gapPercent: null });
    // 100 × gap overflows, gap / |target| × 100 does not: 9e307 past a target of 1e307 is 900 %.
    expect(api.evaluateTarget(1e308, { ...target, value: 1e307 })).toEqual({ met: true, gap: 9e307, gapPercent: 900 });
  });

  it("planMilestones: a line from 1.7e308 to -1.7e308 stays between them", () => {
    const plan = api.planMilestones({ current: 1.7e308, goal: -1.7e308, start: "2026-01-01", end: "2026-05-01", interval: "month" });
    // Four months: a quarter, half and three quarters of the way, then the goal.
    const targets = plan.map((m) => m.target);
    expect(targets.slice(0, 3).map((v) => v / 1.7e308)).toEqual([expect.closeTo(0.5, 12), expect.closeTo(0, 12), expect.closeTo(-0.5, 12)]);
    expect(targets[3]).toBe(-1.7e308);
  });

  it("improvementScenarios: a path beyond the doubles is rejected unless max stops it", () => {
    expect(inputErrorOf(() => api.improvementScenarios(1.5e308, { quarters: 3, direction: "higher-is-better" }))).toMatchObject({ kpi: "improvementScenarios", field: "baseline" });
    const capped = api.improvementScenarios(1.5e308, { quarters: 3, direction: "higher-is-better", max: 1.7e308 });
    // Conservative, 10 % a quarter: 1.65e308, then capped at 1.7e308 (1.815e308 is not a double).
    expect(capped.conservative.path.map((p) => p.value)).toEqual([expect.closeTo(1.65e308, -293), 1.7e308, 1.7e308]);
    expect(allFinite(capped)).toBe(true);
  });

  it("smartTarget: fits values near ±1.7e308 from halves, and rejects a trend beyond the doubles", () => {
    const base = { kpi: "csat", direction: "higher-is-better", goal: 0, deadline: "2026-03-03" } as const;
    const days = (d: number): string => `2026-03-0${d}`;
    // Falling 1.7e308 a day: slope −1.7e308, and at the deadline (a day after the last point) −1.7e308 − 1.7e308 is not a double.
    const falling = [1.7e308, 0, -1.7e308].map((value, i) => ({ at: days(i + 1), value }));
    expect(inputErrorOf(() => api.smartTarget({ ...base, deadline: "2026-03-04", series: falling }))).toMatchObject({ kpi: "smartTarget", field: "series" });
    // Deadline at the last point: the projection is the last value.
    expect(api.smartTarget({ ...base, series: falling })).toMatchObject({ slopePerDay: -1.7e308, projected: -1.7e308, onTrack: false });
    // Flat at 1.7e308: the mean of the two middle levels overflows at first; fitted from halves, then doubled.
    const flat = [1, 2, 3, 4].map((d) => ({ at: days(d), value: 1.7e308 }));
    expect(api.smartTarget({ ...base, deadline: "2026-03-09", series: flat })).toMatchObject({ slopePerDay: 0, projected: 1.7e308, onTrack: true });
  });

  it("baseline: the median of two values near 1.7e308 is finite", () => {
    expect(api.baseline([1.7e308, 1.7e308], { periods: 2 })).toMatchObject({ mean: 1.7e308, median: 1.7e308 });
  });
});

describe("more from the fuzzing", () => {
  it("percentileKey takes finite numbers only", () => {
    expect(inputErrorOf(() => api.percentileKey(Symbol("p") as never))).toMatchObject({ kpi: "percentileKey", field: "p" });
    expect(inputErrorOf(() => api.percentileKey(Number.NaN))).toMatchObject({ field: "p" });
  });

  it("nps, npsDifference and wilsonInterval check their options object", () => {
    expect(inputErrorOf(() => api.nps([9], null as never))).toMatchObject({ kpi: "nps", field: "options", value: null });
    expect(inputErrorOf(() => api.npsDifference([9], [9], null as never))).toMatchObject({ kpi: "npsDifference", field: "options" });
    expect(inputErrorOf(() => api.wilsonInterval(1, 2, null as never))).toMatchObject({ kpi: "wilsonInterval", field: "options" });
  });

  it("evaluateSla: a target due after the last date a Date can hold has dueAt null (it was an invalid Date)", () => {
    const ticket = { id: 3, createdAt: "2026-03-02T09:40:00Z", status: "open" } as const;
    const [entry] = api.evaluateSla(ticket, { targets: [{ metric: "resolution", targetMs: 9e307 }] }, { now: "2026-03-05T00:00:00Z" });
    expect(entry).toMatchObject({ status: "active", dueAt: null, breachedAt: null });
    expect(allFinite(entry)).toBe(true);
  });
});
