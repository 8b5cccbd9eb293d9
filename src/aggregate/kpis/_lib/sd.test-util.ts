/** Test support: the sample standard deviation by the textbook two-pass formula, the tests' independent reference for `sdMs`. */
import { expect } from "vitest";

/** √(Σ(x − mean)² / (n − 1)) with the mean computed first (two passes), or `null` when n < 2. */
export function twoPassSd(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  // on durations divided by a power of two near the largest (exactly), so that squares of tiny durations do not underflow
  const largest = Math.max(...values);
  if (largest === 0) return 0;
  const top = 2 ** Math.floor(Math.log2(largest));
  const scaled = values.map((x) => x / top);
  const mean = scaled.reduce((s, x) => s + x, 0) / n;
  const ss = scaled.reduce((s, x) => s + (x - mean) ** 2, 0);
  return Math.sqrt(ss / (n - 1)) * top;
}

/** Relative tolerance of `sdMs` against {@link twoPassSd}: the reference itself rounds at each step. */
export const SD_TOLERANCE = 1e-9;

/** What `sdMs` should be for `values`: `null` when n < 2, else a number within {@link SD_TOLERANCE} of the two-pass sd. */
export function sdNear(values: readonly number[]): unknown {
  const sd = twoPassSd(values);
  if (sd === null) return null;
  // expect.closeTo(x, digits) accepts |actual − x| < 10^−digits / 2
  return expect.closeTo(sd, -Math.log10(2 * SD_TOLERANCE * Math.max(sd, Number.MIN_VALUE)));
}
