/**
 * The `serviceLevel` KPI of summarize: the share of a group's calls answered within a threshold,
 * under one of serviceLevel's five formulas.
 *
 * @module
 */
import { checkConfidence } from "../../_lib/check.js";
import { countCall, NO_CALLS, serviceLevel, serviceLevelOfCounts, type ServiceLevelOptions, type ServiceLevelResult, type ServiceLevelTally } from "../../contactCenter/serviceLevel/serviceLevel.js";
import type { CallRead } from "../../records/call.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { countsParts } from "./_lib/counts.js";

/**
 * `serviceLevel`: serviceLevel of the group's call records, counted call by call as that
 * function counts them (calls answered within `thresholdMs`, over the denominator `formula`
 * names; short abandons by `shortAbandonMs`; an abandoned call without a wait is a late
 * abandon, counted in `unknownWait`), so that the result equals `serviceLevel(calls, options)`
 * on the same calls. Tickets and survey responses are left out. Options `thresholdMs`
 * (required), `formula`, `shortAbandonMs`, `confidence`.
 */
export const serviceLevelKpi: KpiDescriptor<ServiceLevelOptions, ServiceLevelResult> = {
  options: ["thresholdMs", "formula", "shortAbandonMs", "confidence"],
  setup(options) {
    const o = options as ServiceLevelOptions;
    serviceLevel([], o); // checks the options as the calculator does
    const thresholdMs = o.thresholdMs;
    const formula = o.formula ?? "answered-of-offered";
    const level = checkConfidence("serviceLevel", o.confidence);
    return countsParts(
      Object.keys(NO_CALLS) as (keyof ServiceLevelTally)[],
      (view): CallRead | undefined => view.call ?? undefined,
      (s, call) => {
        countCall(s, call.waitMs, call.answered, thresholdMs, o.shortAbandonMs);
        if (!call.answered && Number.isNaN(call.waitMs)) s.unknownWait++;
      },
      (s) => serviceLevelOfCounts(s, formula, level),
    );
  },
};
