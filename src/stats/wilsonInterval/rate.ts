import type { RateResult } from "./wilsonInterval.js";
import { wilsonBounds } from "./wilsonInterval.js";
export type { RateResult };

/** Rate in percent with Wilson's interval in percent, for validated counts. */
export function rate(successes: number, n: number, level: number): RateResult {
  if (n === 0) return { value: null, n, ci: null };
  const bounds = wilsonBounds(successes, n, level);
  return {
    value: (successes * 100) / n,
    n,
    ci: { lower: bounds.lower * 100, upper: bounds.upper * 100, level },
  };
}
