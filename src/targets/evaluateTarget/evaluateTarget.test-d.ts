import { describe, expectTypeOf, it } from "vitest";
import { evaluateTarget, type TargetEvaluation } from "./evaluateTarget.js";

describe("evaluateTarget types", () => {
  it("takes a typed direction", () => {
    expectTypeOf(evaluateTarget(1, { kpi: "csat", value: 2, direction: "higher-is-better" })).toEqualTypeOf<TargetEvaluation>();
    expectTypeOf<TargetEvaluation["gapPercent"]>().toEqualTypeOf<number | null>();
    // @ts-expect-error: unknown direction
    evaluateTarget(1, { kpi: "csat", value: 2, direction: "up" });
  });
});
