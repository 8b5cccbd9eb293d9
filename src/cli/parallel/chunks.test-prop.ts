import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { fileChunks, type Chunk, type Header } from "./chunks.js";

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

async function collect(path: string, csv: boolean, chunkBytes: number, readBytes: number): Promise<{ header: Header; chunks: Chunk[] }> {
  let header: Header | undefined;
  const chunks: Chunk[] = [];
  for await (const item of fileChunks(path, csv, chunkBytes, readBytes)) {
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
