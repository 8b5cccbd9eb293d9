/**
 * A streaming CSV tokenizer that reads exactly as csv-parse does with the options the reader used
 * (`relax_quotes`, `relax_column_count`, `skip_empty_lines`, the record delimiter auto-detected),
 * several times faster: records as arrays of cells, each with the line csv-parse's `raw` text
 * gave it. Chunks may split the text anywhere.
 *
 * The rules, as csv-parse applies them:
 * - The record delimiter is the first line break outside quotes (`\r\n`, `\n` or `\r`); after
 *   that only that break ends a record, any other `\r` or `\n` is an ordinary character.
 * - A field that starts with `"` is quoted: `""` inside it is a `"`; a `"` followed by the
 *   delimiter, the record break, a NUL or the end closes it. A `"` followed by anything else ends
 *   the quoting but keeps both quotes (`"a"b` reads `"a"b`). Elsewhere a `"` is ordinary.
 * - An empty line is skipped; the end of the text ends the last record.
 * - A quoted field still open at the end is an error (`code: "CSV_QUOTE_NOT_CLOSED"`).
 *
 * Lines: a record's line is 1 plus the line breaks (a `\r\n` counts once) before it, counted as
 * the reader counts them in csv-parse's `raw` text of each record; a record with no line break
 * inside it and no empty lines before it is simply the next line.
 *
 * Cost: O(length of the text), however the chunks cut it: a field longer than a chunk is kept as
 * the pieces of it already read (joined once, when it ends), never as a text that grows and is
 * scanned again with each chunk.
 *
 * @module
 */
import { countBreaks } from "./rows.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Record delimiters: not yet seen, `\n`, `\r\n`, `\r`. */
const [UNKNOWN, BREAK_LF, BREAK_CRLF, BREAK_CR] = [0, 1, 2, 3] as const;
/** Where the scan is: at the start of a field, in an unquoted field (or the rest of one after its quotes), in a quoted one. */
const [FIELD, PLAIN, QUOTED] = [0, 1, 2] as const;

/** Whether the tokenizer reads `delimiter` itself (one character, not a quote, line break or NUL); else csv-parse does. */
export function tokenizes(delimiter: string): boolean {
  const c = delimiter.charCodeAt(0);
  return delimiter.length === 1 && c !== QUOTE && c !== LF && c !== CR && c !== 0 && (c < 0xd800 || c > 0xdfff);
}

/** Leading line breaks of a record's raw text (the empty lines skipped before it). */
export function leadingBreaks(raw: string): number {
  let i = 0;
  while (i < raw.length && (raw[i] === "\n" || raw[i] === "\r")) i++;
  return countBreaks(raw.slice(0, i));
}

/** The error of a quoted field still open at the end; `code` as csv-parse's. */
export class QuoteNotClosed extends Error {
  readonly code = "CSV_QUOTE_NOT_CLOSED";
}

/**
 * Tokenizes CSV text chunk by chunk. After each {@link CsvTokenizer.push} and after
 * {@link CsvTokenizer.end}, `rows` and `lines` hold the records completed so far (the caller
 * empties them); `line` is the line after the last record.
 */
export class CsvTokenizer {
  rows: string[][] = [];
  lines: number[] = [];
  line = 1;
  private readonly delimiter: number;
  private readonly separator: string;
  private text = "";
  private pos = 0;
  private mode: number = FIELD;
  private recordBreak: number = UNKNOWN;
  /** Start of the current record's text in `text`, -1 between records. */
  private recordStart = -1;
  /**
   * Where the part of the current field not yet in `pieces` starts in `text`: the unquoted part,
   * or (in a quoted field) the text after the opening quote.
   */
  private runStart = 0;
  /** The current field's text read in earlier chunks (from `runStart` on), in order. */
  private pieces: string[] = [];
  /** The value of the current field's quoted part. */
  private prefix = "";
  private escaped = false;
  private fields: string[] = [];
  /** The current record's text before `text` (when a chunk ended inside it). */
  private before = "";
  private skipped = 0;
  /** A line break inside the current record (quoted, or not the record delimiter). */
  private unusual = false;

  /** @param delimiter - The field delimiter; {@link tokenizes} must accept it. */
  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
    this.separator = delimiter;
  }

  /** Reads a chunk of text. */
  push(chunk: string): void {
    this.text += chunk;
    this.scan(false);
    // Keep only the text not scanned yet: what a field has read so far goes to its pieces, what
    // the record has read so far (for its line count) to `before`.
    const keep = this.pos;
    if (this.mode !== FIELD) {
      if (keep > this.runStart) this.pieces.push(this.text.slice(this.runStart, keep));
      this.runStart = 0;
    }
    if (this.recordStart >= 0) {
      this.before += this.text.slice(this.recordStart, keep);
      this.recordStart = 0;
    }
    this.text = this.text.slice(keep);
    this.pos = 0;
  }

  /** The current field's text from `runStart` to `end`, with the pieces read before. */
  private run(end: number): string {
    const rest = this.text.slice(this.runStart, end);
    if (this.pieces.length === 0) return rest;
    const pieces = this.pieces;
    this.pieces = [];
    pieces.push(rest);
    return pieces.join("");
  }

  /** Reads the end of the text. Throws {@link QuoteNotClosed} when a quoted field is still open. */
  end(): void {
    this.scan(true);
  }

  /**
   * The length of the record delimiter at `i` (a `\r` or `\n`), 0 when it is an ordinary
   * character there, -1 when the next chunk must tell. The first break decides the delimiter.
   */
  private breakAt(i: number, c: number, final: boolean): number {
    const text = this.text;
    const kind = this.recordBreak;
    if (kind === BREAK_LF) return c === LF ? 1 : 0;
    if (kind === BREAK_CR) return c === CR ? 1 : 0;
    if (c === LF) {
      if (kind === BREAK_CRLF) return 0;
      this.recordBreak = BREAK_LF;
      return 1;
    }
    if (i + 1 >= text.length && !final) return -1;
    const crlf = text.charCodeAt(i + 1) === LF;
    if (kind === BREAK_CRLF) return crlf ? 2 : 0;
    this.recordBreak = crlf ? BREAK_CRLF : BREAK_CR;
    return crlf ? 2 : 1;
  }

  /** Whether a closing quote is followed by a record break at `i`: 1, 0, or -1 when the next chunk must tell. */
  private breakFollows(i: number, c: number, final: boolean): number {
    const kind = this.recordBreak;
    if (kind === UNKNOWN) return c === LF || c === CR ? 1 : 0;
    if (kind === BREAK_LF) return c === LF ? 1 : 0;
    if (kind === BREAK_CR) return c === CR ? 1 : 0;
    if (c !== CR) return 0;
    if (i + 1 >= this.text.length) return final ? 0 : -1;
    return this.text.charCodeAt(i + 1) === LF ? 1 : 0;
  }

  /** Ends the current record at `end` (where its break starts), the break `breakLength` long. */
  private record(end: number, breakLength: number): void {
    const fields = this.fields;
    this.fields = [];
    if (!this.unusual && this.skipped === 0) {
      this.lines.push(this.line);
      if (breakLength > 0) this.line++;
    } else {
      // The record's raw text as csv-parse builds it: the `\n` of a `\r\n` break is not in it.
      const kind = this.recordBreak;
      const skippedBreak = kind === BREAK_LF ? "\n" : "\r";
      const raw = skippedBreak.repeat(this.skipped) + this.before + this.text.slice(this.recordStart, end) + (breakLength > 0 ? skippedBreak : "");
      this.lines.push(this.line + leadingBreaks(raw));
      this.line += countBreaks(raw);
    }
    this.rows.push(fields);
    this.recordStart = -1;
    this.before = "";
    this.skipped = 0;
    this.unusual = false;
  }

  private scan(final: boolean): void {
    const text = this.text;
    const length = text.length;
    const delimiter = this.delimiter;
    let pos = this.pos;
    let mode = this.mode;
    // Where the next quote and `\r` are (looked up again once passed): a record with neither,
    // ended by the record delimiter, is split in one go.
    let quoteAt = -1;
    let crAt = -1;
    for (;;) {
      if (mode === FIELD && this.recordStart < 0 && (this.recordBreak === BREAK_LF || this.recordBreak === BREAK_CRLF)) {
        // (with no line break left in the chunk, the record is read field by field below: the
        // next chunk does not search this text again)
        const lf = text.indexOf("\n", pos);
        if (lf >= 0 && this.skipped === 0) {
          if (quoteAt < pos) quoteAt = text.indexOf('"', pos) >>> 0; // -1 becomes 2^32 - 1: past any text
          if (crAt < pos) crAt = text.indexOf("\r", pos) >>> 0;
          const end = this.recordBreak === BREAK_LF ? lf : lf - 1;
          if (end > pos && quoteAt > lf && (end === lf ? crAt > lf : crAt === end)) {
            this.rows.push(text.slice(pos, end).split(this.separator));
            this.lines.push(this.line++);
            pos = lf + 1;
            continue;
          }
        }
      }
      if (mode === FIELD) {
        if (pos >= length) {
          if (final && this.recordStart >= 0) {
            this.fields.push("");
            this.record(pos, 0);
          }
          break;
        }
        const c = text.charCodeAt(pos);
        if (this.recordStart < 0) {
          if (c === LF || c === CR) {
            const skip = this.breakAt(pos, c, final);
            if (skip < 0) break;
            if (skip > 0) {
              this.skipped++;
              pos += skip;
              continue;
            }
          }
          this.recordStart = pos;
        }
        if (c === QUOTE) {
          mode = QUOTED;
          this.escaped = false;
          pos++;
          this.runStart = pos;
          continue;
        }
        mode = PLAIN;
        this.runStart = pos;
        this.prefix = "";
      }
      if (mode === PLAIN) {
        let ended = false;
        while (pos < length) {
          const c = text.charCodeAt(pos);
          if (c === delimiter) {
            this.fields.push(this.prefix + this.run(pos));
            pos++;
            ended = true;
            break;
          }
          if (c === LF || c === CR) {
            const size = this.breakAt(pos, c, final);
            if (size < 0) break;
            if (size > 0) {
              this.fields.push(this.prefix + this.run(pos));
              this.record(pos, size);
              pos += size;
              ended = true;
              break;
            }
            this.unusual = true;
          }
          pos++;
        }
        if (ended) {
          mode = FIELD;
          continue;
        }
        if (final && pos >= length) {
          this.fields.push(this.prefix + this.run(pos));
          this.record(pos, 0);
          mode = FIELD;
        }
        break;
      }
      // QUOTED: find the next quote, noting line breaks on the way.
      while (pos < length) {
        const c = text.charCodeAt(pos);
        if (c === QUOTE) break;
        if (c === LF || c === CR) this.unusual = true;
        pos++;
      }
      if (pos >= length) {
        if (final) {
          this.pos = pos;
          this.mode = mode;
          throw new QuoteNotClosed(`Quote Not Closed: the parsing is finished with an opening quote at line ${this.line}`);
        }
        break;
      }
      let closes = 1;
      if (pos + 1 < length) {
        const next = text.charCodeAt(pos + 1);
        if (next === QUOTE) {
          this.escaped = true;
          pos += 2;
          continue;
        }
        closes = next === delimiter || next === 0 ? 1 : this.breakFollows(pos + 1, next, final);
      } else if (!final) break;
      if (closes < 0) break;
      const inner = this.run(pos);
      const value = this.escaped ? inner.replaceAll('""', '"') : inner;
      this.prefix = closes === 1 ? value : `"${value}"`;
      pos++;
      this.runStart = pos;
      mode = PLAIN;
    }
    this.pos = pos;
    this.mode = mode;
  }
}
