/// <reference types="node" />
/**
 * Cuts a CSV, TSV or NDJSON file into chunks of whole records, for workers to parse on their
 * own: one pass over the bytes, with no decoding, that finds where records end and counts lines,
 * so each chunk knows the line it starts on.
 *
 * CSV and TSV are read by the CSV reader's own grammar (`_lib/csvTokenizer.ts`, which reads
 * as csv-parse with `relax_quotes`), so that the cuts fall exactly where that reader ends records,
 * whatever the bytes:
 * - A quote is special only as the first byte of a field (at the start of a record or right
 *   after the field delimiter): it opens a quoted field. Anywhere else a `"` is an ordinary byte.
 * - In a quoted field, `""` is a quote and any other `"` ends the quoting; whatever follows it up
 *   to the next delimiter or line break is ordinary text of the same field (`"a"b` is one field).
 *   Line breaks inside the quotes are data.
 * - The record delimiter is the first line break outside quotes: `\r\n`, `\n` or a lone `\r`.
 *   After it only that break ends a record; any other `\r` or `\n` is an ordinary byte (and,
 *   as the reader counts lines, still a line).
 * - A line break at the start of a record is an empty line: skipped, it belongs to the next
 *   record, so a record boundary is the end of a break that ends a non-empty record.
 * - Up to two byte order marks at the start of the file are dropped by the reader's decoding and
 *   are not text: the first field still starts after them.
 * - The field delimiter is the one the reader uses: tab for a `.tsv` file, else the most frequent
 *   of `,` `;` and tab in the first line (`detectDelimiter` of `_lib/csv.ts`, on the first line's text), unless given.
 *
 * Lines are counted as the reader counts them, so that a worker's line numbers can be moved to
 * the file's: in csv-parse's raw text of each record (the empty lines before it, the record, its
 * break; a `\r\n` break shows there as `\r`), each `\n` and each `\r` not followed by `\n`.
 *
 * A worker reads the header record put back in front of its chunk. That fixes the record
 * delimiter and the field delimiter it detects only when the header ends with `\n` (or `\r\n`):
 * a file whose records end with a lone `\r` is therefore not cut (the rows after the header are
 * one chunk). NDJSON is cut after every `\n`; quotes do not matter there.
 *
 * A UTF-16 file (with its byte-order mark) is decoded as the reader decodes it and cut as UTF-8:
 * the chunks, the header included, are UTF-8 bytes. Other files are cut as they are.
 *
 * @module
 */
import { createReadStream } from "node:fs";
import { extname } from "node:path";
import { detectDelimiter } from "./_lib/csv.js";
import { byteOrderMark, Decoder, NotText } from "./_lib/decode.js";
import { ReadRecordsError } from "./errors.js";

/** A run of whole records. */
export interface Chunk {
  /** 0-based position among the chunks. */
  readonly seq: number;
  /** The bytes: whole records, each ending with its line break (the last one may lack it). */
  readonly bytes: Uint8Array;
  /** The 1-based line of the file its first record starts on. */
  readonly firstLine: number;
  /** Lines in `bytes`, as the reader counts them (line breaks, plus one for a last line without one). */
  readonly lines: number;
}

/** What {@link fileChunks} yields first: the header record of a CSV or TSV, with the empty lines before it (empty for NDJSON). */
export interface Header {
  readonly bytes: Uint8Array;
  /** Lines in `bytes`, counted as in {@link Chunk.lines}. */
  readonly lines: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM_BYTES = [0xef, 0xbb, 0xbf] as const;

/** The `delimiter` of {@link scan} for NDJSON: a record is a line; quotes do not matter. */
export const NDJSON = -1;
/** The field delimiter before the first line is read (detected from it). */
const UNDETECTED = -2;

/** Record delimiters: not seen yet, `\n`, `\r\n`, `\r`. */
export const [EOL_UNKNOWN, EOL_LF, EOL_CRLF, EOL_CR] = [0, 1, 2, 3] as const;

/*
 * Where the scan is:
 * START    at the start of a record (a line break here is an empty line);
 * EMPTY    the same, just after an empty line;
 * FIELD    at the start of a field after a delimiter;
 * PLAIN    in an unquoted field, or in the rest of a field after its closing quote;
 * QUOTED   in a quoted field;
 * QUOTE_IN just after a `"` in a quoted field: `""` if another follows, else the quoting ends;
 * START_CR / END_CR  just after a `\r` outside quotes at START, or in a record, while the record
 *          delimiter is `\r\n` or not known yet: the next byte tells whether it is a break;
 * BOM + k  at the very start of the file, after k bytes of (at most two) byte order marks.
 */
const [START, EMPTY, FIELD, PLAIN, QUOTED, QUOTE_IN, START_CR, END_CR, BOM] = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Bytes that end a run of ordinary bytes: in a quoted field, and (by field delimiter) in an unquoted one. */
const quotedStop = new Uint8Array(256);
quotedStop[QUOTE] = quotedStop[LF] = quotedStop[CR] = 1;
const plainStops = new Map<number, Uint8Array>();
function stops(delimiter: number): Uint8Array {
  let table = plainStops.get(delimiter);
  if (table === undefined) {
    table = new Uint8Array(256);
    table[delimiter & 0xff] = table[LF] = table[CR] = 1;
    plainStops.set(delimiter, table);
  }
  return table;
}

/** Where a scan of a file stands between two buffers. */
export interface ScanState {
  /** The grammar state (internal). */
  readonly mode: number;
  /** The record delimiter: {@link EOL_UNKNOWN} until the first line break outside quotes. */
  readonly eol: number;
  /** Whether the last byte read was a `\r` (a `\n` after it does not count as a line of its own). */
  readonly cr: boolean;
}

/** The state at the start of a file. */
export const FILE_START: ScanState = { mode: BOM, eol: EOL_UNKNOWN, cr: false };

/** How `bytes` reads from a given state: the first and last record boundaries, lines. */
export interface Scan {
  /**
   * End (exclusive) of the first record (the end of its line break), or -1 when no record ends
   * in `bytes`. It is 0 when a lone `\r` that ended the previous buffer turned out to end a
   * record (the first line break of the file, read as the record delimiter).
   */
  readonly first: number;
  /** Lines up to `first`. */
  readonly linesToFirst: number;
  /** End (exclusive) of the last record, or -1. */
  readonly last: number;
  /** Lines up to `last`. */
  readonly linesToLast: number;
  /** Lines in all of `bytes` (a `\r\n` split between two buffers counts in the first). */
  readonly lines: number;
  /** Where the scan stands after `bytes`: pass it to the scan of the next buffer. */
  readonly state: ScanState;
}

/**
 * Scans `bytes` from `from` (at the start of a file {@link FILE_START}). `delimiter` is the field
 * delimiter's byte (one ASCII character) or {@link NDJSON}.
 */
export function scan(bytes: Uint8Array, from: ScanState, delimiter: number): Scan {
  const n = bytes.length;
  let [first, linesToFirst, last, linesToLast, lines] = [-1, 0, -1, 0, 0];
  if (delimiter === NDJSON) {
    for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) {
      lines++;
      if (first < 0) {
        first = i + 1;
        linesToFirst = lines;
      }
      last = i + 1;
    }
    return { first, linesToFirst, last, linesToLast: lines, lines, state: from };
  }
  let { mode, eol } = from;
  const plainStop = stops(delimiter);
  /** A record ends at `end` (exclusive). */
  const boundary = (end: number): void => {
    if (first < 0) {
      first = end;
      linesToFirst = lines;
    }
    last = end;
    linesToLast = lines;
  };
  let i = 0;
  loop: while (i < n) {
    let c = bytes[i] as number;
    if (mode === PLAIN) {
      while (plainStop[c] === 0) {
        if (++i === n) break loop;
        c = bytes[i] as number;
      }
      i++;
      if (c === delimiter) mode = FIELD;
      else if (c === LF) {
        // a `\r` right before it is an ordinary byte here (record delimiter `\n`): one line for both
        if (!(i > 1 ? bytes[i - 2] === CR : from.cr)) lines++;
        if (eol === EOL_UNKNOWN) eol = EOL_LF;
        if (eol === EOL_LF) {
          boundary(i);
          mode = START;
        }
      } else {
        lines++;
        if (eol === EOL_CR) {
          boundary(i);
          mode = START;
        } else if (eol !== EOL_LF) mode = END_CR;
      }
    } else if (mode === QUOTED) {
      while (quotedStop[c] === 0) {
        if (++i === n) break loop;
        c = bytes[i] as number;
      }
      i++;
      if (c === QUOTE) mode = QUOTE_IN;
      else if (c === CR || !(i > 1 ? bytes[i - 2] === CR : from.cr)) lines++;
    } else if (mode === QUOTE_IN) {
      // `""` is a quote; anything else ends the quoting and is read as in an unquoted field
      if (c === QUOTE) {
        mode = QUOTED;
        i++;
      } else mode = PLAIN;
    } else if (mode <= FIELD) {
      // START, EMPTY or FIELD: a quote here opens a quoted field
      if (c === QUOTE) mode = QUOTED;
      else if (c === delimiter) mode = FIELD;
      else if (c === LF) {
        if (eol === EOL_UNKNOWN) eol = EOL_LF;
        if (eol === EOL_LF) {
          lines++;
          if (mode === FIELD) {
            boundary(i + 1);
            mode = START;
          } else mode = EMPTY; // skipped
        } else {
          // an ordinary byte that starts the field; right after an empty line the reader's raw
          // text shows that line's break as `\r`, and counts the two as one line
          if (mode !== EMPTY) lines++;
          mode = PLAIN;
        }
      } else if (c === CR) {
        lines++;
        if (eol === EOL_LF) mode = PLAIN;
        else if (eol !== EOL_CR) mode = mode === FIELD ? END_CR : START_CR;
        else if (mode === FIELD) {
          boundary(i + 1);
          mode = START;
        } else mode = EMPTY; // skipped
      } else mode = PLAIN;
      i++;
    } else if (mode === START_CR || mode === END_CR) {
      // the `\r` before was counted as a line; with a `\n` after it, the two are one break
      if (c === LF) {
        eol = EOL_CRLF;
        if (mode === END_CR) {
          boundary(i + 1);
          mode = START;
        } else mode = EMPTY;
        i++;
      } else if (eol === EOL_UNKNOWN) {
        // a lone `\r`, the first break: the record delimiter; `c` is read at the next record
        eol = EOL_CR;
        if (mode === END_CR) {
          boundary(i);
          mode = START;
        } else mode = EMPTY;
      } else mode = PLAIN; // record delimiter `\r\n`: a lone `\r` is an ordinary byte
    } else {
      // BOM + k: the reader's decoding drops up to two byte order marks at the start
      const k = mode - BOM;
      if (c === BOM_BYTES[k % 3]) {
        mode = k === 5 ? START : mode + 1;
        i++;
      } else mode = k % 3 === 0 ? START : PLAIN; // part of a mark is an ordinary character
    }
  }
  return { first, linesToFirst, last, linesToLast, lines, state: { mode, eol, cr: n > 0 ? bytes[n - 1] === CR : from.cr } };
}

/** The field delimiter the CSV reader detects from the first line: `detectDelimiter` of the text up to the first `\n`. */
function detectedDelimiter(pieces: readonly Uint8Array[]): number {
  const decoder = new TextDecoder();
  let firstLine = "";
  for (const piece of pieces) {
    const end = piece.indexOf(LF);
    firstLine += decoder.decode(end < 0 ? piece : piece.subarray(0, end), { stream: end < 0 });
    if (end >= 0) break;
  }
  return detectDelimiter(firstLine).charCodeAt(0);
}

/**
 * The chunks of `path`, about `chunkBytes` each, cut between records (the file is read
 * `readBytes` at a time). For CSV and TSV (`csv`) the header record (with any empty lines before
 * it) comes first, then the chunks without it; NDJSON gives an empty header. `delimiter` is the
 * field delimiter of a CSV or TSV (one ASCII character); by default the reader's: tab for a
 * `.tsv` path, else detected from the first line. A file that ends inside a quoted field gives
 * its tail as the last chunk, for the parser to report.
 */
export async function* fileChunks(path: string, csv: boolean, chunkBytes: number, readBytes = 1 << 20, delimiter?: string): AsyncGenerator<{ header: Header } | { chunk: Chunk }> {
  let parts: Uint8Array[] = [];
  let size = 0; // bytes pending
  let state = FILE_START; // the scan's state at the end of the pending bytes
  let lines = 0; // lines pending
  let cut = -1; // end of the last whole record pending
  let linesToCut = 0;
  let line = 1; // the file line the pending bytes start on
  let seq = 0;
  let headerDone = !csv;
  const given = delimiter ?? (extname(path).toLowerCase() === ".tsv" ? "\t" : undefined);
  let sep = !csv ? NDJSON : given === undefined ? UNDETECTED : given.charCodeAt(0);
  let head: Uint8Array[] = []; // pieces read before the first line is complete, while `sep` is UNDETECTED
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
  /** Lines of bytes that end the file: a last line without a break counts. */
  const withLastLine = (bytes: Uint8Array, breaks: number): number => {
    const end = bytes[bytes.length - 1];
    return breaks + (end === undefined || end === LF || end === CR ? 0 : 1);
  };

  /** Takes in one piece (no larger than a chunk): a chunk ends at the last record boundary of a piece. */
  function* add(piece: Uint8Array): Generator<{ header: Header } | { chunk: Chunk }> {
    const s = scan(piece, state, sep);
    state = s.state;
    let [skip, skipLines] = [0, 0]; // the start of the piece that went into the header
    if (!headerDone) {
      if (s.first < 0) {
        parts.push(piece);
        [size, lines] = [size + piece.length, lines + s.lines];
        return;
      }
      parts.push(piece.subarray(0, s.first));
      size += s.first;
      const headerLines = lines + s.linesToFirst;
      yield { header: { bytes: take(size), lines: headerLines } };
      [headerDone, lines, line, skip, skipLines] = [true, 0, line + headerLines, s.first, s.linesToFirst];
    }
    if (s.last > skip) [cut, linesToCut] = [size + s.last - skip, lines + s.linesToLast - skipLines];
    parts.push(skip === 0 ? piece : piece.subarray(skip));
    [size, lines] = [size + piece.length - skip, lines + s.lines - skipLines];
    // records that end with a lone `\r` are not cut: a worker could not tell them from the header
    if (size >= chunkBytes && cut > 0 && state.eol !== EOL_CR) {
      yield { chunk: { seq: seq++, bytes: take(cut), firstLine: line, lines: linesToCut } };
      [line, lines, cut] = [line + linesToCut, lines - linesToCut, -1];
    }
  }

  try {
    for await (const piece of fileBytes(path, Math.max(1, Math.min(readBytes, chunkBytes)))) {
      if (sep !== UNDETECTED) {
        yield* add(piece);
        continue;
      }
      head.push(piece);
      if (piece.includes(LF)) {
        sep = detectedDelimiter(head);
        for (const p of head) yield* add(p);
        head = [];
      }
    }
  } catch (error) {
    if (!(error instanceof NotText)) throw error;
    // (bytes that are not UTF-16: `breaksBefore` is set)
    throw new ReadRecordsError(error.message, { path, line: line + lines + (error.breaksBefore as number), cause: error.cause });
  }
  if (sep === UNDETECTED) {
    sep = detectedDelimiter(head);
    for (const p of head) yield* add(p);
  }
  if (!headerDone) {
    // no record of the file ends with a line break: all of it is the header, and no rows
    const bytes = take(size);
    yield { header: { bytes, lines: withLastLine(bytes, lines) } };
    return;
  }
  if (size > 0) {
    const bytes = take(size);
    yield { chunk: { seq, bytes, firstLine: line, lines: withLastLine(bytes, lines) } };
  }
}

/**
 * The bytes of `path`, read `readBytes` at a time; those of a UTF-16 file (with its byte-order
 * mark) decoded and given as UTF-8 (without the mark), in pieces of about the same size.
 * Throws `NotText` (of `_lib/decode.ts`) for UTF-16 bytes that are not text.
 */
async function* fileBytes(path: string, readBytes: number): AsyncGenerator<Uint8Array> {
  let start: Uint8Array | undefined = new Uint8Array(0); // the first bytes, until there are enough to see a mark
  let decoder: Decoder | undefined;
  const encoder = new TextEncoder();
  for await (const data of createReadStream(path, { highWaterMark: readBytes })) {
    let bytes = data as Uint8Array;
    if (start !== undefined) {
      const joined: Uint8Array = new Uint8Array(start.length + bytes.length);
      joined.set(start);
      joined.set(bytes, start.length);
      if (joined.length < 4) {
        start = joined;
        continue;
      }
      const encoding = byteOrderMark(joined)?.encoding;
      if (encoding === "utf-16le" || encoding === "utf-16be") decoder = new Decoder();
      [bytes, start] = [joined, undefined];
    }
    if (decoder === undefined) yield bytes;
    else {
      const text = decoder.decode(bytes);
      if (text.length > 0) yield encoder.encode(text);
    }
  }
  if (start !== undefined && start.length > 0) yield start; // a file of fewer than 4 bytes
  const rest = decoder?.end() ?? "";
  if (rest.length > 0) yield encoder.encode(rest);
}
