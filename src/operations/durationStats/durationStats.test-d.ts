import { describe, expectTypeOf, it } from "vitest";
import { durationStats } from "./durationStats.js";

describe("durationStats types", () => {
  it("has nullable statistics and string-keyed percentiles", () => {
    const r = durationStats([1, 2], { percentiles: [0.9], method: "nearest" });
    expectTypeOf(r.n).toEqualTypeOf<number>();
    expectTypeOf(r.meanMs).toEqualTypeOf<number | null>();
    expectTypeOf(r.percentiles).toEqualTypeOf<Readonly<Record<string, number | null>>>();
    // @ts-expect-error: not a method name
    durationStats([1], { method: "p90" });
  });
});
