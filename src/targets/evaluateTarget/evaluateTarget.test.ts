import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { evaluateTarget } from "./evaluateTarget.js";

describe("evaluateTarget", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(evaluateTarget(150_000, { kpi: "firstResponseTime", value: 120_000, direction: "lower-is-better" })).toEqual({ met: false, gap: -30_000, gapPercent: -25 });
    expect(evaluateTarget(88, { kpi: "csat", value: 85, direction: "higher-is-better" })).toEqual({ met: true, gap: 3, gapPercent: 3.5294117647058822 });
  });

  it("meets a target reached exactly, in both directions", () => {
    expect(evaluateTarget(60_000, { kpi: "firstResponseTime", value: 60_000, direction: "lower-is-better" })).toEqual({ met: true, gap: 0, gapPercent: 0 });
    expect(evaluateTarget(50, { kpi: "nps", value: 50, direction: "higher-is-better" })).toEqual({ met: true, gap: 0, gapPercent: 0 });
  });

  it("works with negative NPS targets and reports null gapPercent for a target of 0", () => {
    // Target −10 NPS, value −4: 6 points better; 6 / |−10| = 60 %.
    expect(evaluateTarget(-4, { kpi: "nps", value: -10, direction: "higher-is-better" })).toEqual({ met: true, gap: 6, gapPercent: 60 });
    expect(evaluateTarget(-3, { kpi: "nps", value: 0, direction: "higher-is-better" })).toEqual({ met: false, gap: -3, gapPercent: null });
    // A subnormal target: 1 / 5e-324 × 100 is beyond the doubles, so no percentage either.
    expect(evaluateTarget(1, { kpi: "x", value: 5e-324, direction: "higher-is-better" })).toEqual({ met: true, gap: 1, gapPercent: null });
  });

  it("rejects bad input with the field", () => {
    const t = { kpi: "csat", value: 85, direction: "higher-is-better" } as const;
    expect(inputErrorOf(() => evaluateTarget(Number.NaN, t))).toMatchObject({ kpi: "evaluateTarget", field: "value" });
    expect(inputErrorOf(() => evaluateTarget(1, { ...t, value: Number.POSITIVE_INFINITY }))).toMatchObject({ field: "target.value" });
    expect(inputErrorOf(() => evaluateTarget(1, { ...t, direction: "up" as never }))).toMatchObject({ field: "target.direction", value: "up" });
    expect(inputErrorOf(() => evaluateTarget(1, { ...t, kpi: undefined as never }))).toMatchObject({ field: "target.kpi" });
    expect(inputErrorOf(() => evaluateTarget(1, null as never))).toMatchObject({ field: "target" });
    // 1.7e308 − (−1.7e308) is beyond the doubles
    expect(inputErrorOf(() => evaluateTarget(1.7e308, { ...t, value: -1.7e308 }))).toMatchObject({
      field: "value",
      expected: "a value whose gap to the target (-1.7e+308) is finite: the two within 1.8e308 of each other",
    });
  });
});
