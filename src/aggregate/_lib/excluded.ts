/**
 * Records left out (the `onInvalid: "exclude"` option): a record one KPI cannot use is left out
 * of that KPI only, and a record no KPI can read is left out of the summary; both are counted by
 * reason, with a few ids to look them up, so that nothing is dropped silently. The counts merge
 * by addition and the ids kept are the smallest, so any split and order of merging keeps the same.
 *
 * @module
 */
import { checkArray, checkCount, checkObject, fail } from "../../_lib/check.js";
import { compareGroupValues } from "../../records/groupValue.js";
import type { KpiInputError } from "../../errors.js";
import { RESTORE } from "./kpi.js";

/** Records left out for one reason (of one KPI, or of the whole summary). */
export interface ExcludedRecords {
  /** The KPI's column, or `null` for records left out of the summary entirely (no KPI could read them). */
  readonly column: string | null;
  /** The record field at fault, e.g. `"records.resolvedAt"`. */
  readonly field: string;
  /** What the field should have been, in words. */
  readonly expected: string;
  /** Records left out for this reason. */
  readonly count: number;
  /** The ids of up to three of them (the smallest), to look them up. */
  readonly ids: readonly (string | number)[];
}

/** Exclusions by reason (column, field, expected). */
export type Exclusions = Map<string, { -readonly [K in keyof ExcludedRecords]: ExcludedRecords[K] extends readonly (infer T)[] ? T[] : ExcludedRecords[K] }>;

/** Ids kept per reason. */
const KEPT_IDS = 3;

const keyOf = (column: string | null, field: string, expected: string): string => JSON.stringify([column, field, expected]);

/**
 * The reason of an error without the instants of the one record it names: messages such as "a
 * time at or after createdAt (2024-03-01T10:00:00.000Z)" give the record's own instant in
 * parentheses, which would make a reason of every record; the counts are by the reason alone.
 */
const reasonOf = (expected: string): string => expected.replace(/ \(-?\+?\d{4,6}-\d\d-\d\dT[\d:.]+Z\)/g, "");

/** Counts `count` records left out of `column` (`null`: the summary) for `error`'s reason, with `ids` among them. */
export function exclude(into: Exclusions, column: string | null, error: Pick<KpiInputError, "field" | "expected">, count: number, ids: readonly (string | number)[]): void {
  const expected = reasonOf(error.expected);
  const key = keyOf(column, error.field, expected);
  let entry = into.get(key);
  if (entry === undefined) into.set(key, (entry = { column, field: error.field, expected, count: 0, ids: [] }));
  entry.count += count;
  for (const given of ids) {
    // an id of -0 is kept as 0, as JSON would write it (a saved copy must give the same list)
    const id = typeof given === "number" ? given + 0 : given;
    if (entry.ids.includes(id)) continue;
    entry.ids.push(id);
    entry.ids.sort(compareGroupValues);
    if (entry.ids.length > KEPT_IDS) entry.ids.length = KEPT_IDS;
  }
}

/** Adds everything of `from` into `into`. */
export function mergeExclusions(into: Exclusions, from: Exclusions): void {
  for (const e of [...from.values()]) exclude(into, e.column, e, e.count, e.ids);
}

/** The exclusions in the order of the KPIs' columns (the summary's own first), then the most frequent first. */
export function excludedList(exclusions: Exclusions, columns: readonly string[]): ExcludedRecords[] {
  const rank = (column: string | null): number => (column === null ? -1 : columns.indexOf(column));
  return [...exclusions.values()]
    .map((e) => ({ ...e, ids: [...e.ids] }))
    .sort((a, b) => rank(a.column) - rank(b.column) || b.count - a.count || (a.field < b.field ? -1 : a.field > b.field ? 1 : a.expected < b.expected ? -1 : 1));
}

/** The exclusions of a saved aggregator (`json.excluded`; absent in states saved without them). */
export function savedExclusions(json: unknown, columns: readonly string[]): Exclusions {
  const out: Exclusions = new Map();
  if (json === undefined) return out;
  checkArray(RESTORE, "json.excluded", json).forEach((raw, i) => {
    const field = `json.excluded[${i}]`;
    const o = checkObject(RESTORE, field, raw);
    const column = o["column"];
    if (!(column === null || (typeof column === "string" && columns.includes(column)))) fail(RESTORE, `${field}.column`, column, `null or a KPI column (${columns.join(", ")})`);
    if (typeof o["field"] !== "string" || typeof o["expected"] !== "string") fail(RESTORE, field, raw, "{ column, field, expected, count, ids }");
    const ids = o["ids"];
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string" || (typeof id === "number" && Number.isFinite(id)))) fail(RESTORE, `${field}.ids`, ids, "a list of record ids");
    exclude(out, column, { field: o["field"], expected: o["expected"] }, checkCount(RESTORE, `${field}.count`, o["count"]), ids as (string | number)[]);
  });
  return out;
}
