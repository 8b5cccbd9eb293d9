/**
 * The `serviceLevel` KPI of summarize: the share of a group's calls answered within a threshold,
 * under one of serviceLevel's five formulas.
 *
 * @module
 */
import { checkConfidence } from "../../_lib/check.js";
import { countCall, NO_CALLS, serviceLevel, serviceLevelOfCounts, type ServiceLevelOptions, type ServiceLevelResult, type ServiceLevelTally } from "../../contactCenter/serviceLevel/serviceLevel.js";
import type { CallRead } from "../../records/call.js";
import { checkNone, checkPart, checkRecords, type KpiDescriptor } from "../_lib/kpi.js";
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
      (s, field, within) => {
        checkRecords(`${field}.offered`, s.offered, within, ["calls"], "always"); // every call is offered
        checkPart(`${field}.answered`, s.answered, s.offered, "offered");
        checkPart(`${field}.answeredWithin`, s.answeredWithin, s.answered, "answered");
        // of the abandoned calls, those without a wait are neither within T nor short
        const abandoned = s.offered - s.answered;
        checkPart(`${field}.unknownWait`, s.unknownWait, abandoned, "the abandoned calls (offered − answered)");
        const known = abandoned - s.unknownWait;
        checkPart(`${field}.abandonedWithin`, s.abandonedWithin, known, "the abandoned calls with a wait (offered − answered − unknownWait)");
        if (o.shortAbandonMs === undefined) checkNone(`${field}.shortAbandoned`, s.shortAbandoned, "without options.shortAbandonMs no abandon is short");
        checkPart(`${field}.shortAbandoned`, s.shortAbandoned, known, "the abandoned calls with a wait (offered − answered − unknownWait)");
        // a short abandon (wait < shortAbandonMs) is within T when shortAbandonMs ≤ T; else every abandon within T is short
        if (o.shortAbandonMs !== undefined && o.shortAbandonMs <= thresholdMs) checkPart(`${field}.shortAbandoned`, s.shortAbandoned, s.abandonedWithin, "abandonedWithin, as shortAbandonMs ≤ thresholdMs");
        if (o.shortAbandonMs !== undefined && o.shortAbandonMs > thresholdMs) checkPart(`${field}.abandonedWithin`, s.abandonedWithin, s.shortAbandoned, "shortAbandoned, as shortAbandonMs > thresholdMs");
      },
    );
  },
};
