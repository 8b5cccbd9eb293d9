/**
 * The `resolutionRate` KPI of summarize: resolved tickets over all tickets, as resolutionRate.
 *
 * @module
 */
import { resolutionRate } from "../../operations/resolutionRate/resolutionRate.js";
import type { ConfidenceOptions, RateResult } from "../../stats/wilsonInterval/wilsonInterval.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { countsParts, rateCheck } from "./_lib/counts.js";

/**
 * `resolutionRate`: tickets resolved at the end of their record (by status events, else
 * `status`, else a `resolvedAt` or `resolutionMs`) over all tickets. Option `confidence`.
 */
export const resolutionRateKpi: KpiDescriptor<ConfidenceOptions, RateResult> = {
  options: ["confidence"],
  setup(options) {
    const o = options as ConfidenceOptions; // checked by the calculator:
    resolutionRate({ resolved: 0, total: 0 }, o);
    return countsParts(
      ["resolved", "total"] as const,
      (view) => (view.ticket === null ? undefined : view.resolved),
      (s, resolved) => {
        s.total++;
        if (resolved) s.resolved++;
      },
      (s) => resolutionRate(s, o),
      rateCheck("resolved", "total", ["tickets"], "unlessExcluded"), // every ticket is resolved or not
    );
  },
};
