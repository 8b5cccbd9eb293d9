import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { baseline } from "../baseline/baseline.js";
import { improvementScenarios } from "./improvementScenarios.js";

const values = (p: { path: readonly { value: number }[] }) => p.path.map((x) => x.value);

describe("improvementScenarios", () => {
  it("reproduces the TSDoc example literally", () => {
    const s = improvementScenarios(180_000, { quarters: 2 });
    expect(s.conservative.path).toEqual([{ quarter: 1, value: 162_000 }, { quarter: 2, value: 145_800 }]);
    expect(s.ambitious.path.map((p) => p.value)).toEqual([144_000, 115_200]);
  });

  it("works the guide's example by hand: a three-month FRT baseline, 10–20 % per quarter", () => {
    // Monthly median first response time: January 3:20 (200 s), February 3:00 (180 s),
    // March 2:40 (160 s). Three-month baseline = (200 + 180 + 160) / 3 = 180 s.
    // 10 %: 180 × 0.90 = 162, 162 × 0.90 = 145.8, 145.8 × 0.90 = 131.22 s.
    // 15 %: 180 × 0.85 = 153, 153 × 0.85 = 130.05, 130.05 × 0.85 = 110.5425 s.
    // 20 %: 180 × 0.80 = 144, 144 × 0.80 = 115.2, 115.2 × 0.80 = 92.16 s.
    const b = baseline([200_000, 180_000, 160_000]);
    expect(b.mean).toBe(180_000);
    const s = improvementScenarios(b, { quarters: 3 });
    expect(s.baseline).toBe(180_000);
    expect(s.direction).toBe("lower-is-better");
    expect(values(s.conservative)).toEqual([162_000, 145_800, 131_220]);
    expect(values(s.realistic)).toEqual([153_000, 130_050, 110_542.5]);
    expect(values(s.ambitious)).toEqual([144_000, 115_200, 92_160]);
    expect([s.conservative.perQuarter, s.realistic.perQuarter, s.ambitious.perQuarter]).toEqual([10, 15, 20]);
  });

  it("raises higher-is-better KPIs, caps them at max, and moves negative NPS towards 0", () => {
    // CSAT 80 %: +10 % → 88, then 96.8, then 106.48 capped at 100.
    expect(values(improvementScenarios(80, { quarters: 3, direction: "higher-is-better", max: 100 }).conservative)).toEqual([88, 96.8, 100]);
    // NPS −20 improving 10 % of its size per quarter: −18, −16.2.
    expect(values(improvementScenarios(-20, { quarters: 2, direction: "higher-is-better" }).conservative)).toEqual([-18, -16.2]);
    expect(values(improvementScenarios(100, { quarters: 1, perQuarter: { conservative: 2, realistic: 5 } }).realistic)).toEqual([95]);
  });

  it("rejects bad input with the field", () => {
    expect(inputErrorOf(() => improvementScenarios(Number.NaN, { quarters: 1 }))).toMatchObject({ kpi: "improvementScenarios", field: "baseline" });
    expect(inputErrorOf(() => improvementScenarios(baseline([1]), { quarters: 1 }))).toMatchObject({ field: "baseline", value: null });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 0 }))).toMatchObject({ field: "options.quarters", value: 0 });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1.5 }))).toMatchObject({ field: "options.quarters" });
    expect(inputErrorOf(() => improvementScenarios(1, {} as never))).toMatchObject({ field: "options.quarters" });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, direction: "down" as never }))).toMatchObject({ field: "options.direction" });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, perQuarter: { ambitious: 100 } }))).toMatchObject({ field: "options.perQuarter.ambitious" });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, perQuarter: { realistic: -1 } }))).toMatchObject({ field: "options.perQuarter.realistic" });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, perQuarter: { conservative: 30 } }))).toMatchObject({ field: "options.perQuarter" });
    // realistic above the default ambitious 20 %: the second half of the order
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, perQuarter: { realistic: 25 } }))).toMatchObject({ field: "options.perQuarter" });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, max: Number.NaN }))).toMatchObject({ field: "options.max" });
  });

  it("accepts the edges of the rates and says which range each direction allows", () => {
    // 0 % is a flat path; equal rates are ordered; a higher-is-better KPI may more than double
    // (150 %: 10 → 25 → 62.5), while a lower-is-better one cannot fall 100 % or more.
    const flat = improvementScenarios(50, { quarters: 2, perQuarter: { conservative: 0, realistic: 0, ambitious: 0 } });
    expect([values(flat.conservative), values(flat.ambitious)]).toEqual([[50, 50], [50, 50]]);
    const same = improvementScenarios(100, { quarters: 1, perQuarter: { conservative: 10, realistic: 10, ambitious: 10 } });
    expect([same.conservative.path[0]?.value, same.ambitious.path[0]?.value]).toEqual([90, 90]);
    const doubling = improvementScenarios(10, { quarters: 2, direction: "higher-is-better", perQuarter: { conservative: 150, realistic: 150, ambitious: 150 } });
    expect(values(doubling.realistic)).toEqual([25, 62.5]);
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, perQuarter: { conservative: 100, realistic: 100, ambitious: 100 } }))).toMatchObject({
      field: "options.perQuarter.conservative",
      expected: "a percentage from 0 to below 100",
    });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, direction: "higher-is-better", perQuarter: { conservative: -1 } }))).toMatchObject({
      field: "options.perQuarter.conservative",
      expected: "a percentage ≥ 0",
    });
    expect(inputErrorOf(() => improvementScenarios(1, { quarters: 1, perQuarter: { realistic: 5 } }))).toMatchObject({
      field: "options.perQuarter",
      expected: "rates ordered conservative ≤ realistic ≤ ambitious",
    });
  });

  it("rejects a null baseline and a path that leaves the doubles downwards, even under max", () => {
    expect(inputErrorOf(() => improvementScenarios(null as never, { quarters: 1 }))).toMatchObject({ field: "baseline", value: null });
    // Lower-is-better from −1.7e308 moves away from 0 (20 % of its size a quarter): −2.04e308 is
    // beyond the doubles, and a cap (which bounds the path from above) does not rescue it.
    expect(inputErrorOf(() => improvementScenarios(-1.7e308, { quarters: 1, max: 0 }))).toMatchObject({ field: "baseline" });
  });
});
