import { describe, expectTypeOf, it } from "vitest";
import { improvementScenarios, type ImprovementScenarios } from "./improvementScenarios.js";

describe("improvementScenarios types", () => {
  it("takes a number or a baseline and requires quarters", () => {
    expectTypeOf(improvementScenarios(1, { quarters: 4 })).toEqualTypeOf<ImprovementScenarios>();
    expectTypeOf(improvementScenarios({ mean: 3 }, { quarters: 4, direction: "higher-is-better" }).realistic.perQuarter).toEqualTypeOf<number>();
    // @ts-expect-error: quarters is required
    improvementScenarios(1, {});
  });
});
