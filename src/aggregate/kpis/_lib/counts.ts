/**
 * KPIs that keep counts (count, resolution rate, first-contact resolution): a record adds one
 * to some of them, states add up count by count.
 *
 * @module
 */
import { addCounts, savedCounts, type AppliedParts } from "../../_lib/kpi.js";
import type { RecordView } from "../../_lib/view.js";

/** Counts by name. */
export type Counts<N extends string> = Record<N, number>;

/**
 * The parts of a KPI that keeps the counts `names`: `read` tells whether a record adds to them
 * and how (`true` / `false`, or `undefined`: not at all), `tick` adds it, `result` finishes.
 */
export function countsParts<N extends string, R>(
  names: readonly N[],
  read: (view: RecordView) => boolean | undefined,
  tick: (state: Counts<N>, delta: boolean) => void,
  result: (state: Counts<N>) => R,
): AppliedParts<Counts<N>, boolean, R> {
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
    fromJSON: (json, field) => savedCounts(json, field, names),
    result,
  };
}
