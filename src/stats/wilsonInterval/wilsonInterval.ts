import { checkConfidence, checkObject, checkPartOf } from "../../_lib/check.js";
import { zForConfidence } from "../distributions/normal.js";

/** A confidence interval: bounds in the unit of the estimate, and the confidence level. */
export interface ConfidenceInterval {
  /** Lower bound. */
  readonly lower: number;
  /** Upper bound. */
  readonly upper: number;
  /** The confidence level, e.g. 0.95. */
  readonly level: number;
}

/** The result of every rate calculator: a percentage with its sample size and Wilson interval. */
export interface RateResult {
  /** The rate in percent (0–100), or `null` when the denominator is 0. */
  readonly value: number | null;
  /** The denominator. */
  readonly n: number;
  /** Wilson score interval in percent, or `null` when `n` is 0. */
  readonly ci: ConfidenceInterval | null;
}

/** Options shared by every function that reports a confidence interval. */
export interface ConfidenceOptions {
  /** Confidence level strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number | undefined;
}

/**
 * Wilson's score interval for a binomial proportion, as fractions from 0 to 1.
 *
 * @remarks
 * With p̂ = successes / n and z the two-sided normal critical value for `confidence`:
 *
 *     centre    = (p̂ + z²/2n) / (1 + z²/n)
 *     halfWidth = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
 *
 * Unlike the Wald interval it never leaves [0, 1], and it is not degenerate at 0 or n
 * successes (0 of 20 gives 0 to 0.1611, not 0 to 0). It is the interval behind every rate in
 * this library (CSAT, FCR, response rate, SLA compliance ...). No continuity correction.
 * Returns `null` when `n` is 0. Cost O(1).
 *
 * @param successes - Number of successes, a whole number from 0 to `n`.
 * @param n - Number of trials, a whole number ≥ 0.
 * @throws {@link KpiInputError} when a count is negative, fractional or not finite, when
 *   `successes > n`, or when `confidence` is not strictly between 0 and 1.
 * @example
 * ```ts
 * wilsonInterval(81, 263); // { lower: 0.2553…, upper: 0.3662…, level: 0.95 } (Newcombe 1998, table I)
 * wilsonInterval(0, 20);   // { lower: 0, upper: 0.1611…, level: 0.95 }
 * wilsonInterval(0, 0);    // null
 * ```
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
 *   inference. JASA 22, 209–212.
 * @see Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion:
 *   comparison of seven methods. Statistics in Medicine 17, 857–872 (method 3).
 * @category Statistics
 */
export function wilsonInterval(successes: number, n: number, options: ConfidenceOptions = {}): ConfidenceInterval | null {
  const [x, total] = checkPartOf("wilsonInterval", "successes", successes, "n", n);
  const level = checkConfidence("wilsonInterval", checkObject("wilsonInterval", "options", options).confidence);
  return total === 0 ? null : wilsonBounds(x, total, level);
}

/** Wilson bounds for already-validated counts with n > 0. */
export function wilsonBounds(x: number, n: number, level: number): ConfidenceInterval {
  const z = zForConfidence(level);
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    lower: x === 0 ? 0 : Math.max(0, centre - half),
    upper: x === n ? 1 : Math.min(1, centre + half),
    level,
  };
}
