/**
 * The `ces` KPI of summarize: ces of each row's scores, with the response rate beside it.
 *
 * @module
 */
import { ces, type CesOptions, type CesResult } from "../../survey/ces/ces.js";
import { resolveCesCuts } from "../../survey/ces/thresholds.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { integerScore, ratingsOf, surveyParts, type WithResponseRate } from "./_lib/surveys.js";

/**
 * `ces`: {@link ces} of the ticket's `ces` scores and the `ces` survey responses (one per
 * ticket), and the response rate. Options as {@link ces}.
 */
export const cesKpi: KpiDescriptor<CesOptions, CesResult & WithResponseRate> = {
  options: ["scale", "easyMin", "difficultMax", "easyMax", "difficultMin", "lowerIsEasier", "confidence"],
  setup(options) {
    const o = options as CesOptions; // checked by the calculator:
    ces([], o);
    const { min, max } = resolveCesCuts(o);
    return surveyParts("ces", { score: integerScore(min, max), calculate: (scores) => ces(ratingsOf(scores), o), confidence: o.confidence });
  },
};
