import { expectTypeOf, test } from "vitest";
import { npsCategory, type NpsCategory } from "../npsCategory/npsCategory.js";
import { npsDifference } from "../npsDifference/npsDifference.js";
import { nps, type NpsResult } from "./nps.js";

test("nps takes score arrays, iterables and counts", () => {
  expectTypeOf(nps([9, 10, 3])).toEqualTypeOf<NpsResult>();
  expectTypeOf(nps(new Set([9, 10]))).toEqualTypeOf<NpsResult>();
  expectTypeOf(nps({ detractors: 1, passives: 2, promoters: 3 }, { interval: "adjusted-wald", confidence: 0.9 })).toEqualTypeOf<NpsResult>();
  expectTypeOf(nps([9], { weights: [1.5] }).value).toEqualTypeOf<number | null>();
  // @ts-expect-error: not one of the interval methods
  nps([9], { interval: "wilson" });
  // @ts-expect-error: counts need all three groups
  nps({ promoters: 3, detractors: 1 });
});

test("npsCategory and npsDifference", () => {
  expectTypeOf(npsCategory(9)).toEqualTypeOf<NpsCategory>();
  expectTypeOf<NpsCategory>().toEqualTypeOf<"detractor" | "passive" | "promoter">();
  expectTypeOf(npsDifference([9], { detractors: 1, passives: 0, promoters: 0 }).pValue).toEqualTypeOf<number | null>();
});
