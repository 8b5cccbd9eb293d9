/**
 * The `csat` KPI of summarize: csat of each row's scores, with the response rate beside it.
 *
 * @module
 */
import { csat, type CsatOptions, type CsatResult } from "../../survey/csat/csat.js";
import { BINARY_EXPECTED, binaryRating, numericScale } from "../../survey/csat/scale.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { integerScore, ratingsOf, surveyParts, type WithResponseRate } from "./_lib/surveys.js";

/** Options of the `csat` KPI: as {@link csat}. */
export type CsatKpiOptions = Pick<CsatOptions, "scale" | "satisfiedMin" | "confidence">;

/**
 * `csat`: {@link csat} of the ticket's `csat` scores and the `csat` survey responses (one per
 * ticket), and the response rate. Options `scale`, `satisfiedMin`, `confidence`.
 */
export const csatKpi: KpiDescriptor<CsatKpiOptions, CsatResult & WithResponseRate> = {
  options: ["scale", "satisfiedMin", "confidence"],
  setup(options) {
    const o = options as CsatOptions; // checked by the calculator:
    csat([], o);
    const binary = o.scale === "binary";
    const { min, max } = binary ? { min: 0, max: 1 } : numericScale("csat", "options.scale", o.scale);
    return surveyParts("csat", {
      score: binary ? (v) => binaryRating(v) ?? BINARY_EXPECTED : integerScore(min, max),
      calculate: (scores) => csat(ratingsOf(scores), o),
      confidence: o.confidence,
    });
  },
};
