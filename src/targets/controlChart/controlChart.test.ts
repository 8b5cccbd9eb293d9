import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { controlChart, type ProportionSubgroup } from "./controlChart.js";

describe("controlChart: xmr", () => {
  it("reproduces the TSDoc example literally", () => {
    const r = controlChart([10, 12, 11, 13], { type: "xmr" });
    expect(r).toMatchObject({ type: "xmr", n: 4, center: 11.5, reason: null, sigmaZ: null });
    expect(r.movingRange).toBeCloseTo(5 / 3, 12);
    expect(r.movingRangeUpper).toBeCloseTo(3.267 * (5 / 3), 12);
    for (const p of r.points) {
      expect(p.lower).toBeCloseTo(7.0667, 4);
      expect(p.upper).toBeCloseTo(15.9333, 4);
      expect(p.signal).toEqual([]);
    }
    expect(controlChart([{ successes: 5, n: 50 }, { successes: 15, n: 50 }], { type: "p" }).center).toBe(20);
  });

  it("matches the NIST/SEMATECH e-Handbook individuals chart example (§6.3.2.2)", () => {
    // After NIST/SEMATECH e-Handbook of Statistical Methods, 6.3.2.2 "Individuals control
    // charts" (ten batches). The values were entered from memory of that page and could not be
    // re-checked against it here, so the expected numbers are this comment's own hand
    // computation: Σx = 508.1, x̄ = 50.81; moving ranges sum to 16.9, MR̄ = 16.9/9 = 1.8778;
    // UCL(MR) = 3.267·MR̄ = 6.1347; limits 50.81 ∓ 3·MR̄/1.128 = 45.8159 … 55.8041;
    // Wheeler's rounded 2.66 gives 45.8151 … 55.8049.
    const r = controlChart([49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1], { type: "xmr" });
    expect(r.center).toBeCloseTo(50.81, 10);
    expect(r.movingRange).toBeCloseTo(1.8778, 4);
    expect(r.movingRangeUpper).toBeCloseTo(6.1347, 4);
    expect(Math.abs(r.points[0]!.upper! - 55.8041)).toBeLessThan(0.001);
    expect(Math.abs(r.points[0]!.lower! - 45.8159)).toBeLessThan(0.001);
    expect(r.points.every((p) => p.signal.length === 0)).toBe(true);
  });

  it("flags a point beyond the limits and the 8th point of a run on one side", () => {
    const values = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11, 40];
    const r = controlChart(values, { type: "xmr" });
    // x̄ = (100 + 99 + 40)/20 = 11.95; MR̄ = (1 + 29)/19; limits 11.95 ∓ 2.66·30/19 = 7.75 … 16.15
    expect(r.center).toBeCloseTo(11.95, 12);
    expect(r.points[19]!.signal).toEqual(["beyond-limits"]);
    // values 1–19 are all below 11.95: rule 2 from the 8th (index 7) on
    expect(r.points.slice(0, 7).every((p) => p.signal.length === 0)).toBe(true);
    expect(r.points.slice(7, 19).every((p) => p.signal.join() === "run-of-eight")).toBe(true);
    expect(controlChart(values, { type: "xmr", rules: ["beyond-limits"] }).points[10]!.signal).toEqual([]);
    expect(controlChart(values, { type: "xmr", rules: [] }).points[19]!.signal).toEqual([]);
  });

  it("ends a run at a point on the center line", () => {
    // 7 below, one on the center (x̄ = 30/15 = 2), 7 above: no run of eight.
    const r = controlChart([1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 3, 3, 3], { type: "xmr" });
    expect(r.center).toBe(2);
    expect(r.points.every((p) => !p.signal.includes("run-of-eight"))).toBe(true);
    // 8 below, 8 above (x̄ = 2): the 8th of each run signals.
    const runs = controlChart([1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3], { type: "xmr" });
    expect(runs.points.flatMap((p, i) => (p.signal.includes("run-of-eight") ? [i] : []))).toEqual([7, 15]);
    // Ten points all on the center line belong to no side: no run at all.
    expect(controlChart(Array.from({ length: 10 }, () => 5), { type: "xmr" }).points.every((p) => p.signal.length === 0)).toBe(true);
  });

  it("rejects two values whose limits are beyond the largest double", () => {
    // −1.7e308 and 1.7e308: MR̄ is 3.4e308, beyond the doubles, and so are the limits.
    expect(inputErrorOf(() => controlChart([-1.7e308, 1.7e308], { type: "xmr" }))).toMatchObject({
      field: "points",
      expected: "values whose control limits (center ± 2.66·MR̄, 3.267·MR̄) are finite: values within ±2.7e307 always are",
    });
    // ±3e307: the limits 0 ± 2.66·6e307 = ±1.596e308 are finite, the moving range's upper limit
    // 3.267·6e307 = 1.96e308 is not: one infinite limit is enough.
    expect(inputErrorOf(() => controlChart([-3e307, 3e307], { type: "xmr" }))).toMatchObject({ field: "points" });
  });

  it("takes MR̄ of subnormal values exactly", () => {
    // |5e-324 − 0| twice over 2 ranges: MR̄ = 5e-324, the smallest double, not 0.
    expect(controlChart([5e-324, 0, 5e-324], { type: "xmr" }).movingRange).toBe(5e-324);
  });

  it("returns nulls and a reason with fewer than 2 values", () => {
    expect(controlChart([5], { type: "xmr" })).toEqual({
      type: "xmr", n: 1, center: null, points: [{ value: 5, lower: null, upper: null, signal: [] }],
      movingRange: null, movingRangeUpper: null, sigmaZ: null, reason: "too-few-points",
    });
    expect(controlChart([], { type: "xmr" })).toMatchObject({ n: 0, points: [], reason: "too-few-points" });
  });
});

describe("controlChart: p and laney-p (percent)", () => {
  // Montgomery, Introduction to Statistical Quality Control, Example 7.1 (orange-juice cans):
  // 30 samples of 50, 347 nonconforming; p̄ = 0.2313, UCL 0.4102, LCL 0.0524; samples 15 and 23 out.
  // The counts were entered from memory of the book's table; they reproduce every published
  // figure above (Σ = 347, 22/50 and 24/50 above 0.4102), which the test asserts.
  const counts = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6];
  const cans: ProportionSubgroup[] = counts.map((successes) => ({ successes, n: 50 }));

  it("matches Montgomery's Example 7.1", () => {
    const r = controlChart(cans, { type: "p" });
    expect(r.center).toBeCloseTo((347 / 1500) * 100, 10);
    expect(r.points[0]!.upper).toBeCloseTo(41.02, 2);
    expect(r.points[0]!.lower).toBeCloseTo(5.24, 2);
    const flagged = r.points.flatMap((p, i) => (p.signal.length > 0 ? [i + 1] : []));
    expect(flagged).toEqual([15, 23]);
    expect(r.points[14]!.signal).toEqual(["beyond-limits"]);
  });

  it("computes Laney p′ by Minitab's formulas, checked by hand", () => {
    // 5/100, 35/100, 20/100: p̄ = .2, σᵢ = √(.16/100) = .04, z = −3.75, 3.75, 0; MR̄(z) = 5.625,
    // σ_z = 5.625/1.128 = 4.98670; limits .2 ∓ 3·.04·4.98670 = .2 ∓ .598404 → 0 … 79.8404 %.
    const groups = [{ successes: 5, n: 100 }, { successes: 35, n: 100 }, { successes: 20, n: 100 }];
    const laney = controlChart(groups, { type: "laney-p" });
    expect(laney.center).toBeCloseTo(20, 12);
    expect(laney.movingRange).toBeCloseTo(5.625, 12);
    expect(laney.sigmaZ).toBeCloseTo(5.625 / 1.128, 12);
    expect(laney.points[0]).toMatchObject({ value: 5, lower: 0, signal: [] });
    expect(laney.points[0]!.upper).toBeCloseTo(79.8404, 4);
    // The plain p chart (limits 8 … 32 %) flags the first two: the over-dispersion Laney corrects.
    const p = controlChart(groups, { type: "p" });
    expect(p.points.map((q) => q.signal)).toEqual([["beyond-limits"], ["beyond-limits"], []]);
    expect(p.points[0]!.lower).toBeCloseTo(8, 10);
    expect(p.points[0]!.upper).toBeCloseTo(32, 10);
  });

  it("computes Laney p′ with unequal subgroups, by hand", () => {
    // 2/10, 6/20, 2/20: p̄ = 10/50 = .2; σ = √(.16/10) and √(.16/20) = √.008; z = 0,
    // .1/√.008 = √5/2, −√5/2; MR̄(z) = (√5/2 + √5)/2 = 3√5/4; σ_z = MR̄/1.128. Point 1's upper
    // limit: .2 + 3·√.016·σ_z, in percent.
    const laney = controlChart([{ successes: 2, n: 10 }, { successes: 6, n: 20 }, { successes: 2, n: 20 }], { type: "laney-p" });
    const mr = (3 * Math.sqrt(5)) / 4;
    expect(laney.movingRange).toBeCloseTo(mr, 12);
    expect(laney.sigmaZ).toBeCloseTo(mr / 1.128, 12);
    expect(laney.points[0]!.upper).toBeCloseTo((0.2 + 3 * Math.sqrt(0.016) * (mr / 1.128)) * 100, 10);
  });

  it("puts the limits on the center when every subgroup is all successes, Laney too", () => {
    // p̄ = 1: σᵢ = 0, every z would be 0/0; the limits are the center and σ_z is null.
    const all = controlChart([{ successes: 5, n: 5 }, { successes: 3, n: 3 }], { type: "laney-p" });
    expect(all).toMatchObject({ center: 100, sigmaZ: null, movingRange: null });
    expect(all.points.map((q) => [q.lower, q.upper])).toEqual([[100, 100], [100, 100]]);
  });

  it("accepts subgroups of one and says the bound of successes", () => {
    expect(controlChart([{ successes: 1, n: 1 }, { successes: 0, n: 1 }], { type: "p" }).center).toBe(50);
    expect(inputErrorOf(() => controlChart([{ successes: 4, n: 3 }], { type: "p" }))).toMatchObject({ field: "points.successes", index: 0, expected: "at most n (3)" });
  });

  it("has per-point limits for unequal subgroups and clamps them to 0–100", () => {
    const r = controlChart([{ successes: 1, n: 4 }, { successes: 30, n: 400 }], { type: "p" });
    // p̄ = 31/404; n = 4: σ = √(p̄(1 − p̄)/4) = .1331 → lower clamps to 0
    expect(r.points[0]!.lower).toBe(0);
    expect(r.points[1]!.lower).toBeGreaterThan(0);
    expect(r.points[0]!.upper! - r.center!).toBeGreaterThan(r.points[1]!.upper! - r.center!);
  });

  it("puts the limits on the center when p̄ is 0 or 100 %", () => {
    const none = controlChart([{ successes: 0, n: 10 }, { successes: 0, n: 20 }], { type: "laney-p" });
    expect(none).toMatchObject({ center: 0, sigmaZ: null, movingRange: null });
    expect(none.points[0]).toEqual({ value: 0, lower: 0, upper: 0, signal: [] });
    expect(controlChart([{ successes: 7, n: 7 }], { type: "p" }).points[0]).toEqual({ value: 100, lower: 100, upper: 100, signal: [] });
  });

  it("needs one subgroup for p, two for laney-p", () => {
    expect(controlChart([{ successes: 1, n: 10 }], { type: "p" }).reason).toBeNull();
    expect(controlChart([{ successes: 1, n: 10 }], { type: "laney-p" })).toMatchObject({
      center: null, reason: "too-few-points", points: [{ value: 10, lower: null, upper: null, signal: [] }],
    });
  });
});

describe("controlChart: invalid input", () => {
  it.each([
    [[1, Number.NaN], { type: "xmr" }, "points", 1],
    [[{ successes: 1, n: 0 }], { type: "p" }, "points.n", 0],
    [[{ successes: 3, n: 2 }], { type: "p" }, "points.successes", 0],
    [[{ successes: 1.5, n: 2 }], { type: "laney-p" }, "points.successes", 0],
    [[4], { type: "p" }, "points", 0],
    [[1, 2], { type: "c" }, "options.type", undefined],
    [[1, 2], { type: "xmr", rules: ["nelson-3"] }, "options.rules", 0],
  ])("rejects %o with %o (field %s)", (points, options, field, index) => {
    const error = inputErrorOf(() => controlChart(points as number[], options as { type: "xmr" }));
    expect(error).toMatchObject({ kpi: "controlChart", field, index });
  });
});
