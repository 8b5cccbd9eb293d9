/**
 * Sources: a path (or file URL) or a stream, decoded as text chunks (UTF-8, or UTF-16 with a
 * byte-order mark; a mark dropped), and the format from the file's extension.
 *
 * @module
 */
import { createReadStream, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { ReadRecordsError } from "./errors.js";
import { Decoder, NotText } from "./_lib/decode.js";
import { sameLine, type LineOf } from "./_lib/rows.js";

/**
 * The formats {@link readRecords} reads: CSV, TSV, NDJSON (JSON Lines), a JSON array, an Excel
 * workbook (`.xlsx`) and Parquet.
 *
 * @category Readers
 */
export type Format = "csv" | "tsv" | "ndjson" | "json" | "xlsx" | "parquet";

const EXTENSIONS: Readonly<Record<string, Format>> = {
  ".csv": "csv", ".tsv": "tsv", ".ndjson": "ndjson", ".jsonl": "ndjson", ".json": "json", ".xlsx": "xlsx", ".parquet": "parquet",
};

/** A path as text, for messages; `undefined` for a stream, and for a URL that is no file's (`http:`, another host). */
export function pathOf(source: unknown): string | undefined {
  if (typeof source === "string") return source;
  if (!(source instanceof URL)) return undefined;
  try {
    return fileURLToPath(source);
  } catch {
    return undefined;
  }
}

/** The format of a path from its extension, or `undefined`. */
export function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

/**
 * Checks that a path can be read as a file before any reader opens it: a `ReadRecordsError`
 * naming the path for an empty path, a NUL character in it, a path that does not exist, and a
 * directory. (No permission is found when the file is opened: the same error.)
 */
export async function checkPath(path: string): Promise<void> {
  const problem = path === "" ? "the path is empty" : path.includes("\0") ? "the path contains a NUL character" : undefined;
  if (problem !== undefined) throw new ReadRecordsError(`cannot read the file: ${problem}`, { path });
  let stats: Stats;
  try {
    stats = await stat(path);
  } catch (error) {
    throw new ReadRecordsError(`cannot read the file: ${(error as Error).message}`, { path, cause: error });
  }
  if (stats.isDirectory()) throw new ReadRecordsError("cannot read the file: it is a directory (EISDIR)", { path });
}

/**
 * Text chunks of a path or a stream of strings or bytes, without a leading byte-order mark
 * (up to two). Bytes are decoded as the first ones say (`_lib/decode.ts`): UTF-8, or UTF-16 with
 * its mark; UTF-16 without a mark, UTF-32 and bytes that are not text are a `ReadRecordsError`
 * (with the line of the bad bytes, as `lineOf` makes it). Strings are taken as they are.
 */
export async function* textChunks(source: string | URL | AsyncIterable<unknown>, path: string | undefined, lineOf: LineOf = sameLine): AsyncGenerator<string> {
  const decoder = new Decoder();
  let first = true;
  let carry = ""; // a high surrogate that ended a string chunk, kept for its pair
  let breaks = 0; // line breaks in the text decoded so far, for the line of bad bytes
  const counted = (text: string): string => {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks++;
    return text;
  };
  try {
    const input = path === undefined ? (source as AsyncIterable<unknown>) : createReadStream(source as string | URL);
    for await (const chunk of input) {
      let text = carry + (typeof chunk === "string" ? chunk : counted(decoder.decode(chunk as Uint8Array)));
      carry = "";
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) [text, carry] = [text.slice(0, -1), text.slice(-1)];
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text.length > 0) yield text;
    }
    let rest = carry + decoder.end();
    if (first && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
    if (rest.length > 0) yield rest;
  } catch (error) {
    if (error instanceof NotText) {
      const line = error.breaksBefore === undefined ? undefined : lineOf(breaks + error.breaksBefore + 1);
      throw new ReadRecordsError(error.message, { path, line, cause: error.cause });
    }
    if (path === undefined) throw error;
    throw new ReadRecordsError(`cannot read the file: ${(error as Error).message}`, { path, cause: error });
  }
}
