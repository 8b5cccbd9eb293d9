import { checkArray, checkConfidence, checkIntegerIn, checkObject, fail } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceInterval, ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";
import { BINARY_EXPECTED, binaryRating, numericScale, type CsatScale } from "./scale.js";

export type { CsatScale } from "./scale.js";

/** One CSAT answer: a number on the scale, or for `scale: "binary"` `"good"` / `"bad"`, `true` / `false`, `1` / `0`. */
export type CsatRating = number | boolean | "good" | "bad";

/** Options for {@link csat}. */
export interface CsatOptions extends ConfidenceOptions {
  /** `{ min, max }` (default `{ min: 1, max: 5 }`) or `"binary"` for good/bad ratings. */
  readonly scale?: CsatScale | "binary" | undefined;
  /** Lowest rating that counts as satisfied; default `max − 1` (the top two boxes). Not allowed with `"binary"`. */
  readonly satisfiedMin?: number | undefined;
}

/** The result of {@link csat}. */
export interface CsatResult {
  /** Satisfied answers as a percentage of all answers (0–100), or `null` for no answers. */
  readonly value: number | null;
  /** Number of answers: the denominator. */
  readonly n: number;
  /** Number of satisfied answers: the numerator. */
  readonly satisfied: number;
  /** Mean rating on the scale; `null` for no answers and for `scale: "binary"`. */
  readonly mean: number | null;
  /** Wilson score interval of `value`, in percent; `null` for no answers. */
  readonly ci: ConfidenceInterval | null;
}

const KPI = "csat";

/**
 * Customer satisfaction score (CSAT): the percentage of answers in the top boxes of the scale.
 *
 * @remarks
 * value = satisfied / n × 100, where n counts every answer and satisfied counts answers at or
 * above `satisfiedMin`. The default `satisfiedMin` is `max − 1`, the "top-two-box" rule: 4 and 5
 * on the usual 1–5 scale. Neutral and unhappy answers stay in the denominator. `ci` is
 * Wilson's score interval in percent. `mean` is the average rating, for tools that report
 * "4.3 out of 5" instead of a share.
 *
 * With `scale: "binary"` every answer is `"good"` / `"bad"` (Zendesk's legacy ratings),
 * `true` / `false` or `1` / `0` (any mix); value = good / (good + bad) × 100 and `mean` is
 * `null`. Ratings that were offered but not answered are not ratings: leave them out.
 *
 * Cost: O(n), one pass, no allocation per rating.
 *
 * @param ratings - The answers, one per response (an array or any iterable).
 * @param options - `scale`, `satisfiedMin` and `confidence` (default 0.95).
 * @throws {@link KpiInputError} when `scale` is not `"binary"` or `{ min, max }` with whole
 *   numbers `min < max` (field `options.scale`); when `satisfiedMin` is not a whole number on
 *   the scale, or is given with `"binary"` (field `options.satisfiedMin`); when a rating is off
 *   the scale, fractional, `NaN` or of the wrong kind (field `ratings`, with its `index`); when
 *   `confidence` is not strictly between 0 and 1.
 * @example
 * ```ts
 * csat([5, 4, 4, 3, 5, 2, 5, 4, 1, 5]);
 * // { value: 70, n: 10, satisfied: 7, mean: 3.8, ci: { lower: 39.67…, upper: 89.22…, level: 0.95 } }
 * csat(["good", "bad", true, 1], { scale: "binary" }); // value 75, satisfied 3, mean null
 * csat([]); // { value: null, n: 0, satisfied: 0, mean: null, ci: null }
 * ```
 * @see docs/kpis/csat.md for the top-two-box definition, its variants and sources.
 * @see Zendesk Support API, "Satisfaction Ratings" (score `"good"` / `"bad"`), for the binary form.
 * @see Fornell, C. et al. (1996). The American Customer Satisfaction Index. Journal of Marketing
 *   60(4), 7–18: the 0–100 index variant, which this function does not compute.
 * @see Wilson, E. B. (1927), JASA 22, 209–212, for the interval.
 * @category Survey
 */
export function csat(ratings: Iterable<CsatRating>, options: CsatOptions = {}): CsatResult {
  const o = checkObject(KPI, "options", options);
  const level = checkConfidence(KPI, o.confidence);
  const list = checkArray(KPI, "ratings", ratings);
  const n = list.length;

  if (o.scale === "binary") {
    if (o.satisfiedMin !== undefined) {
      fail(KPI, "options.satisfiedMin", o.satisfiedMin, 'undefined with scale "binary" (every "good" answer is satisfied)');
    }
    let good = 0;
    for (let i = 0; i < n; i++) {
      const r = binaryRating(list[i]);
      if (r === null) fail(KPI, "ratings", list[i], BINARY_EXPECTED, i);
      good += r;
    }
    const { value, ci } = rate(good, n, level);
    return { value, n, satisfied: good, mean: null, ci };
  }

  const { min, max } = numericScale(KPI, "options.scale", o.scale);
  const satisfiedMin = o.satisfiedMin === undefined ? max - 1 : checkIntegerIn(KPI, "options.satisfiedMin", o.satisfiedMin, min, max);

  let satisfied = 0;
  let total = 0; // a sum of integers: exact, hence independent of order
  for (let i = 0; i < n; i++) {
    const r = checkIntegerIn(KPI, "ratings", list[i], min, max, i);
    if (r >= satisfiedMin) satisfied++;
    total += r;
  }
  const { value, ci } = rate(satisfied, n, level);
  return { value, n, satisfied, mean: n === 0 ? null : total / n, ci };
}
