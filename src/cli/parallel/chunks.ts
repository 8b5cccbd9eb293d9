/// <reference types="node" />
/**
 * Cuts a CSV, TSV or NDJSON file into chunks of whole records, for workers to parse on their
 * own: one pass over the bytes that tracks RFC 4180 quotes (a newline inside a quoted field does
 * not end a record) and counts lines, so each chunk knows the line it starts on.
 *
 * @module
 */
import { createReadStream } from "node:fs";

/** A run of whole records. */
export interface Chunk {
  /** 0-based position among the chunks. */
  readonly seq: number;
  /** The bytes: whole records, each ending with its newline (the last one may lack it). */
  readonly bytes: Uint8Array;
  /** The 1-based line of the file its first record starts on. */
  readonly firstLine: number;
  /** Physical lines in `bytes` (newlines, plus one for a last line without one). */
  readonly lines: number;
}

/** What {@link fileChunks} yields first: the header record of a CSV or TSV (empty for NDJSON). */
export interface Header {
  readonly bytes: Uint8Array;
  readonly lines: number;
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** How `bytes` reads from a given quote state: the first and last record boundaries, newlines. */
export interface Scan {
  /** End (exclusive) of the first record, or -1 when no record ends in `bytes`. */
  readonly first: number;
  /** Newlines up to `first`. */
  readonly linesToFirst: number;
  /** End (exclusive) of the last record, or -1. */
  readonly last: number;
  /** Newlines up to `last`. */
  readonly linesToLast: number;
  /** Newlines in all of `bytes`. */
  readonly lines: number;
  /** Whether `bytes` ends inside a quoted field. */
  readonly quoted: boolean;
}

/** Scans `bytes`, starting inside quotes or not; quotes count only in CSV and TSV (`csv`). */
export function scan(bytes: Uint8Array, quoted: boolean, csv: boolean): Scan {
  let inQuotes = quoted;
  let [first, linesToFirst, last, linesToLast, lines] = [-1, 0, -1, 0, 0];
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) {
      if (csv) inQuotes = !inQuotes;
    } else if (c === NEWLINE) {
      lines++;
      if (!inQuotes) {
        if (first < 0) [first, linesToFirst] = [i + 1, lines];
        [last, linesToLast] = [i + 1, lines];
      }
    }
  }
  return { first, linesToFirst, last, linesToLast, lines, quoted: inQuotes };
}

/**
 * The chunks of `path`, about `chunkBytes` each, cut between records (the file is read
 * `readBytes` at a time). For CSV and TSV (`csv`)
 * the header record comes first, then the chunks without it; NDJSON gives an empty header. A
 * file that ends inside a quoted field gives its tail as the last chunk, for the parser to
 * report.
 */
export async function* fileChunks(path: string, csv: boolean, chunkBytes: number, readBytes = 1 << 20): AsyncGenerator<{ header: Header } | { chunk: Chunk }> {
  let parts: Uint8Array[] = [];
  let size = 0; // bytes pending
  let quoted = false; // the quote state at the end of the pending bytes
  let lines = 0; // newlines pending
  let cut = -1; // end of the last whole record pending
  let linesToCut = 0;
  let line = 1; // the file line the pending bytes start on
  let seq = 0;
  let headerDone = !csv;
  if (!csv) yield { header: { bytes: new Uint8Array(0), lines: 0 } };

  /** Removes and returns the first `n` pending bytes. */
  const take = (n: number): Uint8Array => {
    const out = new Uint8Array(n);
    let at = 0;
    const rest: Uint8Array[] = [];
    for (const part of parts) {
      const k = Math.min(part.length, n - at);
      if (k > 0) out.set(part.subarray(0, k), at);
      at += k;
      if (k < part.length) rest.push(part.subarray(k));
    }
    parts = rest;
    size -= n;
    return out;
  };

  // pieces no larger than a chunk: a chunk ends at the last record boundary of a piece
  for await (const data of createReadStream(path, { highWaterMark: Math.max(1, Math.min(readBytes, chunkBytes)) })) {
    let piece = data as Uint8Array;
    if (!headerDone) {
      const s = scan(piece, quoted, true);
      if (s.first < 0) {
        parts.push(piece);
        [size, quoted, lines] = [size + piece.length, s.quoted, lines + s.lines];
        continue;
      }
      parts.push(piece.subarray(0, s.first));
      size += s.first;
      const headerLines = lines + s.linesToFirst;
      yield { header: { bytes: take(size), lines: headerLines } };
      [headerDone, quoted, lines, line] = [true, false, 0, line + headerLines];
      piece = piece.subarray(s.first);
    }
    const s = scan(piece, quoted, csv);
    if (s.last >= 0) [cut, linesToCut] = [size + s.last, lines + s.linesToLast];
    parts.push(piece);
    [size, quoted, lines] = [size + piece.length, s.quoted, lines + s.lines];
    if (size >= chunkBytes && cut > 0) {
      yield { chunk: { seq: seq++, bytes: take(cut), firstLine: line, lines: linesToCut } };
      [line, lines, cut] = [line + linesToCut, lines - linesToCut, -1];
    }
  }
  if (!headerDone) {
    // the whole file is one record without a newline: the header, and no rows
    yield { header: { bytes: take(size), lines: size === 0 ? 0 : 1 } };
    return;
  }
  if (size > 0) {
    const bytes = take(size);
    yield { chunk: { seq, bytes, firstLine: line, lines: lines + (bytes[bytes.length - 1] === NEWLINE ? 0 : 1) } };
  }
}
