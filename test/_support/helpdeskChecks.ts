/**
 * What the helpdesk preset and adapter tests share: the independent pass's numpy percentile and
 * mean, the check of a report's duration summary against it, and the error of a call.
 */
import { expect } from "vitest";
import { isKpiInputError } from "../../src/errors.js";

/** numpy.percentile(values, 100·p) with the default linear method: h = (n − 1)·p. */
export function numpyLinear(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return (s[lo] as number) + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] as number) - (s[lo] as number));
}

export const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** A duration KPI of a report's JSON. */
export interface Durations {
  n: number;
  meanMs: number;
  medianMs: number;
  percentiles: Record<string, number>;
}

/** The report's count, mean, median and p90 equal the independent pass's over `values`. */
export function expectDurations(got: Durations, values: readonly number[]): void {
  expect(got.n).toBe(values.length);
  expect(got.meanMs).toBeCloseTo(mean(values), 6);
  expect(got.medianMs).toBeCloseTo(numpyLinear(values, 0.5), 6);
  expect(got.percentiles["p90"]).toBeCloseTo(numpyLinear(values, 0.9), 6);
}

/** The field, index and value of the `KpiInputError` `run` throws (anything else is returned as thrown). */
export function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return isKpiInputError(e) ? { field: e.field, index: e.index, value: e.value } : e;
  }
  return undefined;
}
