import { checkConfidence, checkObject, checkPartOf } from "../../_lib/check.js";
import { clamp } from "../../_lib/math.js";
import { twoSidedNormalP } from "../distributions/normal.js";
import { wilsonBounds, type ConfidenceInterval, type ConfidenceOptions } from "../wilsonInterval/wilsonInterval.js";

/** One group for {@link compareProportions}: successes out of n trials. */
export interface ProportionCounts {
  /** Successes (resolved, satisfied, within target …): a whole number from 0 to `n`. */
  readonly successes: number;
  /** Trials: a whole number ≥ 0. */
  readonly n: number;
}

/** The result of {@link compareProportions}, in fractions (0.05 is five percentage points). */
export interface ProportionComparison {
  /** p_a − p_b, from −1 to 1; `null` when either group is empty. */
  readonly difference: number | null;
  /** Pooled two-proportion z statistic; `null` when either group is empty or p̄ is 0 or 1. */
  readonly z: number | null;
  /** Two-sided p-value of `z` under the normal approximation; `null` with `z`. */
  readonly pValue: number | null;
  /** Newcombe's hybrid score interval for the difference, within [−1, 1]; `null` when either group is empty. */
  readonly ci: ConfidenceInterval | null;
}

const KPI = "compareProportions";

/**
 * Compares two proportions (two CSAT, FCR or SLA rates): their difference with Newcombe's
 * hybrid score interval, and the pooled two-proportion z-test.
 *
 * @remarks
 * With p_a = a.successes / a.n, p_b = b.successes / b.n and Wilson score bounds (l_a, u_a) and
 * (l_b, u_b) at the same confidence level:
 *
 *     difference = p_a − p_b
 *     ci.lower   = difference − √((p_a − l_a)² + (u_b − p_b)²)
 *     ci.upper   = difference + √((u_a − p_a)² + (p_b − l_b)²)
 *     p̄          = (a.successes + b.successes) / (a.n + b.n)
 *     z          = difference / √(p̄(1 − p̄)(1/a.n + 1/b.n)),   pValue = P(|Z| ≥ |z|)
 *
 * Everything is a fraction, not a percentage: 0.05 is five percentage points. The interval
 * (Newcombe 1998, method 10) stays inside [−1, 1], is not degenerate at 0 or n successes, and
 * keeps close to its nominal coverage in small samples, where the Wald interval
 * p_a − p_b ± z·SE does not. The test is the usual pooled z-test (the χ² test without
 * continuity correction, z² = χ²); when no group has a success, or no group a failure, p̄ is 0
 * or 1, the statistic is 0/0 and `z` and `pValue` are `null`, while `difference` and `ci` are
 * still reported. An empty group makes everything `null`. The sign is kept: a − b. Cost O(1).
 *
 * @param a - The first group, `{ successes, n }`.
 * @param b - The second group, `{ successes, n }`.
 * @param options - `confidence` (default 0.95) for the interval.
 * @throws {@link KpiInputError} when a count is negative, fractional or not finite, when
 *   `successes > n` in either group (fields `"a.successes"`, `"b.n"` …), or when `confidence`
 *   is not strictly between 0 and 1.
 * @example
 * ```ts
 * compareProportions({ successes: 56, n: 70 }, { successes: 48, n: 80 });
 * // { difference: 0.2, z: 2.650…, pValue: 0.00804…, ci: { lower: 0.0524…, upper: 0.3338…, level: 0.95 } }
 * compareProportions({ successes: 0, n: 10 }, { successes: 0, n: 20 });
 * // { difference: 0, z: null, pValue: null, ci: { lower: -0.1611…, upper: 0.2775…, level: 0.95 } }
 * ```
 * @see Newcombe, R. G. (1998). Interval estimation for the difference between independent
 *   proportions: comparison of eleven methods. Statistics in Medicine 17, 873–890 (method 10,
 *   table II).
 * @see docs/statistics.md
 * @category Statistics
 */
export function compareProportions(a: ProportionCounts, b: ProportionCounts, options: ConfidenceOptions = {}): ProportionComparison {
  const ca = checkObject(KPI, "a", a);
  const cb = checkObject(KPI, "b", b);
  const [xa, na] = checkPartOf(KPI, "a.successes", ca.successes, "a.n", ca.n);
  const [xb, nb] = checkPartOf(KPI, "b.successes", cb.successes, "b.n", cb.n);
  const level = checkConfidence(KPI, checkObject(KPI, "options", options).confidence);
  if (na === 0 || nb === 0) return { difference: null, z: null, pValue: null, ci: null };

  const pa = xa / na;
  const pb = xb / nb;
  // From the counts when the products are exact, so 56/70 − 48/80 is 0.2, not 0.20000000000000007.
  const cross = na * nb;
  const difference = Number.isSafeInteger(cross) ? (xa * nb - xb * na) / cross : pa - pb;
  const wa = wilsonBounds(xa, na, level);
  const wb = wilsonBounds(xb, nb, level);
  const lower = difference - Math.hypot(pa - wa.lower, wb.upper - pb);
  const upper = difference + Math.hypot(wa.upper - pa, pb - wb.lower);

  const pooled = (xa + xb) / (na + nb);
  let z: number | null = null;
  let pValue: number | null = null;
  if (pooled > 0 && pooled < 1) {
    z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
    pValue = twoSidedNormalP(z);
  }
  return { difference, z, pValue, ci: { lower: clamp(lower, -1, difference), upper: clamp(upper, difference, 1), level } };
}
