import { describe, expectTypeOf, it } from "vitest";
import { averageHandleTime } from "./averageHandleTime.js";

describe("averageHandleTime types", () => {
  it("requires talkMs and returns nullable means", () => {
    const r = averageHandleTime([{ talkMs: 1 }, { talkMs: 2, holdMs: 3, afterWorkMs: undefined }]);
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    expectTypeOf(r.n).toEqualTypeOf<number>();
    // @ts-expect-error: talkMs is required
    averageHandleTime([{ holdMs: 1 }]);
  });
});
