/**
 * Grouping: the `by` option's dimensions, the group values of a record, and the order of rows.
 *
 * @module
 */
import { checkObject, fail } from "../../_lib/check.js";
import type { GroupValue } from "../../operations/contactVolume/contactVolume.js";
import { normalizeChannel } from "../normalizeChannel/normalizeChannel.js";
import type { GroupFunction } from "../summarize/types.js";
import { hourOfDay, weekdayIndex, weekdayOf } from "./period.js";
import type { RecordView } from "./record.js";

/** A grouping dimension. */
export type Dim =
  | { readonly kind: "field"; readonly name: string; readonly normalize: boolean }
  | { readonly kind: "hourOfDay" | "weekday"; readonly name: string }
  | { readonly kind: "function"; readonly name: string; readonly key: GroupFunction };

const BY_EXPECTED = 'a field name, "hourOfDay", "weekday", a function, or { name, key: function }';
const VALUE_EXPECTED = "a string, a finite number, a boolean, or null/undefined (missing)";

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
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return value;
  return fail(view.kpi, field, value, VALUE_EXPECTED, view.index, view.id);
}

/** The values of a record for each dimension. */
export function groupValues(dims: readonly Dim[], view: RecordView): GroupValue[] {
  return dims.map((d, i) => {
    if (d.kind === "hourOfDay") return view.placeMs === null ? null : hourOfDay(view.timeZone, view.placeMs);
    if (d.kind === "weekday") return view.placeMs === null ? null : weekdayOf(view.timeZone, view.placeMs);
    if (d.kind === "function") return checked(view, d.key(view.raw as never), `options.by[${i}]`);
    const value = view.raw[d.name];
    if (d.kind !== "field" || !d.normalize) return checked(view, value, `records.${d.name}`);
    if (value !== undefined && value !== null && typeof value !== "string") fail(view.kpi, `records.${d.name}`, value, "a string or missing", view.index, view.id);
    return normalizeChannel(value);
  });
}

const TYPE_ORDER: Readonly<Record<string, number>> = { number: 0, string: 1, boolean: 2 };

/** Orders group values: numbers, then strings, then booleans, `null` last; weekday names in week order. */
export function compareValues(a: GroupValue, b: GroupValue, weekdays = false): number {
  if (a === b) return 0;
  if (a === null) return 1; // missing values last
  if (b === null) return -1;
  if (weekdays) return weekdayIndex(a) - weekdayIndex(b);
  const ta = TYPE_ORDER[typeof a] as number;
  const tb = TYPE_ORDER[typeof b] as number;
  if (ta !== tb) return ta - tb;
  return a < b ? -1 : 1;
}

/** Orders two value lists of the same dimensions (`kinds`; `"period"` values are day numbers). */
export function compareGroups(kinds: readonly string[], a: readonly GroupValue[], b: readonly GroupValue[]): number {
  for (let i = 0; i < kinds.length; i++) {
    const c = compareValues(a[i] as GroupValue, b[i] as GroupValue, kinds[i] === "weekday");
    if (c !== 0) return c;
  }
  return 0;
}
