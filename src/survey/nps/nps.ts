import { checkConfidence, checkObject, checkOneOf } from "../../_lib/check.js";
import type { ConfidenceInterval, ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";
import { NPS_INTERVAL_METHODS, npsBounds, npsStandardError, type NpsIntervalMethod } from "../../stats/npsInterval/npsInterval.js";
import { tallyNps, type NpsCounts } from "./tally.js";

export type { NpsCounts } from "./tally.js";
export type { NpsIntervalMethod } from "../../stats/npsInterval/npsInterval.js";

/** Options for {@link nps}. */
export interface NpsOptions extends ConfidenceOptions {
  /** The confidence interval: `"score"` (Tango, default), `"adjusted-wald"` or `"wald"`. */
  readonly interval?: NpsIntervalMethod | undefined;
  /** One finite weight ≥ 0 per score (survey weights); only with a score array. */
  readonly weights?: Iterable<number> | undefined;
}

/** The result of {@link nps}. Percentages and points are `null` when there are no answers. */
export interface NpsResult {
  /** NPS in points, −100 to 100: promoterPercent − detractorPercent. */
  readonly value: number | null;
  /** Number of answers (passives included). */
  readonly n: number;
  /** Kish's effective sample size (Σw)² / Σw²; equals `n` without weights. */
  readonly effectiveN: number;
  /** Answers 0–6 (a count, unweighted). */
  readonly detractors: number;
  /** Answers 7–8 (a count, unweighted). */
  readonly passives: number;
  /** Answers 9–10 (a count, unweighted). */
  readonly promoters: number;
  /** Share of detractors in percent (weighted when weights are given). */
  readonly detractorPercent: number | null;
  /** Share of passives in percent (weighted when weights are given). */
  readonly passivePercent: number | null;
  /** Share of promoters in percent (weighted when weights are given). */
  readonly promoterPercent: number | null;
  /** Standard error of `value`, in points. */
  readonly standardError: number | null;
  /** Confidence interval for `value`, in points, inside [−100, 100]. */
  readonly ci: ConfidenceInterval | null;
}

/**
 * Net Promoter Score (NPS): the percentage of promoters (9–10) minus the percentage of
 * detractors (0–6) among all answers to the 0–10 "would you recommend us?" question.
 *
 * @remarks
 * With p and d the shares of promoters and detractors among all n answers (passives, 7–8,
 * count in the denominator):
 *
 *     value         = (p − d) × 100                      points, −100 to 100
 *     standardError = √(((p + d) − (p − d)²) / n) × 100
 *
 * `ci` (`interval` option):
 * - `"score"` (default): Tango's (1998) asymptotic score interval for a difference of paired
 *   proportions, with promoters and detractors as the two discordant cells and passives as
 *   the concordant ones. It is the set of δ for which Tango's score test does not reject
 *   p − d = δ, found by bisection to full double precision. It always lies inside ±100, is
 *   not degenerate at 0 or ±100 (40 promoters of 40 gives 82.48 to 100), and its bound is
 *   exactly ±100 when every answer is a promoter (detractor).
 * - `"adjusted-wald"` (Rocks 2016): add 0.75 detractors, 1.5 passives and 0.75 promoters
 *   (3 pseudo-answers), take the Wald interval of the adjusted shares around the adjusted
 *   centre, clamp to ±100. `value` stays the unadjusted NPS; with one answer, or for an
 *   all-promoter sample at a confidence below about 84 %, this interval can exclude `value`.
 * - `"wald"`: value ± z × standardError, clamped to ±100; it collapses to a point when every
 *   answer falls in one group.
 *
 * `weights` (survey weights, one per score): the shares and `value` are weighted,
 * `detractors`, `passives`, `promoters` and `n` stay raw counts, `effectiveN` is Kish's
 * (Σw)² / Σw², and `standardError` and `ci` use the effective counts share × effectiveN in
 * the same formulas. Equal weights give exactly the unweighted result.
 *
 * No answers give `value: null` (and null percentages, standard error and interval). Cost
 * O(n) for a score array, O(1) for counts.
 *
 * @param scores - Answers, integers 0–10 (an array or any iterable), or the counts
 *   `{ detractors, passives, promoters }` (whole numbers ≥ 0).
 * @param options - `confidence` (default 0.95), `interval` (default `"score"`), `weights`.
 * @throws {@link KpiInputError} when a score is not an integer from 0 to 10 (field `"scores"`
 *   with its index), when a count is not a whole number ≥ 0 (field `"detractors"`,
 *   `"passives"` or `"promoters"`), when `interval` is unknown (`"options.interval"`), when
 *   `confidence` is not strictly between 0 and 1, or when `weights` is given with counts, has
 *   a length other than the number of scores, holds a negative or non-finite weight (with its
 *   index), or sums to 0 (all `"options.weights"`).
 * @example
 * ```ts
 * nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 2]);
 * // { value: 20, n: 10, effectiveN: 10, detractors: 3, passives: 2, promoters: 5,
 * //   detractorPercent: 30, passivePercent: 20, promoterPercent: 50, standardError: 27.568…,
 * //   ci: { lower: -32.954…, upper: 62.824…, level: 0.95 } }
 * nps({ promoters: 6, passives: 139, detractors: 16 }).ci;
 * // { lower: -12.402…, upper: -0.543…, level: 0.95 }   (Fagerland et al. 2017: −12.40 to −0.54)
 * nps({ promoters: 6, passives: 139, detractors: 16 }, { interval: "wald" }).ci;
 * // { lower: -11.839…, upper: -0.582…, level: 0.95 }   (Fagerland et al. 2017: −11.84 to −0.58)
 * nps([]).value; // null
 * ```
 * @see Reichheld, F. F. (2003). The one number you need to grow. Harvard Business Review 81(12).
 * @see Tango, T. (1998). Equivalence test and confidence interval for the difference in
 *   proportions for the paired-sample design. Statistics in Medicine 17, 891–908.
 * @see Fagerland, M. W., Lydersen, S., Laake, P. (2017). Statistical Analysis of Contingency
 *   Tables. CRC Press (the paired 2 × 2 table; Cavo et al. 2012 example).
 * @see Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American
 *   Statistician 70(4) (arXiv:1601.07235).
 * @see Kish, L. (1965). Survey Sampling. Wiley (effective sample size).
 * @see docs/kpis/nps.md
 * @category Survey
 */
export function nps(scores: Iterable<number> | NpsCounts, options: NpsOptions = {}): NpsResult {
  const kpi = "nps";
  const o = checkObject(kpi, "options", options);
  const level = checkConfidence(kpi, o.confidence);
  const method = o.interval === undefined ? "score" : checkOneOf(kpi, "options.interval", o.interval, NPS_INTERVAL_METHODS);
  const { n, effectiveN, detractors, passives, promoters, d, q, p, estimate } = tallyNps(kpi, "scores", "", scores, o.weights);
  // No answers: every share, the standard error and the interval are null.
  const points = (share: number): number | null => (n === 0 ? null : share * 100);
  return {
    value: points(estimate),
    n,
    effectiveN,
    detractors,
    passives,
    promoters,
    detractorPercent: points(d),
    passivePercent: points(q),
    promoterPercent: points(p),
    standardError: points(npsStandardError(p, d, effectiveN)),
    ci: n === 0 ? null : npsBounds(method, p, d, estimate, effectiveN, level),
  };
}
