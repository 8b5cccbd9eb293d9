/**
 * What the format readers yield: a row with the line it starts on, or a row that could not be
 * read as one (a CSV line with the wrong number of fields, an NDJSON line that is not JSON).
 *
 * @module
 */
import { isPlainObject } from "../../_lib/check.js";

/** A row read from the source, before validation. */
export interface RawRow {
  /** The 1-based line where the row starts. */
  readonly line: number;
  /** The row: an object of column → value, or what was read when it is malformed. */
  readonly row: unknown;
  /** Why the row could not be read as a row: the expectation and the full message. */
  readonly problem?: { readonly expected: string; readonly message: string } | undefined;
}

/**
 * The line of the file a line of the source is (the readers of a chunk of a file, which count
 * from the header put back in front of it, report the file's lines through it).
 */
export type LineOf = (line: number) => number;

/** Lines as the source counts them. */
export const sameLine: LineOf = (line) => line;

/** Called once with the column names, when the format has a header. */
export type OnColumns = (columns: readonly string[]) => void;

/** Line breaks in a piece of text (CRLF counts once). Uses indexOf: rows rarely hold more than one. */
export function countBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/**
 * The test of a note line for `patterns`: the text of a row whose only non-empty cell is its
 * first, when it matches one of them; `undefined` for every other row (and no test without
 * patterns).
 */
export function noteTest(patterns: readonly RegExp[] | undefined): ((cells: readonly unknown[]) => string | undefined) | undefined {
  if (patterns === undefined || patterns.length === 0) return undefined;
  return (cells) => {
    const first = cells[0];
    if (first === undefined || first === null) return undefined;
    for (let i = 1; i < cells.length; i++) if (cells[i] !== undefined && cells[i] !== null && String(cells[i]).trim() !== "") return undefined;
    const text = String(first).trim();
    return text !== "" && patterns.some((p) => matches(p, text)) ? text : undefined;
  };
}

/**
 * The note a row object of a workbook is, by `isNote`: a workbook row holds its non-empty cells
 * only, so a note is one whose first cell is in the first column (`firstColumn`).
 */
export function rowNote(isNote: ((cells: readonly unknown[]) => string | undefined) | undefined, row: unknown, firstColumn: string | undefined): string | undefined {
  if (isNote === undefined || !isPlainObject(row)) return undefined;
  return Object.keys(row)[0] === firstColumn ? isNote(Object.values(row)) : undefined;
}

/** `pattern.test(text)` from the start, whatever the pattern's `lastIndex` (a global pattern keeps one). */
function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
