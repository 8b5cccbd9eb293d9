/**
 * The `reopenRate` KPI of summarize: of the tickets solved at least once, the share reopened at
 * least once, with Wilson's interval.
 *
 * @module
 */
import { checkConfidence, fail } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceOptions, RateResult } from "../../stats/wilsonInterval/wilsonInterval.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import type { RecordView } from "../_lib/view.js";
import { countsParts, rateCheck } from "./_lib/counts.js";

/**
 * Whether a ticket was reopened (`true`), solved and never reopened (`false`), or tells neither
 * (`undefined`: never solved, or a summary without a reopen count).
 */
function reopened(view: RecordView): boolean | undefined {
  if (view.ticket === null) return undefined;
  if (view.statusEvents) return view.history.solves.length === 0 ? undefined : view.history.reopenedAt.length > 0;
  const count = view.raw["reopens"];
  if (count === undefined || count === null) return undefined;
  if (!Number.isSafeInteger(count) || (count as number) < 0) fail(view.kpi, "records.reopens", count, "a whole number ≥ 0, or absent", view.index, view.id);
  // reopened at least once: it was solved before; never reopened: solved if it is solved now
  return (count as number) > 0 ? true : view.resolved ? false : undefined;
}

/**
 * `reopenRate`: tickets reopened at least once (a solved or closed ticket set back to an unsolved
 * status) over tickets solved at least once, in percent, with Wilson's interval. Read from the
 * status events when the ticket has any, else from the export's `reopens` count (Zendesk's ticket
 * metric of that name) with the ticket's status; a ticket that tells neither is left out, as one
 * never solved is. Option `confidence`.
 */
export const reopenRateKpi: KpiDescriptor<ConfidenceOptions, RateResult> = {
  options: ["confidence"],
  setup(options) {
    const level = checkConfidence("reopenRate", options.confidence);
    return countsParts(
      ["reopened", "solved"] as const,
      reopened,
      (s, wasReopened) => {
        s.solved++;
        if (wasReopened) s.reopened++;
      },
      (s) => rate(s.reopened, s.solved, level),
      rateCheck("reopened", "solved"),
    );
  },
};
