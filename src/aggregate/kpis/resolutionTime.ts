/**
 * The `resolutionTime` KPI of summarize: durationStats of the resolved tickets' resolution
 * times, in wall-clock or business time.
 *
 * @module
 */
import type { KpiDescriptor } from "../_lib/kpi.js";
import { readBusinessClock } from "./_lib/businessClock.js";
import { durationParts, type BusinessDurationKpiOptions, type DurationSummary } from "./_lib/durations.js";

const KPI = "resolutionTime";
const TICKETS = ["tickets"] as const;

/**
 * `resolutionTime`: durationStats of each resolved ticket's resolution time: `resolutionMs`; else
 * creation → last solve (ticketTimings' `fullResolutionMs`). With `calendar`, the business time
 * from creation to the last solve (by the status events, else `resolvedAt`); `resolutionMs` is
 * not read, and a ticket that gives only it is an invalid record for the KPI (`records.resolvedAt`).
 * Unresolved tickets are left out; a resolved one without either throws. Options `percentiles`,
 * `method`, `buckets`, `calendar`.
 *
 * @remarks
 * Business resolution time = businessTimeBetween(createdAt, last solve, calendar): Zendesk's full
 * resolution time in business minutes; the calendar is compiled once.
 *
 * @see Zendesk API, "Ticket Metrics" (full resolution time in calendar and business minutes): https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_metrics/
 * @see docs/kpis/resolution-time.md
 */
export const resolutionTimeKpi: KpiDescriptor<BusinessDurationKpiOptions, DurationSummary> = {
  options: ["percentiles", "method", "buckets", "calendar"],
  setup(options, { optionField }) {
    const clock = readBusinessClock(KPI, options.calendar, optionField);
    if (clock === null) return durationParts(options, (view) => view.resolutionMs, null, KPI, TICKETS);
    return durationParts(
      options,
      (view) => (view.resolvedAtImplied ? clock.needsInstant(view, "resolvedAt", "the time the ticket was solved (resolvedAt, or status events)", "resolutionMs") : view.resolutionBy(clock.between)),
      clock,
      KPI,
      TICKETS,
    );
  },
};
