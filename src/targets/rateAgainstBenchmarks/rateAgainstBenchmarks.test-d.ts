import { describe, expectTypeOf, it } from "vitest";
import { rateAgainstBenchmarks, type BenchmarkRating } from "./rateAgainstBenchmarks.js";

describe("rateAgainstBenchmarks types", () => {
  it("returns a rating or null", () => {
    expectTypeOf(rateAgainstBenchmarks("csat", 90)).toEqualTypeOf<BenchmarkRating | null>();
    expectTypeOf(rateAgainstBenchmarks("csat", 90, { channel: "chat" })?.level).toEqualTypeOf<string | undefined>();
    // @ts-expect-error: the value is a number
    rateAgainstBenchmarks("csat", "90");
  });
});
