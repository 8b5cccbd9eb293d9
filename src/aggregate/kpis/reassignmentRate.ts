/**
 * The `reassignmentRate` KPI of summarize: of the tickets whose export counts their
 * reassignments, the share reassigned at least once, with Wilson's interval and the mean count.
 *
 * @module
 */
import { checkConfidence, fail } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceOptions, RateResult } from "../../stats/wilsonInterval/wilsonInterval.js";
import { RESTORE, type KpiDescriptor } from "../_lib/kpi.js";
import { countOf, countsParts, rateCheck } from "./_lib/counts.js";

/** The `reassignmentRate` KPI: the rate, and the mean number of reassignments. */
export interface ReassignmentRateResult extends RateResult {
  /** Reassignments per ticket of `n` (every move counted: a ticket moved three times adds 3); `null` when `n` is 0. */
  readonly meanReassignments: number | null;
}

/**
 * `reassignmentRate`: tickets with `reassignments ≥ 1` over tickets with the field, in percent,
 * with Wilson's interval, and `meanReassignments` = the sum of `reassignments` / `n`; a ticket
 * without the field is left out. Option `confidence`. Zendesk's `assignee_stations` counts holders,
 * not moves: reassignments = stations − 1.
 *
 * @see Zendesk Support API, Ticket Metrics (`assignee_stations`, `group_stations`); docs/kpis/reassignment-rate.md
 */
export const reassignmentRateKpi: KpiDescriptor<ConfidenceOptions, ReassignmentRateResult> = {
  options: ["confidence"],
  setup(options) {
    const level = checkConfidence("reassignmentRate", options.confidence);
    return countsParts(
      ["reassigned", "tickets", "reassignments"] as const,
      (view) => countOf(view, "reassignments"),
      (s, moves) => {
        s.tickets++;
        s.reassignments += moves;
        if (moves > 0) s.reassigned++;
      },
      (s) => ({ ...rate(s.reassigned, s.tickets, level), meanReassignments: s.tickets === 0 ? null : s.reassignments / s.tickets }),
      (s, field, within) => {
        rateCheck("reassigned", "tickets")(s, field, within);
        // each reassigned ticket moved at least once, and only they moved
        if (s.reassignments < s.reassigned || (s.reassigned === 0 && s.reassignments > 0)) {
          fail(RESTORE, `${field}.reassignments`, s.reassignments, `${s.reassigned === 0 ? "0, as no ticket was reassigned" : `at least reassigned (${s.reassigned})`}`);
        }
      },
    );
  },
};
