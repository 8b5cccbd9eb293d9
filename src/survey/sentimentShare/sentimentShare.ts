import { checkArray, fail } from "../../_lib/check.js";
import { percent } from "../../_lib/math.js";

/** A sentiment label, as a classifier or a tagging agent assigns it. */
export type SentimentLabel = "positive" | "neutral" | "negative";

/** The result of {@link sentimentShare}. */
export interface SentimentShareResult {
  /** Number of labels: the denominator of every percentage. */
  readonly n: number;
  /** Positive labels. */
  readonly positive: number;
  /** Neutral labels. */
  readonly neutral: number;
  /** Negative labels. */
  readonly negative: number;
  /** Positive labels as a percentage of all labels (0–100), or `null` for no labels. */
  readonly positivePercent: number | null;
  /** Neutral labels as a percentage of all labels (0–100), or `null` for no labels. */
  readonly neutralPercent: number | null;
  /** Negative labels as a percentage of all labels (0–100), or `null` for no labels. */
  readonly negativePercent: number | null;
  /** Net sentiment: positivePercent − negativePercent, in points (−100 to +100), or `null`. */
  readonly net: number | null;
}

const KPI = "sentimentShare";
const EXPECTED = '"positive", "neutral" or "negative"';

/**
 * Sentiment shares: the percentage of positive, neutral and negative conversations, and the
 * net sentiment.
 *
 * @remarks
 * positivePercent = positive / n × 100, and likewise for neutral and negative (the three add
 * up to 100); net = positivePercent − negativePercent, in points from −100 to +100, like NPS.
 *
 * Neutral labels stay in the denominator: dropping them would turn 10 positive and 2 negative
 * out of 100 conversations into "83 % positive". Labels are taken as given; mapping a model's
 * scores or a five-point scale to the three labels is the caller's choice (say, score > 0.25 is
 * positive). Labels are case-sensitive: `"Positive"` is rejected rather than guessed. Order
 * never matters; cost O(n), one pass.
 *
 * @param labels - One label per conversation (or message, review …), an array or any iterable.
 * @throws {@link KpiInputError} (field `"labels"`, with the index) for a label other than
 *   `"positive"`, `"neutral"` or `"negative"`, and when `labels` is not iterable.
 * @example
 * ```ts
 * sentimentShare(["positive", "positive", "neutral", "negative", "positive", "neutral", "positive", "negative"]);
 * // { n: 8, positive: 4, neutral: 2, negative: 2,
 * //   positivePercent: 50, neutralPercent: 25, negativePercent: 25, net: 25 }
 * sentimentShare([]); // { n: 0, positive: 0, …, positivePercent: null, …, net: null }
 * ```
 * @see docs/kpis/sentiment.md
 * @category Survey
 */
export function sentimentShare(labels: Iterable<SentimentLabel>): SentimentShareResult {
  const list = checkArray(KPI, "labels", labels);
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  for (let i = 0; i < list.length; i++) {
    const label = list[i];
    if (label === "positive") positive++;
    else if (label === "neutral") neutral++;
    else if (label === "negative") negative++;
    else fail(KPI, "labels", label, EXPECTED, i);
  }
  const n = list.length;
  return {
    n,
    positive,
    neutral,
    negative,
    positivePercent: percent(positive, n),
    neutralPercent: percent(neutral, n),
    negativePercent: percent(negative, n),
    // From the counts, so swapping positive and negative negates it exactly.
    net: percent(positive - negative, n),
  };
}
