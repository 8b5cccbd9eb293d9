/**
 * Sources: a path (or file URL) or a stream, decoded as UTF-8 text chunks (a BOM dropped), and
 * the format from the file's extension.
 *
 * @module
 */
import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { ReadRecordsError } from "./errors.js";

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

/** A path as text, for messages; `undefined` for a stream. */
export function pathOf(source: unknown): string | undefined {
  if (typeof source === "string") return source;
  return source instanceof URL ? fileURLToPath(source) : undefined;
}

/** The format of a path from its extension, or `undefined`. */
export function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
}

/** Text chunks of a path or a stream of strings or bytes, UTF-8 decoded, without a leading BOM. */
export async function* textChunks(source: string | URL | AsyncIterable<unknown>, path: string | undefined): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  const input = path === undefined ? (source as AsyncIterable<unknown>) : createReadStream(source as string | URL);
  let first = true;
  let carry = ""; // a high surrogate that ended a string chunk, kept for its pair
  try {
    for await (const chunk of input) {
      let text = carry + (typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true }));
      carry = "";
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) [text, carry] = [text.slice(0, -1), text.slice(-1)];
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      if (text.length > 0) yield text;
    }
  } catch (error) {
    if (path === undefined) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadRecordsError(`cannot read the file: ${reason}`, { path, cause: error });
  }
  const rest = carry + decoder.decode();
  if (rest.length > 0) yield rest;
}
