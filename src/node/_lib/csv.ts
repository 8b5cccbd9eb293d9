/**
 * CSV and TSV rows through csv-parse's streaming parser: quoted fields, embedded newlines, CRLF,
 * the delimiter detected from the header line. Each row carries the line it starts on; a row
 * with more or fewer fields than the header is a malformed row, not a crash.
 *
 * @module
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { ReadRecordsError } from "../errors.js";
import { countBreaks, type OnColumns, type RawRow } from "./rows.js";

const CANDIDATES = [",", ";", "\t"] as const;

/** The most frequent of `,` `;` and tab outside quotes in the first line; `,` on a tie or none. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
}

/** Leading line breaks (blank lines csv-parse skipped before the record). */
function leadingBreaks(raw: string): number {
  let i = 0;
  while (i < raw.length && (raw[i] === "\n" || raw[i] === "\r")) i++;
  return countBreaks(raw.slice(0, i));
}

/** The row object of a record; a column named `__proto__` is an own key like any other. */
function toRow(columns: readonly string[], record: readonly string[]): Record<string, string> {
  if (columns.includes("__proto__")) return Object.fromEntries(columns.map((c, i) => [c, record[i] as string]));
  const row: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i] as string] = record[i] as string;
  return row;
}

/** Rows of a CSV source as objects keyed by the header. */
export async function* csvRows(chunks: AsyncIterable<string>, delimiter: string | undefined, path: string | undefined, onColumns: OnColumns): AsyncGenerator<RawRow> {
  const it = chunks[Symbol.asyncIterator]();
  const head: string[] = [];
  let seen = "";
  while (!seen.includes("\n")) {
    const next = await it.next();
    if (next.done) break;
    head.push(next.value);
    seen += next.value;
  }
  const firstLine = seen.split("\n", 1)[0] ?? "";
  const parser = parse({ delimiter: delimiter ?? detectDelimiter(firstLine), relax_column_count: true, relax_quotes: true, raw: true, skip_empty_lines: true });
  async function* text(): AsyncGenerator<string> {
    yield* head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  const piped = pipeline(Readable.from(text(), { objectMode: false }), parser);
  piped.catch(() => undefined); // the error reaches the loop below through the parser
  let line = 1;
  let columns: string[] | undefined;
  try {
    for await (const { record, raw } of parser as AsyncIterable<CsvRecord>) {
      const start = line + leadingBreaks(raw);
      line += countBreaks(raw);
      if (columns === undefined) {
        const duplicate = record.find((c, i) => record.indexOf(c) !== i);
        if (duplicate !== undefined) throw new ReadRecordsError(`the header names the column ${JSON.stringify(duplicate)} twice`, { path, line: start });
        columns = record;
        onColumns(columns);
      } else if (record.length !== columns.length) {
        const expected = `${columns.length} fields, as in the header`;
        yield { line: start, row: record, problem: { expected, message: `expected ${columns.length} fields, got ${record.length} (line ${start})` } };
      } else {
        yield { line: start, row: toRow(columns, record) };
      }
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED") {
      throw new ReadRecordsError(`a quoted field opened in the row starting at line ${line} is not closed before the end of the file`, { path, line, cause: error });
    }
    if (typeof code === "string" && code.startsWith("CSV_")) throw new ReadRecordsError(`malformed CSV: ${(error as Error).message}`, { path, line, cause: error });
    throw error;
  }
}
