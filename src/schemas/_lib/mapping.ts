/**
 * Column mappings: where each record field is read from, in what unit, with which values
 * translated. Checked once, up front: an unknown field, a bad unit or a column the rows do not
 * have is an error, not a rejected row per line.
 *
 * @module
 */
import type * as z from "zod";
import { fail, isPlainObject } from "../../_lib/check.js";
import { fieldKinds } from "./fields.js";
import type { RecordSchema } from "../types.js";

/** Units of durations given as numbers; the record holds milliseconds. */
export const DURATION_UNITS = { ms: 1, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** Where one field comes from. */
export interface FieldSource {
  readonly field: string;
  readonly column: string;
  /** Whether the mapping named the column (only those are checked against the rows' columns). */
  readonly mapped: boolean;
  /** Milliseconds per unit, for a number given in a unit. */
  readonly factor: number | undefined;
  readonly values: Readonly<Record<string, unknown>> | undefined;
}

const list = (names: readonly string[]): string => {
  const shown = names.slice(0, 60).map((n) => JSON.stringify(n)).join(", ");
  return names.length > 60 ? `${shown} … (${names.length} in all)` : shown;
};

/** Resolves the mapping against the schema's fields: one source per field. Throws on a bad mapping. */
export function resolveMapping(kpi: string, schema: RecordSchema, mapping: unknown): FieldSource[] {
  // RecordSchema (a ZodObject of any shape) types each field as `any`; zod's shape type says what
  // each one is: a field schema, the object `fieldKinds` is keyed by.
  const shape: z.core.$ZodShape = schema.shape;
  const fields = Object.keys(shape);
  if (mapping !== undefined && !isPlainObject(mapping)) fail(kpi, "mapping", mapping, "an object from record fields to source columns");
  const m = (mapping ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (!Object.hasOwn(shape, key)) fail(kpi, `mapping.${key}`, key, `a field of the schema (${list(fields)})`);
  }
  return Object.entries(shape).map(([field, fieldSchema]): FieldSource => {
    const entry = m[field];
    if (entry === undefined) return { field, column: field, mapped: false, factor: undefined, values: undefined };
    if (typeof entry === "string" && entry.length > 0) return { field, column: entry, mapped: true, factor: undefined, values: undefined };
    if (!isPlainObject(entry) || typeof entry["column"] !== "string" || entry["column"].length === 0) {
      fail(kpi, `mapping.${field}`, entry, "a column name, or { column, unit?, values? }");
    }
    const { column, unit, values } = entry as { column: string; unit?: unknown; values?: unknown };
    let factor: number | undefined;
    if (unit !== undefined) {
      if (typeof unit !== "string" || !Object.hasOwn(DURATION_UNITS, unit)) {
        fail(kpi, `mapping.${field}.unit`, unit, `one of ${list(Object.keys(DURATION_UNITS))}`);
      }
      const info = fieldKinds.get(fieldSchema);
      if (info?.kind !== "number" || info.duration !== true) fail(kpi, `mapping.${field}.unit`, unit, "absent: a unit applies to duration fields only (firstResponseMs, waitMs …)");
      factor = DURATION_UNITS[unit as keyof typeof DURATION_UNITS];
    }
    if (values !== undefined && !isPlainObject(values)) fail(kpi, `mapping.${field}.values`, values, "an object from source values to record values");
    return { field, column, mapped: true, factor, values: values as Record<string, unknown> | undefined };
  });
}

/** Throws when the mapping names a column that is not among `columns`. */
export function checkColumns(kpi: string, sources: readonly FieldSource[], columns: readonly string[]): void {
  const have = new Set(columns);
  for (const s of sources) {
    if (s.mapped && !have.has(s.column)) fail(kpi, `mapping.${s.field}`, s.column, `a column of the rows (${list(columns)})`);
  }
}
