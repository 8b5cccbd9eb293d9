import { describe, expectTypeOf, it } from "vitest";
import { baseline, type BaselineResult } from "./baseline.js";

describe("baseline types", () => {
  it("takes numbers or { value } and returns nullable statistics", () => {
    expectTypeOf(baseline([1, { value: 2 }])).toEqualTypeOf<BaselineResult>();
    expectTypeOf<BaselineResult["mean"]>().toEqualTypeOf<number | null>();
    // @ts-expect-error: values are numbers
    baseline(["1"]);
  });
});
