/**
 * The `abandonmentRate` KPI of summarize: the share of a group's offered calls abandoned before
 * an answer, short abandons left out.
 *
 * @module
 */
import { checkConfidence } from "../../_lib/check.js";
import { abandonmentRate, abandonmentRateOfCounts, countAbandon, type AbandonmentRateOptions, type AbandonmentRateResult } from "../../contactCenter/abandonmentRate/abandonmentRate.js";
import type { CallRead } from "../../records/call.js";
import { checkNone, checkPart, checkRecords, type KpiDescriptor } from "../_lib/kpi.js";
import { countsParts } from "./_lib/counts.js";

/**
 * `abandonmentRate`: abandonmentRate of the group's call records, counted call by call as that
 * function counts them ((abandoned − short abandons) / (offered − short abandons); an abandoned
 * call without a wait is abandoned, never short, and counted in `unknownWait`), so that the
 * result equals `abandonmentRate(calls, options)` on the same calls. Tickets and survey
 * responses are left out. Options `shortAbandonMs`, `confidence`.
 */
export const abandonmentRateKpi: KpiDescriptor<AbandonmentRateOptions, AbandonmentRateResult> = {
  options: ["shortAbandonMs", "confidence"],
  setup(options) {
    const o = options as AbandonmentRateOptions;
    abandonmentRate([], o); // checks the options as the calculator does
    const level = checkConfidence("abandonmentRate", o.confidence);
    return countsParts(
      ["offered", "abandoned", "shortAbandoned", "unknownWait"] as const,
      (view): CallRead | undefined => view.call ?? undefined,
      (s, call) => {
        countAbandon(s, call.waitMs, call.answered, o.shortAbandonMs);
        if (!call.answered && Number.isNaN(call.waitMs)) s.unknownWait++;
      },
      (s) => abandonmentRateOfCounts(s, level),
      (s, field, within) => {
        checkRecords(`${field}.offered`, s.offered, within, ["calls"], "always"); // every call is offered
        checkPart(`${field}.abandoned`, s.abandoned, s.offered, "offered");
        // an abandoned call without a wait is never short
        checkPart(`${field}.unknownWait`, s.unknownWait, s.abandoned, "abandoned");
        const known = s.abandoned - s.unknownWait;
        if (o.shortAbandonMs === undefined) checkNone(`${field}.shortAbandoned`, s.shortAbandoned, "without options.shortAbandonMs no abandon is short");
        checkPart(`${field}.shortAbandoned`, s.shortAbandoned, known, "the abandoned calls with a wait (abandoned − unknownWait)");
      },
    );
  },
};
