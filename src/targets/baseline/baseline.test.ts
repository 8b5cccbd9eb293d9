import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { baseline } from "./baseline.js";

describe("baseline", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(baseline([240_000, 200_000, 180_000, 190_000])).toEqual({ mean: 190_000, median: 190_000, min: 180_000, max: 200_000, n: 3, reason: null });
    expect(baseline([82], { periods: 3 })).toEqual({ mean: null, median: null, min: null, max: null, n: 1, reason: "need 3 periods, got 1" });
  });

  it("takes the last periods, by hand", () => {
    // CSAT by month 78, 81, 84, 80, 85, 83: last three 80, 85, 83 → mean 248/3, median 83.
    const r = baseline([78, 81, 84, 80, 85, 83]);
    expect(r).toMatchObject({ median: 83, min: 80, max: 85, n: 3, reason: null });
    expect(r.mean).toBeCloseTo(82.666_666_666_7, 9);
    // Six periods, even n: median is the mean of the middle two (81 and 83) = 82.
    expect(baseline([78, 81, 84, 80, 85, 83], { periods: 6 })).toMatchObject({ median: 82, n: 6, mean: 81.83333333333333 });
  });

  it("accepts { value } points and any iterable", () => {
    expect(baseline(new Set([{ value: 1 }, { value: 2 }, { value: 3 }])).mean).toBe(2);
    expect(baseline([], { periods: 1 })).toEqual({ mean: null, median: null, min: null, max: null, n: 0, reason: "need 1 period, got 0" });
  });

  it("rejects bad input with the field", () => {
    expect(inputErrorOf(() => baseline([1, Number.NaN, 3]))).toMatchObject({ kpi: "baseline", field: "series", index: 1 });
    expect(inputErrorOf(() => baseline([1, { value: Number.POSITIVE_INFINITY }, 3]))).toMatchObject({ field: "series", index: 1 });
    expect(inputErrorOf(() => baseline([1, 2, 3], { periods: 0 }))).toMatchObject({ field: "options.periods", value: 0 });
    expect(inputErrorOf(() => baseline([1, 2, 3], { periods: 1.5 }))).toMatchObject({ field: "options.periods" });
    expect(inputErrorOf(() => baseline(5 as never))).toMatchObject({ field: "series" });
    expect(inputErrorOf(() => baseline([1, null, 3] as never))).toMatchObject({ field: "series", index: 1, value: null });
  });
});
