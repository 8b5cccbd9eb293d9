import { describe, expectTypeOf, it } from "vitest";
import { sentimentShare } from "./sentimentShare.js";

describe("sentimentShare types", () => {
  it("takes the three labels only and returns nullable shares", () => {
    const r = sentimentShare(new Set(["positive", "negative"] as const));
    expectTypeOf(r.net).toEqualTypeOf<number | null>();
    expectTypeOf(r.positive).toEqualTypeOf<number>();
    // @ts-expect-error: labels are lower case
    sentimentShare(["Positive"]);
  });
});
