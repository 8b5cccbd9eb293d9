/**
 * The `surveyDelay` KPI of summarize: durationStats of the time customers take to answer a
 * survey, from `sentAt` to `respondedAt`.
 *
 * @module
 */
import type { KpiDescriptor } from "../_lib/kpi.js";
import { durationParts, type DurationKpiOptions, type DurationSummary } from "./_lib/durations.js";

/**
 * `surveyDelay`: durationStats of `respondedAt − sentAt` over the survey responses that have
 * both (every type: group by `type` to split them); tickets and responses without either time
 * are left out. A response answered before it was sent is an invalid record (`records.respondedAt`).
 * Options `percentiles`, `method`, `buckets`.
 *
 * @see docs/kpis/survey-delay.md
 */
export const surveyDelayKpi: KpiDescriptor<DurationKpiOptions, DurationSummary> = {
  options: ["percentiles", "method", "buckets"],
  setup: (options) =>
    durationParts(options, ({ survey: s }) => (s === null || s.sentMs === null || s.respondedMs === null ? null : s.respondedMs - s.sentMs), null, "surveyDelay", ["surveyResponses"]),
};
