/**
 * The `resolutionTime` KPI of summarize: durationStats of the resolved tickets' resolution times.
 *
 * @module
 */
import type { DurationStatsOptions } from "../../operations/durationStats/durationStats.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { durationParts, type DurationSummary } from "./_lib/durations.js";

/**
 * `resolutionTime`: durationStats of each resolved ticket's resolution time: `resolutionMs`; else
 * creation → last solve (ticketTimings' `fullResolutionMs`). Unresolved tickets are left out; a
 * resolved one without either throws. Options `percentiles`, `method`.
 */
export const resolutionTimeKpi: KpiDescriptor<DurationStatsOptions, DurationSummary> = {
  options: ["percentiles", "method"],
  setup: (options) => durationParts(options, (view) => view.resolutionMs),
};
