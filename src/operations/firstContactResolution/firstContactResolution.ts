import { checkConfidence, checkObject, checkPartOf } from "../../_lib/check.js";
import { rate, type RateResult } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";

/** Counts for {@link firstContactResolution}. */
export interface FirstContactResolutionCounts {
  /** Issues resolved on the first contact, with no repeat contact. */
  readonly resolvedOnFirstContact: number;
  /** All resolved issues: the denominator. */
  readonly resolved: number;
}

/**
 * First-contact resolution (FCR): the share of resolved issues that needed only one contact.
 *
 * @remarks
 * value = resolvedOnFirstContact / resolved × 100, with Wilson's score interval.
 *
 * The denominator is *resolved* issues, as in the common helpdesk definition; issues still open
 * are neither successes nor failures yet. Some teams divide by all contacts instead, which
 * mixes FCR with the resolution rate; use {@link resolutionRate} for that. How "first contact"
 * is decided (a repeat within 7 days on the same topic, a survey question, an agent flag) is
 * up to the counts you pass; `repeatContacts` derives it from contact logs.
 *
 * @throws {@link KpiInputError} when a count is negative or fractional, when
 *   `resolvedOnFirstContact > resolved`, or when `confidence` is outside (0, 1).
 * @example
 * ```ts
 * firstContactResolution({ resolvedOnFirstContact: 72, resolved: 100 });
 * // { value: 72, n: 100, ci: { lower: 62.5…, upper: 79.8…, level: 0.95 } }
 * firstContactResolution({ resolvedOnFirstContact: 0, resolved: 0 }); // { value: null, n: 0, ci: null }
 * ```
 * @see docs/kpis/first-contact-resolution.md
 * @category Operations
 */
export function firstContactResolution(
  counts: FirstContactResolutionCounts,
  options: ConfidenceOptions = {},
): RateResult {
  const kpi = "firstContactResolution";
  const c = checkObject(kpi, "counts", counts);
  const o = checkObject(kpi, "options", options);
  const [fcr, resolved] = checkPartOf(kpi, "resolvedOnFirstContact", c.resolvedOnFirstContact, "resolved", c.resolved);
  return rate(fcr, resolved, checkConfidence(kpi, o.confidence));
}
