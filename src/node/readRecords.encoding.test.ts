/**
 * Encodings: UTF-8 (with or without its mark) and UTF-16 with a byte-order mark are read alike;
 * UTF-16 without a mark, UTF-32 and bytes that are not text (a Latin-1 export) stop the reading
 * with one ReadRecordsError, not a misleading reason on every row.
 */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ticketSchema } from "../schemas/index.js";
import { fileChunks } from "./chunks.js";
import { headRows } from "./headRows.js";
import { isReadRecordsError, readRecords, type ReadRecordsError } from "./index.js";
import type { ReadOptions } from "./types.js";
import { rejectionOf, scratch } from "./readRecords.test-util.js";

const { file } = scratch();
const utf16le = (text: string): Uint8Array => Uint8Array.from(Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, "utf16le")]));
const utf16be = (text: string): Uint8Array => utf16le(text).map((_, i, b) => b[i ^ 1] as number);
const options = { schema: ticketSchema, mapping: { agent: "Agent" } } satisfies ReadOptions<typeof ticketSchema>;

/** A ticket export with accents, an emoji (a surrogate pair in UTF-16), a quoted line break, CRLF and a bad row; long enough for several 64 KB chunks. */
function exportText(): string {
  const rows = ["id,createdAt,Agent,csat"];
  for (let i = 0; i < 3_000; i++) rows.push(`T-${i},2024-01-0${(i % 9) + 1} 10:00,"Zoë Müller 😀${i % 7 === 0 ? "\r\n(night shift)" : ""}",${i % 500 === 0 ? 9 : (i % 5) + 1}`);
  return `${rows.join("\r\n")}\r\n`;
}

describe("readRecords: encodings", () => {
  it("UTF-16 LE and BE with their mark read equal to the UTF-8 file, from a path and from a stream cut at odd bytes", async () => {
    const text = exportText();
    const expected = await readRecords(file("utf8.csv", text), options).collect();
    expect(expected.counts).toEqual({ rows: 3_000, records: 2_994, rejected: 6 });
    expect(expected.records.find((r) => r.id === "T-7")?.agent).toBe("Zoë Müller 😀\r\n(night shift)");
    // row i starts on line 2 + i, plus one for each row before it with a line break in its quotes
    expect(expected.rejected.map((r) => r.line)).toEqual([0, 500, 1000, 1500, 2000, 2500].map((i) => 2 + i + Math.ceil(i / 7)));
    for (const [name, bytes] of [["le.csv", utf16le(text)], ["be.csv", utf16be(text)]] as const) {
      expect(await readRecords(file(name, bytes), options).collect()).toEqual(expected);
      const pieces = Array.from({ length: Math.ceil(bytes.length / 4_099) }, (_, k) => bytes.subarray(k * 4_099, (k + 1) * 4_099));
      expect(await readRecords(Readable.from(pieces), { ...options, format: "csv" }).collect()).toEqual(expected);
    }
  });

  it("NDJSON and JSON in UTF-16, and the UTF-8 mark: the same records", async () => {
    const ndjson = '{"id": "T-1", "createdAt": "2024-01-01", "agent": "Zoë"}\n{"id": "T-2", "createdAt": "2024-01-02", "agent": "李"}\n';
    const records = [{ id: "T-1", createdAt: new Date("2024-01-01T00:00:00Z"), agent: "Zoë" }, { id: "T-2", createdAt: new Date("2024-01-02T00:00:00Z"), agent: "李" }];
    expect((await readRecords(file("le.ndjson", utf16le(ndjson)), { schema: ticketSchema }).collect()).records).toEqual(records);
    const json = `[${ndjson.trim().split("\n").join(",\n")}]`;
    expect((await readRecords(file("be.json", utf16be(json)), { schema: ticketSchema }).collect()).records).toEqual(records);
    expect((await readRecords(file("bom.ndjson", `\uFEFF${ndjson}`), { schema: ticketSchema }).collect()).records).toEqual(records);
  });

  it("up to two marks are dropped, in a short file and in a long one (fileChunks counts on it)", async () => {
    for (const rows of [1, 10_000]) {
      const text = `\uFEFF\uFEFFid,createdAt\n${"T-1,2024-01-01\n".repeat(rows)}`;
      for (const bytes of [Buffer.from(text), utf16le(text.slice(1))]) {
        expect((await readRecords(file("marks.csv", bytes), { schema: ticketSchema }).collect()).counts).toEqual({ rows, records: rows, rejected: 0 });
      }
    }
  });

  it("UTF-16 without a mark: one ReadRecordsError saying so and how to convert it, not a reason per row", async () => {
    const bare = Uint8Array.from(Buffer.from(exportText(), "utf16le"));
    const path = file("bare.csv", bare);
    const error = (await rejectionOf(() => readRecords(path, options).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path, error.line]).toEqual([true, path, undefined]);
    expect(error.message).toMatch(new RegExp(`^${path}: the file looks like UTF-16 text without a byte-order mark .* iconv -f UTF-16LE -t UTF-8 .*, or save it with a byte-order mark$`));
    // a file shorter than the bytes looked at, and big-endian
    const short = file("short.ndjson", Uint8Array.from(Buffer.from('{"id": 1}\n', "utf16le")).map((_, i, b) => b[i ^ 1] as number));
    expect(((await rejectionOf(() => readRecords(short, { schema: ticketSchema }).collect())) as Error).message).toContain("iconv -f UTF-16BE");
  });

  it("UTF-32: one ReadRecordsError", async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0, 0, ...[..."id\n"].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]);
    const error = (await rejectionOf(() => readRecords(file("u32.csv", bytes), options).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.message.includes("UTF-32 text (its byte-order mark says so), which is not read")]).toEqual([true, true]);
  });

  it("a Latin-1 (Windows-1252) export: one ReadRecordsError with the line of the first bad bytes, not 'Gel�st' rejected row after row", async () => {
    const text = "id,createdAt,Agent\nT-1,2024-01-01,Ana\nT-2,2024-01-02,José\nT-3,2024-01-03,Jürgen\n";
    const path = file("latin1.csv", Buffer.from(text, "latin1"));
    const error = (await rejectionOf(() => readRecords(path, options).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path, error.line]).toEqual([true, path, 3]);
    expect(error.message).toMatch(new RegExp(`^${path}, line 3: the file is not valid UTF-8 text: this line has bytes that are not UTF-8 \\(is the file in another encoding, such as Windows-1252 or Latin-1\\?\\); convert it to UTF-8`));
    // far into a file, after many chunks: still the line of the bad bytes
    const long = `${"id,createdAt,Agent\n"}${"T-0,2024-01-01,Ana\n".repeat(20_000)}`;
    const late = file("late.csv", Buffer.concat([Buffer.from(long), Buffer.from("T-1,2024-01-02,José\n", "latin1")]));
    expect(((await rejectionOf(() => readRecords(late, options).collect())) as ReadRecordsError).line).toBe(20_002);
  });

  it("a stream of bytes ending inside a character: a ReadRecordsError on the last line, without a path", async () => {
    const bytes = [...new TextEncoder().encode("id,createdAt\nT-1,2024-01-01\n"), 0xc3];
    const error = (await rejectionOf(() => readRecords(Readable.from([Uint8Array.from(bytes)]), { schema: ticketSchema, format: "csv" }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path, error.line]).toEqual([true, undefined, 3]);
    expect(error.message).toMatch(/^line 3: the file is not valid UTF-8 text/);
  });

  it("init's first rows read UTF-16 too, and stop on bytes that are not text", async () => {
    const head = await headRows(file("head.csv", utf16be("id,Agent\nT-1,Zoë\n")), "csv", { limit: 5 });
    expect(head).toEqual({ columns: ["id", "Agent"], rows: [{ id: "T-1", Agent: "Zoë" }] });
    const error = (await rejectionOf(() => headRows(file("head1252.csv", Buffer.from("id,Agent\nT-1,Zoë\n", "latin1")), "csv", { limit: 5 }))) as ReadRecordsError;
    expect([isReadRecordsError(error), error.line]).toEqual([true, 2]);
  });
});

describe("fileChunks (report --workers): UTF-16 with its mark is cut as UTF-8", () => {
  const chunksOf = async (path: string, csv: boolean, readBytes: number): Promise<{ text: string; firstLines: number[] }> => {
    const parts: string[] = [];
    const firstLines: number[] = [];
    for await (const item of fileChunks(path, csv, 300, readBytes)) {
      if ("header" in item) parts.push(Buffer.from(item.header.bytes).toString("utf8"));
      else {
        parts.push(Buffer.from(item.chunk.bytes).toString("utf8"));
        firstLines.push(item.chunk.firstLine);
      }
    }
    return { text: parts.join(""), firstLines };
  };

  it("header and chunks are the file's text in UTF-8, cut between records, on the file's lines", async () => {
    const text = exportText().slice(0, 5_000);
    for (const bytes of [utf16le(text), utf16be(text)]) {
      for (const readBytes of [1, 3, 64, 1 << 20]) {
        const { text: got, firstLines } = await chunksOf(file("cut.csv", bytes), true, readBytes);
        expect(got).toBe(text);
        expect(firstLines[0]).toBe(2);
      }
    }
    expect((await chunksOf(file("cut.ndjson", utf16le('{"a": "é"}\n{"a": 2}\n')), false, 5)).text).toBe('{"a": "é"}\n{"a": 2}\n');
    expect((await chunksOf(file("tiny.csv", Uint8Array.of(0xff, 0xfe, 0x61)), true, 1)).text).toBe("\uFFFD\uFFFDa"); // 3 bytes: left as they are
    expect((await chunksOf(file("empty16.csv", Uint8Array.of(0xff, 0xfe)), true, 1)).text).toBe("\uFFFD\uFFFD");
    expect((await chunksOf(file("mark16.csv", Uint8Array.of(0xff, 0xfe, 0x61, 0)), true, 1)).text).toBe("a");
  });

  it("a file that cannot be read fails as before (the command checks the path first)", async () => {
    expect(((await rejectionOf(() => chunksOf(file("gone.csv", "a\n").replace("gone", "none"), true, 64))) as { code?: string }).code).toBe("ENOENT");
  });

  it("UTF-16 that is not text (a lone surrogate) is a ReadRecordsError with its line", async () => {
    const bytes = Buffer.concat([utf16le("id,a\n1,x\n"), Buffer.of(0x00, 0xd8), Buffer.from("2,y\n", "utf16le")]);
    const path = file("lone16.csv", bytes);
    const error = (await rejectionOf(() => chunksOf(path, true, 1 << 20))) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path, error.line]).toEqual([true, path, 3]);
    expect(error.message).toContain("the file is not valid UTF-16LE text");
    const sequential = (await rejectionOf(() => readRecords(path, { schema: ticketSchema }).collect())) as ReadRecordsError;
    expect(sequential.line).toBe(3);
  });
});
