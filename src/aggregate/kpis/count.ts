/**
 * The `count` KPI of summarize: the records of a row, tickets, survey responses and calls apart.
 *
 * @module
 */
import { checkObject, fail } from "../../_lib/check.js";
import { RESTORE, type KpiDescriptor } from "../_lib/kpi.js";
import { countsParts } from "./_lib/counts.js";

/** The `count` KPI. */
export interface CountResult {
  /** Records in the group (= the row's `n`). */
  readonly value: number;
  /** Ticket records. */
  readonly tickets: number;
  /** Survey-response records (before ratings of one ticket are deduplicated). */
  readonly surveyResponses: number;
  /** Call records: the calls offered, answered and abandoned alike. */
  readonly calls: number;
}

type Kind = "tickets" | "surveyResponses" | "calls";

/** `count`: ticket, survey-response and call records. No options. */
export const countKpi: KpiDescriptor<object, CountResult> = {
  options: [],
  setup: () => {
    const parts = countsParts(
      ["tickets", "surveyResponses", "calls"] as const,
      (view): Kind => (view.ticket !== null ? "tickets" : view.call !== null ? "calls" : "surveyResponses"),
      (s, kind) => void s[kind]++,
      (s) => ({ value: s.tickets + s.surveyResponses + s.calls, tickets: s.tickets, surveyResponses: s.surveyResponses, calls: s.calls }),
      // every record of the group is one of the three
      (s, field, { n }) => {
        if (s.tickets + s.surveyResponses + s.calls !== n) {
          fail(RESTORE, `${field}.tickets`, s.tickets, `a count with tickets + surveyResponses (${s.surveyResponses}) + calls (${s.calls}) = the group's records (n = ${n})`);
        }
      },
    );
    return {
      ...parts,
      // states saved before calls were counted have no `calls`: none then
      fromJSON: (json, field, within) => {
        const o = checkObject(RESTORE, field, json);
        return parts.fromJSON(o["calls"] === undefined ? { ...o, calls: 0 } : o, field, within);
      },
      recordKinds: (s) => s,
    };
  },
};
