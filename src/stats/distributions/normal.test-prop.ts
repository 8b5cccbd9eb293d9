import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { erfc, normalCdf, normalQuantile, twoSidedNormalP } from "./normal.js";

const lowerTailX = fc.double({ min: -37, max: 0, noNaN: true });
const centralX = fc.double({ min: 0, max: 6, noNaN: true });
const anyX = fc.double({ min: -40, max: 40, noNaN: true });

test.prop([lowerTailX])("normalQuantile(normalCdf(x)) = x to 1e-12 relative in the lower tail", (x) => {
  // Near 0, Φ(x) = ½ + φ(0)·x is rounded to 5.6e-17, so x only comes back to about 1e-15.
  const back = normalQuantile(normalCdf(x));
  expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-12 * Math.abs(x) + 1e-15);
});

test.prop([centralX])("normalQuantile(normalCdf(x)) = x on the upper side, as far as Φ(x) keeps digits", (x) => {
  // Φ(x) near 1 is rounded to 1.1e-16 absolute, so x comes back to about 1e-16 / φ(x).
  fc.pre(normalCdf(x) < 1);
  const back = normalQuantile(normalCdf(x));
  expect(Math.abs(back - x)).toBeLessThanOrEqual(1e-15 / Math.exp(-0.5 * x * x) + 1e-15);
});

test.prop([anyX, anyX])("normalCdf is monotone", (a, b) => {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  expect(normalCdf(lo)).toBeLessThanOrEqual(normalCdf(hi));
});

test.prop([anyX])("normalCdf stays in [0, 1] and Φ(x) + Φ(−x) = 1", (x) => {
  const p = normalCdf(x);
  expect(p).toBeGreaterThanOrEqual(0);
  expect(p).toBeLessThanOrEqual(1);
  expect(p + normalCdf(-x)).toBeCloseTo(1, 15);
});

test.prop([fc.double({ min: 0, max: 26, noNaN: true })])("twoSidedNormalP(z) = erfc(|z|/√2) = 2Φ(−|z|)", (z) => {
  const p = twoSidedNormalP(z);
  expect(p).toBe(erfc(z / Math.SQRT2));
  expect(Math.abs(p - 2 * normalCdf(-z))).toBeLessThanOrEqual(1e-14 * p);
});

test.prop([fc.double({ min: 1e-300, max: 0.5, noNaN: true })])("normalCdf(normalQuantile(p)) = p, as far as x can carry it", (p) => {
  // Rounding x to a double moves Φ(x) by 1.1e-16·x² relative deep in the tail (x² ≈ 1380 at
  // p = 1e-300); on top of that the CDF itself is good to 2.5e-13 (see normal.test.ts).
  const x = normalQuantile(p);
  expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual((2.5e-13 + 2.2e-16 * x * x) * p);
});
