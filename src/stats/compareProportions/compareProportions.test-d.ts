import { describe, expectTypeOf, it } from "vitest";
import { compareProportions } from "./compareProportions.js";

describe("compareProportions types", () => {
  it("takes two { successes, n } groups and returns nullable statistics", () => {
    const r = compareProportions({ successes: 1, n: 2 }, { successes: 1, n: 3 }, { confidence: undefined });
    expectTypeOf(r.difference).toEqualTypeOf<number | null>();
    expectTypeOf(r.z).toEqualTypeOf<number | null>();
    expectTypeOf(r.pValue).toEqualTypeOf<number | null>();
    // @ts-expect-error: counts, not a proportion
    compareProportions(0.5, { successes: 1, n: 3 });
  });
});
