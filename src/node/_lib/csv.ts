/**
 * CSV and TSV records: quoted fields, embedded newlines, CRLF, the delimiter detected from the
 * header line. Read by the tokenizer of `csvTokenizer.ts`, which reads as csv-parse does, or by
 * csv-parse's streaming parser for a delimiter the tokenizer does not take (several characters).
 * Each record carries the line it starts on.
 *
 * @module
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import { ReadRecordsError } from "../errors.js";
import { CsvTokenizer, leadingBreaks, QuoteNotClosed, tokenizes } from "./csvTokenizer.js";
import { countBreaks, sameLine, type LineOf, type OnColumns } from "./rows.js";

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

/** The row object of a record; a column named `__proto__` is an own key like any other. */
export function toRow(columns: readonly string[], record: readonly string[]): Record<string, string> {
  if (columns.includes("__proto__")) return Object.fromEntries(columns.map((c, i) => [c, record[i] as string]));
  const row: Record<string, string> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i] as string] = record[i] as string;
  return row;
}

/** Records in the order read: the cells of each and the line it starts on (parallel arrays). */
export interface CsvBatch {
  readonly rows: readonly string[][];
  readonly lines: readonly number[];
}

/** The error of a quoted field still open at the end of the source. */
const notClosed = (line: number, path: string | undefined, cause: unknown): ReadRecordsError =>
  new ReadRecordsError(`a quoted field opened in the row starting at line ${line} is not closed before the end of the file`, { path, line, cause });

interface MaybeWellFormed {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/** Lone surrogates as U+FFFD, as they become when csv-parse encodes the text as UTF-8. */
const wellFormed = (text: string): string => ((text as unknown as MaybeWellFormed).isWellFormed() ? text : (text as unknown as MaybeWellFormed).toWellFormed());

/** Records through the tokenizer: one batch per chunk. */
async function* tokenized(text: AsyncIterable<string>, delimiter: string, path: string | undefined, lineOf: LineOf): AsyncGenerator<CsvBatch> {
  const tokens = new CsvTokenizer(delimiter);
  const take = (): CsvBatch => {
    const batch = { rows: tokens.rows, lines: tokens.lines };
    tokens.rows = [];
    tokens.lines = [];
    return batch;
  };
  try {
    for await (const chunk of text) {
      tokens.push(wellFormed(chunk));
      if (tokens.rows.length > 0) yield take();
    }
    tokens.end();
  } catch (error) {
    throw error instanceof QuoteNotClosed ? notClosed(lineOf(tokens.line), path, error) : error;
  }
  if (tokens.rows.length > 0) yield take();
}

/** Records through csv-parse (a delimiter the tokenizer does not read): one batch per record. */
async function* parsed(text: AsyncIterable<string>, delimiter: string, path: string | undefined, lineOf: LineOf): AsyncGenerator<CsvBatch> {
  // The line after the last record csv-parse has read, for its errors: counted as it reads, since
  // records still buffered when it fails are not given to the loop below.
  let parsedLine = 1;
  const onRecord = (read: string[]): string[] => {
    parsedLine += countBreaks((read as unknown as CsvRecord).raw); // with `raw: true` a record is `{ record, raw }`, whatever the types say
    return read;
  };
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, raw: true, skip_empty_lines: true, on_record: onRecord });
  const piped = pipeline(Readable.from(text, { objectMode: false }), parser);
  piped.catch(() => undefined); // the error reaches the loop below through the parser
  let line = 1;
  try {
    for await (const { record, raw } of parser as AsyncIterable<CsvRecord>) {
      const start = line + leadingBreaks(raw);
      line += countBreaks(raw);
      yield { rows: [record], lines: [start] };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED") throw notClosed(lineOf(parsedLine), path, error);
    if (typeof code === "string" && code.startsWith("CSV_")) throw new ReadRecordsError(`malformed CSV: ${(error as Error).message}`, { path, line: lineOf(parsedLine), cause: error });
    throw error;
  }
}

/**
 * How a header that names a column twice is read: `"refuse"` (a `ReadRecordsError`, the
 * default) or `"join"`: the columns of one name are one column, whose cell is their non-empty
 * cells joined by commas (Jira repeats a many-valued field, `Labels`, once per value).
 */
export type DuplicateColumns = "refuse" | "join";

/**
 * The distinct names of a header and, when it names a column more than once, the function that
 * joins a row's cells of columns named alike (their non-empty cells, trimmed, joined by commas)
 * into one cell per distinct name. Only for a row as wide as the header: the caller rejects the
 * others, by the header's own width.
 */
export function columnJoiner(columns: readonly string[]): { readonly names: readonly string[]; readonly join?: (cells: readonly string[]) => string[] } {
  const names = [...new Set(columns)];
  if (names.length === columns.length) return { names };
  const groups = names.map((n) => columns.flatMap((c, i) => (c === n ? [i] : [])));
  const join = (cells: readonly string[]): string[] =>
    groups.map((at) => (at.length === 1 ? (cells[at[0] as number] as string) : at.map((i) => (cells[i] as string).trim()).filter((c) => c !== "").join(",")));
  return { names, join };
}

/**
 * The records of a CSV source after its header, in batches; the header goes to `onColumns`
 * (a header naming a column twice is a `ReadRecordsError`, unless `duplicates` is `"join"`:
 * then the header goes as it is, and the caller joins the cells, see {@link columnJoiner}). A
 * record may have more or fewer cells than the header: the caller rejects it. Lines, those of
 * errors included, are the source's own, or what `lineOf` makes of them.
 */
export async function* csvBatches(
  chunks: AsyncIterable<string>, delimiter: string | undefined, path: string | undefined, onColumns: OnColumns, lineOf: LineOf = sameLine, duplicates: DuplicateColumns = "refuse",
): AsyncGenerator<CsvBatch> {
  const it = chunks[Symbol.asyncIterator]();
  const head: string[] = [];
  for (let next = await it.next(); !next.done; next = await it.next()) {
    head.push(next.value);
    if (next.value.includes("\n")) break; // (each chunk searched once)
  }
  const firstLine = head.join("").split("\n", 1)[0] ?? "";
  const chosen = delimiter ?? detectDelimiter(firstLine);
  async function* text(): AsyncGenerator<string> {
    yield* head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  let header = true;
  const batches = tokenizes(chosen) ? tokenized(text(), chosen, path, lineOf) : parsed(text(), chosen, path, lineOf);
  for await (const read of batches) {
    const batch = lineOf === sameLine ? read : { rows: read.rows, lines: read.lines.map(lineOf) };
    if (header) {
      const [columns, ...rows] = batch.rows as [string[], ...string[][]];
      const duplicate = columns.find((c, i) => columns.indexOf(c) !== i);
      if (duplicate !== undefined && duplicates === "refuse") throw new ReadRecordsError(`the header names the column ${JSON.stringify(duplicate)} twice`, { path, line: batch.lines[0] });
      onColumns(columns);
      header = false;
      if (rows.length > 0) yield { rows, lines: batch.lines.slice(1) };
    } else yield batch;
  }
}
