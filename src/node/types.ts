/**
 * The types of the Node readers.
 *
 * @module
 */
import type * as z from "zod";
import type { ParseOptions, RecordCounts, RecordSchema, RejectedRow } from "../schemas/types.js";
import type { Format } from "./source.js";

/**
 * What {@link readRecords} reads: a path, a `file:` URL, or a stream of strings or bytes (a
 * Node `Readable`, a web `ReadableStream`, any async iterable).
 *
 * @category Readers
 */
export type RecordSource = string | URL | AsyncIterable<string | Uint8Array>;

/**
 * Options of {@link readRecords}: the schema, the format, the CSV delimiter, and the options of
 * `parseRecords` (`mapping`, `timeZone`, `onInvalid`, `columns`).
 *
 * @category Readers
 */
export interface ReadOptions<S extends RecordSchema> extends ParseOptions<z.output<S>> {
  /** The record schema, e.g. `ticketSchema`. */
  readonly schema: S;
  /**
   * `"csv"`, `"tsv"`, `"ndjson"`, `"json"`, `"xlsx"` or `"parquet"`; default from the file
   * extension; required for a stream (a Parquet file is read from a path only).
   */
  readonly format?: Format | undefined;
  /** The CSV delimiter; default detected from the header line (`,` `;` or tab), tab for TSV. */
  readonly delimiter?: string | undefined;
  /**
   * The sheet of an `.xlsx` workbook to read: its name (any case) or its 1-based position in the
   * workbook; default the first sheet. Allowed for `.xlsx` only. A sheet the workbook does not
   * have is a `ReadRecordsError` that names the sheets it has.
   */
  readonly sheet?: string | number | undefined;
  /**
   * A CSV or TSV header that names a column twice: `"refuse"` it (a `ReadRecordsError`, the
   * default), or `"join"` the columns of one name into one, whose cell is their non-empty cells
   * joined by commas (Jira repeats a many-valued field such as `Labels` once per value).
   */
  readonly duplicateColumns?: "refuse" | "join" | undefined;
}

/**
 * A rejected row with the line of the source where it starts.
 *
 * @category Readers
 */
export interface ReadRejectedRow extends RejectedRow {
  /**
   * The 1-based line where the row starts (a CSV header is line 1); in a workbook the sheet's
   * row number; in a Parquet file the row's 1-based number + 1 (as if it had a header line).
   */
  readonly line: number;
}

/**
 * Everything a reader read, from {@link RecordReader.collect}.
 *
 * @category Readers
 */
export interface ReadResult<T> {
  /** The valid records, in source order. */
  readonly records: T[];
  /** The rejected rows (empty with `onInvalid: "skip"`). */
  readonly rejected: ReadRejectedRow[];
  /** Rows read, records, rejected: `rows === records + rejected`. */
  readonly counts: RecordCounts;
}

/**
 * An async iterable of records that also reports what it read.
 *
 * @category Readers
 */
export interface RecordReader<T> extends AsyncIterable<T> {
  /** Counts so far; final once `done`. */
  readonly counts: RecordCounts;
  /** Rejected rows so far, with their lines (kept with `onInvalid: "collect"`). */
  readonly rejected: readonly ReadRejectedRow[];
  /** Whether the source was read to its end. */
  readonly done: boolean;
  /** Reads everything into memory: for small files. */
  collect(): Promise<ReadResult<T>>;
}

export type { Format };
