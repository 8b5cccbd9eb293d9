import { checkConfidence, checkObject, checkPartOf } from "../../_lib/check.js";
import { rate, type RateResult } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";

/** Counts for {@link resolutionRate}. */
export interface ResolutionRateCounts {
  /** Tickets (or conversations, cases) resolved in the period: the numerator, at most `total`. */
  readonly resolved: number;
  /** All tickets the rate is about, resolved or not: the denominator. */
  readonly total: number;
}

/**
 * Resolution rate: the percentage of tickets that were resolved.
 *
 * @remarks
 * value = resolved / total × 100, with Wilson's score interval in percent; `n` is `total`.
 *
 * Both counts must describe the same set of tickets: usually the tickets created in a period
 * (a cohort), counting those resolved by the time of the report. Dividing the tickets solved in
 * a week by the tickets created in that same week is a different number (a throughput ratio
 * that can exceed 100 % when the backlog shrinks), and is rejected here because `resolved`
 * may not exceed `total`. Reopened and then re-solved tickets count once. Cost O(1).
 *
 * @param counts - `resolved` and `total`, whole numbers with `resolved ≤ total`.
 * @param options - `confidence` (default 0.95).
 * @throws {@link KpiInputError} when a count is negative, fractional or not finite, when
 *   `resolved > total`, or when `confidence` is not strictly between 0 and 1.
 * @example
 * ```ts
 * resolutionRate({ resolved: 425, total: 500 });
 * // { value: 85, n: 500, ci: { lower: 81.60…, upper: 87.86…, level: 0.95 } }
 * resolutionRate({ resolved: 0, total: 0 }); // { value: null, n: 0, ci: null }
 * ```
 * @see docs/kpis/resolution-rate.md
 * @category Operations
 */
export function resolutionRate(counts: ResolutionRateCounts, options: ConfidenceOptions = {}): RateResult {
  const kpi = "resolutionRate";
  const c = checkObject(kpi, "counts", counts);
  const o = checkObject(kpi, "options", options);
  const [resolved, total] = checkPartOf(kpi, "resolved", c.resolved, "total", c.total);
  return rate(resolved, total, checkConfidence(kpi, o.confidence));
}
