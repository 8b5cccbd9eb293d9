import { describe, expect, it } from "vitest";
import { mean, percent, sum, sumScale, weightedMean } from "./math.js";

describe("mean", () => {
  it("is the sum over n while the sum is finite", () => {
    expect(mean([1, 2, 4])).toBe(7 / 3);
    expect(mean([1, 2, 4], 7)).toBe(7 / 3);
  });

  it("stays finite when the sum overflows: 9e307 twice has mean 9e307", () => {
    expect(Number.isFinite(sum([9e307, 9e307]))).toBe(false);
    expect(mean([9e307, 9e307])).toBe(9e307);
    expect(mean([Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE);
    // An overflow on the way (1.7e308 + 1.7e308), then back: 1.7e308 / 3.
    expect(mean([1.7e308, 1.7e308, -1.7e308]) / (1.7e308 / 3)).toBeCloseTo(1, 15);
  });
});

describe("sumScale", () => {
  it("is 2^-m for the smallest 2^m ≥ n", () => {
    expect([1, 2, 3, 4, 5, 1000].map(sumScale)).toEqual([1, 0.5, 0.25, 0.25, 0.125, 2 ** -10]);
  });
});

describe("weightedMean", () => {
  it("is Σ w·v / Σ w", () => {
    expect(weightedMean([1, 3], [10, 20])).toBe(17.5);
  });

  it("stays finite for weights near the largest double", () => {
    // Σ w·v overflows: the weights 1.7e308 and 1.7e308 give the plain mean of 80 and 90.
    expect(weightedMean([1.7e308, 1.7e308], [80, 90])).toBe(85);
    expect(weightedMean([1e308, 1e308], [2, 1e300])).toBe(5e299 + 1);
  });
});

describe("percent", () => {
  it("multiplies first, and divides first where 100 × part overflows", () => {
    expect(percent(412, 500)).toBe(82.4);
    expect(percent(0, 0)).toBeNull();
    expect(percent(9e306, 1.8e307)).toBe(50);
  });
});
