/**
 * The types of row parsing: mappings, options, issues, results.
 *
 * @module
 */
import type * as z from "zod";


/**
 * A record schema: a zod object schema, such as {@link ticketSchema} or one extended from it.
 *
 * @category Schemas
 */
export type RecordSchema = z.ZodObject;

/**
 * A CSAT scale as the readers name it: `"1-5"` (default), `"1-10"`, or `"binary"` (good/bad).
 *
 * @category Schemas
 */
export type CsatScaleName = "1-5" | "1-10" | "binary";

/**
 * A CES scale as the readers name it: `"1-7"` agreement (default, higher is easier) or `"1-5"`
 * effort (lower is easier).
 *
 * @category Schemas
 */
export type CesScaleName = "1-7" | "1-5";

/**
 * A JSON Schema document, as {@link toJSONSchema} returns it.
 *
 * @category Schemas
 */
export type JsonSchema = Record<string, unknown>;

/**
 * The unit of a duration given as a number; records hold milliseconds.
 *
 * @category Schemas
 */
export type DurationUnit = "ms" | "seconds" | "minutes" | "hours" | "days";

/**
 * How a duration is written in a column: a number in one of the {@link DurationUnit}s, or clock
 * text, `"h:mm:ss"` (`0:02:23`, `1:02:03.5`) or `"mm:ss"` (`02:23`, `125:07`).
 *
 * @category Schemas
 */
export type DurationWriting = DurationUnit | "h:mm:ss" | "mm:ss";

/**
 * Where a field is read from, in full, and how its cells are written. `column` is the source
 * column; the other keys say how to read it, each allowed only on the fields it applies to (a
 * mapping error otherwise):
 *
 * - `values` (any field): source value → record value (`{ Resolved: "solved" }`), matched as text,
 *   exactly or else ignoring case and surrounding spaces; a value translated to `null` is
 *   missing; values not listed are kept as they are.
 * - `unit` (duration fields: `firstResponseMs`, `waitMs` …): the unit of the numbers, or clock
 *   text (`"h:mm:ss"`); the record gets milliseconds.
 * - `decimal`, `thousands` (number fields): a decimal comma (`","`, `1,5`) and a thousands
 *   separator (`"."`, `1.234,5`), refused in the cells unless declared.
 * - `format` (timestamp fields): a date-fns `parse` pattern (`"M/d/yyyy H:mm"`, `"dd/MM/yy"`), or
 *   `"excel"` (serial day numbers), `"unix"`, `"unix-ms"`; `time`: a column with the time of day
 *   to join to the date in `column` (read as `H:mm[:ss[.SSS]]` or `h:mm[:ss] a`, or by
 *   `timeFormat`, or as Excel day fractions with `format: "excel"`).
 *
 * Times written without an offset are read in the reader's `timeZone`.
 *
 * @category Schemas
 */
export interface ColumnMapping {
  /** The source column (a CSV header cell, a JSON key). */
  readonly column: string;
  /** How the durations in the column are written; the record gets milliseconds. */
  readonly unit?: DurationWriting | undefined;
  /** Source value → record value, compared as text (`"1"` and `1` both match the key `"1"`), case and surrounding spaces aside. */
  readonly values?: Readonly<Record<string, string | number | boolean | null>> | undefined;
  /** The layout of the timestamps: a date-fns pattern, `"excel"`, `"unix"` or `"unix-ms"`. */
  readonly format?: string | undefined;
  /** The column holding the time of day of the date in `column`. */
  readonly time?: string | undefined;
  /** The layout of the `time` column, a date-fns pattern such as `"h:mm a"`. */
  readonly timeFormat?: string | undefined;
  /** The decimal separator of the numbers: `"."` (default) or `","`. */
  readonly decimal?: "." | "," | undefined;
  /** The thousands separator the numbers may have (`.`, `,`, space, `'`, no-break space); none unless declared. */
  readonly thousands?: string | undefined;
}

/**
 * One value for every row, from no column: `{ value: "nps" }` for a survey file without a type
 * column.
 *
 * @category Schemas
 */
export interface ConstantMapping {
  /** The value, read as a cell of the field would be. */
  readonly value: string | number | boolean | null;
}

/**
 * A column name (`"Created Date"`), a {@link ColumnMapping} or a {@link ConstantMapping}.
 *
 * @category Schemas
 */
export type FieldMapping = string | ColumnMapping | ConstantMapping;

/**
 * Record field → source column. A field left out is read from the column with its own name.
 *
 * @category Schemas
 */
export type RecordMapping<T> = { readonly [K in keyof T & string]?: FieldMapping };

/**
 * What to do with a row that fails validation: `"collect"` it with its issues (default),
 * `"skip"` it (counted, not kept) or `"throw"` a `KpiInputError` on the first one.
 *
 * @category Schemas
 */
export type OnInvalid = "collect" | "skip" | "throw";

/**
 * Options of {@link parseRecords}.
 *
 * @category Schemas
 */
export interface ParseOptions<T> {
  /** Record field → source column; see {@link RecordMapping}. */
  readonly mapping?: RecordMapping<T> | undefined;
  /** The IANA time zone of timestamps written without an offset. Default `"UTC"`. */
  readonly timeZone?: string | undefined;
  /** The layout of every timestamp field without its own `format` (a date-fns pattern, `"excel"`, `"unix"`, `"unix-ms"`); default ISO 8601. */
  readonly dateFormat?: string | undefined;
  /** The decimal separator of every number field without its own: `"."` (default) or `","`. */
  readonly decimal?: "." | "," | undefined;
  /** The thousands separator every number field without its own may have; none unless declared. */
  readonly thousands?: string | undefined;
  /**
   * The scale of the CSAT scores (the ticket's `csat`, a csat response's `score`): `"1-5"`
   * (default), `"1-10"`, or `"binary"`: Good and Bad (also true/false, yes/no, 1/0, in any case)
   * become 1 and 0, and Zendesk's Offered, Unoffered and Not Offered are no answer. Give the csat KPI the same
   * scale (`scaleKpiOptions` of `servicekpi/schemas` gives its options). Only with
   * `ticketSchema` and `surveyResponseSchema`.
   */
  readonly csatScale?: CsatScaleName | undefined;
  /**
   * The scale of the CES scores: `"1-7"` agreement, higher is easier (default), or `"1-5"`
   * effort, lower is easier. Give the ces KPI the same scale (`scaleKpiOptions`).
   */
  readonly cesScale?: CesScaleName | undefined;
  /**
   * Columns that are not record fields, copied onto each record under their own names (text
   * trimmed; a blank cell leaves the key out), so that `summarize` can group by them:
   * `keep: ["Product"]`, then `by: ["Product"]`. A column the rows do not have is an error.
   */
  readonly keep?: readonly string[] | undefined;
  /** What to do with invalid rows. Default `"collect"`. */
  readonly onInvalid?: OnInvalid | undefined;
  /**
   * The columns the rows have, against which the mapping is checked. Default: the keys of the
   * first row (give the full list for JSON rows that leave absent keys out).
   */
  readonly columns?: readonly string[] | undefined;
}

/**
 * One problem with one row.
 *
 * @category Schemas
 */
export interface RecordIssue {
  /** The record field, dotted for nested values (`"events.0.at"`); `""` for the row as a whole. */
  readonly field: string;
  /** The source column the field was read from. */
  readonly column?: string | undefined;
  /** The value as the source gave it (`undefined` when the column is absent). */
  readonly value: unknown;
  /** What is wrong, in words, naming the field, the column and the value. */
  readonly message: string;
  /** The path in the record, as zod reports it. */
  readonly path: readonly PropertyKey[];
}

/**
 * A row that failed validation, with every issue it has.
 *
 * @category Schemas
 */
export interface RejectedRow {
  /** The row's position among the rows read, from 0. */
  readonly index: number;
  /** The row as it was read. */
  readonly row: unknown;
  /** Every issue of the row, not just the first. */
  readonly issues: readonly RecordIssue[];
}

/**
 * Rows read, records produced, rows rejected: `rows === records + rejected`, always.
 *
 * @category Schemas
 */
export interface RecordCounts {
  /** Rows read. */
  readonly rows: number;
  /** Rows that became records. */
  readonly records: number;
  /** Rows rejected (kept in `rejected` with `"collect"`, only counted with `"skip"`). */
  readonly rejected: number;
}

/**
 * What {@link parseRecords} returns.
 *
 * @category Schemas
 */
export interface ParseResult<T> {
  /** The valid records, in row order. */
  readonly records: T[];
  /** The invalid rows with their issues (empty with `onInvalid: "skip"`). */
  readonly rejected: RejectedRow[];
  /** The counts. */
  readonly counts: RecordCounts;
}
