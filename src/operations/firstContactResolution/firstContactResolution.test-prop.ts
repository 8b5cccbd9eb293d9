import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { firstContactResolution } from "./firstContactResolution.js";

const counts = fc
  .integer({ min: 0, max: 1_000_000 })
  .chain((resolved) => fc.record({ resolvedOnFirstContact: fc.integer({ min: 0, max: resolved }), resolved: fc.constant(resolved) }));

test.prop([counts])("value is in [0, 100] and inside its interval", (c) => {
  const r = firstContactResolution(c);
  if (c.resolved === 0) {
    expect(r.value).toBeNull();
    return;
  }
  expect(r.value).toBeGreaterThanOrEqual(0);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
});

test.prop([counts])("one more first-contact resolution never lowers FCR", (c) => {
  fc.pre(c.resolvedOnFirstContact < c.resolved);
  const before = firstContactResolution(c).value!;
  const after = firstContactResolution({ ...c, resolvedOnFirstContact: c.resolvedOnFirstContact + 1 }).value!;
  expect(after).toBeGreaterThan(before);
});

test.prop([counts, fc.integer({ min: 2, max: 50 })])("scaling both counts keeps the value", (c, k) => {
  fc.pre(c.resolved > 0 && c.resolved * k <= Number.MAX_SAFE_INTEGER);
  const a = firstContactResolution(c).value!;
  const b = firstContactResolution({ resolvedOnFirstContact: c.resolvedOnFirstContact * k, resolved: c.resolved * k }).value!;
  expect(b).toBeCloseTo(a, 10);
});
