/**
 * The `escalationRate` KPI of summarize: of the tickets whose export says whether they were
 * escalated, the share that was, with Wilson's interval.
 *
 * @module
 */
import { checkConfidence } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceOptions, RateResult } from "../../stats/wilsonInterval/wilsonInterval.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { countsParts, flagOf, rateCheck } from "./_lib/counts.js";

/**
 * `escalationRate`: tickets with `escalated: true` over tickets with the flag set (`true` or
 * `false`), in percent, with Wilson's interval; a ticket without the flag is left out. Option
 * `confidence`.
 *
 * @see docs/kpis/escalation-rate.md (what exports mean by "escalated")
 */
export const escalationRateKpi: KpiDescriptor<ConfidenceOptions, RateResult> = {
  options: ["confidence"],
  setup(options) {
    const level = checkConfidence("escalationRate", options.confidence);
    return countsParts(
      ["escalated", "tickets"] as const,
      (view) => flagOf(view, "escalated"),
      (s, escalated) => {
        s.tickets++;
        if (escalated) s.escalated++;
      },
      (s) => rate(s.escalated, s.tickets, level),
      rateCheck("escalated", "tickets"),
    );
  },
};
