import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { trend, type TrendPoint } from "./trend.js";

/** Independent S: every pair, in time order, counted by brute force. */
function bruteS(y: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) for (let j = i + 1; j < y.length; j++) s += y[j]! > y[i]! ? 1 : y[j]! < y[i]! ? -1 : 0;
  return s;
}

describe("trend: Mann–Kendall", () => {
  it("reproduces the TSDoc example literally", () => {
    const r = trend([6, 4, 1, 8, 7, 8]);
    expect(r).toMatchObject({ n: 6, period: null, s: 6, varS: 82 / 3, direction: "no trend", intercept: 4.5, reason: null });
    expect(r.z).toBeCloseTo(0.956365, 6);
    expect(r.pValue).toBeCloseTo(0.33889, 5);
    expect(r.tau).toBeCloseTo(6 / Math.sqrt(210), 12);
    expect(r.slope).toBeCloseTo(2 / 3, 12);
    expect(r.slopeCi).toEqual({ lower: -2.5, upper: 3, level: 0.95 });
    expect(trend([1, 2])).toEqual({
      n: 2, period: null, s: null, varS: null, z: null, pValue: null, tau: null, direction: null,
      slope: null, intercept: null, slopeCi: null, reason: "too-few-points",
    });
  });

  it("matches the Holy Cross 'Mann-Kendall Example (by hand)': S = 54, Z = 2.9058", () => {
    // J. Little, College of the Holy Cross, "A Mann-Kendall Example ('By Hand')"
    // (mathcs.holycross.edu/~little/Montserrat/MannKendallByHand.txt): 14 values, 91 pairs,
    // 72 rising, 18 falling, 1 tie → S = 54; V = (14·13·33 − 2·1·9)/18 (one pair of 12.9s);
    // Z = (S − 1)/√V = 2.9058; p ≈ .0018 there is one-sided, so two-sided is ≈ .0037.
    const y = [12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7];
    const r = trend(y);
    expect(r.s).toBe(54);
    expect(r.s).toBe(bruteS(y));
    expect(r.varS).toBeCloseTo((14 * 13 * 33 - 2 * 1 * 9) / 18, 12);
    expect(r.z).toBeCloseTo(2.9058, 4);
    expect(r.pValue! / 2).toBeCloseTo(0.0018, 4);
    expect(r.direction).toBe("increasing");
    // tau-b: 54 / √((91 − 1) · 91)
    expect(r.tau).toBeCloseTo(54 / Math.sqrt(90 * 91), 12);
  });

  it("matches zyp.sen and trend::sens.slope ranks on x = 0…5, y = 6, 4, 1, 8, 7, 8", () => {
    // R-help, "Confidence intervals for Sen slope in zyp-package" (Nov 2012): zyp.sen(y ~ x) gives
    // intercept 4.5 and slope 0.6666667, and the 95 % lower slope bound −2.5. By hand the 15 slopes
    // ordered are −3, −2.5, −2, −1, 0, .25, .4, ⅔, 1, 1, 1, 2, 7/3, 3, 7; C = 1.96·√(82/3) = 10.25,
    // ranks round((15 − C)/2) = 2 and round((15 + C)/2 + 1) = 14 (trend::sens.slope) → [−2.5, 3].
    const points: TrendPoint[] = [6, 4, 1, 8, 7, 8].map((value, t) => ({ t, value }));
    const r = trend([...points].reverse());
    expect(r.slope).toBeCloseTo(0.6666667, 7);
    expect(r.intercept).toBeCloseTo(4.5, 12);
    expect(r.slopeCi).toEqual({ lower: -2.5, upper: 3, level: 0.95 });
    // At 99 % C = 2.5758·5.228 = 13.47: ranks 1 and 15 → [−3, 7].
    expect(trend(points, { confidence: 0.99 }).slopeCi).toEqual({ lower: -3, upper: 7, level: 0.99 });
    // At 99.9 % the lower rank is 0: too few pairs for that level.
    expect(trend(points, { confidence: 0.999 }).slopeCi).toBeNull();
  });

  it("counts tie groups by hand: 2, 2, 2, 3, 3, 3, 3, 5", () => {
    // groups t = 3 and 4: varS = (8·7·21 − 3·2·11 − 4·3·13)/18 = (1176 − 66 − 156)/18 = 53
    const y = [2, 2, 2, 3, 3, 3, 3, 5];
    const r = trend(y);
    expect(r.s).toBe(bruteS(y));
    expect(r.s).toBe(3 * 4 + 3 + 4 * 1);
    expect(r.varS).toBe(53);
    expect(r.z).toBeCloseTo(18 / Math.sqrt(53), 12);
    // tau-b: N0 = 28, N1 = 3 + 6 = 9 → 19 / √(19 · 28)
    expect(r.tau).toBeCloseTo(19 / Math.sqrt(19 * 28), 12);
  });

  it("gives z = 0, p = 1 and tau null for a constant series", () => {
    expect(trend([4, 4, 4, 4])).toMatchObject({ s: 0, varS: 0, z: 0, pValue: 1, tau: null, direction: "no trend", slope: 0, intercept: 4 });
  });

  it("reads timestamps as days since 1970 and sorts points by time", () => {
    const r = trend([
      { t: "2026-03-03", value: 14 },
      { t: new Date("2026-03-01T00:00:00Z"), value: 10 },
      { t: "2026-03-02T00:00:00Z", value: 12 },
    ]);
    expect(r.s).toBe(3);
    expect(r.slope).toBe(2); // per day
    expect(r.intercept).toBeCloseTo(10 - 2 * (Date.UTC(2026, 2, 1) / 86_400_000), 6);
  });

  it("decides direction at alpha: p < alpha", () => {
    const y = [1, 3, 2, 4, 5, 7, 6, 8];
    const p = trend(y).pValue!;
    expect(trend(y, { alpha: p * 1.01 }).direction).toBe("increasing");
    expect(trend(y, { alpha: p }).direction).toBe("no trend");
    expect(trend(y.map((v) => -v), { alpha: p * 1.01 }).direction).toBe("decreasing");
  });
});

describe("trend: seasonal Kendall (period)", () => {
  it("sums S and varS over seasons and takes the median within-season slope", () => {
    // Two seasons (weekday/weekend pattern of period 2): season 0 = 10, 11, 13; season 1 = 50, 49, 52.
    // S0 = 3, S1 = −1 + 1 + 1 = 1; varS = 2 · 3·2·11/18 = 22/3; z = (4 − 1)/√(22/3).
    // Within-season slopes per step: (11−10)/2, (13−10)/4, (13−11)/2, (49−50)/2, (52−50)/4, (52−49)/2
    // = .5, .75, 1, −.5, .5, 1.5 → median .625.
    const r = trend([10, 50, 11, 49, 13, 52], { period: 2 });
    expect(r).toMatchObject({ n: 6, period: 2, s: 4, slope: 0.625, reason: null });
    expect(r.varS).toBeCloseTo(22 / 3, 12);
    expect(r.z).toBeCloseTo(3 / Math.sqrt(22 / 3), 12);
    expect(r.tau).toBeCloseTo(4 / 6, 12);
    // The plain test also compares across seasons: 5 − 2 + 3 + 0 + 1 = 7 over 15 pairs.
    expect(trend([10, 50, 11, 49, 13, 52]).s).toBe(7);
  });

  it("returns nulls with a reason when a season has fewer than 2 points", () => {
    expect(trend([1, 2, 3, 4, 5], { period: 3 })).toMatchObject({ s: null, slope: null, reason: "too-few-points-in-season" });
    expect(trend([1, 2, 3, 4, 5, 6], { period: 3 }).reason).toBeNull();
    expect(trend([1, 2, 3, 4], { period: 1 })).toMatchObject({ s: 6, period: 1 });
  });
});

describe("trend: invalid input", () => {
  it.each([
    [[1, Number.NaN, 3], {}, "series", 1],
    [[1, 2, Number.POSITIVE_INFINITY], {}, "series", 2],
    [[{ t: 0, value: 1 }, { t: 1, value: Number.NaN }], {}, "series.value", 1],
    [[{ t: 0, value: 1 }, { t: "yesterday", value: 2 }], {}, "series.t", 1],
    [[{ t: 0, value: 1 }, { t: 0, value: 2 }], {}, "series.t", 1],
    [[1, 2, 3], { alpha: 0 }, "options.alpha", undefined],
    [[1, 2, 3], { alpha: 1 }, "options.alpha", undefined],
    // a number written as text is not a number, even one that JavaScript compares as 0.5
    [[1, 2, 3], { alpha: "0.5" as never }, "options.alpha", undefined],
    [[1, 2, 3], { confidence: 1.5 }, "options.confidence", undefined],
    [[1, 2, 3], { period: 0 }, "options.period", undefined],
    [[1, 2, 3], { period: 2.5 }, "options.period", undefined],
  ])("rejects %o with %o (field %s)", (series, options, field, index) => {
    const error = inputErrorOf(() => trend(series as number[], options));
    expect(error).toMatchObject({ kpi: "trend", field, index });
  });

  it("does not modify its input", () => {
    const points = [{ t: 2, value: 1 }, { t: 1, value: 5 }, { t: 3, value: 2 }];
    const before = JSON.stringify(points);
    trend(points);
    expect(JSON.stringify(points)).toBe(before);
  });
});

describe("trend: values and times near the largest double", () => {
  it("gives the Sen line of values near ±1e308 (fuzz reproducer), as exact fractions say", () => {
    // By hand (Python's fractions, exact): the 15 pair slopes are, in units of 1e307,
    // −9 (×6), −3.6, −2.25, −2.25, 0, 0, 1e−307, 4.5, 4.5, 18; the median (8th) is
    // (−9e307 − 4)/4 = −2.25e307, the intercept median(y − slope·i) = 5.625e307. The pair slope
    // 1.8e308 is beyond the largest double, so the all-pairs definition in floating point gave
    // ±Infinity and NaN here before the series was scaled.
    const r = trend([9e307, 4, -9e307, 9e307, 7, -9e307], { alpha: 0.1, confidence: 0.9 });
    expect(r.slope).toBe(-2.25e307);
    expect(r.intercept).toBe(5.625e307);
    expect(r.slopeCi).toEqual({ lower: -9e307, upper: 4.5e307, level: 0.9 });
    expect(r.s).toBe(-5);
  });

  it("gives the Sen line of times near ±1e308", () => {
    // slopes 1e−308, 1.5e−308, 1.6e−308, 2e−308 (×3); median (1.6 + 2)/2 · 1e−308 = 1.8e−308;
    // residuals 2.8, 2, 2.2, 2.3, median 2.25 (by hand)
    const r = trend([{ t: -1e308, value: 1 }, { t: 0, value: 2 }, { t: 1e308, value: 4 }, { t: 1.5e308, value: 5 }]);
    expect(r.slope).toBe(1.8e-308);
    expect(r.intercept).toBe(2.25);
  });

  it("refuses a series whose line is beyond the doubles, naming the largest value", () => {
    // three points half a step apart rising by 1.7e308 each: every pair slope is 3.4e308
    const steep = [{ t: 0, value: -1.7e308 }, { t: 0.5, value: 0 }, { t: 1, value: 1.7e308 }];
    expect(inputErrorOf(() => trend(steep))).toMatchObject({ kpi: "trend", field: "series", value: 1.7e308 });
    // slope 1e300 per step, finite; the line at t = 0 is 0 − 1e300 · 1e10 = −1e310
    const far = [{ t: 1e10, value: 0 }, { t: 1e10 + 1, value: 1e300 }, { t: 1e10 + 2, value: 2e300 }];
    expect(inputErrorOf(() => trend(far))).toMatchObject({
      kpi: "trend",
      field: "series",
      value: 2e300,
      expected: "values whose Sen line fits in a double: its slope, interval or intercept is beyond ±1.80e+308 (largest |value| shown)",
    });
  });
});

describe("trend: signed zeros", () => {
  it("gives an intercept of 0, not −0, for a series of −0", () => {
    // Every residual −0 − 0·x is −0 unless the values are read as 0; JSON would print both as 0,
    // but a result compared with Object.is (or 1/intercept) must not see the sign.
    expect(Object.is(trend([-0, -0, -0]).intercept, 0)).toBe(true);
    expect(Object.is(trend([{ t: 0, value: -0 }, { t: 1, value: -0 }, { t: 2, value: -0 }]).intercept, 0)).toBe(true);
  });
});
