/**
 * The `nps` KPI of summarize: nps of each row's scores, with the response rate beside it.
 *
 * @module
 */
import { nps, type NpsOptions, type NpsResult } from "../../survey/nps/nps.js";
import { isNpsScore, npsGroup, NPS_SCORE_EXPECTED } from "../../survey/nps/tally.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { surveyParts, type WithResponseRate } from "./_lib/surveys.js";

/** Options of the `nps` KPI: as {@link nps}, without weights. */
export type NpsKpiOptions = Pick<NpsOptions, "interval" | "confidence">;

/**
 * `nps`: {@link nps} of the ticket's `nps` scores and the `nps` survey responses (one per
 * ticket), and the response rate. Options `interval`, `confidence`.
 */
export const npsKpi: KpiDescriptor<NpsKpiOptions, NpsResult & WithResponseRate> = {
  options: ["interval", "confidence"],
  setup(options) {
    const o = options as NpsOptions; // checked by the calculator:
    nps([], o);
    return surveyParts("nps", {
      score: (v) => (isNpsScore(v) ? v : NPS_SCORE_EXPECTED),
      calculate(scores) {
        const counts = [0, 0, 0];
        for (const v in scores) (counts[npsGroup(Number(v))] as number) += scores[v] as number;
        const [detractors, passives, promoters] = counts as [number, number, number];
        return nps({ detractors, passives, promoters }, o);
      },
      confidence: o.confidence,
    });
  },
};
