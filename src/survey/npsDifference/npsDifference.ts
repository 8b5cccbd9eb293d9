import { checkConfidence, checkObject } from "../../_lib/check.js";
import { clamp } from "../../_lib/math.js";
import { twoSidedNormalP, zForConfidence } from "../../stats/distributions/normal.js";
import { npsStandardError } from "../../stats/npsInterval/npsInterval.js";
import type { ConfidenceInterval, ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";
import { tallyNps, type NpsCounts } from "../nps/tally.js";

/** The result of {@link npsDifference}, in NPS points. */
export interface NpsDifferenceResult {
  /** NPS(a) − NPS(b) in points, −200 to 200; `null` when either side has no answers. */
  readonly difference: number | null;
  /** √(SE(a)² + SE(b)²) in points. */
  readonly standardError: number | null;
  /** difference / standardError; `null` when the standard error is 0. */
  readonly z: number | null;
  /** Two-sided p-value of `z` under the standard normal; `null` when `z` is. */
  readonly pValue: number | null;
  /** difference ± z × standardError, clamped to [−200, 200]. */
  readonly ci: ConfidenceInterval | null;
}

/**
 * Difference between two independent Net Promoter Scores (NPS), a − b, with its Wald test and
 * confidence interval: is this quarter's NPS really higher than last quarter's?
 *
 * @remarks
 * With each side's NPS and standard error as {@link nps} computes them (points):
 *
 *     difference    = NPS(a) − NPS(b)                 the sign is kept
 *     standardError = √(SE(a)² + SE(b)²),  SE = √(((p + d) − (p − d)²) / n) × 100
 *     z             = difference / standardError,  pValue = P(|Z| ≥ |z|)
 *     ci            = difference ± z(confidence) × standardError, clamped to [−200, 200]
 *
 * The two samples must be independent (different respondents, e.g. two quarters or two
 * channels); the same respondents asked twice need a paired analysis instead. When either
 * side has no answers every field is `null`. When both standard errors are 0 (each side has
 * all its answers in one group, e.g. all promoters against all promoters) the statistic is
 * undefined: `z` and `pValue` are `null`, `difference` is reported and `ci` collapses to
 * [difference, difference]. Cost O(n_a + n_b).
 *
 * @param a - Scores 0–10 (array or iterable) or counts `{ detractors, passives, promoters }`.
 * @param b - The same for the sample it is compared with.
 * @throws {@link KpiInputError} when a score is not an integer from 0 to 10 (field `"a"` or
 *   `"b"` with its index), when a count is not a whole number ≥ 0 (field `"a.promoters"`,
 *   `"b.detractors"` ...), or when `confidence` is not strictly between 0 and 1.
 * @example
 * ```ts
 * npsDifference({ promoters: 50, passives: 30, detractors: 20 }, { promoters: 40, passives: 30, detractors: 30 });
 * // { difference: 20, standardError: 11.401…, z: 1.754…, pValue: 0.0794…,
 * //   ci: { lower: -2.347…, upper: 42.347…, level: 0.95 } }
 * npsDifference([], [9, 10]).difference; // null
 * ```
 * @see Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American
 *   Statistician 70(4) (arXiv:1601.07235): the variance of the NPS and the Wald test
 *   for two independent scores.
 * @see docs/kpis/nps.md
 * @category Survey
 */
export function npsDifference(
  a: Iterable<number> | NpsCounts,
  b: Iterable<number> | NpsCounts,
  options: ConfidenceOptions = {},
): NpsDifferenceResult {
  const kpi = "npsDifference";
  const ta = tallyNps(kpi, "a", "a.", a);
  const tb = tallyNps(kpi, "b", "b.", b);
  const level = checkConfidence(kpi, checkObject(kpi, "options", options).confidence);
  if (ta.n === 0 || tb.n === 0) return { difference: null, standardError: null, z: null, pValue: null, ci: null };
  const difference = ta.estimate * 100 - tb.estimate * 100;
  const sa = npsStandardError(ta.p, ta.d, ta.n);
  const sb = npsStandardError(tb.p, tb.d, tb.n);
  const standardError = Math.sqrt(sa * sa + sb * sb) * 100;
  if (standardError === 0) {
    return { difference, standardError, z: null, pValue: null, ci: { lower: difference, upper: difference, level } };
  }
  const z = difference / standardError;
  const half = zForConfidence(level) * standardError;
  return {
    difference,
    standardError,
    z,
    pValue: twoSidedNormalP(z),
    ci: { lower: clamp(difference - half, -200, 200), upper: clamp(difference + half, -200, 200), level },
  };
}
