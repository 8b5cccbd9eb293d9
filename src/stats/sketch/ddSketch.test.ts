import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { quantile } from "../quantile/quantile.js";
import { DDSketch } from "./ddSketch.js";
import { logMapping } from "./mapping.js";

/** Deterministic uniform [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sketchOf = (values: readonly number[], relativeAccuracy = 0.01) => {
  const s = DDSketch.create({ relativeAccuracy });
  for (const v of values) s.add(v);
  return s;
};
/**
 * Float slack on the relative error: the bound α is reached exactly at bucket edges (e.g. at
 * x = 1 = γ^0), so log/exp rounding can exceed it by ~1e-16 (up to ~1e-13 near 1e±308).
 */
const SLACK = 1e-12;
const PS = Array.from({ length: 101 }, (_, k) => k / 100);
/** Largest |sketch − exact lower quantile| / |exact| over PS (0 when both are 0). */
function maxRelativeError(values: readonly number[], relativeAccuracy = 0.01): number {
  const s = sketchOf(values, relativeAccuracy);
  return Math.max(...PS.map((p) => {
    const exact = quantile(values, p, { method: "lower" }) as number;
    const diff = Math.abs((s.quantile(p) as number) - exact);
    return diff === 0 ? 0 : diff / Math.abs(exact);
  }));
}

describe("DDSketch worked examples (α = 0.01)", () => {
  // γ = 1.01/0.99 = 1.0202020…, ln γ = 0.0200006667; bucket i holds (γ^(i−1), γ^i] and is
  // represented by 2γ^i/(γ + 1) = 0.99·γ^i.
  //   x = 1:    ln 1 / ln γ = 0          → i = 0,   rep 0.99
  //   x = 0.5:  −0.693147 / 0.0200007    = −34.656 → i = −34, rep 0.501539
  //   x = 2:    0.693147 / 0.0200007     = 34.656  → i = 35,  rep 1.993662 (γ^34 = 1.97392 < 2 ≤ γ^35 = 2.01380)
  //   x = 100:  4.605170 / 0.0200007     = 230.251 → i = 231, rep 100.494568
  //   x = 1000: 6.907755 / 0.0200007     = 345.376 → i = 346, rep 1002.428009
  //   x = −100: negative store, i = 231; x = 0 and |x| < γ·2^−1022: the zero count.
  it("puts values in the hand-computed buckets", () => {
    const s = sketchOf([1, 0.5, 2, 100, 1000, -100, 0, 1e-310]);
    expect(s.toJSON()).toEqual({
      relativeAccuracy: 0.01, count: 8, sum: 1 + 0.5 + 2 + 100 + 1000 - 100 + 0 + 1e-310, min: -100, max: 1000, zeroCount: 2,
      positive: [[-34, 1], [0, 1], [35, 1], [231, 1], [346, 1]],
      negative: [[231, 1]],
    });
  });

  it("answers with the bucket representative of rank ⌊p·(n − 1)⌋, clamped to [min, max]", () => {
    const s = sketchOf([1000, 2, 100, 1]); // sorted 1, 2, 100, 1000
    expect(s.quantile(0.5)).toBeCloseTo(1.9936617014173446, 12); // rank ⌊1.5⌋ = 1 → bucket 35
    expect(s.quantile(0.7)).toBeCloseTo(100.49456770856492, 12); // rank ⌊2.1⌋ = 2 → bucket 231
    expect(s.quantile(0)).toBe(1); // rep 0.99 < min, clamped to 1
    expect(s.quantile(1)).toBeCloseTo(1000, 12); // rep 1002.43 > max, clamped to 1000
    expect(sketchOf([-100, 0, 5]).quantile(0)).toBe(-100); // −100.4946 clamped to min
    expect(sketchOf([-100, 0, 5]).quantile(0.5)).toBe(0);
    expect(sketchOf([-1, -2, -3]).quantile(0.5)).toBeCloseTo(-1.9936617014173446, 12);
  });

  it("keeps count, sum, min and max exactly and is empty-safe", () => {
    const empty = DDSketch.create();
    expect([empty.count, empty.sum, empty.min, empty.max, empty.quantile(0.5), empty.relativeAccuracy]).toEqual([0, 0, null, null, null, 0.01]);
    const s = DDSketch.create().add(3, 4).add(-2);
    expect([s.count, s.sum, s.min, s.max]).toEqual([5, 10, -2, 3]);
  });
});

describe("DDSketch relative-error guarantee on fixed data sets", () => {
  const r = rng(20190801);
  const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const cases: Record<string, number[]> = {
    "uniform (0, 1000)": Array.from({ length: 5000 }, () => 1000 * r()),
    "log-normal (μ 3, σ 2)": Array.from({ length: 5000 }, () => Math.exp(3 + 2 * normal())),
    "negatives and zeros": Array.from({ length: 5000 }, (_, k) => (k % 7 === 0 ? 0 : Math.exp(4 * normal()) * (r() < 0.4 ? -1 : 1))),
    "small integers with ties": Array.from({ length: 1000 }, () => Math.floor(r() * 20) - 5),
  };
  for (const [name, values] of Object.entries(cases)) {
    for (const alpha of [0.01, 0.05, 0.001]) {
      it(`${name}, α = ${alpha}: every percentile within α of the exact "lower" quantile`, () => {
        expect(maxRelativeError(values, alpha)).toBeLessThanOrEqual(alpha + SLACK);
      });
    }
  }
});

describe("DDSketch merge and JSON", () => {
  const r = rng(7);
  const values = Array.from({ length: 2000 }, () => (r() < 0.1 ? 0 : (r() - 0.3) * 10 ** (6 * r() - 3)));
  const { sum: _wholeSum, ...whole } = sketchOf(values).toJSON();

  it("merging the sketches of the parts gives the sketch of the union", () => {
    const merged = sketchOf(values.slice(0, 700)).merge(sketchOf(values.slice(700, 1500))).merge(sketchOf(values.slice(1500)));
    const { sum, ...rest } = merged.toJSON();
    expect(rest).toEqual(whole);
    expect(sum).toBeCloseTo(_wholeSum, 9);
    expect(DDSketch.create().merge(DDSketch.create()).toJSON()).toEqual(DDSketch.create().toJSON());
  });

  it("round-trips through JSON.stringify / JSON.parse", () => {
    for (const s of [sketchOf(values), DDSketch.create({ relativeAccuracy: 0.05 }), sketchOf([0, -0])]) {
      const back = DDSketch.fromJSON(JSON.parse(JSON.stringify(s)));
      expect(back.toJSON()).toEqual(s.toJSON());
      expect(PS.map((p) => back.quantile(p))).toEqual(PS.map((p) => s.quantile(p)));
      expect(back.add(1).count).toBe(s.count + 1);
    }
  });
});

describe("DDSketch bad input", () => {
  const s = sketchOf([1, 2, -3, 0]);
  const good = s.toJSON();
  it.each([
    ["value", () => DDSketch.create().add(Number.NaN)],
    ["value", () => DDSketch.create().add(Infinity)],
    ["value", () => DDSketch.create().add(-Number.MAX_VALUE)],
    ["value", () => DDSketch.create().add("1" as unknown as number)],
    ["count", () => DDSketch.create().add(1, 0)],
    ["count", () => DDSketch.create().add(1, 1.5)],
    ["count", () => DDSketch.create().add(1, Number.MAX_SAFE_INTEGER).add(1)],
    ["p", () => s.quantile(-0.1)],
    ["p", () => s.quantile(Number.NaN)],
    ["p", () => DDSketch.create().quantile(1.5)],
    ["p", () => s.quantile("0.5" as unknown as number)],
    ["options.relativeAccuracy", () => DDSketch.create({ relativeAccuracy: "0.01" as unknown as number })],
    ["options", () => DDSketch.create(null as unknown as object)],
    ["options.relativeAccuracy", () => DDSketch.create({ relativeAccuracy: 0 })],
    ["options.relativeAccuracy", () => DDSketch.create({ relativeAccuracy: 1 })],
    ["other.relativeAccuracy", () => DDSketch.create().merge(DDSketch.create({ relativeAccuracy: 0.02 }))],
    ["other", () => DDSketch.create().merge(good as unknown as DDSketch)],
    ["other.count", () => DDSketch.create().add(1, Number.MAX_SAFE_INTEGER).merge(s)],
    ["state", () => DDSketch.fromJSON("{}")],
    ["state.relativeAccuracy", () => DDSketch.fromJSON({ ...good, relativeAccuracy: 2 })],
    ["state.zeroCount", () => DDSketch.fromJSON({ ...good, zeroCount: -1 })],
    ["state.positive", () => DDSketch.fromJSON({ ...good, positive: [[35, 1], [0, 1]] })],
    ["state.positive", () => DDSketch.fromJSON({ ...good, positive: [[0, 1, 2]] })],
    ["state.positive", () => DDSketch.fromJSON({ ...good, positive: [[0, 0]] })],
    ["state.positive", () => DDSketch.fromJSON({ ...good, positive: [[0.5, 1]] })],
    ["state.negative", () => DDSketch.fromJSON({ ...good, negative: [[99999, 1]] })],
    ["state.negative", () => DDSketch.fromJSON({ ...good, negative: {} })],
    ["state.count", () => DDSketch.fromJSON({ ...good, count: 5 })],
    ["state.count", () => DDSketch.fromJSON({ ...good, count: -1 })],
    ["state.min", () => DDSketch.fromJSON({ ...good, min: "x" })],
    // one bucket twice (the indexes must strictly increase)
    ["state.positive", () => DDSketch.fromJSON({ ...good, positive: [good.positive[0], good.positive[0]] })],
    ["state.sum", () => DDSketch.fromJSON({ ...good, sum: null })],
    ["state.min", () => DDSketch.fromJSON({ ...good, min: -2 })],
    ["state.min", () => DDSketch.fromJSON({ ...good, min: 3, max: 2 })],
    // min above max inside one bucket: every bucket check passes, the order check alone refuses it
    ["state.min", () => {
      const one = sketchOf([1.001, 1.002]).toJSON();
      return DDSketch.fromJSON({ ...one, min: one.max, max: one.min });
    }],
    ["state.max", () => DDSketch.fromJSON({ ...good, max: 1.5 })],
    ["state.max", () => DDSketch.fromJSON({ ...good, max: "2" })],
    ["state.min", () => DDSketch.fromJSON({ ...DDSketch.create().toJSON(), min: 0 })],
    ["state.max", () => DDSketch.fromJSON({ ...DDSketch.create().toJSON(), max: 0 })],
    ["state.sum", () => DDSketch.fromJSON({ ...DDSketch.create().toJSON(), sum: 1 })],
  ])("rejects bad %s", (field, run) => {
    const error = inputErrorOf(run);
    expect(error.kpi).toBe("DDSketch");
    expect(error.field).toBe(field);
    // every error says what was expected (`KpiInputError.expected`), in words
    expect(error.expected).toMatch(/^[a-z0-9"[(].{4,}/);
  });

  it("restores an empty sketch that then takes values as a new one does", () => {
    const restored = DDSketch.fromJSON(DDSketch.create().toJSON()).add(5).add(3);
    expect(restored.toJSON()).toEqual(sketchOf([5, 3]).toJSON());
    expect([restored.quantile(0), restored.quantile(1)]).toEqual([3, 5]);
  });

  it("keeps the smallest indexable magnitude in a bucket (within α), and counts only smaller ones as 0", () => {
    const { minIndexable } = logMapping(0.01);
    const s = DDSketch.create().add(minIndexable).add(-minIndexable);
    expect(Math.abs(s.quantile(1)! - minIndexable)).toBeLessThanOrEqual(0.01 * minIndexable);
    expect(s.toJSON().zeroCount).toBe(0);
    expect(DDSketch.create().add(minIndexable / 2).toJSON().zeroCount).toBe(1);
  });

  it("restores values at both ends of the indexable range, in their own buckets", () => {
    // the first and last bucket indexes are valid: a bound one too tight would refuse the
    // sketch's own state
    const { minIndexable, maxIndexable } = logMapping(0.01);
    const s = sketchOf([minIndexable, maxIndexable, -minIndexable, -maxIndexable]);
    expect(s.toJSON().zeroCount).toBe(0);
    expect(DDSketch.fromJSON(s.toJSON()).toJSON()).toEqual(s.toJSON());
    const low = sketchOf([minIndexable]);
    expect(DDSketch.fromJSON(low.toJSON()).toJSON()).toEqual(low.toJSON());
  });

  it("never writes a bucket index −0: a value just below 1 is in bucket 0", () => {
    // ln(0.995) / ln γ is about −0.25 for α = 0.01, whose ceiling is −0
    const [[index]] = DDSketch.create().add(0.995).toJSON().positive as [[number, number]];
    expect(Object.is(index, 0)).toBe(true);
  });

  describe("a saved sum must be one the values could have", () => {
    // For n values from min to max the exact sum lies in [(n − 1)·min + max, min + (n − 1)·max],
    // widened by rounding: 2n²·ε·max(|min|, |max|) (state.ts's sumRange).
    const saved = (values: readonly number[], sum: number) => ({ ...sketchOf(values).toJSON(), sum });
    it("accepts the extremes of the range and rejects what lies beyond it", () => {
      // 1, 2, 3: the sum lies from 2·1 + 3 = 5 to 1 + 2·3 = 7.
      for (const sum of [5, 6, 7]) expect(DDSketch.fromJSON(saved([1, 2, 3], sum)).sum).toBe(sum);
      for (const sum of [4.99, 7.01, 1e6, -5]) expect(inputErrorOf(() => DDSketch.fromJSON(saved([1, 2, 3], sum))).field).toBe("state.sum");
    });
    it("allows the rounding of adding ten 0.1s (0.9999999999999999), not a sum off by 5 %", () => {
      const tenths = new Array<number>(10).fill(0.1);
      expect(tenths.reduce((a, b) => a + b, 0)).toBe(0.9999999999999999);
      expect(DDSketch.fromJSON(saved(tenths, 0.9999999999999999)).sum).toBe(0.9999999999999999);
      expect(inputErrorOf(() => DDSketch.fromJSON(saved(tenths, 1.05))).field).toBe("state.sum");
    });
    it("allows the rounding of a sketch's own running sum at both ends of the range, whatever the magnitude", () => {
      // Ten values 0.1·2⁴⁰ add up to 2⁴⁰ − 2⁻¹³ (one unit in the last place below), under the exact lowest
      // sum 2⁴⁰: the slack grows with the magnitude (2n²·ε·M), it does not shrink with it.
      const big = new Array<number>(10).fill(0.1 * 2 ** 40);
      expect(sketchOf(big).sum).toBe(2 ** 40 - 2 ** -13);
      expect(DDSketch.fromJSON(sketchOf(big).toJSON()).sum).toBe(2 ** 40 - 2 ** -13);
      // 0 and six 0.7s: 0.7 + … + 0.7 = 4.2 lies above 6 × 0.7 = 4.199999999999999 (min + (n − 1)·max);
      // the slack follows the largest magnitude (0.7), not the smallest (0).
      const sevenths = [0, ...new Array<number>(6).fill(0.7)];
      expect([sketchOf(sevenths).sum, 6 * 0.7]).toEqual([4.2, 4.199999999999999]);
      expect(DDSketch.fromJSON(sketchOf(sevenths).toJSON()).sum).toBe(4.2);
    });
    it("says which sums it would take", () => {
      // 5 and 7 widened by 2·3²·ε·3 = 54ε ≈ 1.2e-14
      expect(inputErrorOf(() => DDSketch.fromJSON(saved([1, 2, 3], 8))).expected).toBe("the sum of 3 values from 1 to 3: from 4.999999999999988 to 7.000000000000012, rounding included");
    });
    it("holds one value to itself: its min, max and sum", () => {
      expect(DDSketch.fromJSON(sketchOf([5]).toJSON()).quantile(0.5)).toBe(5);
      // 5.01 lies in 5's bucket (α = 0.01), so only the one-value rule can refuse it
      expect(inputErrorOf(() => DDSketch.fromJSON({ ...sketchOf([5]).toJSON(), max: 5.01 })).field).toBe("state.max");
      expect(inputErrorOf(() => DDSketch.fromJSON({ ...sketchOf([5]).toJSON(), sum: 5.01 })).field).toBe("state.sum");
      // one unit in the last place off: within any rounding slack, but one value is its own sum
      expect(inputErrorOf(() => DDSketch.fromJSON({ ...sketchOf([5]).toJSON(), sum: 5.000000000000001 })).field).toBe("state.sum");
      expect(inputErrorOf(() => DDSketch.fromJSON({ ...sketchOf([5]).toJSON(), max: 5.01 })).expected).toBe("the one value, as min (5)");
    });
  });

  it("accepts states whose min/max sit in the only occupied bucket (zero or negative)", () => {
    expect(DDSketch.fromJSON(sketchOf([0, 1e-320]).toJSON()).quantile(1)).toBe(0); // below minIndexable: reported as 0
    expect(DDSketch.fromJSON(sketchOf([-5, -7]).toJSON()).quantile(0)).toBe(-7);
  });
});
