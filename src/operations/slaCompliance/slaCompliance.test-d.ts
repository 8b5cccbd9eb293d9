import { describe, expectTypeOf, it } from "vitest";
import { slaCompliance, type SlaOutcome } from "./slaCompliance.js";

describe("slaCompliance types", () => {
  it("takes statuses and measurements mixed, and returns nullable value and ci", () => {
    const r = slaCompliance(["achieved", { elapsedMs: 1, targetMs: 2 }, "active"]);
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    expectTypeOf(r.achieved).toEqualTypeOf<number>();
    expectTypeOf(r.ci).toMatchTypeOf<{ lower: number; upper: number; level: number } | null>();
    expectTypeOf<"paused">().toMatchTypeOf<SlaOutcome>();
    expectTypeOf<"late">().not.toMatchTypeOf<SlaOutcome>();
    // @ts-expect-error: only the four statuses evaluateSla reports are outcomes
    slaCompliance(["late"]);
    // @ts-expect-error: a measurement needs targetMs
    slaCompliance([{ elapsedMs: 1 }]);
  });
});
