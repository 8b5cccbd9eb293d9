/**
 * Column mappings: where each record field is read from and how its cells are written (a date
 * layout, a decimal comma, a unit, clock text, a time in another column, translated values, or
 * one value for every row). Checked once, up front: an unknown field, a bad unit or layout, or a
 * column the rows do not have is an error, not a rejected row per line. Each field gets one
 * compiled reader of its cells, shared by the zod path and the fast path of the row parser.
 *
 * @module
 */
import type * as z from "zod";
import { fail, isPlainObject } from "../../_lib/check.js";
import { DAY_MS } from "../../_lib/time/civil.js";
import type { RecordSchema } from "../types.js";
import { formatReader, instantOf, TIME_OF_DAY, type DateReader } from "./datePattern.js";
import { blank, fieldKinds, toNumber, type FieldInfo } from "./fields.js";
import { durationTextReader, numberReader, THOUSANDS_SEPARATORS, type DecimalSeparator } from "./numberText.js";

/** Units of durations given as numbers; the record holds milliseconds. */
export const DURATION_UNITS = { ms: 1, seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;
/** Units of durations given as clock text. */
const CLOCK_UNITS = ["h:mm:ss", "mm:ss"] as const;

/** A cell that could not be read as the mapping says it is written: what was expected, and the cell. */
export class Unreadable {
  constructor(
    readonly expected: string,
    readonly value: unknown,
  ) {}
}

/**
 * The value a field gets from the cells of its columns (`undefined` where a column is absent):
 * the value for the schema, `undefined` for a missing one, or {@link Unreadable}.
 */
export type Prepare = (first: unknown, second: unknown) => unknown;

/** Where one field comes from. */
export interface FieldSource {
  readonly field: string;
  /** The columns it reads (0: a constant; 2: a date and a time of day); the first is the one named in messages. */
  readonly columns: readonly string[];
  /** The column named in messages (`undefined` for a constant). */
  readonly column: string | undefined;
  /** Whether the mapping named the columns (only those are checked against the rows' columns). */
  readonly mapped: boolean;
  /** How the cells become the field's value; `null`: the cell of its one column, as it is. */
  readonly prepare: Prepare | null;
}

/** The reader options that apply to every field without its own setting. */
export interface ReadDefaults {
  /** The zone of wall times (checked). */
  readonly timeZone: string;
  /** The layout of every timestamp without its own `format`. */
  readonly dateFormat: string | undefined;
  readonly decimal: DecimalSeparator | undefined;
  readonly thousands: string | undefined;
}

/** Names for a message (columns, fields, units): the first 60, quoted, then how many there are in all. */
export const columnsText = (names: readonly string[]): string => {
  const shown = names.slice(0, 60).map((n) => JSON.stringify(n)).join(", ");
  return names.length > 60 ? `${shown} … (${names.length} in all)` : shown;
};

const ENTRY_KEYS = new Set(["column", "unit", "values", "format", "time", "timeFormat", "decimal", "thousands"]);
const ENTRY_EXPECTED = "a column name, { column, unit?, values?, format?, time?, timeFormat?, decimal?, thousands? }, or { value }";

/** Source value → record value, matched as text: exactly first, else ignoring case and surrounding spaces. */
function translator(kpi: string, field: string, values: Readonly<Record<string, unknown>>): (v: unknown) => unknown {
  const folded = new Map<string, unknown>();
  for (const [key, to] of Object.entries(values)) {
    const k = key.trim().toLowerCase();
    if (folded.has(k) && folded.get(k) !== to) fail(kpi, `mapping.${field}.values`, values, `translations whose keys differ other than in case and spaces ("${key}" and another say different things)`);
    folded.set(k, to);
  }
  return (v) => {
    if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return v;
    const key = String(v);
    if (Object.hasOwn(values, key)) return values[key] ?? undefined;
    const k = key.trim().toLowerCase();
    return folded.has(k) ? folded.get(k) ?? undefined : v;
  };
}

/** A timestamp cell read by `read` (`format` names the layout in messages), as a `Date`; other values for the schema. */
function timestampOf(read: DateReader, format: string, timeZone: string): (v: unknown) => unknown {
  const expected = `a timestamp written as ${JSON.stringify(format)}`;
  return (v) => {
    if (v instanceof Date || blank(v) === undefined) return v;
    if (typeof v !== "string" && typeof v !== "number") return new Unreadable(expected, v);
    const wall = read(typeof v === "string" ? v : String(v)); // readers allow spaces around
    return wall === null ? new Unreadable(expected, v) : new Date(instantOf(wall, timeZone));
  };
}

/** A date cell and a time-of-day cell as one `Date`: the date by `dateRead` (its time must be midnight), the time of day by `timeRead`. */
function joined(dateRead: DateReader, timeRead: DateReader, formats: string, timeZone: string): Prepare {
  const expected = `a date and a time of day written as ${formats}`;
  const part = (read: DateReader, v: unknown): number | null => {
    if (typeof v !== "string" && typeof v !== "number") return null;
    const wall = read(String(v).trim());
    return wall === null || wall.offsetMs !== null ? null : wall.localMs;
  };
  return (date, time) => {
    if (blank(date) === undefined) return undefined;
    const day = part(dateRead, date);
    if (day === null || day % DAY_MS !== 0) return new Unreadable(expected, date);
    if (blank(time) === undefined) return new Date(instantOf({ localMs: day, offsetMs: null }, timeZone));
    const clock = part(timeRead, time);
    if (clock === null || clock < 0 || clock >= DAY_MS) return new Unreadable(expected, time);
    return new Date(instantOf({ localMs: day + clock, offsetMs: null }, timeZone));
  };
}

/** The reader of a time-of-day column: its `timeFormat`, Excel day fractions with `format: "excel"`, else the usual layouts. */
function timeOfDay(timeFormat: unknown, format: string | undefined, kpi: string, field: string): DateReader {
  if (timeFormat !== undefined) {
    if (typeof timeFormat !== "string" || timeFormat.length === 0) fail(kpi, `mapping.${field}.timeFormat`, timeFormat, "a date-fns pattern of a time of day, such as \"h:mm a\"");
    return formatReader(timeFormat, kpi, `mapping.${field}.timeFormat`);
  }
  if (format !== "excel") return TIME_OF_DAY;
  const serial = formatReader("excel", kpi, `mapping.${field}.format`);
  return (text) => {
    const wall = serial(text);
    // the time of the serial's day (Excel's day 0 is in 1899: before the epoch, below zero)
    return wall === null ? null : { localMs: ((wall.localMs % DAY_MS) + DAY_MS) % DAY_MS, offsetMs: null };
  };
}

/** A number cell as its declaration says it is written, in words; `undefined` without a declaration. */
function describeNumber(unit: unknown, decimal: unknown, thousands: unknown): string | undefined {
  if (unit === undefined && decimal === undefined && thousands === undefined) return undefined;
  if (unit === "h:mm:ss" || unit === "mm:ss") return `a duration written as ${unit}${decimal === "," ? " (decimal comma)" : ""}`;
  const what = unit === undefined ? "a number" : `a number of ${unit}`;
  const separators = [decimal === undefined ? "" : `decimal ${JSON.stringify(decimal)}`, thousands === undefined ? "" : `thousands ${JSON.stringify(thousands)}`].filter((x) => x !== "");
  return separators.length === 0 ? what : `${what} written with ${separators.join(" and ")}`;
}

/** The reader of one field's cells, or `null` when the cell goes to the schema as it is. */
function compile(kpi: string, field: string, info: FieldInfo | undefined, entry: Readonly<Record<string, unknown>>, d: ReadDefaults): Prepare | null {
  const steps: ((v: unknown) => unknown)[] = [];
  const where = `mapping.${field}`;
  const { values, unit, format, time, timeFormat } = entry;
  if (values !== undefined) {
    if (!isPlainObject(values)) fail(kpi, `${where}.values`, values, "an object from source values to record values");
    steps.push(translator(kpi, field, values));
  }
  const isTimestamp = info?.kind === "timestamp";
  const isNumber = info?.kind === "number";
  const isDuration = isNumber && info.duration === true;
  if (unit !== undefined) {
    const known = typeof unit === "string" && (Object.hasOwn(DURATION_UNITS, unit) || (CLOCK_UNITS as readonly string[]).includes(unit));
    if (!known) fail(kpi, `${where}.unit`, unit, `one of ${columnsText([...Object.keys(DURATION_UNITS), ...CLOCK_UNITS])}`);
    if (!isDuration) fail(kpi, `${where}.unit`, unit, "absent: a unit applies to duration fields only (firstResponseMs, waitMs …)");
  }
  for (const key of ["format", "time", "timeFormat"] as const) {
    if (entry[key] !== undefined && !isTimestamp) fail(kpi, `${where}.${key}`, entry[key], "absent: a date layout applies to timestamp fields only (createdAt, resolvedAt …)");
  }
  const decimal = entry["decimal"] ?? d.decimal;
  const thousands = entry["thousands"] ?? d.thousands;
  for (const key of ["decimal", "thousands"] as const) {
    if (entry[key] !== undefined && !isNumber) fail(kpi, `${where}.${key}`, entry[key], "absent: separators apply to number fields only");
  }
  if (isNumber) {
    if (decimal !== undefined && decimal !== "." && decimal !== ",") fail(kpi, `${where}.decimal`, decimal, '"." or ","');
    const declared = describeNumber(unit, decimal, thousands);
    const thousandsField = entry["thousands"] === undefined ? "options.thousands" : `${where}.thousands`;
    if (thousands !== undefined && !(THOUSANDS_SEPARATORS as readonly unknown[]).includes(thousands)) fail(kpi, thousandsField, thousands, `one of ${columnsText(THOUSANDS_SEPARATORS)}`);
    if (thousands !== undefined && thousands === (decimal ?? ".")) fail(kpi, thousandsField, thousands, `a separator other than the decimal one (${JSON.stringify(decimal ?? ".")}${decimal === undefined ? ", the default: give decimal \",\" too" : ""})`);
    if (unit === "h:mm:ss" || unit === "mm:ss") {
      steps.push(durationTextReader(unit, (decimal ?? ".") as DecimalSeparator));
    } else {
      if (decimal !== undefined || thousands !== undefined) {
        const separators = { ...(decimal === undefined ? {} : { decimal: decimal as DecimalSeparator }), ...(thousands === undefined ? {} : { thousands: thousands as string }) };
        steps.push(numberReader(separators, kpi, entry["decimal"] === undefined ? "options.decimal" : `${where}.decimal`));
      }
      if (unit !== undefined) {
        const factor = DURATION_UNITS[unit as keyof typeof DURATION_UNITS];
        const read = decimal !== undefined || thousands !== undefined ? (v: unknown) => v : toNumber; // (read above with its separators)
        steps.push((v) => {
          const n = read(v);
          return typeof n === "number" ? n * factor : n;
        });
      }
    }
    // text the declaration does not read is refused as such (never read another way by the schema)
    if (declared !== undefined) steps.push((v) => (typeof v === "string" && blank(v) !== undefined ? new Unreadable(declared, v) : v));
  }
  const layout = format ?? d.dateFormat;
  if (layout !== undefined && typeof layout !== "string") fail(kpi, `${where}.format`, layout, 'a date-fns pattern ("M/d/yyyy H:mm"), "excel", "unix" or "unix-ms"');
  if (isTimestamp && time !== undefined) {
    if (typeof time !== "string" || time.length === 0) fail(kpi, `${where}.time`, time, "the column of the time of day");
    const dateRead = layout === undefined ? formatReader("yyyy-MM-dd", kpi) : formatReader(layout, kpi, format === undefined ? "options.dateFormat" : `${where}.format`);
    const timeRead = timeOfDay(timeFormat, layout, kpi, field);
    const formats = `${JSON.stringify(layout ?? "yyyy-MM-dd")} and ${timeFormat === undefined ? "H:mm[:ss]" : JSON.stringify(timeFormat)}`;
    const both = joined(dateRead, timeRead, formats, d.timeZone);
    if (steps.length === 0) return both;
    return (date, clock) => both(run(steps, date), clock);
  }
  if (isTimestamp && layout !== undefined) {
    steps.push(timestampOf(formatReader(layout, kpi, format === undefined ? "options.dateFormat" : `${where}.format`), layout, d.timeZone));
  }
  if (steps.length === 0) return null;
  return (v) => run(steps, v);
}

/** `v` through each step; an unreadable value stops there. */
function run(steps: readonly ((v: unknown) => unknown)[], v: unknown): unknown {
  let out = v;
  for (const step of steps) {
    if (out instanceof Unreadable) return out;
    out = step(out);
  }
  return out;
}

/** Resolves the mapping against the schema's fields: one source per field. Throws on a bad mapping. */
export function resolveMapping(kpi: string, schema: RecordSchema, mapping: unknown, defaults: ReadDefaults): FieldSource[] {
  // RecordSchema (a ZodObject of any shape) types each field as `any`; zod's shape type says what
  // each one is: a field schema, the object `fieldKinds` is keyed by.
  const shape: z.core.$ZodShape = schema.shape;
  const fields = Object.keys(shape);
  if (mapping !== undefined && !isPlainObject(mapping)) fail(kpi, "mapping", mapping, "an object from record fields to source columns");
  const m = (mapping ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (!Object.hasOwn(shape, key)) fail(kpi, `mapping.${key}`, key, `a field of the schema (${columnsText(fields)})`);
  }
  return Object.entries(shape).map(([field, fieldSchema]): FieldSource => {
    const info = fieldKinds.get(fieldSchema);
    const entry = m[field];
    if (entry === undefined) {
      // the field's own column, read with the reader's defaults (a date layout, a decimal comma)
      const prepare = compile(kpi, field, info, {}, defaults);
      return { field, columns: [field], column: field, mapped: false, prepare };
    }
    if (typeof entry === "string" && entry.length > 0) return { field, columns: [entry], column: entry, mapped: true, prepare: compile(kpi, field, info, {}, defaults) };
    if (!isPlainObject(entry)) fail(kpi, `mapping.${field}`, entry, ENTRY_EXPECTED);
    if (Object.hasOwn(entry, "value")) {
      // one value for every row (a survey file without a type column)
      if (Object.keys(entry).length > 1) fail(kpi, `mapping.${field}`, entry, "{ value } alone: a constant reads no column");
      const value = entry["value"];
      return { field, columns: [], column: undefined, mapped: true, prepare: () => value };
    }
    const column = entry["column"];
    if (typeof column !== "string" || column.length === 0) fail(kpi, `mapping.${field}`, entry, ENTRY_EXPECTED);
    for (const key of Object.keys(entry)) if (!ENTRY_KEYS.has(key)) fail(kpi, `mapping.${field}.${key}`, entry[key], `a key of a mapping entry (${[...ENTRY_KEYS].join(", ")})`);
    const time = entry["time"];
    const columns = info?.kind === "timestamp" && typeof time === "string" && time.length > 0 ? [column, time] : [column];
    return { field, columns, column, mapped: true, prepare: compile(kpi, field, info, entry, defaults) };
  });
}

/** Throws when the mapping names a column that is not among `columns`. */
export function checkColumns(kpi: string, sources: readonly FieldSource[], columns: readonly string[]): void {
  const have = new Set(columns);
  for (const s of sources) {
    if (!s.mapped) continue;
    for (const c of s.columns) if (!have.has(c)) fail(kpi, `mapping.${s.field}${c === s.column ? "" : ".time"}`, c, `a column of the rows (${columnsText(columns)})`);
  }
}
