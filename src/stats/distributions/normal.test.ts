import { describe, expect, it } from "vitest";
import { erfc, normalCdf, normalPdf, normalQuantile, twoSidedNormalP, zForConfidence } from "./normal.js";

// Reference values: scipy 1.17.1 (scipy.stats.norm.cdf / .ppf / .sf, scipy.special.erfc),
// printed with every digit by test/reference/distributions.py.
const NORMAL_CDF = [
  [-37.5, 4.605353009581954e-308],
  [-37.0, 5.7255712225239266e-300],
  [-35.0, 1.1249107064724061e-268],
  [-30.0, 4.906713927147908e-198],
  [-25.0, 3.056696706382561e-138],
  [-20.0, 2.7536241186061556e-89],
  [-15.0, 3.6709661993126986e-51],
  [-10.0, 7.61985302416047e-24],
  [-8.0, 6.22096057427174e-16],
  [-6.0, 9.865876450376946e-10],
  [-5.0, 2.866515718791933e-07],
  [-3.0, 0.0013498980316300933],
  [-2.5, 0.006209665325776132],
  [-1.959963984540054, 0.025],
  [-1.5, 0.06680720126885807],
  [-1.0, 0.15865525393145707],
  [-0.5, 0.3085375387259869],
  [-1e-08, 0.4999999960105772],
  [0.0, 0.5],
  [0.3, 0.6179114221889526],
  [1.0, 0.8413447460685429],
  [1.959963984540054, 0.975],
  [2.8, 0.997444869669572],
  [5.0, 0.9999997133484281],
] as const;

const ERFC = [
  [-3.0, 1.9999779095030015],
  [-0.5, 1.5204998778130465],
  [0.0, 1.0],
  [1e-10, 0.999999999887162],
  [0.1, 0.8875370839817152],
  [0.5, 0.4795001221869535],
  [1.0, 0.15729920705028516],
  [1.5, 0.03389485352468927],
  [1.999, 0.0046984433486294865],
  [2.0, 0.004677734981047266],
  [2.001, 0.004657109281475351],
  [3.0, 2.2090496998585445e-05],
  [5.0, 1.5374597944280347e-12],
  [10.0, 2.0884875837625446e-45],
  [15.0, 7.212994172451209e-100],
  [20.0, 5.395865611607901e-176],
  [25.0, 8.300172571196523e-274],
  [26.0, 5.663192408856145e-296],
  [26.5, 2.2109076642637343e-307],
] as const;

const TWO_SIDED_P = [
  [0.0, 1.0],
  [0.5, 0.6170750774519738],
  [1.0, 0.31731050786291415],
  [1.959963984540054, 0.05],
  [2.5758293035489004, 0.010000000000000007],
  [3.0, 0.0026997960632601866],
  [5.0, 5.733031437583866e-07],
  [10.0, 1.523970604832094e-23],
  [20.0, 5.507248237212311e-89],
  [37.0, 1.1451142445047853e-299],
] as const;

const NORMAL_QUANTILE = [
  [1e-300, -37.0470962993612],
  [1e-250, -33.79958617269484],
  [1e-200, -30.20559417957964],
  [1e-150, -26.12296119059398],
  [1e-100, -21.273453560965322],
  [1e-50, -14.933337534788487],
  [1e-20, -9.262340089798409],
  [1e-10, -6.361340902404056],
  [1e-05, -4.264890793922825],
  [0.001, -3.090232306167813],
  [0.01, -2.3263478740408408],
  [0.025, -1.9599639845400545],
  [0.05, -1.6448536269514729],
  [0.1, -1.2815515655446004],
  [0.2, -0.8416212335729142],
  [0.3, -0.5244005127080409],
  [0.4, -0.2533471031357997],
  [0.49, -0.02506890825871106],
  [0.5, 0.0],
  [0.51, 0.02506890825871106],
  [0.6, 0.2533471031357997],
  [0.75, 0.6744897501960817],
  [0.9, 1.2815515655446004],
  [0.95, 1.6448536269514722],
  [0.975, 1.959963984540054],
  [0.99, 2.3263478740408408],
  [0.999, 3.090232306167813],
  [0.999999, 4.753424308817087],
  [0.999999999999, 7.0344869100478356],
] as const;

/** Relative error, with exact agreement (including 0 = 0) counting as 0. */
function relativeError(actual: number, expected: number): number {
  return actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
}

describe("normalCdf", () => {
  // 3e-13 relative: at x = -37 the factor exp(-x²/2) alone carries the rounding of x² (≈1e-13).
  it.each(NORMAL_CDF)("Φ(%d) matches scipy to 3e-13 relative", (x, expected) => {
    expect(relativeError(normalCdf(x), expected)).toBeLessThan(3e-13);
  });

  it("is exactly 1/2 at 0 and symmetric: Φ(-x) = 1 - Φ(x)", () => {
    expect(normalCdf(0)).toBe(0.5);
    for (const x of [0.1, 0.7, 1.3, 2.2]) expect(normalCdf(-x)).toBeCloseTo(1 - normalCdf(x), 15);
  });

  it("goes to 0 and 1 at the infinities and keeps NaN as NaN", () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
    expect(normalCdf(-40)).toBe(0); // true value 3.6e-350, below the smallest double
    expect(Number.isNaN(normalCdf(Number.NaN))).toBe(true);
  });

  it("stays in the subnormal range, never negative, between -37.5 and -40", () => {
    // Φ(-38) = 2.885428351e-316 (mpmath 30 digits); below 2.2e-308 only a few digits survive.
    const value = normalCdf(-38);
    expect(value).toBeGreaterThan(2.8e-316);
    expect(value).toBeLessThan(3e-316);
  });
});

describe("erfc", () => {
  it.each(ERFC)("erfc(%d) matches scipy.special.erfc to 3e-13 relative", (x, expected) => {
    expect(relativeError(erfc(x), expected)).toBeLessThan(3e-13);
  });

  it("is 0 beyond x = 27 and 2 far below 0, NaN for NaN", () => {
    expect(erfc(28)).toBe(0);
    expect(erfc(-28)).toBe(2);
    expect(erfc(Number.NaN)).toBeNaN();
    // At 27 itself a subnormal (about 1e5 units of 2^-1074, so 1e-5 relative): mpmath 5.237048924e-319.
    expect(relativeError(erfc(27), 5.23705e-319)).toBeLessThan(1e-4); // (the nearest double)
  });
});

describe("twoSidedNormalP", () => {
  it.each(TWO_SIDED_P)("P(|Z| ≥ %d) matches 2·scipy.stats.norm.sf to 3e-13 relative", (z, expected) => {
    expect(relativeError(twoSidedNormalP(z), expected)).toBeLessThan(3e-13);
  });

  it("is symmetric in the sign of z", () => {
    expect(twoSidedNormalP(-2.5)).toBe(twoSidedNormalP(2.5));
  });
});

describe("normalQuantile", () => {
  // The lower tail is solved directly, so relative accuracy holds down to p = 1e-300.
  it.each(NORMAL_QUANTILE)("Φ⁻¹(%d) matches scipy.stats.norm.ppf to 1e-14 relative", (p, expected) => {
    if (expected === 0) expect(normalQuantile(p)).toBe(0);
    else expect(relativeError(normalQuantile(p), expected)).toBeLessThan(1e-14);
  });
});

describe("zForConfidence and normalPdf", () => {
  it("gives the familiar two-sided critical values (scipy.stats.norm.ppf(0.975) = 1.959963984540054)", () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(zForConfidence(0.99)).toBeCloseTo(2.5758293035489004, 14); // norm.ppf(0.995)
    expect(zForConfidence(0.9)).toBeCloseTo(1.6448536269514722, 14); // norm.ppf(0.95)
  });

  it("is finite for every confidence strictly between 0 and 1, from the tail (1 − c) / 2", () => {
    // 1 − 2⁻⁵³, the largest double below 1: tail 2⁻⁵⁴, z = 8.29236107581359554 (mpmath). Through
    // Φ⁻¹(1 − tail) it was NaN, 1 − 2⁻⁵⁴ rounding to 1.
    expect(relativeError(zForConfidence(1 - 2 ** -53), 8.292361075813595)).toBeLessThan(1e-14);
    // 2⁻⁵³: tail ½ − 2⁻⁵⁴, z = √(2π)·2⁻⁵⁴ ≈ 1.39e-16.
    expect(relativeError(zForConfidence(2 ** -53), Math.sqrt(2 * Math.PI) * 2 ** -54)).toBeLessThan(0.05);
  });

  it("has the density 1/√(2π) at 0 and φ(1) = 0.24197072451914337 (scipy.stats.norm.pdf)", () => {
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(normalPdf(1)).toBeCloseTo(0.24197072451914337, 15);
  });
});
