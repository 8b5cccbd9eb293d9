import { describe, expectTypeOf, it } from "vitest";
import { averageSpeedOfAnswer } from "./averageSpeedOfAnswer.js";

describe("averageSpeedOfAnswer types", () => {
  it("takes calls and returns a nullable mean in ms", () => {
    const r = averageSpeedOfAnswer([{ waitMs: 1, outcome: "answered", talkMs: 2 }]);
    expectTypeOf(r).toEqualTypeOf<{ readonly value: number | null; readonly n: number }>();
    expectTypeOf(averageSpeedOfAnswer([{ outcome: "abandoned" }])).toEqualTypeOf(r); // an abandoned call may have no wait; no unknownWait field
    // @ts-expect-error: outcome is required
    averageSpeedOfAnswer([{ waitMs: 1 }]);
    // @ts-expect-error: it takes no options
    averageSpeedOfAnswer([], { thresholdMs: 1 });
  });
});
