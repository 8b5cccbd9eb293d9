import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { QUANTILE_METHODS } from "../../stats/quantile/methods.js";
import { quantile } from "../../stats/quantile/quantile.js";
import { durationStats, percentileKey } from "./durationStats.js";

const duration = fc.oneof(fc.double({ min: 0, max: 1e10, noNaN: true }), fc.integer({ min: 0, max: 600_000 }));
const durations = fc.array(duration, { minLength: 1, maxLength: 80 });
const method = fc.constantFrom(...QUANTILE_METHODS);

test.prop([durations, method])("min ≤ p50 ≤ p90 ≤ p95 ≤ max and the mean lies in [min, max]", (ms, m) => {
  const r = durationStats(ms, { method: m });
  const { p50, p90, p95 } = r.percentiles as { p50: number; p90: number; p95: number };
  expect(r.n).toBe(ms.length);
  expect(r.minMs!).toBeLessThanOrEqual(p50);
  expect(p50).toBeLessThanOrEqual(p90 + 4 * Number.EPSILON * r.maxMs!);
  expect(p90).toBeLessThanOrEqual(p95 + 4 * Number.EPSILON * r.maxMs!);
  expect(p95).toBeLessThanOrEqual(r.maxMs!);
  expect(r.meanMs!).toBeGreaterThanOrEqual(r.minMs!);
  expect(r.meanMs!).toBeLessThanOrEqual(r.maxMs!);
  expect(r.medianMs).toBe(p50);
});

test.prop([durations])("min, max and mean agree with a direct computation", (ms) => {
  const r = durationStats(ms);
  expect(r.minMs).toBe(Math.min(...ms) + 0);
  expect(r.maxMs).toBe(Math.max(...ms) + 0);
  const naive = ms.reduce((s, x) => s + x, 0) / ms.length;
  expect(Math.abs(r.meanMs! - naive)).toBeLessThanOrEqual(1e-12 * Math.max(...ms) + 1e-300);
});

test.prop([durations, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), method])(
  "each percentile equals quantile() with the same method, under its key",
  (ms, ps, m) => {
    const r = durationStats(ms, { percentiles: ps, method: m });
    for (const p of ps) {
      const key = percentileKey(p);
      // a later p with the same key wins
      const last = ps.filter((q) => percentileKey(q) === key).at(-1)!;
      expect(r.percentiles[key]).toBe(quantile(ms, last, { method: m }));
    }
    expect(Object.keys(r.percentiles).length).toBe(new Set(ps.map(percentileKey)).size);
  },
);

test.prop([durations.chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length }))), method])(
  "does not depend on the order of the durations",
  ([ms, shuffled], m) => {
    expect(durationStats(shuffled, { method: m })).toEqual(durationStats(ms, { method: m }));
  },
);

test.prop([fc.integer({ min: 0, max: 100_000 }).map((i) => i / 100_000)])("keys carry no float noise", (p) => {
  // p has at most 5 decimals, so the percentage has at most 3: the key is that decimal text
  const key = percentileKey(p);
  expect(key).toMatch(/^p\d+(\.\d{1,3})?$/);
  expect(Number(key.slice(1))).toBeCloseTo(p * 100, 9);
});
