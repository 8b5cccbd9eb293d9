import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { baseline } from "./baseline.js";

const values = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 40 });

test.prop([values, fc.integer({ min: 1, max: 40 })])("min ≤ median ≤ max and mean within [min, max]", (xs, periods) => {
  const r = baseline(xs, { periods });
  if (xs.length < periods) {
    expect(r.mean).toBeNull();
    expect(r.reason).not.toBeNull();
    return;
  }
  expect(r.min!).toBeLessThanOrEqual(r.median!);
  expect(r.median!).toBeLessThanOrEqual(r.max!);
  expect(r.mean!).toBeGreaterThanOrEqual(r.min!);
  expect(r.mean!).toBeLessThanOrEqual(r.max!);
  expect(r.n).toBe(periods);
});

test.prop([values, values])("only the last periods matter", (older, recent) => {
  const periods = recent.length;
  expect(baseline([...older, ...recent], { periods })).toEqual(baseline(recent, { periods }));
});
