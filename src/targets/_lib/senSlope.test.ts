import { describe, expect, it } from "vitest";
import { median, roundHalfEven } from "./senSlope.js";

describe("Sen slope internals", () => {
  it("rounds halves to even like R's round()", () => {
    // R: round(c(0.5, 1.5, 2.5, -0.5, -1.5, 2.4, 2.6)) = 0 2 2 0 -2 2 3
    expect([0.5, 1.5, 2.5, -0.5, -1.5, 2.4, 2.6].map(roundHalfEven).map((v) => v + 0)).toEqual([0, 2, 2, 0, -2, 2, 3]);
  });
  it("takes the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
