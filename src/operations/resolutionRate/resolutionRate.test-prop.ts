import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { resolutionRate } from "./resolutionRate.js";

const counts = fc
  .integer({ min: 0, max: 1_000_000 })
  .chain((total) => fc.record({ resolved: fc.integer({ min: 0, max: total }), total: fc.constant(total) }));

test.prop([counts])("value is in [0, 100] and inside its interval, which stays in [0, 100]", (c) => {
  const r = resolutionRate(c);
  if (c.total === 0) {
    expect(r).toEqual({ value: null, n: 0, ci: null });
    return;
  }
  expect(r.n).toBe(c.total);
  expect(r.value).toBeGreaterThanOrEqual(0);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeGreaterThanOrEqual(0);
  expect(r.ci!.upper).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
});

test.prop([counts])("one more resolved ticket never lowers the rate", (c) => {
  fc.pre(c.resolved < c.total);
  expect(resolutionRate({ ...c, resolved: c.resolved + 1 }).value!).toBeGreaterThan(resolutionRate(c).value!);
});

test.prop([counts, fc.integer({ min: 2, max: 50 })])("scaling both counts keeps the value and narrows the interval", (c, k) => {
  fc.pre(c.total > 0);
  const a = resolutionRate(c);
  const b = resolutionRate({ resolved: c.resolved * k, total: c.total * k });
  expect(b.value!).toBeCloseTo(a.value!, 9);
  expect(b.ci!.upper - b.ci!.lower).toBeLessThanOrEqual(a.ci!.upper - a.ci!.lower + 1e-9);
});
