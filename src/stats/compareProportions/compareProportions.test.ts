import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { compareProportions } from "./compareProportions.js";

// statsmodels 0.15.0, printed by test/reference/compare_proportions.py:
// confint_proportions_2indep(method="newcomb", compare="diff") for the interval and
// proportions_ztest for z and the two-sided p-value (null where the pooled proportion is 0 or 1).
// Rows: [x1, n1, x2, n2, confidence, lower, upper, z, pValue].
const NEWCOMBE_CASES = [
  [56, 70, 48, 80, 0.95, 0.05243147240236498, 0.333872654036906, 2.6501719512585336, 0.00804508136819656],
  [56, 70, 48, 80, 0.99, 0.005370869250078403, 0.3718084317757736, 2.6501719512585336, 0.00804508136819656],
  [56, 70, 48, 80, 0.9, 0.07656419154407207, 0.31364458358294384, 2.6501719512585336, 0.00804508136819656],
  [9, 10, 3, 10, 0.95, 0.17052272393450302, 0.8090179735354881, 2.738612787525831, 0.006169899320544151],
  [6, 7, 2, 7, 0.95, 0.0582279274823122, 0.8062496375242277, 2.160246899469287, 0.030753561259274524],
  [5, 56, 0, 29, 0.95, -0.03813714790353688, 0.19256001385511162, 1.6586488692392285, 0.09718656817057973],
  [5, 56, 0, 29, 0.99, -0.10602776974737906, 0.23529324617716052, 1.6586488692392285, 0.09718656817057973],
  [5, 56, 0, 29, 0.9, -0.007255069182513882, 0.17229044004724364, 1.6586488692392285, 0.09718656817057973],
  [0, 10, 0, 20, 0.95, -0.16112515805281938, 0.2775327998628892, null, null],
  [0, 10, 0, 10, 0.95, -0.2775327998628892, 0.2775327998628892, null, null],
  [10, 10, 0, 20, 0.95, 0.6790860371419147, 1.0, 5.47722557505166, 4.320463057827506e-08],
  [10, 10, 0, 10, 0.95, 0.6075093504305242, 1.0, 4.47213595499958, 7.74421643104407e-06],
  [48, 80, 56, 70, 0.95, -0.333872654036906, -0.05243147240236498, -2.6501719512585336, 0.00804508136819656],
  [412, 1000, 380, 1000, 0.95, -0.01085277350255534, 0.07468742113270041, 1.4630828452738374, 0.14344471131132205],
  [412, 1000, 380, 1000, 0.99, -0.024280913414388677, 0.0879960911569528, 1.4630828452738374, 0.14344471131132205],
  [412, 1000, 380, 1000, 0.9, -0.003970557912541708, 0.0678539716859257, 1.4630828452738374, 0.14344471131132205],
  [1, 2, 1, 3, 0.95, -0.44578123286192445, 0.6548292253357504, 0.372677996249965, 0.7093881150142263],
] as const;

describe("compareProportions", () => {
  it.each(NEWCOMBE_CASES)("%i/%i vs %i/%i at %d matches statsmodels to 1e-12", (x1, n1, x2, n2, confidence, lower, upper, z, pValue) => {
    const r = compareProportions({ successes: x1, n: n1 }, { successes: x2, n: n2 }, { confidence });
    expect(r.difference).toBeCloseTo(x1 / n1 - x2 / n2, 14);
    expect(r.ci?.lower).toBeCloseTo(lower, 12);
    expect(r.ci?.upper).toBeCloseTo(upper, 12);
    expect(r.ci?.level).toBe(confidence);
    if (z === null || pValue === null) {
      expect(r.z).toBeNull();
      expect(r.pValue).toBeNull();
    } else {
      expect(r.z).toBeCloseTo(z, 12);
      expect(Math.abs(r.pValue! - pValue)).toBeLessThanOrEqual(1e-12 * pValue);
    }
  });

  // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10 (hybrid score
  // without continuity correction), 95 %, published to four decimals. Example (c), 6/7 vs 2/7,
  // is checked against statsmodels above only.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])("reproduces Newcombe's table II for %i/%i vs %i/%i", (x1, n1, x2, n2, lower, upper) => {
    const { ci } = compareProportions({ successes: x1, n: n1 }, { successes: x2, n: n2 });
    expect(ci?.lower).toBeCloseTo(lower, 4);
    expect(ci?.upper).toBeCloseTo(upper, 4);
  });

  it("gives the TSDoc examples", () => {
    const r = compareProportions({ successes: 56, n: 70 }, { successes: 48, n: 80 });
    expect(r.difference).toBe(0.2); // from the counts: (56·80 − 48·70) / 5600, no rounding
    expect(r.z).toBeCloseTo(2.6501719512585336, 12);
    expect(r.pValue).toBeCloseTo(0.00804508136819656, 14);
    expect(r.ci).toMatchObject({ level: 0.95 });
    const none = compareProportions({ successes: 0, n: 10 }, { successes: 0, n: 20 });
    expect(none).toMatchObject({ difference: 0, z: null, pValue: null });
    expect(none.ci?.lower).toBeCloseTo(-0.16112515805281938, 12);
    expect(none.ci?.upper).toBeCloseTo(0.2775327998628892, 12);
  });

  it("agrees with the χ² test without continuity correction: z² = χ² (scipy 1.17.1 chi2_contingency)", () => {
    // chi2_contingency([[56, 14], [48, 32]], correction=False) → statistic 7.023411371237456,
    // pvalue 0.008045081368196585.
    const r = compareProportions({ successes: 56, n: 70 }, { successes: 48, n: 80 });
    expect(r.z! * r.z!).toBeCloseTo(7.023411371237456, 11);
    expect(r.pValue).toBeCloseTo(0.008045081368196585, 14);
  });

  it("keeps the sign: b − a negates the difference and mirrors the interval", () => {
    const ab = compareProportions({ successes: 9, n: 10 }, { successes: 3, n: 10 });
    const ba = compareProportions({ successes: 3, n: 10 }, { successes: 9, n: 10 });
    expect(ba.difference).toBe(-ab.difference!);
    expect(ba.z).toBe(-ab.z!);
    expect(ba.pValue).toBe(ab.pValue);
    expect(ba.ci?.lower).toBeCloseTo(-ab.ci!.upper, 15);
    expect(ba.ci?.upper).toBeCloseTo(-ab.ci!.lower, 15);
  });

  it("reports difference and interval but no test when the pooled proportion is 0 or 1", () => {
    const allFail = compareProportions({ successes: 0, n: 5 }, { successes: 0, n: 9 });
    expect(allFail.z).toBeNull();
    expect(allFail.pValue).toBeNull();
    expect(allFail.difference).toBe(0);
    expect(allFail.ci!.lower).toBeLessThan(0);
    expect(allFail.ci!.upper).toBeGreaterThan(0);
    const allSucceed = compareProportions({ successes: 5, n: 5 }, { successes: 9, n: 9 });
    expect(allSucceed).toMatchObject({ difference: 0, z: null, pValue: null });
    expect(JSON.stringify(allSucceed)).not.toContain("NaN");
  });

  it("gives all null when either group is empty", () => {
    const empty = { difference: null, z: null, pValue: null, ci: null };
    expect(compareProportions({ successes: 0, n: 0 }, { successes: 3, n: 10 })).toEqual(empty);
    expect(compareProportions({ successes: 3, n: 10 }, { successes: 0, n: 0 })).toEqual(empty);
    expect(compareProportions({ successes: 0, n: 0 }, { successes: 0, n: 0 })).toEqual(empty);
  });

  it("keeps the difference exact for large counts and stays finite", () => {
    const r = compareProportions({ successes: 4_000_000_001, n: 8_000_000_000 }, { successes: 3_999_000_000, n: 8_000_000_000 });
    expect(r.difference).toBeCloseTo(1_000_001 / 8_000_000_000, 15);
    expect(Number.isFinite(r.z)).toBe(true);
    expect(r.ci!.lower).toBeLessThan(r.difference!);
    expect(r.ci!.upper).toBeGreaterThan(r.difference!);
  });

  it.each([
    [{ successes: -1, n: 10 }, { successes: 1, n: 10 }, "a.successes"],
    [{ successes: 11, n: 10 }, { successes: 1, n: 10 }, "a.successes"],
    [{ successes: 1, n: 10.5 }, { successes: 1, n: 10 }, "a.n"],
    [{ successes: 1, n: 10 }, { successes: Number.NaN, n: 10 }, "b.successes"],
    [{ successes: 1, n: 10 }, { successes: 1, n: Number.POSITIVE_INFINITY }, "b.n"],
    [{ successes: 1, n: 10 }, { successes: 4, n: 3 }, "b.successes"],
    [{ n: 10 }, { successes: 1, n: 10 }, "a.successes"],
    [null, { successes: 1, n: 10 }, "a"],
    [{ successes: 1, n: 10 }, [1, 10], "b"],
  ])("rejects %o vs %o naming %s", (a, b, field) => {
    try {
      compareProportions(a as never, b as never);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "compareProportions", field });
    }
  });

  it.each([0, 1, -0.1, 2, Number.NaN])("rejects confidence %d", (confidence) => {
    expect(() => compareProportions({ successes: 1, n: 2 }, { successes: 1, n: 3 }, { confidence })).toThrow(
      expect.objectContaining({ field: "options.confidence" }),
    );
  });
});
