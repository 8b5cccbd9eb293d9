/**
 * The row parser shared by `parseRecords` and the Node readers: mapping, units, value
 * translation, time zone, then the schema; every issue of a row, named by field and column.
 *
 * @module
 */
import type * as z from "zod";
import { checkList, checkOneOf, fail, isPlainObject } from "../_lib/check.js";
import { detach } from "../_lib/text.js";
import { describeValue, KpiInputError } from "../errors.js";
import { checkTimeZone } from "../_lib/time/zone.js";
import type { OnInvalid, ParseOptions, RecordIssue, RecordSchema } from "./types.js";
import { fastRows } from "./_lib/fast.js";
import { blank, REQUIRED } from "./_lib/fields.js";
import { localizer } from "./_lib/localize.js";
import { checkColumns, columnsText, resolveMapping, Unreadable, type FieldSource } from "./_lib/mapping.js";
import { scaledSchema } from "./_lib/scales.js";

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
 * The `keep` option checked: columns to copy onto each record under their own names, none of
 * them a field of the schema (that one is mapped, not kept), each named once.
 */
function keptColumns(kpi: string, schema: RecordSchema, keep: unknown): readonly string[] {
  if (keep === undefined) return [];
  const list = checkList(kpi, "options.keep", keep, "a list of column names");
  const seen = new Set<string>();
  list.forEach((c: unknown, i) => {
    if (typeof c !== "string" || c.length === 0) fail(kpi, `options.keep[${i}]`, c, "a column name (a non-empty string)");
    if (Object.hasOwn(schema.shape, c) || c === "__proto__") fail(kpi, `options.keep[${i}]`, c, "a column that is not a field of the schema (map that field instead)");
    if (seen.has(c)) fail(kpi, `options.keep[${i}]`, c, "a column named once");
    seen.add(c);
  });
  return list as string[];
}

/** A kept cell as the record holds it: text trimmed, typed values as they are; blank is missing (`undefined`). */
function keptValue(cell: unknown): unknown {
  if (typeof cell === "string") {
    const text = cell.trim();
    return text === "" ? undefined : text;
  }
  return cell === null ? undefined : cell;
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
  const { dateFormat, decimal, thousands } = options;
  if (dateFormat !== undefined && (typeof dateFormat !== "string" || dateFormat.length === 0)) fail(kpi, "options.dateFormat", dateFormat, 'a date-fns pattern ("M/d/yyyy H:mm"), "excel", "unix" or "unix-ms"');
  if (decimal !== undefined && decimal !== "." && decimal !== ",") fail(kpi, "options.decimal", decimal, '"." or ","');
  if (thousands !== undefined && typeof thousands !== "string") fail(kpi, "options.thousands", thousands, "a thousands separator such as \".\" or \" \"");
  const keep = keptColumns(kpi, schema, options.keep);
  // the schema on the reader's survey scales, and the step that reads good/bad words as scores
  const { schema: scaled, step } = scaledSchema(kpi, schema, options.csatScale, options.cesScale);
  const sources = resolveMapping(kpi, scaled, options.mapping, { timeZone, dateFormat, decimal, thousands });
  const byField = new Map<PropertyKey, FieldSource>(sources.map((s) => [s.field, s]));
  const localize = localizer(scaled, timeZone);
  const quick = fast ? fastRows<z.output<S>>(scaled, sources, timeZone) : null;

  const issueOf = (row: Record<string, unknown>, input: unknown, zi: z.core.$ZodIssue): RecordIssue => {
    const path = zi.path;
    const source = byField.get(path[0] ?? "");
    const field = path.map(String).join(".");
    const column = source?.column;
    const value = column !== undefined && path.length === 1 ? row[column] : valueAt(input, path);
    const where = column === undefined || column === field ? field : `${field} (column ${JSON.stringify(column)})`;
    const message =
      zi.message === REQUIRED ? `${where} is required`
      : value === undefined ? `${where} is required: ${zi.message}`
      : `${where} must be ${zi.message}, got ${describeValue(value)}`;
    return column === undefined ? { field, value, message, path } : { field, column, value, message, path };
  };

  /** The schema's input of a row, and the fields whose cells could not be read as the mapping says. */
  const build = (row: Record<string, unknown>): { input: Record<string, unknown>; unreadable: [FieldSource, Unreadable][] | undefined } => {
    const input: Record<string, unknown> = {};
    let unreadable: [FieldSource, Unreadable][] | undefined;
    for (const s of sources) {
      const [first, second] = s.columns;
      if (first !== undefined && !Object.hasOwn(row, first)) continue; // an absent column: a missing field
      let v = first === undefined ? undefined : row[first];
      if (s.prepare !== null) v = s.prepare(v, second === undefined ? undefined : row[second]);
      if (v instanceof Unreadable) (unreadable ??= []).push([s, v]);
      else if (blank(v) !== undefined) input[s.field] = v; // a missing value leaves the field out
    }
    step?.(input);
    return { input: (localize?.(input) ?? input) as Record<string, unknown>, unreadable };
  };

  const unreadableIssue = (s: FieldSource, u: Unreadable): RecordIssue => {
    const where = s.column === undefined || s.column === s.field ? s.field : `${s.field} (column ${JSON.stringify(s.column)})`;
    const message = `${where} must be ${u.expected}, got ${describeValue(u.value)}`;
    return s.column === undefined ? { field: s.field, value: u.value, message, path: [s.field] } : { field: s.field, column: s.column, value: u.value, message, path: [s.field] };
  };

  /** The record with the kept columns' cells of `row` on it. */
  const withKept = (record: z.output<S>, row: Readonly<Record<string, unknown>>): z.output<S> => {
    for (const column of keep) {
      const v = Object.hasOwn(row, column) ? keptValue(row[column]) : undefined;
      if (v !== undefined) (record as Record<string, unknown>)[column] = v;
    }
    return record;
  };

  return {
    onInvalid,
    checkColumns(columns) {
      checkColumns(kpi, sources, columns);
      const have = new Set(columns);
      keep.forEach((c, i) => have.has(c) || fail(kpi, `options.keep[${i}]`, c, `a column of the rows (${columnsText(columns)})`));
    },
    cells(columns) {
      const read = quick?.cells(columns) ?? null;
      if (read === null || keep.length === 0) return read;
      const at = keep.map((c) => columns.indexOf(c));
      return (cells) => {
        const record = read(cells) as Record<string, unknown> | undefined;
        if (record === undefined) return undefined;
        keep.forEach((column, i) => {
          const v = keptValue(cells[at[i] as number]);
          if (v !== undefined) record[column] = typeof v === "string" ? detach(v) : v;
        });
        return record as z.output<S>;
      };
    },
    parse(row, index) {
      if (quick !== null && isPlainObject(row)) {
        const record = quick.row(row);
        if (record !== undefined) return { ok: true, record: keep.length === 0 ? record : withKept(record, row) };
      }
      if (!isPlainObject(row)) {
        const message = `a row must be an object with a value per column, got ${describeValue(row)}`;
        if (onInvalid === "throw") throw new KpiInputError({ kpi, field: "rows", index, value: row, expected: "an object with a value per column" });
        return { ok: false, issues: [{ field: "", value: row, message, path: [] }] };
      }
      const { input, unreadable } = build(row);
      const result = scaled.safeParse(input, { error: errorMap });
      if (result.success && unreadable === undefined) return { ok: true, record: withKept(result.data as z.output<S>, row) };
      // every issue of the row: the cells the mapping could not read, then zod's about the others
      const skip = new Set(unreadable?.map(([s]) => s.field));
      const issues = [
        ...(unreadable ?? []).map(([s, u]) => unreadableIssue(s, u)),
        ...(result.success ? [] : result.error.issues.filter((zi) => !skip.has(String(zi.path[0]))).map((zi) => issueOf(row, input, zi))),
      ];
      if (onInvalid === "throw") {
        const first = issues[0] as RecordIssue;
        const own = unreadable?.[0]?.[1].expected ?? (result.success ? "" : (result.error.issues.find((zi) => !skip.has(String(zi.path[0]))) as z.core.$ZodIssue).message);
        const column = first.column === undefined || first.column === first.field ? "" : ` (column ${JSON.stringify(first.column)})`;
        const more = issues.length > 1 ? `; the row has ${issues.length} issues: ${issues.map((i) => i.message).join("; ")}` : "";
        const id = input["id"];
        const recordId = typeof id === "string" || typeof id === "number" ? id : undefined;
        throw new KpiInputError({ kpi, field: first.field || "rows", index, recordId, value: first.value, expected: `${own}${column}${more}` });
      }
      return { ok: false, issues };
    },
  };
}
