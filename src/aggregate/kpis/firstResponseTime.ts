/**
 * The `firstResponseTime` KPI of summarize: durationStats of the tickets' first response times.
 *
 * @module
 */
import type { DurationStatsOptions } from "../../operations/durationStats/durationStats.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { durationParts, type DurationSummary } from "./_lib/durations.js";

/**
 * `firstResponseTime`: durationStats of each ticket's first response time: `firstResponseMs`;
 * else, with message events, ticketTimings' `firstReplyMs`; else `firstResponseAt − createdAt`.
 * Tickets without a first response are left out. Options `percentiles`, `method`.
 */
export const firstResponseTimeKpi: KpiDescriptor<DurationStatsOptions, DurationSummary> = {
  options: ["percentiles", "method"],
  setup: (options) => durationParts(options, (view) => view.firstResponseMs),
};
