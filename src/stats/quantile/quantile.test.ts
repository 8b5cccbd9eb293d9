import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { QUANTILE_METHODS, type QuantileMethod } from "./methods.js";
import { percentiles } from "./percentiles.js";
import { quantile } from "./quantile.js";
import { checkProbabilities, checkProbability } from "./quantileSorted.js";

const FIVE = [15, 20, 35, 40, 50];

describe("quantile: worked examples from outside sources", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(quantile([15, 20, 35, 40, 50], 0.4)).toBe(29);
    expect(quantile([15, 20, 35, 40, 50], 0.4, { method: "weibull" })).toBe(26);
    expect(quantile([15, 20, 35, 40, 50], 0.4, { method: "inverted_cdf" })).toBe(20);
    expect(quantile([], 0.5)).toBeNull();
    expect(percentiles([1, 3, 2, 4], [0.3, 0.9, 0])).toEqual([1.9, 3.7, 1]);
    expect(percentiles([15, 20, 35, 40, 50], [0.4, 0.5, 0.8], { method: "weibull" })).toEqual([26, 35, 48]);
    expect(percentiles([], [0.5, 0.9])).toEqual([null, null]);
  });

  it("matches Excel PERCENTILE.INC (R type 7) on Microsoft's example", () => {
    // Microsoft's PERCENTILE.INC documentation: data 1, 3, 2, 4 and k = 0.3 gives 1.9.
    // By hand: sorted 1 2 3 4, h = (4 − 1)·0.3 = 0.9, so 1 + 0.9·(2 − 1) = 1.9;
    // k = 0.9: h = 2.7, 3 + 0.7·(4 − 3) = 3.7; k = 0: the minimum, 1.
    expect(quantile([1, 3, 2, 4], 0.3)).toBeCloseTo(1.9, 12);
    expect(quantile([1, 3, 2, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile([1, 3, 2, 4], 0)).toBe(1);
  });

  it("matches Excel / Google Sheets PERCENTILE.EXC (type 6, weibull) on the Sheets example", () => {
    // Google Sheets PERCENTILE.EXC help: data 15, 20, 35, 40, 50; 0.4 → 26, 0.5 → 35, 0.8 → 48.
    // (Sheets and Excel return #NUM! for 0.15 and 0.9, outside [1/(n+1), n/(n+1)]; numpy and
    // this library clamp to the minimum and maximum instead.)
    expect(quantile(FIVE, 0.4, { method: "weibull" })).toBeCloseTo(26, 12);
    expect(quantile(FIVE, 0.5, { method: "weibull" })).toBeCloseTo(35, 12);
    expect(quantile(FIVE, 0.8, { method: "weibull" })).toBeCloseTo(48, 12);
    expect(quantile(FIVE, 0.15, { method: "weibull" })).toBe(15);
    expect(quantile(FIVE, 0.9, { method: "weibull" })).toBe(50);
  });

  it("matches the nearest-rank definition (type 1) computed by hand", () => {
    // Nearest rank: the value at 1-based rank ceil(p·n). n = 5:
    // p = 0.05 → rank 1 → 15; 0.3 → ceil(1.5) = 2 → 20; 0.4 → 2 → 20; 0.5 → 3 → 35; 1 → 5 → 50.
    expect(percentiles(FIVE, [0.05, 0.3, 0.4, 0.5, 1], { method: "inverted_cdf" })).toEqual([15, 20, 20, 35, 50]);
  });

  it("gives R type 7 = Excel PERCENTILE.INC on a small list computed by hand", () => {
    // x = 3 1 4 1 5 9 2 6, sorted 1 1 2 3 4 5 6 9 (n = 8).
    // p = 0.9: h = (8 − 1)·0.9 = 6.3 → x[6] + 0.3·(x[7] − x[6]) = 6 + 0.3·3 = 6.9.
    // p = 0.25: h = 1.75 → 1 + 0.75·(2 − 1) = 1.75. p = 0.5: h = 3.5 → (3 + 4) / 2 = 3.5.
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(quantile(x, 0.9)).toBeCloseTo(6.9, 12);
    expect(quantile(x, 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile(x, 0.5)).toBe(3.5);
  });

  // Hyndman & Fan (1996) definitions on x = 1, 2, ..., 10, where the value at 1-based position
  // h is h itself, so each result is the definition's position. By hand (1-based):
  // p = 0.25, n·p = 2.5:
  //   type 1: x at ceil(2.5) = 3                     → 3
  //   type 2: n·p is not whole, same as type 1        → 3
  //   type 3: n·p − 1/2 = 2 is whole; j = 2 is even, so x(2) → 2
  //   type 4: h = n·p = 2.5                           → 2.5
  //   type 5: h = n·p + 1/2 = 3                       → 3
  //   type 6: h = (n + 1)·p = 2.75                    → 2.75
  //   type 7: h = (n − 1)·p + 1 = 3.25                → 3.25
  //   type 8: h = (n + 1/3)·p + 1/3 = 2.91666…        → 2.9166666666666665
  //   type 9: h = (n + 1/4)·p + 3/8 = 2.9375          → 2.9375
  //   lower / higher / nearest / midpoint around the type 7 position 3.25: 3, 4, 3, 3.5
  // p = 0.5, n·p = 5 (a jump of the empirical CDF):
  //   type 1: x(5) = 5; type 2: (x(5) + x(6)) / 2 = 5.5; type 3: n·p − 1/2 = 4.5 → x(5) = 5;
  //   type 4: 5; types 5–9: 5.5; lower 5, higher 6; nearest: 4.5 (0-based) rounds half to
  //   even → index 4 → 5; midpoint 5.5.
  const TEN = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
  const HF: Record<QuantileMethod, [number, number]> = {
    inverted_cdf: [3, 5],
    averaged_inverted_cdf: [3, 5.5],
    closest_observation: [2, 5],
    interpolated_inverted_cdf: [2.5, 5],
    hazen: [3, 5.5],
    weibull: [2.75, 5.5],
    linear: [3.25, 5.5],
    median_unbiased: [2.9166666666666665, 5.5],
    normal_unbiased: [2.9375, 5.5],
    lower: [3, 5],
    higher: [4, 6],
    nearest: [3, 5],
    midpoint: [3.5, 5.5],
  };
  it.each(QUANTILE_METHODS)("follows Hyndman & Fan's definition for %s", (method) => {
    const [q25, q50] = HF[method];
    expect(quantile(TEN, 0.25, { method })).toBeCloseTo(q25, 12);
    expect(quantile(TEN, 0.5, { method })).toBeCloseTo(q50, 12);
  });

  it("gives the table of docs/kpis/percentiles.md (numpy 2.4.6 on 15, 20, 35, 40, 50)", () => {
    // np.quantile([15, 20, 35, 40, 50], [0.4, 0.5, 0.9], method=m) for each method m.
    const table: Record<QuantileMethod, [number, number, number]> = {
      inverted_cdf: [20, 35, 50],
      averaged_inverted_cdf: [27.5, 35, 50],
      closest_observation: [20, 20, 40],
      interpolated_inverted_cdf: [20, 27.5, 45],
      hazen: [27.5, 35, 50],
      weibull: [26, 35, 50],
      linear: [29, 35, 46],
      median_unbiased: [27, 35, 50],
      normal_unbiased: [27.125, 35, 50],
      lower: [20, 35, 40],
      higher: [35, 35, 50],
      nearest: [35, 35, 50],
      midpoint: [27.5, 35, 45],
    };
    for (const method of QUANTILE_METHODS) {
      const got = percentiles(FIVE, [0.4, 0.5, 0.9], { method }) as number[];
      got.forEach((v, i) => expect(v, `${method} #${i}`).toBeCloseTo(table[method][i] as number, 9));
    }
  });

  it("reproduces numpy's float-rounding behaviour at p = 0.07 with n = 100", () => {
    // 100 · 0.07 − 1 = 6.000000000000001 in float64, so numpy's inverted_cdf and
    // averaged_inverted_cdf take the 8th value, not the 7th or the mean of 7th and 8th.
    const x = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(x, 0.07, { method: "inverted_cdf" })).toBe(8);
    expect(quantile(x, 0.07, { method: "averaged_inverted_cdf" })).toBe(8);
    expect(quantile(x, 0.07)).toBeCloseTo(7.93, 12);
  });
});

describe("quantile: edge cases", () => {
  it("returns null for no values, and one null per p", () => {
    expect(quantile([], 0)).toBeNull();
    expect(quantile(new Set<number>(), 1, { method: "nearest" })).toBeNull();
    expect(percentiles([], [0.1, 0.5, 0.5])).toEqual([null, null, null]);
    expect(percentiles([1, 2], [])).toEqual([]);
  });

  it("returns the only value for every method and p", () => {
    for (const method of QUANTILE_METHODS) {
      expect(percentiles([-7.5], [0, 0.01, 0.5, 0.99, 1], { method })).toEqual([-7.5, -7.5, -7.5, -7.5, -7.5]);
    }
  });

  it("handles ties and negative values", () => {
    expect(percentiles([2, 2, 2, 2], [0, 0.3, 1], { method: "hazen" })).toEqual([2, 2, 2]);
    expect(quantile([-10, -20, -30], 0.5)).toBe(-20);
    expect(quantile([-10, -20, -30], 0.25)).toBe(-25);
  });

  it("gives the minimum at p = 0 and the maximum at p = 1 for every method", () => {
    const x = [4, -1, 9, 3, 3, 0.5];
    for (const method of QUANTILE_METHODS) {
      expect(quantile(x, 0, { method })).toBe(-1);
      expect(quantile(x, 1, { method })).toBe(9);
    }
  });

  it("does not depend on the order of the values", () => {
    const x = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const reversed = [...x].reverse();
    for (const method of QUANTILE_METHODS) {
      expect(percentiles(reversed, [0.1, 0.5, 0.9], { method })).toEqual(percentiles(x, [0.1, 0.5, 0.9], { method }));
    }
  });

  it("does not modify its input and accepts frozen arrays and iterables", () => {
    const x = Object.freeze([3, 1, 2]);
    expect(quantile(x, 0.5)).toBe(2);
    expect(x).toEqual([3, 1, 2]);
    function* gen(): Generator<number> {
      yield 3;
      yield 1;
      yield 2;
    }
    expect(quantile(gen(), 1)).toBe(3);
    expect(percentiles(new Float64Array([4, 2]), new Set([0, 1]))).toEqual([2, 4]);
  });

  it("keeps the order of ps, duplicates included", () => {
    expect(percentiles([1, 2, 3, 4, 5], [1, 0, 0.5, 0.5, 0.25])).toEqual([5, 1, 3, 3, 2]);
  });

  it("works on a million values (no spread, no recursion)", () => {
    // 0, 1, ..., 999 999 in a scrambled order (i·7919 mod 10⁶ is a permutation since 7919 is
    // prime to 10⁶). Type 7 by hand: median h = 499 999.5 → 499 999.5; p90 h = 899 999.1.
    const n = 1_000_000;
    const x = Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const [median, p90, max] = percentiles(x, [0.5, 0.9, 1]);
    expect(median).toBe(499_999.5);
    expect(p90).toBeCloseTo(899_999.1, 6);
    expect(max).toBe(999_999);
  });

  it("reads −0 (in values or p) as 0, so no result is −0", () => {
    expect(Object.is(quantile([-0], 0.5), 0)).toBe(true);
    expect(Object.is(quantile([-0, 0], 0, { method: "lower" }), 0)).toBe(true);
    expect(quantile([1, 2, 3], -0)).toBe(1);
  });

  it("stays finite when neighbouring values are ±1e308", () => {
    expect(quantile([-1e308, 1e308], 0.5)).toBe(0);
    expect(quantile([-1e308, 1e308], 0.75)).toBeCloseTo(5e307, -290);
  });
});

describe("quantile: invalid input", () => {
  function caught(run: () => unknown): unknown {
    try {
      run();
    } catch (error) {
      return error;
    }
    return expect.unreachable("no error was thrown");
  }

  it.each([
    [[1, Number.NaN, 3], 1],
    [[Number.POSITIVE_INFINITY], 0],
    [[1, 2, Number.NEGATIVE_INFINITY], 2],
    [[1, "2"], 1],
    [[null], 0],
  ])("rejects the value at its index in %o", (values, index) => {
    const error = caught(() => quantile(values as number[], 0.5));
    expect(isKpiInputError(error)).toBe(true);
    expect(error).toMatchObject({ kpi: "quantile", field: "values", index, value: (values as unknown[])[index] });
    const error2 = caught(() => percentiles(values as number[], [0.5]));
    expect(error2).toMatchObject({ kpi: "percentiles", field: "values", index });
  });

  it.each([null, undefined, 5, "123", { length: 2 }])("rejects values that are not a list: %o", (values) => {
    expect(() => quantile(values as never, 0.5)).toThrow(expect.objectContaining({ field: "values", code: "KPI_INVALID_INPUT" }));
  });

  it.each([-0.1, 1.0000001, Number.NaN, Number.POSITIVE_INFINITY, "0.5", undefined, null, 50])("rejects p = %o", (p) => {
    const error = caught(() => quantile([1, 2, 3], p as number));
    expect(error).toMatchObject({ kpi: "quantile", field: "p", index: undefined, value: p });
    expect((error as Error).message).toContain("a number from 0 to 1");
  });

  it("rejects p even when there are no values", () => {
    expect(() => quantile([], 2)).toThrow(expect.objectContaining({ field: "p" }));
    expect(() => percentiles([], [0.5, -1])).toThrow(expect.objectContaining({ field: "ps", index: 1 }));
  });

  it("rejects a bad entry of ps with its index, and ps that is not a list", () => {
    expect(caught(() => percentiles([1, 2], [0.5, 0.9, 95]))).toMatchObject({ kpi: "percentiles", field: "ps", index: 2, value: 95 });
    expect(caught(() => percentiles([1, 2], 0.5 as never))).toMatchObject({ field: "ps", index: undefined });
  });

  it.each(["Linear", "type7", "", 7, null])("rejects method %o", (method) => {
    expect(caught(() => quantile([1, 2], 0.5, { method: method as never }))).toMatchObject({ field: "options.method", value: method });
    expect(caught(() => percentiles([1, 2], [0.5], { method: method as never }))).toMatchObject({ field: "options.method" });
  });

  it("rejects an options argument that is not an object", () => {
    expect(caught(() => quantile([1, 2], 0.5, null as never))).toMatchObject({ field: "options" });
  });

  it("treats an explicit undefined method as the default", () => {
    expect(quantile([1, 2], 0.25, { method: undefined })).toBe(1.25);
  });
});

describe("checkProbability", () => {
  it("reads −0 as 0, so no result or echo of p is ever −0", () => {
    expect(Object.is(checkProbability("quantile", "p", -0), 0)).toBe(true);
    expect(checkProbabilities("percentiles", "ps", [-0, 0.5, 1]).map((p) => Object.is(p, -0))).toEqual([false, false, false]);
  });
});
