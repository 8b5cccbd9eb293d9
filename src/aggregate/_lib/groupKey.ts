/**
 * Grouping: the `by` option's dimensions, the group values of a record, and the order of rows.
 *
 * @module
 */
import { checkObject, fail } from "../../_lib/check.js";
import { hourOfDay, weekdayIndex, weekdayOf } from "../../_lib/time/periods.js";
import { compareGroupValues, GROUP_VALUE_EXPECTED, toGroupValue, type GroupValue } from "../../records/groupValue.js";
import { normalizeChannel } from "../normalizeChannel/normalizeChannel.js";
import type { RecordView, SummaryRecord } from "./view.js";

/** A grouping function: the group value of a record (`null` or `undefined`: missing). */
export type GroupFunction = (record: SummaryRecord) => GroupValue | undefined;

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
  const list = Array.isArray(by) ? (by as readonly unknown[]) : [by];
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

function checked(view: RecordView, value: unknown, field: string): GroupValue {
  const v = toGroupValue(value);
  return v === undefined ? fail(view.kpi, field, value, GROUP_VALUE_EXPECTED, view.index, view.id) : v;
}

/** The values of a record for each dimension. */
export function groupValues(dims: readonly Dim[], view: RecordView): GroupValue[] {
  return dims.map((d, i) => {
    if (d.kind === "hourOfDay") return view.placeMs === null ? null : hourOfDay(view.timeZone, view.placeMs);
    if (d.kind === "weekday") return view.placeMs === null ? null : weekdayOf(view.timeZone, view.placeMs);
    if (d.kind === "function") return checked(view, d.key(view.record), `options.by[${i}]`);
    const value = view.raw[d.name];
    if (d.kind !== "field" || !d.normalize) return checked(view, value, `records.${d.name}`);
    if (value !== undefined && value !== null && typeof value !== "string") fail(view.kpi, `records.${d.name}`, value, "a string or missing", view.index, view.id);
    return normalizeChannel(value);
  });
}

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
