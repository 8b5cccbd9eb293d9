import type { ConfidenceInterval } from "../stats/wilsonInterval/wilsonInterval.js";
import { wilsonBounds } from "../stats/wilsonInterval/wilsonInterval.js";

/** The result of every rate calculator: a percentage with its sample size and Wilson interval. */
export interface RateResult {
  /** The rate in percent (0–100), or `null` when the denominator is 0. */
  readonly value: number | null;
  /** The denominator. */
  readonly n: number;
  /** Wilson score interval in percent, or `null` when `n` is 0. */
  readonly ci: ConfidenceInterval | null;
}

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
