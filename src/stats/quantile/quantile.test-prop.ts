import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { QUANTILE_METHODS, type QuantileMethod } from "./methods.js";
import { percentiles } from "./percentiles.js";
import { quantile } from "./quantile.js";

const value = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -5, max: 5 }), // ties
);
const values = fc.array(value, { minLength: 1, maxLength: 60 });
const prob = fc.double({ min: 0, max: 1, noNaN: true });
const method = fc.constantFrom(...QUANTILE_METHODS);

/** Methods that pick one observation rather than interpolate or average. */
const PICKS: readonly QuantileMethod[] = ["inverted_cdf", "closest_observation", "lower", "higher", "nearest"];

const maxAbs = (xs: readonly number[]): number => xs.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

test.prop([values, prob, prob, method])("is monotone in p for every method", (xs, p1, p2, m) => {
  const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
  const [a, b] = percentiles(xs, [lo, hi], { method: m }) as [number, number];
  // numpy's two-sided lerp may step back by one rounding of b − a where it switches sides
  expect(a).toBeLessThanOrEqual(b + 4 * Number.EPSILON * maxAbs(xs));
});

test.prop([values, prob, method])("lies within [min, max]", (xs, p, m) => {
  const q = quantile(xs, p, { method: m })!;
  expect(q).toBeGreaterThanOrEqual(Math.min(...xs));
  expect(q).toBeLessThanOrEqual(Math.max(...xs));
});

test.prop([values.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))), fc.array(prob, { maxLength: 5 }), method])(
  "does not depend on the order of the values",
  ([xs, shuffled], ps, m) => {
    expect(percentiles(shuffled, ps, { method: m })).toEqual(percentiles(xs, ps, { method: m }));
  },
);

test.prop([values, prob, method])("quantile(values, p) equals percentiles(values, [p])[0]", (xs, p, m) => {
  expect(quantile(xs, p, { method: m })).toBe(percentiles(xs, [p], { method: m })[0]);
});

test.prop([values, fc.array(prob, { minLength: 1, maxLength: 8 }), method])("percentiles answers each p as quantile does", (xs, ps, m) => {
  expect(percentiles(xs, ps, { method: m })).toEqual(ps.map((p) => quantile(xs, p, { method: m })));
});

test.prop([values, prob, method, fc.double({ min: -1e6, max: 1e6, noNaN: true })])(
  "adding a constant shifts every quantile by it (exactly for methods that pick an observation)",
  (xs, p, m, c) => {
    const before = quantile(xs, p, { method: m })!;
    const after = quantile(
      xs.map((x) => x + c),
      p,
      { method: m },
    )!;
    if (PICKS.includes(m)) expect(after).toBe(before + c);
    else expect(Math.abs(after - (before + c))).toBeLessThanOrEqual(1e-12 * (maxAbs(xs) + Math.abs(c)));
  },
);

test.prop([values, prob, method, fc.double({ min: 1e-3, max: 1e3, noNaN: true })])(
  "scaling by a positive constant scales every quantile",
  (xs, p, m, k) => {
    const before = quantile(xs, p, { method: m })!;
    const after = quantile(
      xs.map((x) => x * k),
      p,
      { method: m },
    )!;
    if (PICKS.includes(m)) expect(after).toBe(before * k + 0); // + 0: an underflow to −0 is read as 0
    // (plus the spacing of subnormals, where relative precision runs out)
    else expect(Math.abs(after - before * k)).toBeLessThanOrEqual(1e-12 * maxAbs(xs) * k + 1e-300);
  },
);

// No tiny values or probabilities here: products that underflow to subnormals lose bits.
const normalValues = values.map((xs) => xs.map((x) => (Math.abs(x) < 1e-100 ? 0 : x)));
const gridProb = fc.integer({ min: 0, max: 1000 }).map((i) => i / 1000);

test.prop([normalValues, gridProb, method, fc.integer({ min: -20, max: 20 })])("scaling by a power of two is exact for every method", (xs, p, m, e) => {
  const k = 2 ** e;
  expect(quantile(xs.map((x) => x * k), p, { method: m })).toBe(quantile(xs, p, { method: m })! * k);
});

test.prop([values, method])("p = 0 is the minimum and p = 1 the maximum", (xs, m) => {
  // + 0: −0 in the input is read as 0
  expect(percentiles(xs, [0, 1], { method: m })).toEqual([Math.min(...xs) + 0, Math.max(...xs) + 0]);
});
