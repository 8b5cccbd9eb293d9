import { describe, expectTypeOf, it } from "vitest";
import { requiredAgents, type RequiredAgentsResult, type RequiredAgentsWithAbandonmentResult } from "./requiredAgents.js";

const question = { calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000 };

describe("requiredAgents types", () => {
  it("returns numbers (never null) and the Erlang A fields only with patience", () => {
    const r = requiredAgents({ ...question, maxOccupancy: 85, shrinkage: 0.3 });
    expectTypeOf(r).toEqualTypeOf<RequiredAgentsResult>();
    expectTypeOf(r.serviceLevel).toEqualTypeOf<number>();
    expectTypeOf(r.asaMs).toEqualTypeOf<number>();
    const a = requiredAgents({ ...question, patienceMs: 300_000 });
    expectTypeOf(a).toEqualTypeOf<RequiredAgentsWithAbandonmentResult>();
    expectTypeOf(a.probabilityOfAbandon).toEqualTypeOf<number>();
  });

  it("requires a target and a threshold", () => {
    // @ts-expect-error: thresholdMs is required
    requiredAgents({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80 });
    // @ts-expect-error: targetServiceLevel is required
    requiredAgents({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, thresholdMs: 20_000 });
  });
});
