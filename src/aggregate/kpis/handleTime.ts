/**
 * The `handleTime` KPI of summarize: durationStats of the tickets' handle times.
 *
 * @module
 */
import type { DurationStatsOptions } from "../../operations/durationStats/durationStats.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { durationParts, type DurationSummary } from "./_lib/durations.js";

/** `handleTime`: durationStats of each ticket's `handleMs` (tickets without it are left out). Options `percentiles`, `method`. */
export const handleTimeKpi: KpiDescriptor<DurationStatsOptions, DurationSummary> = {
  options: ["percentiles", "method"],
  setup: (options) => durationParts(options, (view) => view.duration("handleMs")),
};
