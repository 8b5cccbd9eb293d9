/**
 * The accumulators that keep counts or raw durations: count, first response, resolution and
 * handle time (durationStats), resolution rate and first-contact resolution.
 *
 * @module
 */
import { fail } from "../../../_lib/check.js";
import { durationStats, type DurationStatsOptions } from "../../../operations/durationStats/durationStats.js";
import { firstContactResolution } from "../../../operations/firstContactResolution/firstContactResolution.js";
import { resolutionRate } from "../../../operations/resolutionRate/resolutionRate.js";
import type { ConfidenceOptions } from "../../../stats/wilsonInterval/wilsonInterval.js";
import type { KpiName } from "../../summarize/types.js";
import { addCounts, savedCounts, savedDurations, type Accumulator } from "../accumulator.js";
import type { RecordView } from "../record.js";
import { durationField, firstResponseOf, isResolved, resolutionOf } from "../ticketValues.js";

type Counts<N extends string> = Record<N, number>;

function countsAccumulator<N extends string>(
  kpi: KpiName, column: string, names: readonly N[], add: (state: Counts<N>, view: RecordView) => void, result: (state: Counts<N>) => unknown,
): Accumulator<Counts<N>> {
  return {
    kpi,
    column,
    create: () => Object.fromEntries(names.map((name) => [name, 0])) as Counts<N>,
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

const DURATIONS = {
  firstResponseTime: (view: RecordView) => (view.ticket === null ? null : firstResponseOf(view, view.ticket)),
  resolutionTime: (view: RecordView) => (view.ticket === null ? null : resolutionOf(view, view.ticket)),
  handleTime: (view: RecordView) => (view.ticket === null ? null : durationField(view, "handleMs")),
} as const;

/** The duration KPIs: every duration kept, summarized by durationStats at the end. */
export function durationAccumulator(kpi: keyof typeof DURATIONS, column: string, options: DurationStatsOptions): Accumulator<number[]> {
  const read = DURATIONS[kpi];
  return {
    kpi,
    column,
    create: () => [],
    add: (state, view) => {
      const ms = read(view);
      if (ms !== null) state.push(ms);
    },
    merge: (into, from) => {
      for (const ms of from) into.push(ms);
    },
    toJSON: (state) => [...state],
    fromJSON: savedDurations,
    // durationStats sorts before it sums: the result does not depend on the order of the values.
    result: (state) => durationStats(state, options),
  };
}
