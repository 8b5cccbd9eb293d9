import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { wilsonInterval } from "./wilsonInterval.js";

describe("wilsonInterval", () => {
  // Newcombe (1998), Statistics in Medicine 17:857–872, table I, method 3 (Wilson score,
  // no continuity correction), printed to four decimals. Also confirmed with statsmodels
  // 0.15 proportion_confint(method="wilson").
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0.0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("matches Newcombe 1998 for %i/%i", (x, n, lower, upper) => {
    const ci = wilsonInterval(x, n);
    expect(ci?.lower).toBeCloseTo(lower, 4);
    expect(ci?.upper).toBeCloseTo(upper, 4);
    expect(ci?.level).toBe(0.95);
  });

  it("matches statsmodels to 1e-12 (proportion_confint, method='wilson')", () => {
    const ci = wilsonInterval(81, 263);
    expect(ci?.lower).toBeCloseTo(0.2552885198782742, 12);
    expect(ci?.upper).toBeCloseTo(0.36620957698280004, 12);
  });

  it("widens with the confidence level (99 %: z = 2.5758)", () => {
    // Independent computation in the test: Wilson with z = 2.5758293035489 for 15/148.
    const z = 2.5758293035489004;
    const p = 15 / 148;
    const n = 148;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    const ci = wilsonInterval(15, 148, { confidence: 0.99 });
    expect(ci?.lower).toBeCloseTo(centre - half, 12);
    expect(ci?.upper).toBeCloseTo(centre + half, 12);
    expect(ci?.level).toBe(0.99);
  });

  it("is exactly 1 at the top when every trial succeeds", () => {
    expect(wilsonInterval(20, 20)?.upper).toBe(1);
    expect(wilsonInterval(20, 20)?.lower).toBeCloseTo(1 - 0.1611251580528194, 12);
  });

  it("returns null for no trials", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it.each([
    [-1, 10, "successes"],
    [1.5, 10, "successes"],
    [11, 10, "successes"],
    [1, Number.NaN, "n"],
    [1, Number.POSITIVE_INFINITY, "n"],
  ])("rejects successes=%s n=%s naming %s", (x, n, field) => {
    try {
      wilsonInterval(x, n);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect((error as { field: string }).field).toBe(field);
      expect((error as { kpi: string }).kpi).toBe("wilsonInterval");
    }
  });

  it.each([0, 1, -0.5, 1.5, Number.NaN])("rejects confidence %s", (confidence) => {
    expect(() => wilsonInterval(1, 2, { confidence })).toThrow(/options\.confidence/);
  });

  it("starts at 0 exactly with no successes and ends at 1 exactly with all, at every n", () => {
    // The formula's centre − half and centre + half round to 2.8e-17 at n = 7 and to
    // 0.9999999999999999 at n = 10 (95 %): the ends are set, not computed.
    for (let n = 1; n <= 60; n++) {
      expect(wilsonInterval(0, n)!.lower).toBe(0);
      expect(wilsonInterval(n, n)!.upper).toBe(1);
    }
  });
});
