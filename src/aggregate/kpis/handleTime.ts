/**
 * The `handleTime` KPI of summarize: durationStats of the tickets' handle times.
 *
 * @module
 */
import type { KpiDescriptor } from "../_lib/kpi.js";
import { durationParts, type DurationKpiOptions, type DurationSummary } from "./_lib/durations.js";

/** `handleTime`: durationStats of each ticket's `handleMs` (tickets without it are left out). Options `percentiles`, `method`, `buckets`. */
export const handleTimeKpi: KpiDescriptor<DurationKpiOptions, DurationSummary> = {
  options: ["percentiles", "method", "buckets"],
  setup: (options) => durationParts(options, (view) => view.duration("handleMs"), null, "handleTime", ["tickets", "calls"]),
};
