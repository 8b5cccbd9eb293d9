/**
 * The `nextReplyTime` KPI of summarize: durationStats of every next-reply wait of the tickets,
 * in wall-clock or business time.
 *
 * @module
 */
import { DEFAULT_TIMING_RULES } from "../../tickets/ticketTimings/ticketTimings.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { readBusinessClock } from "./_lib/businessClock.js";
import { durationListParts, type BusinessDurationKpiOptions, type NextReplyTimeSummary } from "./_lib/durations.js";

const KPI = "nextReplyTime";

/**
 * `nextReplyTime`: durationStats of the next reply times of every ticket, ticketTimings'
 * `nextReplyMs`: after the first reply, each customer wait (from the oldest unanswered public
 * customer message) that a public agent reply ended, to that reply. `n` counts waits, `tickets`
 * the tickets with at least one; tickets without message events give none. With `calendar`,
 * business time. Options `percentiles`, `method`, `buckets`, `calendar`.
 *
 * @remarks
 * Per wait w of a ticket: NRT(w) = reply(w) − oldest unanswered customer message(w) (with a
 * calendar, the open time between them). The column is durationStats over every wait of the
 * group's tickets, pooled (a ticket with k waits counts k times); cost O(events) per ticket,
 * plus the calendar's cost per wait.
 *
 * @see Zendesk, "Defining SLA policies" (next reply time): https://support.zendesk.com/hc/en-us/articles/4408829459866
 * @see Intercom API, conversation statistics (`median_time_to_reply`): https://developers.intercom.com/docs/references/2.15/rest-api/api.intercom.io/models/conversation_statistics
 * @see docs/kpis/next-reply-time.md
 */
export const nextReplyTimeKpi: KpiDescriptor<BusinessDurationKpiOptions, NextReplyTimeSummary> = {
  options: ["percentiles", "method", "buckets", "calendar"],
  setup(options, { optionField }) {
    const clock = readBusinessClock(KPI, options.calendar, optionField);
    const rules = clock?.rules ?? DEFAULT_TIMING_RULES;
    return durationListParts(options, (view) => view.nextReplyMsBy(rules), clock, KPI, ["tickets"]);
  },
};
