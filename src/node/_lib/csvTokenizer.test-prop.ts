/**
 * The tokenizer against csv-parse, with the options the reader gave csv-parse: on random text
 * (quotes in every position, delimiters, `\r`, `\n`, `\r\n`, NUL, non-ASCII) and on random
 * well-formed CSV, cut into random chunks, the tokenizer gives the same records, the same line
 * for each (as the reader counted lines in csv-parse's `raw` text), and the same unclosed-quote
 * error at the same line.
 */
import { fc, test } from "@fast-check/vitest";
import { parse } from "csv-parse";
import { expect } from "vitest";
import { CsvTokenizer, leadingBreaks, tokenizes } from "./csvTokenizer.js";
import { countBreaks } from "./rows.js";

interface Read {
  rows: string[][];
  lines: number[];
  /** The line of an unclosed quote at the end, if any. */
  error?: number;
}

/** What csv-parse reads: each record as it is emitted, its line as the reader counted it, the unclosed-quote error. */
function viaCsvParse(text: string, delimiter: string): Promise<Read> {
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, raw: true, skip_empty_lines: true });
  const out: Read = { rows: [], lines: [] };
  let line = 1;
  return new Promise((resolve) => {
    parser.on("data", ({ record, raw }: { record: string[]; raw: string }) => {
      out.rows.push(record);
      out.lines.push(line + leadingBreaks(raw));
      line += countBreaks(raw);
    });
    parser.on("error", (error: { code?: string }) => {
      expect(error.code).toBe("CSV_QUOTE_NOT_CLOSED");
      resolve({ ...out, error: line });
    });
    parser.on("end", () => resolve(out));
    parser.end(Buffer.from(text, "utf8"));
  });
}

function viaTokenizer(text: string, delimiter: string, cuts: readonly number[]): Read {
  const tokens = new CsvTokenizer(delimiter);
  const out: Read = { rows: [], lines: [] };
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    tokens.push(text.slice(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  tokens.push(text.slice(from));
  try {
    tokens.end();
  } catch (error) {
    expect((error as { code?: string }).code).toBe("CSV_QUOTE_NOT_CLOSED");
    out.error = tokens.line;
  }
  out.rows = tokens.rows;
  out.lines = tokens.lines;
  return out;
}

const DELIMITERS = [",", ";", "\t", "|", " ", "a"] as const;

/** Text from the characters that matter, in any order. */
const soup = fc.array(fc.constantFrom('"', '"', ",", ";", "\t", "|", " ", "\r", "\n", "\r\n", "\0", "a", "b", "é", "😀"), { maxLength: 50 }).map((parts) => parts.join(""));

/** Well-formed CSV: quoted and plain fields, quotes doubled, breaks inside quotes, a line ending per file. */
const wellFormed = fc
  .record({
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    rows: fc.array(fc.array(fc.record({ value: fc.string({ unit: fc.constantFrom("a", "b", ",", ";", '"', "\r", "\n", " ", "é"), maxLength: 6 }), quote: fc.boolean() }), { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
    blank: fc.array(fc.nat({ max: 9 }), { maxLength: 3 }),
    last: fc.boolean(),
  })
  .map(({ eol, rows, blank, last }) => {
    const lines = rows.map((fields) => fields.map(({ value, quote }) => (quote || /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)).join(","));
    for (const at of blank) lines.splice(at % (lines.length + 1), 0, "");
    return lines.join(eol) + (last ? eol : "");
  });

test.prop([fc.oneof(soup, wellFormed), fc.constantFrom(...DELIMITERS), fc.array(fc.nat({ max: 60 }), { maxLength: 6 })], { numRuns: 400 })(
  "the tokenizer reads as csv-parse: records, lines, unclosed quotes; in any chunks",
  async (text, delimiter, cuts) => {
    expect(tokenizes(delimiter)).toBe(true);
    expect(viaTokenizer(text, delimiter, cuts)).toEqual(await viaCsvParse(text, delimiter));
  },
);
