import { describe, expectTypeOf, it } from "vitest";
import { smartTarget, type SmartTargetResult } from "./smartTarget.js";

describe("smartTarget types", () => {
  it("takes dated values and returns nullable projections", () => {
    const r = smartTarget({ kpi: "csat", direction: "higher-is-better", goal: 85, deadline: new Date(0), series: [{ at: 0, value: 1 }] });
    expectTypeOf(r).toEqualTypeOf<SmartTargetResult>();
    expectTypeOf(r.onTrack).toEqualTypeOf<boolean | null>();
    // @ts-expect-error: direction is required
    smartTarget({ kpi: "csat", goal: 85, deadline: 0, series: [] });
  });
});
