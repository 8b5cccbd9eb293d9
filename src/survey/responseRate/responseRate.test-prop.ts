import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { responseRate } from "./responseRate.js";

const counts = fc
  .integer({ min: 0, max: 10_000_000 })
  .chain((sent) => fc.record({ sent: fc.constant(sent), responded: fc.integer({ min: 0, max: sent }) }));

test.prop([counts])("value is in [0, 100], inside its interval, and n is sent", (c) => {
  const r = responseRate(c);
  expect(r.n).toBe(c.sent);
  if (c.sent === 0) {
    expect(r).toEqual({ value: null, n: 0, ci: null });
    return;
  }
  expect(r.value).toBeGreaterThanOrEqual(0);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeGreaterThanOrEqual(0);
  expect(r.ci!.upper).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
});

test.prop([counts])("one more response never lowers the rate", (c) => {
  fc.pre(c.responded < c.sent);
  expect(responseRate({ ...c, responded: c.responded + 1 }).value!).toBeGreaterThan(responseRate(c).value!);
});

test.prop([counts, fc.integer({ min: 2, max: 100 })])("scaling both counts keeps the value and narrows the interval", (c, k) => {
  fc.pre(c.sent > 0);
  const a = responseRate(c);
  const b = responseRate({ sent: c.sent * k, responded: c.responded * k });
  expect(b.value!).toBeCloseTo(a.value!, 9);
  expect(b.ci!.upper - b.ci!.lower).toBeLessThanOrEqual(a.ci!.upper - a.ci!.lower + 1e-9);
});

test.prop([counts, fc.double({ min: 0.5, max: 0.99, noNaN: true }), fc.double({ min: 0.5, max: 0.99, noNaN: true })])(
  "a higher confidence level never narrows the interval",
  (c, p, q) => {
    fc.pre(c.sent > 0 && p < q);
    const low = responseRate(c, { confidence: p }).ci!;
    const high = responseRate(c, { confidence: q }).ci!;
    expect(high.lower).toBeLessThanOrEqual(low.lower + 1e-9);
    expect(high.upper).toBeGreaterThanOrEqual(low.upper - 1e-9);
  },
);
