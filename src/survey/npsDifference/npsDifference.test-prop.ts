import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { nps } from "../nps/nps.js";
import { npsDifference } from "./npsDifference.js";

const counts = fc.record({
  promoters: fc.integer({ min: 0, max: 5000 }),
  passives: fc.integer({ min: 0, max: 5000 }),
  detractors: fc.integer({ min: 0, max: 5000 }),
});
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });

test.prop([counts, counts, level])("swapping a and b negates the difference and mirrors the interval", (a, b, confidence) => {
  const ab = npsDifference(a, b, { confidence });
  const ba = npsDifference(b, a, { confidence });
  if (ab.difference === null) {
    expect(ba.difference).toBeNull();
    return;
  }
  // 0 − v, not −v: a difference of 0 is 0 both ways (the library gives no −0)
  const negated = (v: number): number => 0 - v;
  expect(ba.difference).toBe(negated(ab.difference));
  expect(ba.standardError).toBe(ab.standardError);
  expect(ba.ci!.lower).toBe(negated(ab.ci!.upper));
  expect(ba.ci!.upper).toBe(negated(ab.ci!.lower));
  expect(ba.pValue).toBe(ab.pValue);
  if (ab.z !== null) expect(ba.z).toBe(negated(ab.z));
});

test.prop([counts, counts, level])("the difference is NPS(a) − NPS(b), inside its interval, inside ±200", (a, b, confidence) => {
  const r = npsDifference(a, b, { confidence });
  const na = nps(a).value;
  const nb = nps(b).value;
  if (na === null || nb === null) {
    expect(r).toEqual({ difference: null, standardError: null, z: null, pValue: null, ci: null });
    return;
  }
  expect(r.difference).toBeCloseTo(na - nb, 10);
  expect(r.standardError).toBeCloseTo(Math.hypot(nps(a).standardError!, nps(b).standardError!), 10);
  expect(r.ci!.lower).toBeGreaterThanOrEqual(-200);
  expect(r.ci!.upper).toBeLessThanOrEqual(200);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.difference!);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.difference!);
  if (r.pValue !== null) {
    expect(r.pValue).toBeGreaterThanOrEqual(0);
    expect(r.pValue).toBeLessThanOrEqual(1);
  }
});

test.prop([counts])("a sample compared with itself differs by 0 with p-value 1 (or no test at all)", (a) => {
  const r = npsDifference(a, a);
  if (r.difference === null) return;
  expect(r.difference).toBe(0);
  if (r.standardError === 0) expect(r.pValue).toBeNull();
  else expect(r.pValue).toBe(1);
});

const smallCounts = fc.record({
  promoters: fc.integer({ min: 0, max: 500 }),
  passives: fc.integer({ min: 0, max: 500 }),
  detractors: fc.integer({ min: 0, max: 500 }),
});

test.prop([smallCounts, smallCounts])("the counts form equals the array form", (a, b) => {
  const arr = (c: typeof a) => [...Array<number>(c.promoters).fill(10), ...Array<number>(c.passives).fill(8), ...Array<number>(c.detractors).fill(4)];
  expect(npsDifference(arr(a), arr(b))).toEqual(npsDifference(a, b));
});

test.prop([counts, counts, fc.double({ min: 0.5, max: 0.9, noNaN: true }), fc.double({ min: 0.001, max: 0.09, noNaN: true })])(
  "a higher confidence level never gives a narrower interval",
  (a, b, low, step) => {
    const narrow = npsDifference(a, b, { confidence: low });
    const wide = npsDifference(a, b, { confidence: low + step });
    if (narrow.ci === null) return;
    expect(wide.ci!.lower).toBeLessThanOrEqual(narrow.ci.lower);
    expect(wide.ci!.upper).toBeGreaterThanOrEqual(narrow.ci.upper);
  },
);

test.prop([counts, counts])("one more promoter in a never lowers the difference", (a, b) => {
  const before = npsDifference(a, b).difference;
  fc.pre(before !== null);
  expect(npsDifference({ ...a, promoters: a.promoters + 1 }, b).difference).toBeGreaterThanOrEqual(before!);
});
