import { describe, expectTypeOf, it } from "vitest";
import { QUANTILE_METHODS, type QuantileMethod } from "./methods.js";
import { percentiles } from "./percentiles.js";
import { quantile } from "./quantile.js";

describe("quantile types", () => {
  it("returns number | null, and one per p", () => {
    expectTypeOf(quantile([1, 2], 0.5)).toEqualTypeOf<number | null>();
    expectTypeOf(percentiles([1, 2], [0.5])).toEqualTypeOf<(number | null)[]>();
  });

  it("accepts only the 13 method names", () => {
    expectTypeOf<QuantileMethod>().toEqualTypeOf<(typeof QUANTILE_METHODS)[number]>();
    expectTypeOf<"linear">().toExtend<QuantileMethod>();
    // @ts-expect-error: not a method name
    quantile([1], 0.5, { method: "type7" });
    quantile([1], 0.5, { method: undefined });
    quantile(new Set([1, 2]), 0.5, { method: "hazen" });
  });
});
