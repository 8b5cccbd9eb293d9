import { describe, expectTypeOf, it } from "vitest";
import { SERVICE_LEVEL_FORMULAS, serviceLevel, type Call, type ServiceLevelFormula } from "./serviceLevel.js";

describe("serviceLevel types", () => {
  it("takes calls and a threshold, and returns nullable value and ci", () => {
    const r = serviceLevel([{ waitMs: 1, outcome: "answered" }], { thresholdMs: 20_000, formula: "exclude-short-abandons", shortAbandonMs: 5_000 });
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    expectTypeOf(r.n).toEqualTypeOf<number>();
    expectTypeOf(r.shortAbandoned).toEqualTypeOf<number>();
    expectTypeOf(r.unknownWait).toEqualTypeOf<number>();
    expectTypeOf(r.ci).toMatchTypeOf<{ lower: number; upper: number; level: number } | null>();
    expectTypeOf(SERVICE_LEVEL_FORMULAS).toEqualTypeOf<readonly ["answered-of-offered", "answered-of-answered", "within-of-offered", "exclude-abandoned-within", "exclude-short-abandons"]>();
    expectTypeOf<"within-of-offered">().toMatchTypeOf<ServiceLevelFormula>();
    expectTypeOf<{ waitMs: number; outcome: "abandoned"; talkMs: number }>().toMatchTypeOf<Call>();
    expectTypeOf<{ outcome: "abandoned" }>().toMatchTypeOf<Call>(); // an abandoned call may have no wait
    serviceLevel([{ outcome: "abandoned" }, { waitMs: 1, outcome: "answered" }], { thresholdMs: 1 });
    // @ts-expect-error: thresholdMs is required
    serviceLevel([], {});
    // @ts-expect-error: options are required
    serviceLevel([]);
    // @ts-expect-error: only the five named formulas
    serviceLevel([], { thresholdMs: 1, formula: "answered-of-handled" });
    // @ts-expect-error: outcome is "answered" or "abandoned"
    serviceLevel([{ waitMs: 1, outcome: "missed" }], { thresholdMs: 1 });
  });
});
