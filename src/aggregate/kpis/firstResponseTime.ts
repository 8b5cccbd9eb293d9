/**
 * The `firstResponseTime` KPI of summarize: durationStats of the tickets' first response times,
 * in wall-clock or business time.
 *
 * @module
 */
import type { KpiDescriptor } from "../_lib/kpi.js";
import { readBusinessClock } from "./_lib/businessClock.js";
import { durationParts, type BusinessDurationKpiOptions, type DurationSummary } from "./_lib/durations.js";

const KPI = "firstResponseTime";
const TICKETS = ["tickets"] as const;

/**
 * `firstResponseTime`: durationStats of each ticket's first response time: `firstResponseMs`;
 * else, with message events, ticketTimings' `firstReplyMs`; else `firstResponseAt − createdAt`.
 * With `calendar`, the business time between the same two instants (as ticketTimings with a
 * calendar): the message events, else creation → `firstResponseAt`; `firstResponseMs` is not
 * read, and a ticket that gives only it is an invalid record for the KPI (`records.firstResponseAt`).
 * Tickets without a first response are left out. Options `percentiles`, `method`, `buckets`, `calendar`.
 *
 * @remarks
 * Business FRT = businessTimeBetween(start of the first-reply clock, first reply, calendar), as
 * Zendesk stores first reply time in business hours beside calendar hours; the calendar is
 * compiled once, each ticket then costs O(holidays and DST days between its two instants).
 *
 * @see Zendesk, "Calculating first reply time": https://support.zendesk.com/hc/en-us/articles/4408821871642
 * @see docs/kpis/first-response-time.md
 */
export const firstResponseTimeKpi: KpiDescriptor<BusinessDurationKpiOptions, DurationSummary> = {
  options: ["percentiles", "method", "buckets", "calendar"],
  setup(options, { optionField }) {
    const clock = readBusinessClock(KPI, options.calendar, optionField);
    if (clock === null) return durationParts(options, (view) => view.firstResponseMs, null, KPI, TICKETS);
    return durationParts(
      options,
      (view) => (view.firstResponseImplied ? clock.needsInstant(view, "firstResponseAt", "the time of the first response (firstResponseAt, or message events)", "firstResponseMs") : view.firstResponseBy(clock.rules)),
      clock,
      KPI,
      TICKETS,
    );
  },
};
