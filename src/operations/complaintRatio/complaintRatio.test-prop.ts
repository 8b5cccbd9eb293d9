import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { complaintRatio } from "./complaintRatio.js";

const counts = fc
  .integer({ min: 0, max: 1_000_000 })
  .chain((interactions) => fc.record({ complaints: fc.integer({ min: 0, max: interactions }), interactions: fc.constant(interactions) }));

test.prop([counts])("value is in [0, 100] and inside its interval, which stays in [0, 100]", (c) => {
  const r = complaintRatio(c);
  if (c.interactions === 0) {
    expect(r).toEqual({ value: null, n: 0, ci: null });
    return;
  }
  expect(r.n).toBe(c.interactions);
  expect(r.value).toBeGreaterThanOrEqual(0);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeGreaterThanOrEqual(0);
  expect(r.ci!.upper).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
});

test.prop([counts])("one more complaint never lowers the ratio", (c) => {
  fc.pre(c.complaints < c.interactions);
  expect(complaintRatio({ ...c, complaints: c.complaints + 1 }).value!).toBeGreaterThan(complaintRatio(c).value!);
});

test.prop([counts, fc.integer({ min: 2, max: 50 })])("scaling both counts keeps the value and narrows the interval", (c, k) => {
  fc.pre(c.interactions > 0);
  const a = complaintRatio(c);
  const b = complaintRatio({ complaints: c.complaints * k, interactions: c.interactions * k });
  expect(b.value!).toBeCloseTo(a.value!, 9);
  expect(b.ci!.upper - b.ci!.lower).toBeLessThanOrEqual(a.ci!.upper - a.ci!.lower + 1e-9);
});
