/**
 * KPIs that keep counts (count, resolution rate, first-contact resolution): a record adds one
 * to some of them, states add up count by count. Also the readers of a ticket's yes/no and
 * whole-number fields, which those KPIs validate alike.
 *
 * @module
 */
import { fail } from "../../../_lib/check.js";
import { addCounts, checkPart, checkRecords, savedCounts, type AppliedParts, type Every, type RecordKind, type Within } from "../../_lib/kpi.js";
import type { RecordView } from "../../_lib/view.js";

/** Counts by name. */
export type Counts<N extends string> = Record<N, number>;

/**
 * The parts of a KPI that keeps the counts `names`: `read` tells whether a record adds to them
 * and how (`true` / `false`, a number, or `undefined`: not at all), `tick` adds it, `result`
 * finishes. `check` checks restored counts (whole numbers ≥ 0 already): the relations between
 * them, and with the group's records `within`; it throws naming `field.<count>`.
 */
export function countsParts<N extends string, R, D = boolean>(
  names: readonly N[],
  read: (view: RecordView) => D | undefined,
  tick: (state: Counts<N>, delta: D) => void,
  result: (state: Counts<N>) => R,
  check: (state: Counts<N>, field: string, within: Within) => void,
): AppliedParts<Counts<N>, D, R> {
  const zero = Object.fromEntries(names.map((name) => [name, 0])) as Counts<N>;
  return {
    create: () => ({ ...zero }),
    read,
    apply: (state, delta) => {
      tick(state, delta);
      return 0;
    },
    merge: addCounts,
    toJSON: (state) => ({ ...state }),
    fromJSON: (json, field, within) => {
      const state = savedCounts(json, field, names);
      check(state, field, within);
      return state;
    },
    result,
  };
}

/**
 * The restore check of a rate's counts: `part` ≤ `whole` ≤ the group's records of `kinds` (the
 * tickets by default), `whole` counting every one as `every` says.
 */
export const rateCheck =
  <N extends string>(part: N, whole: N, kinds: readonly RecordKind[] = ["tickets"], every: Every = "no") =>
  (state: Counts<N>, field: string, within: Within): void => {
    checkRecords(`${field}.${whole}`, state[whole], within, kinds, every);
    checkPart(`${field}.${part}`, state[part], state[whole], whole);
  };

/** A ticket's field `name` as written, or `undefined` when absent (`null` included) and for a survey response. */
function ticketField(view: RecordView, name: string): unknown {
  const value = view.ticket === null ? undefined : view.raw[name];
  return value === null ? undefined : value;
}

/** A ticket's yes/no field: `true`, `false`, or `undefined` (absent, or a survey response); anything else throws naming it. */
export function flagOf(view: RecordView, name: string): boolean | undefined {
  const value = ticketField(view, name);
  if (value !== undefined && typeof value !== "boolean") fail(view.kpi, `records.${name}`, value, "true, false or absent", view.index, view.id);
  return value;
}

/** A ticket's count field: a whole number ≥ 0, or `undefined` (absent, or a survey response); anything else throws naming it. */
export function countOf(view: RecordView, name: string): number | undefined {
  const value = ticketField(view, name);
  if (value !== undefined && (!Number.isSafeInteger(value) || (value as number) < 0)) fail(view.kpi, `records.${name}`, value, "a whole number ≥ 0, or absent", view.index, view.id);
  return value as number | undefined;
}
