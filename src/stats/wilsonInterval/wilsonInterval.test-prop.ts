import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { wilsonInterval } from "./wilsonInterval.js";

const trials = fc.integer({ min: 1, max: 1_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });

test.prop([trials, level])("contains the estimate and stays within [0, 1]", ([x, n], confidence) => {
  const ci = wilsonInterval(x, n, { confidence });
  expect(ci).not.toBeNull();
  expect(ci!.lower).toBeGreaterThanOrEqual(0);
  expect(ci!.upper).toBeLessThanOrEqual(1);
  expect(ci!.lower).toBeLessThanOrEqual(x / n + 1e-12);
  expect(ci!.upper).toBeGreaterThanOrEqual(x / n - 1e-12);
});

test.prop([trials])("is symmetric: the interval for failures mirrors the one for successes", ([x, n]) => {
  const a = wilsonInterval(x, n)!;
  const b = wilsonInterval(n - x, n)!;
  expect(a.lower).toBeCloseTo(1 - b.upper, 10);
  expect(a.upper).toBeCloseTo(1 - b.lower, 10);
});

test.prop([trials, fc.double({ min: 0.5, max: 0.9, noNaN: true }), fc.double({ min: 0.001, max: 0.09, noNaN: true })])(
  "a higher confidence level never gives a narrower interval",
  ([x, n], low, step) => {
    const narrow = wilsonInterval(x, n, { confidence: low })!;
    const wide = wilsonInterval(x, n, { confidence: low + step })!;
    expect(wide.lower).toBeLessThanOrEqual(narrow.lower + 1e-12);
    expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper - 1e-12);
  },
);

test.prop([fc.integer({ min: 1, max: 10_000 })])("one more success never lowers either bound", (n) => {
  for (const x of [0, Math.floor(n / 3), n - 1]) {
    const a = wilsonInterval(x, n)!;
    const b = wilsonInterval(x + 1, n)!;
    expect(b.lower).toBeGreaterThanOrEqual(a.lower);
    expect(b.upper).toBeGreaterThanOrEqual(a.upper);
  }
});
