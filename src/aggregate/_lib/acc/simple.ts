/**
 * The accumulators that keep counts: count, resolution rate and first-contact resolution.
 *
 * @module
 */
import { fail } from "../../../_lib/check.js";
import { firstContactResolution } from "../../../operations/firstContactResolution/firstContactResolution.js";
import { resolutionRate } from "../../../operations/resolutionRate/resolutionRate.js";
import type { ConfidenceOptions } from "../../../stats/wilsonInterval/wilsonInterval.js";
import type { KpiName } from "../../summarize/types.js";
import { addCounts, resetCounts, savedCounts, type Accumulator } from "../accumulator.js";
import type { RecordView } from "../record.js";
import { isResolved } from "../ticketValues.js";

type Counts<N extends string> = Record<N, number>;

function countsAccumulator<N extends string>(
  kpi: KpiName, column: string, names: readonly N[], add: (state: Counts<N>, view: RecordView) => void, result: (state: Counts<N>) => unknown,
): Accumulator<Counts<N>> {
  const zero = Object.fromEntries(names.map((name) => [name, 0])) as Counts<N>;
  return {
    kpi,
    column,
    create: () => ({ ...zero }),
    reset: resetCounts,
    add,
    merge: addCounts,
    toJSON: (state) => ({ ...state }),
    fromJSON: (json, field) => savedCounts(json, field, names),
    result,
  };
}

/** `count`: ticket and survey-response records. */
export const countAccumulator = (column: string): Accumulator =>
  countsAccumulator("count", column, ["tickets", "surveyResponses"] as const, (s, view) => {
    if (view.ticket !== null) s.tickets++;
    else s.surveyResponses++;
  }, (s) => ({ value: s.tickets + s.surveyResponses, tickets: s.tickets, surveyResponses: s.surveyResponses }));

/** `resolutionRate`: resolved tickets over all tickets. */
export const resolutionRateAccumulator = (column: string, options: ConfidenceOptions): Accumulator =>
  countsAccumulator("resolutionRate", column, ["resolved", "total"] as const, (s, view) => {
    if (view.ticket === null) return;
    s.total++;
    if (isResolved(view.kpi, view.ticket, view.raw)) s.resolved++;
  }, (s) => resolutionRate(s, options));

/** `firstContactResolution`: tickets with `firstContactResolved: true` over those with the flag. */
export const fcrAccumulator = (column: string, options: ConfidenceOptions): Accumulator =>
  countsAccumulator("firstContactResolution", column, ["resolvedOnFirstContact", "resolved"] as const, (s, view) => {
    const flag = view.ticket === null ? undefined : view.raw["firstContactResolved"];
    if (flag === undefined || flag === null) return;
    if (typeof flag !== "boolean") fail(view.kpi, "records.firstContactResolved", flag, "true, false or absent", view.index, view.id);
    s.resolved++;
    if (flag) s.resolvedOnFirstContact++;
  }, (s) => firstContactResolution(s, options));
