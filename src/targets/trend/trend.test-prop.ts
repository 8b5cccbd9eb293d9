import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { trend } from "./trend.js";

// Whole numbers keep slopes and sums exact, so the invariants hold to the bit.
const series = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 40 });
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

test.prop([fc.integer({ min: 3, max: 40 }), fc.integer({ min: -50, max: 50 })])(
  "a strictly increasing series has S = n(n−1)/2 and is increasing for n ≥ 5",
  (n, start) => {
    const r = trend(Array.from({ length: n }, (_, i) => start + i * i + i));
    expect(r.s).toBe((n * (n - 1)) / 2);
    expect(r.tau).toBe(1);
    if (n >= 5) expect(r.direction).toBe("increasing");
  },
);

test.prop([series])("reversing the series flips the sign of S, z and the slope, and keeps p", (y) => {
  const a = trend(y);
  const b = trend([...y].reverse());
  expect(b.s! + a.s!).toBe(0);
  expect(b.varS).toBe(a.varS);
  expect(b.slope! + a.slope!).toBe(0);
  expect(b.pValue).toBe(a.pValue);
});

test.prop([series, fc.integer({ min: -1e6, max: 1e6 })])("adding a constant keeps S and the slope, and shifts the intercept", (y, c) => {
  const a = trend(y);
  const b = trend(y.map((v) => v + c));
  expect(b.s).toBe(a.s);
  expect(b.varS).toBe(a.varS);
  expect(b.slope).toBe(a.slope);
  expect(close(b.intercept!, a.intercept! + c)).toBe(true);
});

test.prop([series, fc.integer({ min: 1, max: 1000 })])("multiplying by c > 0 scales the slope and its interval, keeps S", (y, c) => {
  const a = trend(y);
  const b = trend(y.map((v) => v * c));
  expect(b.s).toBe(a.s);
  expect(close(b.slope!, a.slope! * c)).toBe(true);
  if (a.slopeCi !== null) {
    expect(close(b.slopeCi!.lower, a.slopeCi.lower * c)).toBe(true);
    expect(close(b.slopeCi!.upper, a.slopeCi.upper * c)).toBe(true);
  }
});

test.prop([series])("S equals a brute-force count, |tau| ≤ 1, 0 < p ≤ 1, the interval holds the slope", (y) => {
  const r = trend(y);
  let s = 0;
  for (let i = 0; i < y.length; i++) for (let j = i + 1; j < y.length; j++) s += Math.sign(y[j]! - y[i]!);
  expect(r.s).toBe(s);
  if (r.tau !== null) expect(Math.abs(r.tau)).toBeLessThanOrEqual(1 + 1e-15);
  expect(r.pValue!).toBeGreaterThan(0);
  expect(r.pValue!).toBeLessThanOrEqual(1);
  if (r.slopeCi !== null) {
    expect(r.slopeCi.lower).toBeLessThanOrEqual(r.slope!);
    expect(r.slopeCi.upper).toBeGreaterThanOrEqual(r.slope!);
  }
});

test.prop([series.chain((y) => fc.tuple(fc.constant(y), fc.shuffledSubarray(y.map((value, t) => ({ t, value })), { minLength: y.length })))])(
  "points in any order give the same result as the plain series",
  ([y, shuffled]) => {
    expect(trend(shuffled)).toEqual(trend(y));
  },
);

test.prop([fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 8, maxLength: 40 }), fc.integer({ min: 2, max: 4 })])(
  "seasonal S counts only pairs a whole number of periods apart",
  (y, period) => {
    const r = trend(y, { period });
    let s = 0;
    for (let i = 0; i < y.length; i++) for (let j = i + period; j < y.length; j += period) s += Math.sign(y[j]! - y[i]!);
    expect(r.s).toBe(s);
  },
);

// Values near ±1.8e308 (test/fuzz-exports.test-prop.ts found ±Infinity and NaN slopes there):
// the reference below is written here, over all pairs, on the series divided by 8 (exact for
// these magnitudes: dividing by a power of two only moves the exponent), so that no difference
// overflows; its slope and intercept are then multiplied back by 8. trend must give exactly
// these numbers, or, when one of them is beyond the largest double, a KpiInputError.
const huge = fc.oneof(
  fc.integer({ min: -(2 ** 20), max: 2 ** 20 }).map((m) => m * 2 ** 1003),
  fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true }).chain((v) => fc.constantFrom(v, -v)),
  fc.integer({ min: -1000, max: 1000 }),
);

/** Sen's slope and intercept over all pairs of `y` (x = 0, 1, …), computed on y / 8 and scaled back. */
function hugeReference(y: readonly number[]): { slope: number; intercept: number; everySlopeFinite: boolean } {
  const small = y.map((v) => v / 8);
  const slopes: number[] = [];
  for (let i = 0; i < small.length; i++) for (let j = i + 1; j < small.length; j++) slopes.push(((small[j] as number) - (small[i] as number)) / (j - i));
  const median = (v: number[]): number => {
    const s = [...v].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? (s[m] as number) : (s[m - 1] as number) / 2 + (s[m] as number) / 2;
  };
  const slope = median(slopes);
  return { slope: slope * 8, intercept: median(small.map((v, i) => v - slope * i)) * 8, everySlopeFinite: slopes.every((v) => Number.isFinite(v * 8)) };
}

test.prop([fc.array(huge, { minLength: 3, maxLength: 30 })])("near ±1.8e308: the all-pairs slope and intercept, or a KpiInputError when they are not finite", (y) => {
  const want = hugeReference(y);
  let got;
  try {
    got = trend(y);
  } catch (error) {
    expect(error).toMatchObject({ name: "KpiInputError", field: "series" });
    // only when the line is beyond the doubles, or its interval, whose bounds are pair slopes
    expect(Number.isFinite(want.slope) && Number.isFinite(want.intercept) && want.everySlopeFinite).toBe(false);
    return;
  }
  expect(got.slope).toBe(want.slope);
  expect(got.intercept).toBe(want.intercept);
  expect([got.slope, got.intercept, got.slopeCi?.lower ?? 0, got.slopeCi?.upper ?? 0].every(Number.isFinite)).toBe(true);
});
