import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { normalQuantile } from "./normal.js";
import { studentTCdf, studentTPdf, studentTQuantile } from "./studentT.js";

const df = fc.oneof(
  fc.integer({ min: 1, max: 200 }),
  fc.constantFrom(1, 2, 3, 5, 10, 30, 100, 999, 1000, 1e4, 1e6),
  fc.double({ min: 1, max: 1e7, noNaN: true }),
);
const tailP = fc.double({ min: 1e-300, max: 0.49, noNaN: true });

test.prop([tailP, df])("studentTQuantile inverts studentTCdf in the lower tail", (p, nu) => {
  const t = studentTQuantile(p, nu);
  expect(t).toBeLessThan(0);
  // The Cauchy tail at p = 1e-300 is −3e299; beyond the largest double the answer saturates.
  fc.pre(Number.isFinite(t) && Math.abs(t) < 1e300);
  // One ulp of t (≤ 2.2e-16 relative) moves P(T ≤ t) by that times |t|·pdf(t)/p (≈ t² in a
  // normal-like tail, ≈ df in a power-law one); on top of that the CDF is good to ~3e-13.
  const conditioning = (Math.abs(t) * studentTPdf(t, nu)) / p;
  expect(Math.abs(studentTCdf(t, nu) - p)).toBeLessThanOrEqual((3e-13 + 4.4e-16 * conditioning) * p);
});

test.prop([fc.double({ min: 0.51, max: 1 - 1e-12, noNaN: true }), df])("upper quantiles invert the CDF (to 1e-15 absolute, plus the lower tail's relative error times 1 − p)", (p, nu) => {
  // The upper side is the lower tail q = 1 − p (exact for p ≥ ½) mirrored, so it carries the lower
  // tail's relative error as an absolute error of that times q: a flat 1e-15 failed about once in
  // 1500 runs where the continued fraction is weakest (df just under 1000, e.g. p = 0.9655368038469875,
  // df = 999: off by 3.1e-15 = 9e-14 of q). 1e-15 stays the floor for the rounding of 1 − tail.
  const q = 1 - p;
  const t = studentTQuantile(p, nu);
  const conditioning = (Math.abs(t) * studentTPdf(t, nu)) / q;
  expect(Math.abs(studentTCdf(t, nu) - p)).toBeLessThanOrEqual(1e-15 + (3e-13 + 4.4e-16 * conditioning) * q);
});

test.prop([fc.double({ min: 0.5, max: 1, noNaN: true }), df])("the quantile is odd: t(p) = −t(1 − p) (1 − p is exact for p ≥ ½)", (p, nu) => {
  fc.pre(p < 1);
  expect(studentTQuantile(p, nu) + studentTQuantile(1 - p, nu)).toBe(0);
});

test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), df])(
  "studentTCdf is monotone in t",
  (a, b, nu) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(studentTCdf(lo, nu)).toBeLessThanOrEqual(studentTCdf(hi, nu));
  },
);

test.prop([fc.double({ min: 0.5001, max: 0.9999999, noNaN: true }), df])(
  "t quantiles lie beyond the normal one (heavier tails) and shrink as df grows",
  (p, nu) => {
    const t = studentTQuantile(p, nu);
    expect(t).toBeGreaterThanOrEqual(normalQuantile(p) * (1 - 1e-12));
    expect(studentTQuantile(p, nu * 2)).toBeLessThanOrEqual(t * (1 + 1e-12));
  },
);
