import { describe, expectTypeOf, it } from "vitest";
import { abandonmentRate } from "./abandonmentRate.js";

describe("abandonmentRate types", () => {
  it("takes calls and optional options, and returns nullable value and ci", () => {
    const r = abandonmentRate([{ waitMs: 1, outcome: "abandoned" }], { shortAbandonMs: 5_000 });
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    expectTypeOf(r.abandoned).toEqualTypeOf<number>();
    expectTypeOf(r.shortAbandoned).toEqualTypeOf<number>();
    expectTypeOf(r.ci).toMatchTypeOf<{ lower: number; upper: number; level: number } | null>();
    expectTypeOf(abandonmentRate([])).toEqualTypeOf(r);
    // @ts-expect-error: waitMs is required
    abandonmentRate([{ outcome: "abandoned" }]);
    // @ts-expect-error: thresholdMs is not an option of the abandonment rate
    abandonmentRate([], { thresholdMs: 20_000 });
  });
});
