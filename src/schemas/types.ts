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
 * Where a field is read from, in full: the source `column`, the `unit` of a duration given as
 * a number in that unit, and `values` to translate source values (`{ Resolved: "solved" }`;
 * a value translated to `null` is missing; values not listed are kept as they are).
 *
 * @category Schemas
 */
export interface ColumnMapping {
  /** The source column (a CSV header cell, a JSON key). */
  readonly column: string;
  /** The unit of the numbers in the column; the record gets milliseconds. */
  readonly unit?: DurationUnit | undefined;
  /** Source value → record value, compared as text (`"1"` and `1` both match the key `"1"`). */
  readonly values?: Readonly<Record<string, string | number | boolean | null>> | undefined;
}

/**
 * A column name (`"Created Date"`) or a {@link ColumnMapping}.
 *
 * @category Schemas
 */
export type FieldMapping = string | ColumnMapping;

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
