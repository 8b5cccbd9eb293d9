import { checkArray, checkConfidence, checkIntegerIn, checkObject } from "../../_lib/check.js";
import { percent } from "../../_lib/math.js";
import { studentTQuantile } from "../../stats/distributions/studentT.js";
import type { ConfidenceInterval, ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";
import { resolveCesCuts } from "./thresholds.js";

/** A rating scale for {@link ces}: whole numbers from `min` to `max`. */
export interface CesScale {
  /** Lowest possible answer, a whole number. */
  readonly min: number;
  /** Highest possible answer, a whole number greater than `min`. */
  readonly max: number;
}

/** Options for {@link ces}. */
export interface CesOptions extends ConfidenceOptions {
  /** The answer scale; default `{ min: 1, max: 7 }`, or `{ min: 1, max: 5 }` with `lowerIsEasier`. */
  readonly scale?: CesScale | undefined;
  /** Higher is easier: answers ≥ `easyMin` are easy. Default: the answers above the midpoint (5 on 1–7). */
  readonly easyMin?: number | undefined;
  /** Higher is easier: answers ≤ `difficultMax` are difficult. Default: the answers below the midpoint (3 on 1–7). */
  readonly difficultMax?: number | undefined;
  /** With `lowerIsEasier`: answers ≤ `easyMax` are easy. Default: the answers below the midpoint (2 on 1–5). */
  readonly easyMax?: number | undefined;
  /** With `lowerIsEasier`: answers ≥ `difficultMin` are difficult. Default: the answers above the midpoint (4 on 1–5). */
  readonly difficultMin?: number | undefined;
  /** `true` for effort scales where a low answer means little effort (the original 1–5 CES). Default `false`. */
  readonly lowerIsEasier?: boolean | undefined;
}

/** The result of {@link ces}. */
export interface CesResult {
  /** The mean answer on the raw scale (same as `mean`), or `null` for no answers. */
  readonly value: number | null;
  /** Number of answers. */
  readonly n: number;
  /** The mean answer on the raw scale, or `null` for no answers. */
  readonly mean: number | null;
  /** Easy answers as a percentage of all answers (0–100), or `null` for no answers. */
  readonly easyPercent: number | null;
  /** Difficult answers as a percentage of all answers (0–100), or `null` for no answers. */
  readonly difficultPercent: number | null;
  /** `easyPercent − difficultPercent`, in points (−100 to 100), or `null` for no answers. */
  readonly netEasy: number | null;
  /** Student's t interval of the mean, on the raw scale; `null` for fewer than 2 answers. */
  readonly ci: ConfidenceInterval | null;
}

const KPI = "ces";

/**
 * Customer effort score (CES): the mean answer to "the company made it easy to handle my
 * issue", with the shares of easy and difficult answers.
 *
 * @remarks
 * value = mean = Σ rating / n on the raw scale. easyPercent and difficultPercent are the easy
 * and difficult answers over all n answers × 100; middle answers count in the denominator
 * only. netEasy = easyPercent − difficultPercent.
 *
 * Default scale: 1–7 agreement (CES 2.0), higher is easier; easy ≥ `easyMin` (5), difficult ≤
 * `difficultMax` (3). For another `scale` the defaults are the answers strictly above and
 * strictly below the midpoint (min + max) / 2: 4 and 2 on 1–5, 6 and 5 on 1–10. With
 * `lowerIsEasier: true` (the original 1–5 effort question, default scale 1–5) easy ≤ `easyMax`
 * and difficult ≥ `difficultMin`, by default the answers below and above the midpoint.
 *
 * ci = mean ± t · s / √n, where t is Student's quantile at (1 + confidence) / 2 with n − 1
 * degrees of freedom and s the sample standard deviation (divisor n − 1). It is `null` for
 * n < 2 (no spread can be estimated from one answer) and collapses to [mean, mean] when every
 * answer is the same. It is not clipped to the scale.
 *
 * Cost: O(n), one pass, no allocation per rating.
 *
 * @param ratings - The answers, whole numbers on the scale (an array or any iterable).
 * @param options - `scale`, the thresholds, `lowerIsEasier` and `confidence` (default 0.95).
 * @throws {@link KpiInputError} when a rating is not a whole number on the scale (field
 *   `ratings`, with its `index`); when `scale` is not `{ min, max }` with whole numbers
 *   `min < max`; when a threshold is not a whole number on the scale, or the easy and difficult
 *   bands overlap; when `easyMin` / `difficultMax` are given with `lowerIsEasier: true` or
 *   `easyMax` / `difficultMin` without it; when `confidence` is not strictly between 0 and 1.
 * @example
 * ```ts
 * ces([7, 6, 5, 4, 6, 7, 3, 5, 6, 2]);
 * // { value: 5.1, n: 10, mean: 5.1, easyPercent: 70, difficultPercent: 20, netEasy: 50,
 * //   ci: { lower: 3.91…, upper: 6.28…, level: 0.95 } }
 * ces([1, 2, 5, 2], { lowerIsEasier: true }); // mean 2.5, easyPercent 75, difficultPercent 25
 * ces([]); // every field null, n: 0
 * ```
 * @see Dixon, M., Toman, N. & DeLisi, R. (2013). The Effortless Experience. Portfolio/Penguin
 *   (CES 2.0, 1–7 agreement scale).
 * @see Dixon, M., Freeman, K. & Toman, N. (2010). Stop Trying to Delight Your Customers.
 *   Harvard Business Review 88(7/8) (the original 1–5 effort question).
 * @see docs/kpis/ces.md
 * @category Survey
 */
export function ces(ratings: Iterable<number>, options: CesOptions = {}): CesResult {
  const o = checkObject(KPI, "options", options);
  const level = checkConfidence(KPI, o.confidence);
  const { min, max, lowCut, highCut, lowerIsEasier } = resolveCesCuts(o);
  const list = checkArray(KPI, "ratings", ratings);
  const n = list.length;

  // Integer sums are exact (order-independent) while below 2^53; shifting by `min` keeps the
  // squares small, so the variance below does not cancel catastrophically.
  let low = 0;
  let high = 0;
  let total = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const r = checkIntegerIn(KPI, "ratings", list[i], min, max, i);
    if (r <= lowCut) low++;
    else if (r >= highCut) high++;
    // Stryker disable next-line ArithmeticOperator: equivalent, the variance is the same for any shift of exact integers
    const d = r - min;
    total += r;
    // Stryker disable next-line AssignmentOperator: equivalent, s1 only enters the variance squared
    s1 += d;
    s2 += d * d;
  }
  if (n === 0) {
    return { value: null, n, mean: null, easyPercent: null, difficultPercent: null, netEasy: null, ci: null };
  }

  const mean = total / n;
  const easyPercent = percent(lowerIsEasier ? low : high, n) as number;
  const difficultPercent = percent(lowerIsEasier ? high : low, n) as number;
  let ci: ConfidenceInterval | null = null;
  if (n >= 2) {
    const variance = Math.max(0, (s2 - s1 * (s1 / n)) / (n - 1));
    // t from the lower tail (1 − level) / 2, exact for level ≥ ½: (1 + level) / 2 rounds to 1,
    // and t to ∞, for the largest level below 1.
    // Stryker disable next-line ConditionalExpression: equivalent, t × √0 is ±0 and mean ∓ 0 is the mean
    const half = variance === 0 ? 0 : -studentTQuantile((1 - level) / 2, n - 1) * Math.sqrt(variance / n);
    ci = { lower: mean - half, upper: mean + half, level };
  }
  return { value: mean, n, mean, easyPercent, difficultPercent, netEasy: easyPercent - difficultPercent, ci };
}
