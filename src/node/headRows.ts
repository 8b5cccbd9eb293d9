/**
 * The header and the first rows of a file, as its format reader gives them and before any
 * mapping or validation: column → cell (CSV text; JSON, workbook and Parquet values as typed).
 * What `servicekpi init` looks at to propose a mapping.
 *
 * @module
 */
import { isPlainObject } from "../_lib/check.js";
import type { Format } from "./source.js";
import { checkPath, textChunks } from "./source.js";
import { columnJoiner, csvBatches, toRow, type CsvBatch } from "./_lib/csv.js";
import { jsonArrayRows } from "./_lib/json.js";
import { ndjsonRows } from "./_lib/ndjson.js";
import { parquetRows } from "./_lib/parquet.js";
import { noteTest, rowNote, type RawRow } from "./_lib/rows.js";
import { xlsxRows } from "./_lib/xlsx.js";
import type { ReadNote } from "./types.js";

/** The columns of a file and its first rows. */
export interface Head {
  /** The header (CSV, sheet, Parquet), or the keys of the rows read, in order of appearance (JSON). */
  readonly columns: readonly string[];
  /** The first rows, column → cell; rows that cannot be read as rows (a CSV line with the wrong number of fields) are left out. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** How to read a file's head: the sheet and header row of a workbook, a CSV's repeated columns. */
export interface HeadOptions {
  readonly sheet?: string | number | undefined;
  readonly headerRow?: number | undefined;
  readonly duplicateColumns?: "refuse" | "join" | undefined;
}

/**
 * Reads the header and at most `limit` rows of a file in `format` (`sheet`: the sheet of a
 * workbook), then closes it. Errors of the source as a whole are the readers' `ReadRecordsError`s.
 *
 * Cost: O(size of the rows read); the rest of the file is not read.
 */
export async function headRows(path: string, format: Format, options: HeadOptions & { readonly limit: number }): Promise<Head> {
  const { limit } = options;
  await checkPath(path);
  let columns: readonly string[] = [];
  const rows: Record<string, unknown>[] = [];
  const onColumns = (names: readonly string[]): void => {
    columns = names;
  };
  if (format === "csv" || format === "tsv") {
    for await (const batch of fileBatches(path, format, onColumns, options.duplicateColumns)) {
      const { names, join } = columnJoiner(columns);
      for (const cells of batch.rows) if (cells.length === columns.length && rows.length < limit) rows.push(toRow(names, join === undefined ? cells : join(cells)));
      if (rows.length >= limit) break;
    }
    return { columns: columnJoiner(columns).names, rows };
  }
  const chunks = format === "ndjson" || format === "json" ? textChunks(path, path) : undefined;
  const raw: AsyncGenerator<RawRow> =
    format === "ndjson" ? ndjsonRows(chunks as AsyncGenerator<string>)
    : format === "json" ? jsonArrayRows(chunks as AsyncGenerator<string>, path)
    : format === "xlsx" ? xlsxRows(path, path, { sheet: options.sheet, headerRow: options.headerRow, onColumns })
    : parquetRows(path, onColumns);
  const seen = new Set<string>();
  try {
    for await (const { row, problem } of raw) {
      if (rows.length >= limit) break;
      if (problem !== undefined || !isPlainObject(row)) continue;
      rows.push(row);
      for (const key of Object.keys(row)) seen.add(key);
    }
  } finally {
    await raw.return(undefined);
    await chunks?.return(undefined);
  }
  return { columns: format === "ndjson" || format === "json" ? [...seen] : columns, rows };
}

/**
 * The note lines of a CSV, TSV or .xlsx file (see `readRecords`' `notes`): the whole file read,
 * rows not parsed nor kept. What `--preset zammad` reads first, the time zone being named on the
 * workbook's last line. Cost: O(size of the file).
 */
export async function noteLines(path: string, format: Format, options: HeadOptions & { readonly notes: readonly RegExp[] }): Promise<ReadNote[]> {
  const isNote = noteTest(options.notes);
  const found: ReadNote[] = [];
  if (isNote === undefined) return found;
  await checkPath(path);
  let columns: readonly string[] = [];
  const onColumns = (names: readonly string[]): void => {
    columns = names;
  };
  if (format === "csv" || format === "tsv") {
    for await (const batch of fileBatches(path, format, onColumns, options.duplicateColumns)) {
      batch.rows.forEach((cells, i) => {
        const text = isNote(cells);
        if (text !== undefined) found.push({ line: batch.lines[i] as number, text });
      });
    }
    return found;
  }
  if (format !== "xlsx") return found;
  for await (const { line, row } of xlsxRows(path, path, { sheet: options.sheet, headerRow: options.headerRow, onColumns })) {
    const text = rowNote(isNote, row, columns[0]);
    if (text !== undefined) found.push({ line, text });
  }
  return found;
}

/** The batches of a CSV or TSV file, the file closed when they end or the caller stops. */
async function* fileBatches(path: string, format: "csv" | "tsv", onColumns: (names: readonly string[]) => void, duplicates: "refuse" | "join" | undefined): AsyncGenerator<CsvBatch> {
  const chunks = textChunks(path, path);
  try {
    yield* csvBatches(chunks, format === "tsv" ? "\t" : undefined, path, onColumns, undefined, duplicates);
  } finally {
    await chunks.return(undefined);
  }
}
