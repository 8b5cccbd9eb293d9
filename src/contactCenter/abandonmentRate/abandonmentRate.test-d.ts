import { describe, expectTypeOf, it } from "vitest";
import type { Call } from "../../records/call.js";
import { abandonmentRate } from "./abandonmentRate.js";

describe("abandonmentRate types", () => {
  it("takes calls and optional options, and returns nullable value and ci", () => {
    const r = abandonmentRate([{ waitMs: 1, outcome: "abandoned" }], { shortAbandonMs: 5_000 });
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    expectTypeOf(r.abandoned).toEqualTypeOf<number>();
    expectTypeOf(r.shortAbandoned).toEqualTypeOf<number>();
    expectTypeOf(r.unknownWait).toEqualTypeOf<number>();
    expectTypeOf(r.ci).toMatchTypeOf<{ lower: number; upper: number; level: number } | null>();
    expectTypeOf(abandonmentRate([])).toEqualTypeOf(r);
    // An abandoned call may have no wait. (The type leaves waitMs optional for answered calls too,
    // so that parsed records fit; readCalls rejects an answered call without one.)
    expectTypeOf<Call["waitMs"]>().toEqualTypeOf<number | undefined>();
    abandonmentRate([{ outcome: "abandoned" }, { waitMs: 1, outcome: "answered" }]);
    // @ts-expect-error: a wait, when given, is a number
    abandonmentRate([{ waitMs: "1", outcome: "abandoned" }]);
    // @ts-expect-error: thresholdMs is not an option of the abandonment rate
    abandonmentRate([], { thresholdMs: 20_000 });
  });
});
