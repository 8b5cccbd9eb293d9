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
import { columnJoiner, csvBatches, toRow } from "./_lib/csv.js";
import { jsonArrayRows } from "./_lib/json.js";
import { ndjsonRows } from "./_lib/ndjson.js";
import { parquetRows } from "./_lib/parquet.js";
import type { RawRow } from "./_lib/rows.js";
import { xlsxRows } from "./_lib/xlsx.js";

/** The columns of a file and its first rows. */
export interface Head {
  /** The header (CSV, sheet, Parquet), or the keys of the rows read, in order of appearance (JSON). */
  readonly columns: readonly string[];
  /** The first rows, column → cell; rows that cannot be read as rows (a CSV line with the wrong number of fields) are left out. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/**
 * Reads the header and at most `limit` rows of a file in `format` (`sheet`: the sheet of a
 * workbook), then closes it. Errors of the source as a whole are the readers' `ReadRecordsError`s.
 *
 * Cost: O(size of the rows read); the rest of the file is not read.
 */
export async function headRows(path: string, format: Format, options: { readonly limit: number; readonly sheet?: string | number | undefined; readonly duplicateColumns?: "refuse" | "join" | undefined }): Promise<Head> {
  const { limit } = options;
  await checkPath(path);
  let columns: readonly string[] = [];
  const rows: Record<string, unknown>[] = [];
  const onColumns = (names: readonly string[]): void => {
    columns = names;
  };
  if (format === "csv" || format === "tsv") {
    const chunks = textChunks(path, path);
    try {
      for await (const batch of csvBatches(chunks, format === "tsv" ? "\t" : undefined, path, onColumns, undefined, options.duplicateColumns)) {
        const { names, join } = columnJoiner(columns);
        for (const cells of batch.rows) if (cells.length === columns.length && rows.length < limit) rows.push(toRow(names, join === undefined ? cells : join(cells)));
        if (rows.length >= limit) break;
      }
    } finally {
      await chunks.return(undefined);
    }
    return { columns: columnJoiner(columns).names, rows };
  }
  const chunks = format === "ndjson" || format === "json" ? textChunks(path, path) : undefined;
  const raw: AsyncGenerator<RawRow> =
    format === "ndjson" ? ndjsonRows(chunks as AsyncGenerator<string>)
    : format === "json" ? jsonArrayRows(chunks as AsyncGenerator<string>, path)
    : format === "xlsx" ? xlsxRows(path, path, { sheet: options.sheet, onColumns })
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
