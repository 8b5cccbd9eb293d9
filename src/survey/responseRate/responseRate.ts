import { checkConfidence, checkObject, checkPartOf } from "../../_lib/check.js";
import { rate, type RateResult } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";

/** Counts for {@link responseRate}. */
export interface ResponseRateCounts {
  /** Surveys sent (offered): the denominator. */
  readonly sent: number;
  /** Surveys answered: the numerator, at most `sent`. */
  readonly responded: number;
}

/**
 * Survey response rate: the percentage of sent surveys (CSAT, CES, NPS) that were answered.
 *
 * @remarks
 * value = responded / sent × 100, with Wilson's score interval in percent; `n` is `sent`.
 *
 * Count what the customer could actually answer: surveys that bounced or were suppressed were
 * never sent. A response is a survey with at least the rating answered; reminders of the same
 * survey are one survey. Read CSAT together with its response rate: a satisfaction score that
 * rises while fewer customers answer may only mean that the unhappy ones stopped answering.
 *
 * @param counts - `sent` and `responded`, whole numbers with `responded ≤ sent`.
 * @param options - `confidence` (default 0.95).
 * @throws {@link KpiInputError} when a count is negative, fractional or not finite, when
 *   `responded > sent`, or when `confidence` is not strictly between 0 and 1.
 * @example
 * ```ts
 * responseRate({ sent: 1200, responded: 270 });
 * // { value: 22.5, n: 1200, ci: { lower: 20.22…, upper: 24.94…, level: 0.95 } }
 * responseRate({ sent: 0, responded: 0 }); // { value: null, n: 0, ci: null }
 * ```
 * @see AAPOR (2023), Standard Definitions: Final Dispositions of Case Codes and Outcome Rates
 *   for Surveys, 10th ed. (response rates as completed answers over eligible cases).
 * @see docs/kpis/response-rate.md
 * @category Survey
 */
export function responseRate(counts: ResponseRateCounts, options: ConfidenceOptions = {}): RateResult {
  const kpi = "responseRate";
  const c = checkObject(kpi, "counts", counts);
  const o = checkObject(kpi, "options", options);
  const [responded, sent] = checkPartOf(kpi, "responded", c.responded, "sent", c.sent);
  return rate(responded, sent, checkConfidence(kpi, o.confidence));
}
