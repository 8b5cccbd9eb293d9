/** Test support for the rate KPIs: Wilson's interval written out, and a JSON round trip of an aggregator. */
import { expect } from "vitest";
import { createAggregator } from "../../summarize/createAggregator.js";
import { restoreAggregator } from "../../summarize/restoreAggregator.js";
import type { SummarizeOptions } from "../../summarize/types.js";

/** Wilson's score interval in percent, from Wilson (1927), with z = Φ⁻¹(0.975) = 1.959963984540054 (scipy.stats.norm.ppf). */
export function wilson(x: number, n: number): { lower: number; upper: number } {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lower: (centre - half) * 100, upper: (centre + half) * 100 };
}

/** Asserts a rate result's value, n and 95 % Wilson interval against counts worked out by hand. */
export function expectRate(result: { value: number | null; n: number; ci: { lower: number; upper: number; level: number } | null }, x: number, n: number): void {
  expect([result.value, result.n]).toEqual([n === 0 ? null : (x * 100) / n, n]);
  if (n === 0) return void expect(result.ci).toBeNull();
  const w = wilson(x, n);
  expect(result.ci?.level).toBe(0.95);
  expect(result.ci?.lower).toBeCloseTo(w.lower, 9);
  expect(result.ci?.upper).toBeCloseTo(w.upper, 9);
}

/**
 * Adds `records` to an aggregator, sends its state through JSON text and restores it: the
 * restored aggregator gives the same result, and saves the same JSON again.
 */
export function expectJsonRoundTrip(records: readonly unknown[], options: SummarizeOptions): void {
  const a = createAggregator(options);
  for (const r of records) a.add(r as never);
  const text = JSON.stringify(a.toJSON());
  const restored = restoreAggregator(JSON.parse(text) as unknown);
  expect(restored.result()).toEqual(a.result());
  expect(JSON.stringify(restored.toJSON())).toBe(text);
}
