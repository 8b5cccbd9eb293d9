import { describe, expectTypeOf, it } from "vitest";
import { benchmarks, type Benchmark, type Direction } from "./benchmarks.js";

describe("benchmarks types", () => {
  it("is a readonly list of benchmarks", () => {
    expectTypeOf(benchmarks).toEqualTypeOf<readonly Benchmark[]>();
    expectTypeOf<Benchmark["direction"]>().toEqualTypeOf<Direction>();
    expectTypeOf<Benchmark["channel"]>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error: the list is readonly
    benchmarks.push(benchmarks[0]!);
  });
});
