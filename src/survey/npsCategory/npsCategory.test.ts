import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { npsCategory } from "./npsCategory.js";

describe("npsCategory", () => {
  it("sorts 0–6, 7–8 and 9–10 as Reichheld (2003) defines the groups", () => {
    // Reichheld (2003), HBR: 9–10 promoters, 7–8 passively satisfied, 0–6 detractors.
    const expected = ["detractor", "detractor", "detractor", "detractor", "detractor", "detractor", "detractor", "passive", "passive", "promoter", "promoter"];
    expect(Array.from({ length: 11 }, (_, s) => npsCategory(s))).toEqual(expected);
  });

  it("matches the TSDoc example", () => {
    expect(npsCategory(6)).toBe("detractor");
    expect(npsCategory(8)).toBe("passive");
    expect(npsCategory(9)).toBe("promoter");
  });

  it.each([11, -1, 7.5, 6.000001, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "9", null, undefined, true])(
    "rejects %s with field 'score'",
    (score) => {
      try {
        npsCategory(score as number);
        expect.unreachable();
      } catch (error) {
        expect(isKpiInputError(error)).toBe(true);
        expect(error).toMatchObject({ kpi: "npsCategory", field: "score", index: undefined, expected: "an integer from 0 to 10" });
        expect(Object.is((error as { value: unknown }).value, score)).toBe(true);
      }
    },
  );

  it("says what was expected", () => {
    expect(() => npsCategory(11)).toThrow("npsCategory: score must be an integer from 0 to 10, got 11");
  });
});
