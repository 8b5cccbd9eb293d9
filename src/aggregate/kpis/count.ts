/**
 * The `count` KPI of summarize: the records of a row, tickets and survey responses apart.
 *
 * @module
 */
import type { KpiDescriptor } from "../_lib/kpi.js";
import { countsParts } from "./_lib/counts.js";

/** The `count` KPI. */
export interface CountResult {
  /** Records in the group (= the row's `n`). */
  readonly value: number;
  /** Ticket records. */
  readonly tickets: number;
  /** Survey-response records (before ratings of one ticket are deduplicated). */
  readonly surveyResponses: number;
}

/** `count`: ticket and survey-response records. No options. */
export const countKpi: KpiDescriptor<object, CountResult> = {
  options: [],
  setup: () =>
    countsParts(
      ["tickets", "surveyResponses"] as const,
      (view) => view.ticket !== null,
      (s, ticket) => void (ticket ? s.tickets++ : s.surveyResponses++),
      (s) => ({ value: s.tickets + s.surveyResponses, tickets: s.tickets, surveyResponses: s.surveyResponses }),
    ),
};
