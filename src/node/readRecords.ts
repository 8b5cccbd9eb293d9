/**
 * readRecords: streaming, validated records from a CSV, TSV, NDJSON, JSON, .xlsx or Parquet file or stream.
 *
 * @module
 */
import type * as z from "zod";
import { checkOneOf, fail, isPlainObject } from "../_lib/check.js";
import { isKpiInputError, KpiInputError } from "../errors.js";
import { detach } from "../_lib/text.js";
import { createRowParser } from "../schemas/rowParser.js";
import type { ParseOptions, RecordCounts, RecordSchema, RejectedRow } from "../schemas/types.js";
import { columnJoiner, csvBatches, toRow } from "./_lib/csv.js";
import { jsonArrayRows } from "./_lib/json.js";
import { ndjsonRows } from "./_lib/ndjson.js";
import { parquetRows } from "./_lib/parquet.js";
import { xlsxRows } from "./_lib/xlsx.js";
import { noteTest, rowNote, sameLine, type LineOf, type RawRow } from "./_lib/rows.js";
import { checkPath, formatOf, pathOf, textChunks } from "./source.js";
import type { ReadNote, ReadOptions, ReadRejectedRow, ReadResult, RecordReader, RecordSource } from "./types.js";


const KPI = "readRecords";
const FORMATS = ["csv", "tsv", "ndjson", "json", "xlsx", "parquet"] as const;
const FORMAT_LIST = '"csv", "tsv", "ndjson", "json", "xlsx" or "parquet"';
const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  typeof v === "object" && v !== null && typeof (v as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === "function";

/**
 * Reads records from a file or a stream, one at a time, in constant memory: an async iterable
 * of validated records, with the counts and the rejected rows (each with its line) at the end.
 *
 * @remarks
 * The format comes from the extension (`.csv`, `.tsv`, `.ndjson`, `.jsonl`, `.json`, `.xlsx`,
 * `.parquet`) or from `format`, which a stream needs. CSV is read as csv-parse reads it (a
 * tokenizer of our own that gives the same records, several times faster; csv-parse itself for
 * a delimiter of several characters): quoted fields with embedded delimiters and newlines, CRLF,
 * a BOM; the delimiter (`,` `;` or tab) is detected from the header line unless `delimiter` is
 * given (TSV: tab). NDJSON is read line by line (blank lines skipped); a JSON file must be one
 * array, split element by element as it arrives. Text files and streams of bytes are UTF-8, or
 * UTF-16 when a byte-order mark says so (the mark dropped). An Excel workbook is read as a
 * stream, one sheet (`sheet`, default the first) with its first non-empty row as the header (or
 * row `headerRow`, when a title is above it: rows above are not read) and the sheet's row
 * numbers as lines; a cell typed as a date is the wall time it shows, read in `timeZone`, and
 * one typed as a time or a duration is its `H:MM:SS.mmm` text. A Parquet file (from a path only)
 * is read one row group at a time, values as typed (a TIMESTAMP without time zone read in
 * `timeZone`, a DATE as `YYYY-MM-DD`). The spreadsheet and Parquet libraries (exceljs,
 * hyparquet) are loaded only when such a file is read. Rows are then mapped and validated as
 * `parseRecords` (servicekpi/schemas) does, with the same `mapping`, `timeZone`, `onInvalid` and
 * `columns` (by default the CSV or sheet header, the Parquet columns, or the keys of the first
 * JSON row), and the same fast path for valid rows of the library's schemas. Cost: O(size of
 * the source); a few µs per CSV row of tickets.
 *
 * Nothing is dropped silently: `counts.rows === counts.records + counts.rejected`. Lines an
 * export adds to its rows (a closing `Timezone: Europe/Berlin`) are read as notes when `notes`
 * has patterns for them: a CSV, TSV or sheet row whose only non-empty cell is its first and
 * matches one is listed in the reader's `notes` with its line, and is not a row. A row that
 * cannot be read as one (a CSV line with the wrong number of fields, an element or line that is
 * not JSON or is nested deeper than 256 levels) is rejected like an invalid one, with its line
 * and the reason. With `"collect"`
 * (default) rejected rows are kept in `rejected` (memory grows with their number); with
 * `"skip"` they are only counted. A reader can be iterated once; breaking out of the loop closes
 * the file.
 *
 * @param source - A path, a `file:` URL, or a readable stream (any async iterable of strings or bytes).
 * @param options - `schema` (required), `format`, `delimiter`, `sheet`, `headerRow`, `duplicateColumns`, `notes`, and the options of `parseRecords` (servicekpi/schemas).
 * @returns A {@link RecordReader}: iterate it with `for await`, or `await reader.collect()`.
 * @throws `KpiInputError` (synchronously) for bad options or a format that cannot be told;
 *   while reading, `KpiInputError` for a mapping naming a missing column or, with
 *   `onInvalid: "throw"`, the first invalid row; {@link ReadRecordsError} when the source cannot be
 *   read as a whole (an unreadable path, bytes that are not UTF-8 or UTF-16 with its mark, an
 *   unclosed quote at the end, a broken JSON array, a file that is not a workbook or not
 *   Parquet, a `sheet` the workbook does not have).
 *
 * @example
 * ```ts
 * const reader = readRecords("tickets.csv", {
 *   schema: ticketSchema,
 *   mapping: { id: "ticket_id", createdAt: "created_date" },
 * });
 * for await (const ticket of reader) console.log(ticket.id, ticket.createdAt.toISOString());
 * reader.counts; // { rows: 2, records: 2, rejected: 0 }
 * ```
 * @category Readers
 */
export function readRecords<S extends RecordSchema>(source: RecordSource, options: ReadOptions<S>): RecordReader<z.output<S>> {
  return readRecordsOf(source, options, sameLine);
}

/**
 * {@link readRecords}, reporting every line (of rejected rows, messages and errors) as
 * `lineOf` makes it (internal: a worker reading a chunk of a file reports the file's lines).
 */
export function readRecordsOf<S extends RecordSchema>(source: RecordSource, options: ReadOptions<S>, lineOf: LineOf): RecordReader<z.output<S>> {
  if (!isPlainObject(options)) fail(KPI, "options", options, "an options object with a schema");
  const { schema, delimiter } = options;
  if (!isPlainObject(schema) || typeof schema.safeParse !== "function" || !isPlainObject(schema.shape)) {
    fail(KPI, "options.schema", schema, "a zod object schema such as ticketSchema");
  }
  const path = pathOf(source);
  if (path === undefined && !isAsyncIterable(source)) fail(KPI, "source", source, "a path, a file URL or a readable stream");
  const format = options.format === undefined && path !== undefined ? formatOf(path) : options.format;
  if (format === undefined) {
    fail(KPI, "options.format", options.format, path === undefined ? `the format of the stream: ${FORMAT_LIST}` : `${FORMAT_LIST} (the extension of ${path} does not tell)`);
  }
  checkOneOf(KPI, "options.format", format, FORMATS);
  if (format === "parquet" && path === undefined) fail(KPI, "options.format", format, "a path for a Parquet file (it is read from its end: a stream cannot be)");
  const { sheet } = options;
  if (sheet !== undefined && format !== "xlsx") fail(KPI, "options.sheet", sheet, "absent: a sheet applies to .xlsx workbooks only");
  if (sheet !== undefined && !(typeof sheet === "string" ? sheet.trim() !== "" : Number.isInteger(sheet) && sheet >= 1)) {
    fail(KPI, "options.sheet", sheet, "a sheet name or a 1-based sheet number");
  }
  if (delimiter !== undefined && (typeof delimiter !== "string" || delimiter.length === 0)) fail(KPI, "options.delimiter", delimiter, 'a non-empty string such as ";"');
  const { headerRow, notes: notePatterns } = options;
  if (headerRow !== undefined && format !== "xlsx") fail(KPI, "options.headerRow", headerRow, "absent: a header row applies to .xlsx workbooks only (a CSV's header is its first line)");
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1)) fail(KPI, "options.headerRow", headerRow, "the 1-based row of the sheet that holds the header");
  if (notePatterns !== undefined) {
    if (!Array.isArray(notePatterns)) fail(KPI, "options.notes", notePatterns, "a list of regular expressions");
    if (format !== "csv" && format !== "tsv" && format !== "xlsx") fail(KPI, "options.notes", notePatterns, "absent: note lines apply to CSV, TSV and .xlsx files only");
    for (let i = 0; i < notePatterns.length; i++) if (!(notePatterns[i] instanceof RegExp)) fail(KPI, "options.notes", notePatterns[i], "a regular expression", i);
  }
  const isNote = noteTest(notePatterns);
  const notes: ReadNote[] = [];
  const duplicateColumns = options.duplicateColumns === undefined ? "refuse" : checkOneOf(KPI, "options.duplicateColumns", options.duplicateColumns, ["refuse", "join"] as const);
  const parser = createRowParser(KPI, schema, options as ParseOptions<z.output<S>>);
  const rejected: ReadRejectedRow[] = [];
  let [rows, records, rejectedCount, started, done] = [0, 0, 0, false, false];

  async function* iterate(): AsyncGenerator<z.output<S>, void, undefined> {
    if (started) fail(KPI, "reader", "iterated twice", "iterated once (call readRecords again to read the source again)");
    started = true;
    let checked = options.columns !== undefined;
    let header: readonly string[] = [];
    // a header naming a column twice (duplicateColumns: "join"): one column per name, cells joined
    let joiner: ReturnType<typeof columnJoiner> = { names: [] };
    const onColumns = (columns: readonly string[]): void => {
      header = columns;
      joiner = columnJoiner(columns);
      if (!checked) parser.checkColumns(joiner.names);
      checked = true;
    };
    if (options.columns !== undefined) parser.checkColumns(options.columns);
    if (path !== undefined) await checkPath(path);
    const chunks = textChunks(source as string | URL | AsyncIterable<unknown>, path, lineOf);
    if (format === "csv" || format === "tsv") {
      let fast: ((cells: readonly string[]) => z.output<S> | undefined) | null | undefined;
      for await (const batch of csvBatches(chunks, delimiter ?? (format === "tsv" ? "\t" : undefined), path, onColumns, lineOf, duplicateColumns)) {
        const columns = header;
        const { names, join } = joiner;
        if (fast === undefined) fast = parser.cells(names);
        for (let i = 0; i < batch.rows.length; i++) {
          const raw = batch.rows[i] as string[];
          const line = batch.lines[i] as number;
          const note = isNote?.(raw);
          if (note !== undefined) {
            notes.push({ line, text: note });
            continue;
          }
          const cells = join === undefined || raw.length !== columns.length ? raw : join(raw);
          const record = raw.length === columns.length ? fast?.(cells) : undefined;
          if (record !== undefined) {
            rows++;
            records++;
            yield record;
            continue;
          }
          const problem =
            raw.length === columns.length ? undefined
            : { expected: `${columns.length} fields, as in the header`, message: `expected ${columns.length} fields, got ${raw.length} (line ${line})` };
          const settled = settle(line, problem === undefined ? toRow(names, cells.map(detach)) : cells.map(detach), problem);
          if (settled !== undefined) yield settled;
        }
      }
    } else {
      // (a JSON array is read whole, never in chunks: its lines are the file's; so are workbooks and Parquet files)
      const raw =
        format === "ndjson" ? ndjsonRows(chunks, lineOf)
        : format === "json" ? jsonArrayRows(chunks, path)
        : format === "xlsx" ? xlsxRows(source as string | AsyncIterable<unknown>, path, { sheet, onColumns, headerRow })
        : parquetRows(path as string, onColumns);
      for await (const { line, row, problem } of raw) {
        if (!checked && isPlainObject(row)) onColumns(Object.keys(row));
        const note = rowNote(isNote, row, header[0]);
        if (note !== undefined) {
          notes.push({ line, text: note });
          continue;
        }
        const settled = settle(line, row, problem);
        if (settled !== undefined) yield settled;
      }
    }
    done = true;
  }

  /** Counts a row read the slow way: its record, or `undefined` when it is rejected (kept with "collect"). */
  function settle(line: number, row: unknown, problem: RawRow["problem"]): z.output<S> | undefined {
    const index = rows++;
    let issues: RejectedRow["issues"];
    if (problem === undefined) {
      const outcome = parseAt(row, index, line);
      if (outcome.ok) {
        records++;
        return outcome.record;
      }
      issues = outcome.issues;
    } else {
      if (parser.onInvalid === "throw") fail(KPI, "rows", row, `${problem.expected} (line ${line})`, index);
      issues = [{ field: "", value: row, message: problem.message, path: [] }];
    }
    rejectedCount++;
    if (parser.onInvalid === "collect") rejected.push({ index, line, row, issues });
    return undefined;
  }

  function parseAt(row: unknown, index: number, line: number): ReturnType<typeof parser.parse> {
    try {
      return parser.parse(row, index);
    } catch (e) {
      if (!isKpiInputError(e)) throw e;
      throw new KpiInputError({ kpi: KPI, field: e.field, index, recordId: e.recordId, value: e.value, expected: `${e.expected} (line ${line})` });
    }
  }

  const reader: RecordReader<z.output<S>> = {
    [Symbol.asyncIterator]: () => iterate(),
    get counts(): RecordCounts {
      return { rows, records, rejected: rejectedCount };
    },
    get rejected() {
      return rejected;
    },
    get notes() {
      return notes;
    },
    get done() {
      return done;
    },
    async collect(): Promise<ReadResult<z.output<S>>> {
      const all: z.output<S>[] = [];
      for await (const record of reader) all.push(record);
      return { records: all, rejected: [...rejected], counts: reader.counts, notes: [...notes] };
    },
  };
  return reader;
}

