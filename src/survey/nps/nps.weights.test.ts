/**
 * Two promises of nps's weights that mutation testing found untested (issue 16): equal weights
 * give exactly the unweighted result, and the weight sums are compensated (Neumaier), so a large
 * weight does not swallow small ones.
 */
import { describe, expect, it } from "vitest";
import { nps } from "./nps.js";

describe("nps weights", () => {
  it("gives exactly the unweighted result for equal weights, bit for bit (docs: equal weights carry no information)", () => {
    const scores = [10, 9, 8, 7, 3, 0, 10, 6, 9, 9, 2];
    // 0.1 × 11 is not 1.1 in binary: a weighted computation would differ in the last digits
    expect(nps(scores, { weights: Array(scores.length).fill(0.1) })).toEqual(nps(scores));
    expect(nps(scores, { weights: Array(scores.length).fill(3) })).toEqual(nps(scores));
  });

  it("adds the weights with compensation: 1e16 + 1 + 1 is 1e16 + 2, not 1e16", () => {
    // promoter weight 1e16, two detractors of weight 1: the exact total 1e16 + 2 is a double, and
    // NPS = (1e16 − 2) / (1e16 + 2) × 100. Summed left to right without compensation each + 1 is
    // lost (the doubles near 1e16 are 2 apart) and the total would be 1e16, giving 99.99999999999997.
    const r = nps([10, 0, 0], { weights: [1e16, 1, 1] });
    expect(r.value).toBe(((1e16 - 2) / (1e16 + 2)) * 100);
    expect(r.value).not.toBe(((1e16 - 2) / 1e16) * 100);
    expect(r.detractorPercent).toBe((2 / (1e16 + 2)) * 100);
  });
});
