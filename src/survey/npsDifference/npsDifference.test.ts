import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { npsDifference } from "./npsDifference.js";

// Reference values from test/reference/nps_intervals.py (scipy 1.17.1 stats.norm, numpy 2.4.6):
// the Wald test for two independent NPS samples (Rocks 2016).
// [a: promoters, passives, detractors], [b: ...], confidence, difference, se, z, pValue, ciLo, ciHi
const DIFFERENCES = [
  [[50, 30, 20], [40, 30, 30], 0.95, 19.999999999999996, 11.40175425099138, 1.7541160386140582, 0.07941062599894227, -2.347027692519568, 42.34702769251955],
  [[40, 30, 30], [50, 30, 20], 0.95, -19.999999999999996, 11.40175425099138, -1.7541160386140582, 0.07941062599894227, -42.34702769251955, 2.347027692519568],
  [[6, 139, 16], [18, 12, 10], 0.9, -26.211180124223603, 13.16235948679369, -1.9913739744399404, 0.04643978826816875, -47.86133486531532, -4.561025383131886],
  [[300, 500, 200], [280, 480, 240], 0.99, 5.999999999999995, 3.1755314515841278, 1.8894475118509273, 0.05883188963924746, -2.1796269673315787, 14.179626967331565],
  [[2, 0, 0], [1, 1, 1], 0.95, 100.0, 47.14045207910317, 2.1213203435596424, 0.03389485352468927, 7.606411710021477, 192.3935882899785],
] as const;

const counts = ([promoters, passives, detractors]: readonly [number, number, number]) => ({ promoters, passives, detractors });
const scores = ([promoters, passives, detractors]: readonly [number, number, number]) => [
  ...Array<number>(promoters).fill(9),
  ...Array<number>(passives).fill(8),
  ...Array<number>(detractors).fill(6),
];

describe("npsDifference", () => {
  it.each(DIFFERENCES)("%j − %j at %f equals scipy's Wald test", (a, b, confidence, difference, se, z, pValue, lo, hi) => {
    for (const [x, y] of [
      [counts(a), counts(b)],
      [scores(a), scores(b)],
      [scores(a), counts(b)],
    ] as const) {
      const r = npsDifference(x, y, { confidence });
      expect(r.difference).toBeCloseTo(difference, 10);
      expect(r.standardError).toBeCloseTo(se, 10);
      expect(r.z).toBeCloseTo(z, 10);
      expect(r.pValue).toBeCloseTo(pValue, 12);
      expect(r.ci?.lower).toBeCloseTo(lo, 9);
      expect(r.ci?.upper).toBeCloseTo(hi, 9);
      expect(r.ci?.level).toBe(confidence);
    }
  });

  it("matches the TSDoc example", () => {
    const r = npsDifference({ promoters: 50, passives: 30, detractors: 20 }, { promoters: 40, passives: 30, detractors: 30 });
    expect(r.difference).toBeCloseTo(20, 12);
    expect(Math.trunc(r.standardError! * 1000) / 1000).toBe(11.401);
    expect(Math.trunc(r.z! * 1000) / 1000).toBe(1.754);
    expect(Math.trunc(r.pValue! * 10000) / 10000).toBe(0.0794);
    expect(Math.trunc(r.ci!.lower * 1000) / 1000).toBe(-2.347);
    expect(Math.trunc(r.ci!.upper * 1000) / 1000).toBe(42.347);
    expect(npsDifference([], [9, 10]).difference).toBeNull();
  });

  it("gives all nulls when either side has no answers", () => {
    const none = { difference: null, standardError: null, z: null, pValue: null, ci: null };
    expect(npsDifference([], [9, 10])).toEqual(none);
    expect(npsDifference([9, 10], { promoters: 0, passives: 0, detractors: 0 })).toEqual(none);
    expect(npsDifference([], [])).toEqual(none);
  });

  it("reports the difference but no z or p-value when both standard errors are 0", () => {
    expect(npsDifference([10, 9], [9])).toEqual({ difference: 0, standardError: 0, z: null, pValue: null, ci: { lower: 0, upper: 0, level: 0.95 } });
    expect(npsDifference([10, 9], [0, 3, 6])).toEqual({ difference: 200, standardError: 0, z: null, pValue: null, ci: { lower: 200, upper: 200, level: 0.95 } });
    expect(npsDifference([8], [0], { confidence: 0.9 })).toEqual({ difference: 100, standardError: 0, z: null, pValue: null, ci: { lower: 100, upper: 100, level: 0.9 } });
  });

  it("clamps the interval to ±200", () => {
    // By hand: 1 promoter and 1 detractor (NPS 0, SE √(1/2) × 100) against 1 detractor (NPS
    // −100, SE 0): difference 100, SE 70.71..., 100 + 1.959964 × 70.71 = 238.6 > 200.
    const r = npsDifference([10, 0], [0]);
    expect(r.difference).toBe(100);
    expect(r.standardError).toBeCloseTo(100 / Math.SQRT2, 12);
    expect(r.ci?.upper).toBe(200);
    expect(r.ci?.lower).toBeCloseTo(100 - 1.959963984540054 * (100 / Math.SQRT2), 9);
  });

  it("does not depend on the order of either sample", () => {
    const a = [10, 9, 0, 7, 8, 3];
    const b = [1, 9, 10, 10, 6];
    expect(npsDifference([...a].reverse(), [...b].reverse())).toEqual(npsDifference(a, b));
  });

  describe("bad input", () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(isKpiInputError(error)).toBe(true);
        return error as unknown as Record<string, unknown>;
      }
      return expect.unreachable("no error thrown");
    };

    it("names the side and index of a bad score", () => {
      expect(fieldOf(() => npsDifference([9, 11], [9]))).toMatchObject({ kpi: "npsDifference", field: "a", index: 1, value: 11 });
      expect(fieldOf(() => npsDifference([9], [9, 8, 2.5]))).toMatchObject({ field: "b", index: 2, value: 2.5 });
      expect(fieldOf(() => npsDifference([9], [Number.NaN]))).toMatchObject({ field: "b", index: 0 });
    });

    it("names the side and count of a bad count", () => {
      expect(fieldOf(() => npsDifference({ promoters: -1, passives: 0, detractors: 0 }, [9]))).toMatchObject({ field: "a.promoters", value: -1 });
      expect(fieldOf(() => npsDifference([9], { promoters: 1, passives: 0.5, detractors: 0 }))).toMatchObject({ field: "b.passives", value: 0.5 });
      expect(fieldOf(() => npsDifference([9], { promoters: 1, passives: 0 } as never))).toMatchObject({ field: "b.detractors" });
    });

    it("rejects arguments that are neither scores nor counts, and a bad confidence", () => {
      expect(fieldOf(() => npsDifference(null as never, [9]))).toMatchObject({ field: "a", value: null });
      expect(fieldOf(() => npsDifference([9], 9 as never))).toMatchObject({ field: "b", value: 9 });
      expect(fieldOf(() => npsDifference([9], [9], { confidence: 1 }))).toMatchObject({ field: "options.confidence", value: 1 });
    });
  });
});
