/**
 * The row parser shared by `parseRecords` and the Node readers: mapping, units, value
 * translation, time zone, then the schema; every issue of a row, named by field and column.
 *
 * @module
 */
import type * as z from "zod";
import { checkOneOf, isPlainObject } from "../_lib/check.js";
import { describeValue, KpiInputError } from "../errors.js";
import { checkTimeZone } from "../_lib/time/zone.js";
import type { OnInvalid, ParseOptions, RecordIssue, RecordSchema } from "./types.js";
import { fastRows } from "./_lib/fast.js";
import { blank, REQUIRED, toNumber } from "./_lib/fields.js";
import { localizer } from "./_lib/localize.js";
import { checkColumns, resolveMapping, type FieldSource } from "./_lib/mapping.js";

/** The outcome of one row: a record, or its issues. */
export type RowOutcome<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly issues: RecordIssue[] };

/** A prepared parser for rows of one schema. */
export interface RowParser<T> {
  readonly onInvalid: OnInvalid;
  /** Checks the mapping against the rows' columns (throws `KpiInputError`). */
  checkColumns(columns: readonly string[]): void;
  /** Parses one row; with `onInvalid: "throw"` throws instead of returning issues. */
  parse(row: unknown, index: number): RowOutcome<T>;
  /**
   * A reader of rows given as cells in the order of `columns` that returns the record `parse`
   * would return for the row object, or `undefined` when the row must go through `parse`;
   * `null` when the schema has no fast path.
   */
  cells(columns: readonly string[]): ((cells: readonly string[]) => T | undefined) | null;
}

/** Messages for zod's own issues (nested arrays, fields a user added), in the same words. */
const errorMap = (issue: { code?: string; expected?: unknown; input?: unknown }): string | undefined =>
  issue.code === "invalid_type" ? (issue.input === undefined ? REQUIRED : `a value of type ${String(issue.expected)}`) : undefined;

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) v = isPlainObject(v) || Array.isArray(v) ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/**
 * Prepares a row parser: checks the options and the mapping once. Rows go through the fast path
 * of `_lib/fast.ts` first when the schema has one and `fast` is not `false`; a row it is not
 * sure about, and every invalid row, goes through zod.
 */
export function createRowParser<S extends RecordSchema>(
  kpi: string,
  schema: S,
  options: ParseOptions<z.output<S>> = {},
  fast = true,
): RowParser<z.output<S>> {
  if (!isPlainObject(options)) throw new KpiInputError({ kpi, field: "options", value: options, expected: "an options object" });
  const onInvalid = checkOneOf(kpi, "options.onInvalid", options.onInvalid ?? "collect", ["collect", "skip", "throw"] as const);
  const timeZone = checkTimeZone(kpi, "options.timeZone", options.timeZone ?? "UTC");
  const sources = resolveMapping(kpi, schema, options.mapping);
  const byField = new Map<PropertyKey, FieldSource>(sources.map((s) => [s.field, s]));
  const localize = localizer(schema, timeZone);
  const quick = fast ? fastRows<z.output<S>>(schema, sources, timeZone) : null;

  const issueOf = (row: Record<string, unknown>, input: unknown, zi: z.core.$ZodIssue): RecordIssue => {
    const path = zi.path;
    const source = byField.get(path[0] ?? "");
    const field = path.map(String).join(".");
    const column = source?.column;
    const value = source !== undefined && path.length === 1 ? row[source.column] : valueAt(input, path);
    const where = column === undefined || column === field ? field : `${field} (column ${JSON.stringify(column)})`;
    const message =
      zi.message === REQUIRED ? `${where} is required`
      : value === undefined ? `${where} is required: ${zi.message}`
      : `${where} must be ${zi.message}, got ${describeValue(value)}`;
    return column === undefined ? { field, value, message, path } : { field, column, value, message, path };
  };

  const build = (row: Record<string, unknown>): Record<string, unknown> => {
    const input: Record<string, unknown> = {};
    for (const s of sources) {
      if (!Object.hasOwn(row, s.column)) continue;
      let v = row[s.column];
      if (s.values !== undefined && (typeof v === "string" || typeof v === "number" || typeof v === "boolean") && Object.hasOwn(s.values, String(v))) {
        v = s.values[String(v)] ?? undefined;
      }
      if (s.factor !== undefined) {
        const n = toNumber(v);
        v = typeof n === "number" ? n * s.factor : n;
      }
      if (blank(v) !== undefined) input[s.field] = v; // a missing value leaves the field out
    }
    return (localize?.(input) ?? input) as Record<string, unknown>;
  };

  return {
    onInvalid,
    checkColumns: (columns) => checkColumns(kpi, sources, columns),
    cells: (columns) => quick?.cells(columns) ?? null,
    parse(row, index) {
      if (quick !== null && isPlainObject(row)) {
        const record = quick.row(row);
        if (record !== undefined) return { ok: true, record };
      }
      if (!isPlainObject(row)) {
        const message = `a row must be an object with a value per column, got ${describeValue(row)}`;
        if (onInvalid === "throw") throw new KpiInputError({ kpi, field: "rows", index, value: row, expected: "an object with a value per column" });
        return { ok: false, issues: [{ field: "", value: row, message, path: [] }] };
      }
      const input = build(row);
      const result = schema.safeParse(input, { error: errorMap });
      if (result.success) return { ok: true, record: result.data };
      const issues = result.error.issues.map((zi) => issueOf(row, input, zi));
      if (onInvalid === "throw") {
        const [first, zi] = [issues[0] as RecordIssue, result.error.issues[0] as z.core.$ZodIssue];
        const column = first.column === undefined || first.column === first.field ? "" : ` (column ${JSON.stringify(first.column)})`;
        const more = issues.length > 1 ? `; the row has ${issues.length} issues: ${issues.map((i) => i.message).join("; ")}` : "";
        const id = input["id"];
        const recordId = typeof id === "string" || typeof id === "number" ? id : undefined;
        throw new KpiInputError({ kpi, field: first.field || "rows", index, recordId, value: first.value, expected: `${zi.message}${column}${more}` });
      }
      return { ok: false, issues };
    },
  };
}
