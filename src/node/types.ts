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
  /**
   * The 1-based row of an `.xlsx` sheet that holds the header, when rows above it hold other
   * things (Zammad's report: a title in row 1, the header in row 3). Rows above it are not read
   * and not counted. Default: the sheet's first non-empty row. Allowed for `.xlsx` only.
   */
  readonly headerRow?: number | undefined;
  /**
   * Lines an export adds to its rows to say something about them (Zammad's closing
   * `Timezone: Europe/Berlin`, Chatwoot's `Reporting period …`): a row whose only non-empty cell
   * is its first and whose text matches one of these patterns is such a note. A note is not a row
   * (not counted in `counts`, never rejected) and is listed, with its line, in the reader's
   * `notes`. CSV, TSV and `.xlsx` only; none by default.
   */
  readonly notes?: readonly RegExp[] | undefined;
}

/**
 * A line an export added to its rows, read as a note (see {@link ReadOptions.notes}).
 *
 * @category Readers
 */
export interface ReadNote {
  /** The 1-based line (CSV) or sheet row (.xlsx). */
  readonly line: number;
  /** Its text. */
  readonly text: string;
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
  /** The export's note lines (see {@link ReadOptions.notes}), which are not rows. */
  readonly notes: ReadNote[];
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
  /** The export's note lines so far (see {@link ReadOptions.notes}): not rows, not counted. */
  readonly notes: readonly ReadNote[];
  /** Whether the source was read to its end. */
  readonly done: boolean;
  /** Reads everything into memory: for small files. */
  collect(): Promise<ReadResult<T>>;
}

export type { Format };
