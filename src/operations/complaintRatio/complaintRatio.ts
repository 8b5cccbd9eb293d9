import { checkConfidence, checkObject, checkPartOf } from "../../_lib/check.js";
import { rate, type RateResult } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";

/** Counts for {@link complaintRatio}. */
export interface ComplaintRatioCounts {
  /** Interactions that were complaints: the numerator, at most `interactions`. */
  readonly complaints: number;
  /** All interactions (contacts, tickets, orders …) in the same period: the denominator. */
  readonly interactions: number;
}

/**
 * Complaint ratio: complaints as a percentage of all interactions.
 *
 * @remarks
 * value = complaints / interactions × 100, with Wilson's score interval in percent; `n` is
 * `interactions`.
 *
 * A complaint is an interaction in which the customer expresses dissatisfaction and expects a
 * response (the ISO 10002 sense), however it is tagged. Each complaint is one of the
 * interactions, so `complaints ≤ interactions`; a complaint that spans several contacts counts
 * once in the numerator, and its contacts count in the denominator as they are counted for the
 * other interactions. Ratios are small, so the Wilson interval matters: it stays above 0 and
 * is not symmetric. Ratios "per 1,000 interactions" are value × 10. Cost O(1).
 *
 * @param counts - `complaints` and `interactions`, whole numbers with
 *   `complaints ≤ interactions`.
 * @param options - `confidence` (default 0.95).
 * @throws {@link KpiInputError} when a count is negative, fractional or not finite, when
 *   `complaints > interactions`, or when `confidence` is not strictly between 0 and 1.
 * @example
 * ```ts
 * complaintRatio({ complaints: 37, interactions: 12500 });
 * // { value: 0.296, n: 12500, ci: { lower: 0.2148…, upper: 0.4077…, level: 0.95 } }
 * complaintRatio({ complaints: 0, interactions: 0 }); // { value: null, n: 0, ci: null }
 * ```
 * @see ISO 10002:2018, Quality management — Customer satisfaction — Guidelines for complaints
 *   handling in organizations (definition of a complaint).
 * @see docs/kpis/complaint-ratio.md
 * @category Operations
 */
export function complaintRatio(counts: ComplaintRatioCounts, options: ConfidenceOptions = {}): RateResult {
  const kpi = "complaintRatio";
  const c = checkObject(kpi, "counts", counts);
  const o = checkObject(kpi, "options", options);
  const [complaints, interactions] = checkPartOf(kpi, "complaints", c.complaints, "interactions", c.interactions);
  return rate(complaints, interactions, checkConfidence(kpi, o.confidence));
}
