/**
 * The `oneTouchResolutionRate` KPI of summarize: of the solved tickets, the share solved with
 * at most one public agent reply (one-touch, as ticketTimings' `oneTouch` and SPEC §6 define it),
 * with Wilson's interval.
 *
 * @module
 */
import { checkConfidence } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceOptions, RateResult } from "../../stats/wilsonInterval/wilsonInterval.js";
import { agentRepliesOf, DEFAULT_TIMING_RULES } from "../../tickets/ticketTimings/ticketTimings.js";
import { checkPart, type KpiDescriptor } from "../_lib/kpi.js";
import type { RecordView } from "../_lib/view.js";
import { countOf, countsParts, rateCheck } from "./_lib/counts.js";

/** The `oneTouchResolutionRate` KPI: the rate, and the solved tickets that had no reply at all. */
export interface OneTouchResolutionResult extends RateResult {
  /**
   * Solved tickets of `n` without any agent reply, among the one-touch ones: for the rate of
   * tickets solved with exactly one reply, `(value × n / 100 − withoutReply) / n`.
   */
  readonly withoutReply: number;
}

/**
 * The public agent replies of a solved ticket: from its message events as ticketTimings counts
 * them (automated messages, bots and notes aside); without message events, the export's
 * `replies`; `undefined` for an unsolved ticket or one that tells neither. `replies` is checked
 * on every ticket.
 */
function repliesOfSolved(view: RecordView): number | undefined {
  const t = view.ticket;
  if (t === null) return undefined;
  const given = countOf(view, "replies");
  if (!view.resolved) return undefined;
  return agentRepliesOf(t, DEFAULT_TIMING_RULES) ?? given;
}

/**
 * `oneTouchResolutionRate`: solved tickets with at most one public agent reply over solved
 * tickets whose replies are known (from message events, else the `replies` count), in percent,
 * with Wilson's interval: the share of ticketTimings' `oneTouch` among solved tickets (Zendesk's
 * one-touch formula counts agent replies < 2); `withoutReply` says how many of them had no reply
 * at all. Option `confidence`.
 *
 * @see Zendesk, "How are one-touch resolutions calculated?": https://support.zendesk.com/hc/en-us/articles/4408820618266
 * @see docs/kpis/one-touch-resolution.md
 */
export const oneTouchResolutionRateKpi: KpiDescriptor<ConfidenceOptions, OneTouchResolutionResult> = {
  options: ["confidence"],
  setup(options) {
    const level = checkConfidence("oneTouchResolutionRate", options.confidence);
    return countsParts(
      ["oneTouch", "withoutReply", "solved"] as const,
      repliesOfSolved,
      (s, replies) => {
        s.solved++;
        if (replies <= 1) s.oneTouch++;
        if (replies === 0) s.withoutReply++;
      },
      (s) => ({ ...rate(s.oneTouch, s.solved, level), withoutReply: s.withoutReply }),
      (s, field, within) => {
        rateCheck("oneTouch", "solved")(s, field, within);
        checkPart(`${field}.withoutReply`, s.withoutReply, s.oneTouch, "oneTouch"); // no reply is at most one
      },
    );
  },
};
