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
import { addCounts, savedCounts, type Accumulator } from "../accumulator.js";
import type { RecordView } from "../record.js";
import { isResolved } from "../ticketValues.js";

type Counts<N extends string> = Record<N, number>;

/**
 * A KPI that keeps counts: `read` tells whether a record adds to them and how (`true`/`false`,
 * or `undefined`: not at all); `tick` adds it.
 */
function countsAccumulator<N extends string>(
  kpi: KpiName, column: string, names: readonly N[], read: (view: RecordView) => boolean | undefined, tick: (state: Counts<N>, delta: boolean) => void, result: (state: Counts<N>) => unknown,
): Accumulator<Counts<N>, boolean> {
  const zero = Object.fromEntries(names.map((name) => [name, 0])) as Counts<N>;
  return {
    kpi,
    column,
    create: () => ({ ...zero }),
    read,
    apply: (state, delta) => {
      tick(state, delta);
      return 0;
    },
    merge: addCounts,
    toJSON: (state) => ({ ...state }),
    fromJSON: (json, field) => savedCounts(json, field, names),
    result,
  };
}

/** `count`: ticket (`true`) and survey-response (`false`) records. */
export const countAccumulator = (column: string): Accumulator =>
  countsAccumulator(
    "count", column, ["tickets", "surveyResponses"] as const,
    (view) => view.ticket !== null,
    (s, ticket) => void (ticket ? s.tickets++ : s.surveyResponses++),
    (s) => ({ value: s.tickets + s.surveyResponses, tickets: s.tickets, surveyResponses: s.surveyResponses }),
  ) as Accumulator;

/** `resolutionRate`: resolved tickets over all tickets (the delta: whether the ticket is resolved). */
export const resolutionRateAccumulator = (column: string, options: ConfidenceOptions): Accumulator =>
  countsAccumulator(
    "resolutionRate", column, ["resolved", "total"] as const,
    (view) => (view.ticket === null ? undefined : isResolved(view.kpi, view.ticket, view.raw)),
    (s, resolved) => {
      s.total++;
      if (resolved) s.resolved++;
    },
    (s) => resolutionRate(s, options),
  ) as Accumulator;

/** `firstContactResolution`: tickets with `firstContactResolved: true` over those with the flag (the delta: the flag). */
export const fcrAccumulator = (column: string, options: ConfidenceOptions): Accumulator =>
  countsAccumulator(
    "firstContactResolution", column, ["resolvedOnFirstContact", "resolved"] as const,
    (view) => {
      const flag = view.ticket === null ? undefined : view.raw["firstContactResolved"];
      if (flag === undefined || flag === null) return undefined;
      if (typeof flag !== "boolean") fail(view.kpi, "records.firstContactResolved", flag, "true, false or absent", view.index, view.id);
      return flag;
    },
    (s, flag) => {
      s.resolved++;
      if (flag) s.resolvedOnFirstContact++;
    },
    (s) => firstContactResolution(s, options),
  ) as Accumulator;
