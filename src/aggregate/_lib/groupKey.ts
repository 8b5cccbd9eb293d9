/**
 * Grouping: the `by` option's dimensions, the group values of a record, and the order of rows.
 * A dimension whose value is a list (labels, tags) counts the record in each of its values: the
 * record then has several groups, every combination of its dimensions' values.
 *
 * @module
 */
import { checkArray, checkList, checkObject, fail } from "../../_lib/check.js";
import { hourOfDay, weekdayIndex, weekdayOf } from "../../_lib/time/periods.js";
import { compareGroupValues, GROUP_VALUE_EXPECTED, toGroupValue, type GroupValue } from "../../records/groupValue.js";
import { normalizeChannel } from "../normalizeChannel/normalizeChannel.js";
import type { RecordView, SummaryRecord } from "./view.js";

/**
 * A grouping function: the group value of a record (`null` or `undefined`: missing), or a list of
 * them (labels: the record counts in each).
 */
export type GroupFunction = (record: SummaryRecord) => GroupValue | readonly GroupValue[] | undefined;

/** One grouping dimension: a field name, `"hourOfDay"`, `"weekday"`, a function, or a named function. */
export type GroupBy =
  | string
  | GroupFunction
  | {
      /** The dimension's name in `group`. */
      readonly name: string;
      /** The group value of a record. */
      readonly key: GroupFunction;
    };

/** A grouping dimension. */
export type Dim =
  | { readonly kind: "field"; readonly name: string; readonly normalize: boolean }
  | { readonly kind: "hourOfDay" | "weekday"; readonly name: string }
  | { readonly kind: "function"; readonly name: string; readonly key: GroupFunction };

const BY_EXPECTED = 'a field name, "hourOfDay", "weekday", a function, or { name, key: function }';

/** Reads the `by` option; `normalize`: group `channel` through normalizeChannel. */
export function readBy(kpi: string, by: unknown, normalize: boolean): Dim[] {
  if (by === undefined) return [];
  const list = Array.isArray(by) ? checkArray(kpi, "options.by", by) : [by];
  const names = new Set<string>();
  return list.map((entry, i): Dim => {
    const field = `options.by[${i}]`;
    let dim: Dim;
    if (typeof entry === "string" && entry.length > 0) {
      dim = entry === "hourOfDay" || entry === "weekday" ? { kind: entry, name: entry } : { kind: "field", name: entry, normalize: normalize && entry === "channel" };
    } else if (typeof entry === "function") {
      dim = { kind: "function", name: entry.name.length > 0 ? entry.name : `by${i}`, key: entry as GroupFunction };
    } else {
      const o = checkObject(kpi, field, entry);
      if (typeof o["name"] !== "string" || o["name"].length === 0 || typeof o["key"] !== "function") fail(kpi, field, entry, BY_EXPECTED);
      dim = { kind: "function", name: o["name"], key: o["key"] as GroupFunction };
    }
    if (dim.name === "period") fail(kpi, field, entry, 'a dimension other than "period" (use the period option)');
    if (names.has(dim.name)) fail(kpi, field, entry, `a dimension whose name differs from the others ("${dim.name}" is taken)`);
    names.add(dim.name);
    return dim;
  });
}

/** The JSON form of the dimensions: names, and `{ function: name }` for functions (which JSON cannot hold). */
export function savedDims(dims: readonly Dim[]): (string | { function: string })[] {
  return dims.map((d) => (d.kind === "function" ? { function: d.name } : d.name));
}

/** What a dimension's value may be, in errors. */
const DIMENSION_EXPECTED = `${GROUP_VALUE_EXPECTED}; or a list of strings, finite numbers and booleans (labels)`;

/**
 * A record counted in several groups: a dimension held a list of two or more distinct values
 * (labels). Its groups are every combination of its dimensions' values.
 */
export interface Overlap {
  /** The value of each dimension, or its distinct values (sorted) where it held several. */
  readonly values: readonly GroupEntry[];
  /** Every combination of `values`: the record's groups. */
  readonly combinations: readonly (readonly GroupValue[])[];
  /** The names of the dimensions that held several values. */
  readonly dims: readonly string[];
}

/** A dimension's value of a record, or its values where it held several (labels). */
export type GroupEntry = GroupValue | readonly GroupValue[];

/**
 * The distinct values of a list (labels), sorted as the rows are: missing items (`null`,
 * `undefined`, `""`) are no label and are dropped, an item that is not a group value throws
 * naming `field`, the record and the item.
 */
function labelsOf(view: RecordView, list: readonly unknown[], field: string): GroupValue[] {
  const out = new Set<GroupValue>();
  for (let k = 0; k < list.length; k++) {
    const v = toGroupValue(list[k]);
    if (v === undefined) fail(view.kpi, field, list[k], `a list of labels, each a string, a finite number or a boolean (item ${k} is not)`, view.index, view.id);
    if (v !== null) out.add(v);
  }
  return [...out].sort(compareGroupValues);
}

/**
 * The values of a record for each dimension; an {@link Overlap} when a dimension held a list of
 * two or more distinct values (a list of one value is that value, an empty list is missing).
 */
export function groupValues(dims: readonly Dim[], view: RecordView): GroupValue[] | Overlap {
  let lists: GroupValue[][] | undefined; // by dimension, the values of those that held several
  const values = dims.map((d, i): GroupValue => {
    if (d.kind === "hourOfDay") return view.placeMs === null ? null : hourOfDay(view.timeZone, view.placeMs);
    if (d.kind === "weekday") return view.placeMs === null ? null : weekdayOf(view.timeZone, view.placeMs);
    const value = d.kind === "function" ? d.key(view.record) : view.raw[d.name];
    if (d.kind === "field" && d.normalize) {
      if (value !== undefined && value !== null && typeof value !== "string") fail(view.kpi, `records.${d.name}`, value, "a string or missing", view.index, view.id);
      return normalizeChannel(value);
    }
    const v = toGroupValue(value);
    if (v !== undefined) return v;
    const field = d.kind === "function" ? `options.by[${i}]` : `records.${d.name}`;
    const labels = labelsOf(view, checkList(view.kpi, field, value, DIMENSION_EXPECTED, view.index, view.id), field);
    if (labels.length < 2) return labels[0] ?? null;
    (lists ??= [])[i] = labels;
    return null;
  });
  return lists === undefined ? values : overlapOf(dims, values, lists);
}

/** The overlap of a record whose dimensions `lists` (by index) held several values. */
function overlapOf(dims: readonly Dim[], single: readonly GroupValue[], lists: readonly (GroupValue[] | undefined)[]): Overlap {
  const values = single.map((v, i): GroupEntry => lists[i] ?? v);
  return { values, combinations: combinations(values), dims: dims.filter((_, i) => lists[i] !== undefined).map((d) => d.name) };
}

/**
 * Every list of group values that takes one value of each entry (an entry that is a list gives
 * each of its values): the cartesian product, in order. Cost: the product of the lists' lengths.
 */
export function combinations(entries: readonly GroupEntry[]): GroupValue[][] {
  let out: GroupValue[][] = [[]];
  for (const entry of entries) {
    const choices = Array.isArray(entry) ? (entry as readonly GroupValue[]) : [entry as GroupValue];
    out = out.flatMap((head) => choices.map((v) => [...head, v]));
  }
  return out;
}

/** Whether a group's entries name several values somewhere (a rating of a record with labels). */
export const hasLabels = (entries: readonly GroupEntry[]): boolean => entries.some((e) => Array.isArray(e));

/** Orders group values as {@link compareGroupValues}; weekday names in week order. */
export function compareValues(a: GroupValue, b: GroupValue, weekdays = false): number {
  if (!weekdays || a === null || b === null) return compareGroupValues(a, b);
  return weekdayIndex(a) - weekdayIndex(b);
}

/** Orders two value lists of the same dimensions (`kinds`; `"period"` values are day numbers). */
export function compareGroups(kinds: readonly string[], a: readonly GroupValue[], b: readonly GroupValue[]): number {
  for (let i = 0; i < kinds.length; i++) {
    const c = compareValues(a[i] as GroupValue, b[i] as GroupValue, kinds[i] === "weekday");
    if (c !== 0) return c;
  }
  return 0;
}
