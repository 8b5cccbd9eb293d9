import { describe, expectTypeOf, it } from "vitest";
import { trend, type TrendDirection, type TrendReason } from "./trend.js";

describe("trend types", () => {
  it("takes numbers or { t, value } points and returns nullable statistics", () => {
    const r = trend([1, 2, 3], { alpha: 0.1, confidence: 0.9, period: 7 });
    expectTypeOf(r.s).toEqualTypeOf<number | null>();
    expectTypeOf(r.direction).toEqualTypeOf<TrendDirection | null>();
    expectTypeOf(r.reason).toEqualTypeOf<TrendReason | null>();
    expectTypeOf(r.slopeCi).toEqualTypeOf<{ readonly lower: number; readonly upper: number; readonly level: number } | null>();
    trend([{ t: new Date(), value: 1 }, { t: "2026-01-02", value: 2 }, { t: 3, value: 3 }]);
    // @ts-expect-error: a point needs a value
    trend([{ t: 1 }]);
    // @ts-expect-error: no such option
    trend([1, 2, 3], { seasons: 7 });
  });
});
