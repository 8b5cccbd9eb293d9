import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./_lib/csv.js";
import { CsvTokenizer, QuoteNotClosed } from "./_lib/csvTokenizer.js";
import { FILE_START, fileChunks, scan, type Chunk, type Header } from "./chunks.js";

const dir = mkdtempSync(join(tmpdir(), "servicekpi-chunks-"));
let files = 0;

// A CSV cell: plain, or quoted with commas, doubled quotes and newlines (LF or CRLF) inside.
const cell = fc.oneof(
  fc.stringMatching(/^[a-z0-9 .:-]{0,8}$/),
  fc.array(fc.constantFrom("a", ",", '""', "\n", "\r\n", " ", "é"), { maxLength: 8 }).map((parts) => `"${parts.join("")}"`),
);
const csvText = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
  .chain(([width, eol, finalEol]) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 30 }).map((rows) => {
      const text = rows.map((r) => r.join(",")).join(eol);
      return finalEol ? text + eol : text;
    }),
  );

async function collect(path: string, csv: boolean, chunkBytes: number, readBytes: number, delimiter?: string): Promise<{ header: Header; chunks: Chunk[] }> {
  let header: Header | undefined;
  const chunks: Chunk[] = [];
  for await (const item of fileChunks(path, csv, chunkBytes, readBytes, delimiter)) {
    if ("header" in item) header = item.header;
    else chunks.push(item.chunk);
  }
  return { header: header as Header, chunks };
}

const utf8 = (b: Uint8Array): string => Buffer.from(b).toString("utf8");
const linesIn = (s: string): number => (s.match(/\n/g) ?? []).length;

// small reads, so that records, the header and quoted fields span several pieces of the file
const readBytes = fc.integer({ min: 1, max: 64 });

test.prop([csvText, fc.integer({ min: 1, max: 200 }), readBytes])(
  "CSV chunks are whole records: header + chunks give the file back, each parses alone to its records, lines add up",
  async (text, chunkBytes, read) => {
    const path = join(dir, `f${files++}.csv`);
    writeFileSync(path, text);
    const { header, chunks } = await collect(path, true, chunkBytes, read);
    expect(utf8(header.bytes) + chunks.map((c) => utf8(c.bytes)).join("")).toBe(text);
    const whole = parse(text, { relax_column_count: true }) as string[][];
    const pieces = [header, ...chunks].flatMap((c) => (c.bytes.length === 0 ? [] : (parse(utf8(c.bytes), { relax_column_count: true }) as string[][])));
    expect(pieces).toEqual(whole);
    // each chunk starts on the line after everything before it
    let line = 1 + linesIn(utf8(header.bytes));
    chunks.forEach((c, i) => {
      expect(c.seq).toBe(i);
      expect(c.firstLine).toBe(line);
      line += linesIn(utf8(c.bytes));
    });
  },
);

test.prop([fc.array(fc.json(), { maxLength: 30 }), fc.integer({ min: 1, max: 100 }), readBytes])("NDJSON chunks are whole lines, with an empty header", async (values, chunkBytes, read) => {
  const text = values.map((v) => v.replaceAll("\n", " ")).join("\n");
  const path = join(dir, `f${files++}.ndjson`);
  writeFileSync(path, text);
  const { header, chunks } = await collect(path, false, chunkBytes, read);
  expect(header.bytes.length).toBe(0);
  expect(chunks.map((c) => utf8(c.bytes)).join("")).toBe(text);
  for (const c of chunks.slice(0, -1)) expect(utf8(c.bytes).endsWith("\n")).toBe(true);
});

// ---------------------------------------------------------------------------------------------
// The cut follows the CSV reader's own grammar (the tokenizer's), for any content: stray quotes,
// text after a closing quote, quotes after a delimiter, CRLF files with lone `\n`, `\r` files.

/** Records of `text` as the reader's tokenizer reads them. */
function tokenize(text: string, delimiter: string): { rows: string[][]; lines: number[] } {
  const tokens = new CsvTokenizer(delimiter);
  tokens.push(text);
  try {
    tokens.end();
  } catch (error) {
    if (!(error instanceof QuoteNotClosed)) throw error;
  }
  return { rows: tokens.rows, lines: tokens.lines };
}

/** A record boundary as the tokenizer sees it: where the record ends, the lines up to there, the character that told. */
interface Cut {
  /** End (exclusive, in UTF-16 units) of the record's line break. */
  readonly end: number;
  /** Lines before `end`, as the reader counts them. */
  readonly lines: number;
  /** The character whose reading completed the record. */
  readonly at: number;
}

/**
 * Where the tokenizer ends records with a line break, found from its own output alone: the text
 * is pushed one UTF-16 unit at a time, and a record is complete once its line break is read.
 * Only a lone `\r` read as the first line break waits for the next character (to tell it from
 * `\r\n`): then the record ended just before that character. The records the end of the text
 * completes (no line break, or a `\r` whose meaning the end decides) are not boundaries.
 */
function tokenizerCuts(text: string, delimiter: string): Cut[] {
  const tokens = new CsvTokenizer(delimiter);
  const cuts: Cut[] = [];
  let rows = 0;
  for (let i = 0; i < text.length; i++) {
    tokens.push(text[i] as string);
    if (tokens.rows.length === rows) continue;
    expect(tokens.rows.length).toBe(rows + 1);
    rows = tokens.rows.length;
    const end = text[i - 1] === "\r" && text[i] !== "\n" ? i : i + 1;
    cuts.push({ end, lines: tokens.line - 1, at: i });
  }
  return cuts;
}

/** The UTF-8 byte offset of each UTF-16 offset of `text` (offsets inside a surrogate pair are not asked for). */
const byteOffsets = (text: string): number[] => Array.from({ length: text.length + 1 }, (_, i) => Buffer.byteLength(text.slice(0, i)));

/** What `scan` finds in `bytes` cut into buffers at `splits`: boundaries as byte offsets with their lines, the buffer each was told in. */
function scanned(bytes: Uint8Array, delimiter: number, splits: readonly number[]): { end: number; lines: number; buffer: number }[] {
  const edges = [...new Set([0, ...splits.map((s) => s % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
  const found: { end: number; lines: number; buffer: number }[] = [];
  let state = FILE_START;
  let lines = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const from = edges[b] as number;
    const s = scan(bytes.subarray(from, edges[b + 1]), state, delimiter);
    if (s.first >= 0) found.push({ end: from + s.first, lines: lines + s.linesToFirst, buffer: b });
    if (s.last > s.first) found.push({ end: from + s.last, lines: lines + s.linesToLast, buffer: b });
    if (s.first < 0) expect([s.last, s.linesToFirst]).toEqual([-1, 0]);
    lines += s.lines;
    state = s.state;
  }
  return found;
}

/** Every boundary `scan` finds in `text` (a string, or bytes), the bytes read one at a time. */
function cutsOf(text: string | Uint8Array, delimiter: string): number[] {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  return scanned(bytes, delimiter.charCodeAt(0), [...bytes.keys()]).map((c) => c.end);
}

const DELIMITERS = [",", "\t", ";"] as const;
const word = fc.stringMatching(/^[a-z é]{0,3}$/);
/** What a quoted field may hold: text, delimiters, `""`, line breaks. */
const inQuotes = fc.array(fc.constantFrom("a", "é", ",", "\t", ";", '""', "\n", "\r\n", "\r"), { maxLength: 5 }).map((p) => p.join(""));
/** Pieces of a line: single characters that matter, and fields of every shape. */
const bit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('"', '""', ",", "\t", ";", "\r", "\n", "\r\n", "a", "b", " ", "é", "😀", "\0") },
  { weight: 2, arbitrary: inQuotes.map((q) => `"${q}"`) }, // a quoted field
  { weight: 2, arbitrary: fc.tuple(word, word).map(([a, b]) => `x${a}"${b}`) }, // a stray quote inside an unquoted field
  { weight: 1, arbitrary: fc.tuple(inQuotes, word).map(([q, a]) => `"${q}"${a}`) }, // text after the closing quote
);
/** Random CSV and TSV-ish text: lines of random pieces, joined by one line ending (which stray breaks inside may contradict). */
const soup = fc
  .record({
    eol: fc.constantFrom("\n", "\r\n", "\r"),
    lines: fc.array(fc.array(bit, { maxLength: 8 }).map((p) => p.join("")), { maxLength: 12 }),
    last: fc.boolean(),
  })
  .map(({ eol, lines, last }) => lines.join(eol) + (last ? eol : ""));

test.prop([soup, fc.constantFrom(...DELIMITERS), fc.array(fc.nat(), { maxLength: 12 })], { numRuns: 500 })(
  "scan finds exactly the record boundaries of the reader's tokenizer, with their lines, across any buffers",
  (text, delimiter, splits) => {
    const bytes = Buffer.from(text);
    const at = byteOffsets(text);
    const expected = tokenizerCuts(text, delimiter);
    const edges = [...new Set([0, ...splits.map((s) => s % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
    const bufferOf = (byte: number): number => edges.findIndex((e, k) => byte >= e && byte < (edges[k + 1] ?? -1));
    // per buffer, its first and last boundary (a buffer tells the boundaries whose deciding character starts in it)
    const want = new Map<number, { end: number; lines: number }[]>();
    for (const c of expected) {
      const b = bufferOf(at[c.at] as number);
      want.set(b, [...(want.get(b) ?? []), { end: at[c.end] as number, lines: c.lines }]);
    }
    const firstAndLast = [...want].flatMap(([buffer, cuts]) => cuts.filter((_, k) => k === 0 || k === cuts.length - 1).map((c) => ({ ...c, buffer })));
    expect(scanned(bytes, delimiter.charCodeAt(0), splits)).toEqual(firstAndLast.sort((x, y) => x.end - y.end));
    // read one byte at a time, every boundary shows
    expect(cutsOf(text, delimiter)).toEqual(expected.map((c) => at[c.end]));
  },
);

/** The text the reader reads: the UTF-8 decoding drops a byte order mark at the start, and the reader one more. */
const readText = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8").replace(/^\uFEFF{0,2}/, "");

/** The field delimiter a reader uses for `text`: given, else detected from its first line. */
const delimiterOf = (text: string, given: string | undefined): string => given ?? detectDelimiter(text.split("\n", 1)[0] ?? "");

test.prop(
  [soup, fc.constantFrom("", "\uFEFF", "\uFEFF\uFEFF", "\uFEFF\uFEFF\uFEFF"), fc.constantFrom("detect", "tsv", ...DELIMITERS), fc.integer({ min: 1, max: 120 }), readBytes],
  { numRuns: 300 },
)(
  "fileChunks cuts where the tokenizer ends records; header + each chunk reads as that part of the file, on the same lines",
  async (body, bom, how, chunkBytes, read) => {
    const bytes = Buffer.from(bom + body);
    const path = join(dir, `f${files++}.${how === "tsv" ? "tsv" : "csv"}`);
    writeFileSync(path, bytes);
    const given = how === "detect" || how === "tsv" ? undefined : how;
    const { header, chunks } = await collect(path, true, chunkBytes, read, given);
    expect(Buffer.concat([header.bytes, ...chunks.map((c) => c.bytes)])).toEqual(bytes);

    // the boundaries and lines of the text the reader reads, as byte offsets in the file
    const text = readText(bytes);
    const delimiter = how === "tsv" ? "\t" : delimiterOf(text, given);
    const shift = bytes.length - Buffer.byteLength(text);
    const at = byteOffsets(text).map((b) => b + shift);
    const cuts = tokenizerCuts(text, delimiter);
    const linesAt = new Map(cuts.map((c) => [at[c.end] as number, c.lines]));
    // the header: the first record and the empty lines before it; all of the file when no record ends with a break
    expect(header.bytes.length).toBe(cuts[0] === undefined ? bytes.length : at[cuts[0].end]);
    if (chunks.length > 0) expect(header.lines).toBe(cuts[0]?.lines);
    let offset = header.bytes.length;
    chunks.forEach((c, k) => {
      expect(c.seq).toBe(k);
      expect(linesAt.has(offset)).toBe(true); // a chunk starts where a record ends
      expect(c.firstLine).toBe((linesAt.get(offset) as number) + 1);
      if (k > 0) expect(c.firstLine).toBe((chunks[k - 1] as Chunk).firstLine + (chunks[k - 1] as Chunk).lines);
      offset += c.bytes.length;
    });
    // records that end with a lone \r are not cut (a worker would not know them from the header)
    if (cuts[0] !== undefined && text[cuts[0].end - 1] === "\r") expect(chunks.length).toBeLessThanOrEqual(1);

    // what the workers read, each the header and its chunk, is what one reader reads
    const whole = tokenize(text, delimiter);
    const rows = whole.rows.slice(0, 1);
    const lines = whole.lines.slice(0, 1);
    for (const c of chunks) {
      const part = readText(Buffer.concat([header.bytes, c.bytes]));
      const r = tokenize(part, how === "tsv" ? "\t" : delimiterOf(part, given));
      rows.push(...r.rows.slice(1));
      lines.push(...r.lines.slice(1).map((l) => l + c.firstLine - 1 - header.lines));
    }
    if (chunks.length > 0) expect({ rows, lines }).toEqual(whole);
  },
);

describe("cuts that the old rule (any quote flips the quoted state) got wrong", () => {
  it("a stray quote inside an unquoted field, then a newline", () => {
    const text = 'id,size\n1,5" screen\n2,"two\nlines"\n3,x\n';
    expect(cutsOf(text, ",")).toEqual([8, 20, 34, 38]);
    // The old rule: the quote of 5" opened quotes, so the end of that record was missed, and the
    // quote that opens "two closed them, so it cut at 27, inside the quoted field ("two\n|lines"):
    // it found [8, 27].
    expect(cutsOf(text, ",")).not.toContain(27);
  });

  it("text after a closing quote, in a TSV", () => {
    // "a"b"c is one field: the quoting ends at the second quote; b"c is ordinary text
    const text = '"a"b"c\td\n"e\nf"\tg\n';
    expect(tokenize(text, "\t").rows).toEqual([['"a"b"c', "d"], ["e\nf", "g"]]);
    expect(cutsOf(text, "\t")).toEqual([9, 17]);
    // The old rule saw three quotes, so it was inside quotes at the end of the first record and
    // outside them in "e\nf": it cut only at 12, inside that field.
  });

  it("a lone \\n inside a record of a CRLF file", () => {
    const text = "a,b\r\n1,x\ny\r\n2,z\r\n";
    expect(tokenize(text, ",").rows).toEqual([["a", "b"], ["1", "x\ny"], ["2", "z"]]);
    // The old rule cut after every \n outside quotes, at 9 too, in the middle of the record 1,x\ny.
    expect(cutsOf(text, ",")).toEqual([5, 12, 17]);
  });

  it("a file whose records end with a lone \\r: one chunk after the header, no rows lost", async () => {
    const path = join(dir, `f${files++}.csv`);
    writeFileSync(path, "a,b\r1,2\r3,4\r");
    const { header, chunks } = await collect(path, true, 1, 64);
    // The old rule, which cut only after \n, gave the whole file as the header and no chunks.
    expect([utf8(header.bytes), ...chunks.map((c) => utf8(c.bytes))]).toEqual(["a,b\r", "1,2\r3,4\r"]);
    expect(chunks.map((c) => [c.firstLine, c.lines])).toEqual([[2, 2]]);
  });
});

describe("the start of the file and the field delimiter", () => {
  it("byte order marks: up to two are not text; part of one is", () => {
    const quoted = '"a\nb",c\n1,2\n';
    expect(cutsOf("\uFEFF" + quoted, ",")).toEqual([3 + 8, 3 + 12]);
    expect(cutsOf("\uFEFF\uFEFF" + quoted, ",")).toEqual([6 + 8, 6 + 12]);
    // a third mark is a character: the quote after it is ordinary, so the first \n ends a record
    expect(cutsOf("\uFEFF\uFEFF\uFEFF" + quoted, ",")).toEqual([9 + 3, 9 + 8, 9 + 12]);
    // a mark cut short decodes to U+FFFD, a character too
    const partial = Buffer.concat([Buffer.from([0xef, 0xbb]), Buffer.from(quoted)]);
    expect(readText(partial)).toBe("\uFFFD" + quoted);
    expect(cutsOf(partial, ",")).toEqual([2 + 3, 2 + 8, 2 + 12]);
    // an empty buffer changes nothing
    expect(scan(new Uint8Array(0), FILE_START, 0x2c)).toEqual({ first: -1, linesToFirst: 0, last: -1, linesToLast: 0, lines: 0, state: FILE_START });
  });

  it("the delimiter: tab for a .tsv file, else detected from the first line; a quote after it opens a field", async () => {
    const text = 'a;b\n1;"x\ny"\n';
    const path = join(dir, `f${files++}.csv`);
    writeFileSync(path, text);
    // `;` is detected, so the quote opens a quoted field and the \n in it is data
    expect((await collect(path, true, 1, 64)).chunks.map((c) => utf8(c.bytes))).toEqual(['1;"x\ny"\n']);
    // with `,` the quote would be in the middle of a field
    expect((await collect(path, true, 1, 64, ",")).chunks.map((c) => utf8(c.bytes))).toEqual(['1;"x\n', 'y"\n']);
    const tsv = join(dir, `f${files++}.tsv`);
    writeFileSync(tsv, 'a,b,c\td\n1,2\t"x\ny"\n');
    expect((await collect(tsv, true, 1, 64)).chunks.map((c) => utf8(c.bytes))).toEqual(['1,2\t"x\ny"\n']);
  });
});
