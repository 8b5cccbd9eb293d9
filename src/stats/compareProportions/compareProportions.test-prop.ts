import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { compareProportions } from "./compareProportions.js";

const group = fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });

test.prop([group, group, level])("ci contains the difference and lies in [−1, 1]", (a, b, confidence) => {
  const r = compareProportions(a, b, { confidence });
  expect(r.difference).toBeGreaterThanOrEqual(-1);
  expect(r.difference).toBeLessThanOrEqual(1);
  expect(r.ci!.lower).toBeGreaterThanOrEqual(-1);
  expect(r.ci!.upper).toBeLessThanOrEqual(1);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.difference!);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.difference!);
  expect(r.ci!.level).toBe(confidence);
});

test.prop([group, group])("swapping a and b negates the difference and z and mirrors the interval", (a, b) => {
  const ab = compareProportions(a, b);
  const ba = compareProportions(b, a);
  expect(ba.difference).toBe(-ab.difference! + 0);
  expect(ba.ci!.lower).toBeCloseTo(-ab.ci!.upper, 14);
  expect(ba.ci!.upper).toBeCloseTo(-ab.ci!.lower, 14);
  expect(ba.pValue).toBe(ab.pValue);
  if (ab.z === null) expect(ba.z).toBeNull();
  else expect(ba.z).toBe(-ab.z + 0);
});

test.prop([group, fc.integer({ min: 1, max: 20 })])("identical proportions: difference 0, ci contains 0, p-value 1 when defined", (a, k) => {
  fc.pre(a.n * k <= 2_000_000);
  const r = compareProportions(a, { successes: a.successes * k, n: a.n * k });
  expect(r.difference).toBe(0);
  expect(r.ci!.lower).toBeLessThanOrEqual(0);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(0);
  if (r.z !== null) {
    expect(r.z).toBe(0);
    expect(r.pValue).toBe(1);
  } else {
    expect(a.successes === 0 || a.successes === a.n).toBe(true);
  }
});

test.prop([group, group])("z and pValue are null exactly when the pooled proportion is 0 or 1, and never NaN", (a, b) => {
  const r = compareProportions(a, b);
  const pooledDegenerate = a.successes + b.successes === 0 || a.successes + b.successes === a.n + b.n;
  expect(r.z === null).toBe(pooledDegenerate);
  expect(r.pValue === null).toBe(pooledDegenerate);
  expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  if (r.pValue !== null) {
    expect(r.pValue).toBeGreaterThanOrEqual(0);
    expect(r.pValue).toBeLessThanOrEqual(1);
  }
});

test.prop([group, group, fc.double({ min: 0.5, max: 0.9, noNaN: true }), fc.double({ min: 0.01, max: 0.09, noNaN: true })])(
  "a higher confidence level never narrows the interval",
  (a, b, low, step) => {
    const narrow = compareProportions(a, b, { confidence: low }).ci!;
    const wide = compareProportions(a, b, { confidence: low + step }).ci!;
    expect(wide.lower).toBeLessThanOrEqual(narrow.lower + 1e-12);
    expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - 1e-12);
  },
);

test.prop([group, group])("one more success in a never lowers the difference or z", (a, b) => {
  fc.pre(a.successes < a.n);
  const before = compareProportions(a, b);
  const after = compareProportions({ ...a, successes: a.successes + 1 }, b);
  expect(after.difference!).toBeGreaterThan(before.difference!);
  if (before.z !== null && after.z !== null) expect(after.z).toBeGreaterThan(before.z);
});
