import { describe, expectTypeOf, it } from "vitest";
import { slaCompliance, type SlaOutcome } from "./slaCompliance.js";

describe("slaCompliance types", () => {
  it("takes statuses and measurements mixed, and returns nullable value and ci", () => {
    const r = slaCompliance(["achieved", { elapsedMs: 1, targetMs: 2 }, "active"]);
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    expectTypeOf(r.achieved).toEqualTypeOf<number>();
    expectTypeOf(r.ci).toMatchTypeOf<{ lower: number; upper: number; level: number } | null>();
    expectTypeOf<"paused">().not.toMatchTypeOf<SlaOutcome>();
    // @ts-expect-error: "paused" is not an outcome (a paused target is still running: pass "active")
    slaCompliance(["paused"]);
    // @ts-expect-error: a measurement needs targetMs
    slaCompliance([{ elapsedMs: 1 }]);
  });
});
