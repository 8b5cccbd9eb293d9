import { fail } from "../../_lib/check.js";
import { isNpsScore, npsGroup, NPS_SCORE_EXPECTED } from "../nps/tally.js";

/** The three NPS groups a 0–10 likelihood-to-recommend answer falls into. */
export type NpsCategory = "detractor" | "passive" | "promoter";

const CATEGORIES = ["detractor", "passive", "promoter"] as const;

/**
 * Net Promoter Score (NPS) category of one 0–10 "how likely are you to recommend us?" answer.
 *
 * @remarks
 * 0–6 is a detractor, 7–8 a passive, 9–10 a promoter, as Reichheld defined the groups. Only
 * the eleven integers 0 to 10 are answers on this scale: 7.5, −1, 11, `NaN`, strings and
 * `null` throw rather than being rounded or skipped. Cost O(1).
 *
 * @param score - One answer, an integer from 0 to 10.
 * @throws {@link KpiInputError} (field `"score"`) when `score` is not an integer from 0 to 10.
 * @example
 * ```ts
 * npsCategory(6);  // "detractor"
 * npsCategory(8);  // "passive"
 * npsCategory(9);  // "promoter"
 * npsCategory(11); // throws KpiInputError: npsCategory: score must be an integer from 0 to 10, got 11
 * ```
 * @see Reichheld, F. F. (2003). The one number you need to grow. Harvard Business Review
 *   81(12), 46–54.
 * @see docs/kpis/nps.md
 * @category Survey
 */
export function npsCategory(score: number): NpsCategory {
  if (!isNpsScore(score)) fail("npsCategory", "score", score, NPS_SCORE_EXPECTED);
  return CATEGORIES[npsGroup(score)];
}

