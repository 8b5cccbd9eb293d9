import { chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { isKpiInputError, type KpiInputError } from "../errors.js";
import { callSchema, ticketSchema } from "../schemas/index.js";
import { headRows } from "./headRows.js";
import { isReadRecordsError, KPI_READ_FAILED, readRecords, ReadRecordsError } from "./index.js";
import { chunked, rejectionOf, scratch } from "./readRecords.test-util.js";

const { dir, file } = scratch();

describe("readRecords: JSON and NDJSON", () => {
  it("a JSON array spread over 7-character chunks; a bad element is a rejected row with its line", async () => {
    const text = '[\n  {"waitMs": 1, "outcome": "answered", "queue": "a,]}"},\n  {"waitMs": tru},\n  {"waitMs": 3.5, "outcome": "abandoned"},\n  5\n]\n';
    const reader = readRecords(chunked(text, 7), { schema: callSchema, format: "json" });
    const { records, rejected, counts } = await reader.collect();
    expect(records).toEqual([{ waitMs: 1, outcome: "answered", queue: "a,]}" }, { waitMs: 3.5, outcome: "abandoned" }]);
    expect(rejected.map((r) => [r.index, r.line, r.issues[0]?.field])).toEqual([[1, 3, ""], [3, 5, ""]]);
    expect(rejected[0]?.issues[0]?.message).toMatch(/^the element starting at line 3 is not valid JSON: /);
    expect(rejected[1]?.issues[0]?.message).toBe("a row must be an object with a value per column, got 5");
    expect(counts).toEqual({ rows: 4, records: 2, rejected: 2 });
  });

  it("a broken JSON array is a ReadRecordsError with the line; an empty file is no rows", async () => {
    const path = file("broken.json", '[{"waitMs": 1, "outcome": "answered"},\n{"waitMs": 2');
    const error = (await rejectionOf(() => readRecords(path, { schema: callSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path, error.line]).toEqual([true, path, 2]);
    expect(error.message).toContain("not a JSON array: the array is not closed: the element starting at line 2 never ends");
    const notArray = (await rejectionOf(() => readRecords(file("obj.json", '{"a": 1}'), { schema: callSchema }).collect())) as ReadRecordsError;
    expect(notArray.code).toBe(KPI_READ_FAILED);
    expect((await readRecords(file("empty.json", "  \n"), { schema: callSchema }).collect()).counts.rows).toBe(0);
  });

  it("NDJSON with a broken line and blank lines; .jsonl too", async () => {
    const text = '{"waitMs": 1, "outcome": "answered"}\n\n{"waitMs": 2, "outcome": \n{"waitMs": 3, "outcome": "abandoned"}\r\n{"waitMs": 4, "outcome": "answered"}';
    for (const name of ["calls.ndjson", "calls.jsonl"]) {
      const { records, rejected } = await readRecords(file(name, text), { schema: callSchema }).collect();
      expect(records.map((r) => r.waitMs)).toEqual([1, 3, 4]);
      expect(rejected.map((r) => [r.index, r.line, r.row])).toEqual([[1, 3, '{"waitMs": 2, "outcome": ']]);
      expect(rejected[0]?.issues[0]?.message).toMatch(/^line 3 is not valid JSON: /);
    }
  });

  it("a row nested 10,000 levels deep is a rejected row with its line, in a JSON array and in NDJSON; the others are read", async () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const rows = ['{"waitMs": 1, "outcome": "answered"}', `{"waitMs": ${deep}, "outcome": "answered"}`, '{"waitMs": 2, "outcome": "abandoned"}', deep];
    const read = async (name: string, text: string, size: number) => readRecords(chunked(text, size), { schema: callSchema, format: name === "json" ? "json" : "ndjson" }).collect();
    for (const size of [7, 4_096]) {
      const ndjson = await read("ndjson", rows.join("\n"), size);
      expect(ndjson.records).toEqual([{ waitMs: 1, outcome: "answered" }, { waitMs: 2, outcome: "abandoned" }]);
      expect(ndjson.counts).toEqual({ rows: 4, records: 2, rejected: 2 });
      expect(ndjson.rejected.map((r) => [r.index, r.line, r.issues])).toEqual([
        [1, 2, [{ field: "", value: rows[1], message: "line 2 is nested deeper than 256 levels of arrays and objects", path: [] }]],
        [3, 4, [{ field: "", value: rows[3], message: "line 4 is nested deeper than 256 levels of arrays and objects", path: [] }]],
      ]);
      const json = await read("json", `[\n${rows.join(",\n")}\n]`, size);
      expect([json.records, json.counts]).toEqual([ndjson.records, ndjson.counts]);
      expect(json.rejected.map((r) => [r.index, r.line, r.issues[0]?.message])).toEqual([
        [1, 3, "the element starting at line 3 is nested deeper than 256 levels of arrays and objects"],
        [3, 5, "the element starting at line 5 is nested deeper than 256 levels of arrays and objects"],
      ]);
      // a rejected row can be written out as JSON (the command line does): the row is its text
      expect(() => JSON.stringify(json.rejected)).not.toThrow();
    }
  });

  it("nesting: 256 levels are read as any row, 257 are not; onInvalid throw names the limit and the line", async () => {
    const nested = (depth: number): string => `{"waitMs": 1, "outcome": "answered", "x": ${"[".repeat(depth - 1)}${"]".repeat(depth - 1)}}`;
    const text = `${nested(256)}\n${nested(257)}\n`;
    const { records, rejected } = await readRecords(file("limit.ndjson", text), { schema: callSchema }).collect();
    expect([records.length, rejected.map((r) => r.line)]).toEqual([1, [2]]);
    const error = (await rejectionOf(() => readRecords(file("limit2.ndjson", text), { schema: callSchema, onInvalid: "throw" }).collect())) as KpiInputError;
    expect([error.index, error.message.startsWith("readRecords: rows[1] must be JSON nested at most 256 levels deep (line 2)")]).toEqual([1, true]);
  });

  it("NDJSON lines longer than many chunks, with CRLF: read whole, on their lines", async () => {
    const long = "x".repeat(100_000);
    const text = `{"waitMs": 1, "outcome": "answered", "queue": "${long}"}\r\n\r\n{"waitMs": 2, "outcome": "answered", "queue": "${long}é"}`;
    const { records, rejected } = await readRecords(chunked(text, 997), { schema: callSchema, format: "ndjson" }).collect();
    expect(records.map((r) => r.queue)).toEqual([long, `${long}é`]);
    expect(rejected).toEqual([]);
    const bad = await readRecords(chunked(`{"waitMs": 1, "outcome": "answered"}\n{"queue": "${long}`, 4_093), { schema: callSchema, format: "ndjson" }).collect();
    expect(bad.rejected.map((r) => [r.line, (r.row as string).length])).toEqual([[2, long.length + 11]]);
  });

  it("checks a JSON mapping against the first row's keys, or the columns given", async () => {
    const path = file("keys.ndjson", '{"wait": 1, "outcome": "answered"}\n{"wait": 2, "outcome": "answered", "q": "x"}\n');
    const error = (await rejectionOf(() => readRecords(path, { schema: callSchema, mapping: { waitMs: "wait", queue: "q" } }).collect())) as KpiInputError;
    expect([isKpiInputError(error), error.field]).toEqual([true, "mapping.queue"]);
    const ok = await readRecords(path, { schema: callSchema, mapping: { waitMs: "wait", queue: "q" }, columns: ["wait", "outcome", "q"] }).collect();
    expect(ok.records).toEqual([{ waitMs: 1, outcome: "answered" }, { waitMs: 2, outcome: "answered", queue: "x" }]);
  });
});

describe("readRecords: sources and errors", () => {
  it("an unreadable path is a ReadRecordsError naming it: missing file, directory", async () => {
    const missing = `${dir}/nope.csv`;
    const error = (await rejectionOf(() => readRecords(missing, { schema: callSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path, error.name]).toEqual([true, missing, "ReadRecordsError"]);
    expect(error.message).toMatch(new RegExp(`^${missing}: cannot read the file: ENOENT`));
    const folder = (await rejectionOf(() => readRecords(`${dir}/`, { schema: callSchema, format: "csv" }).collect())) as ReadRecordsError;
    expect(folder.message).toContain("EISDIR");
  });

  it("every bad path is a ReadRecordsError with the path and the reason, in every format and in init's first rows", async () => {
    const folder = join(dir, "folder.csv");
    mkdirSync(folder);
    const cases: [string, string][] = [
      ["\0", '"\\u0000": cannot read the file: the path contains a NUL character'],
      [`${dir}/a\0b.csv`, `${JSON.stringify(`${dir}/a\0b.csv`)}: cannot read the file: the path contains a NUL character`],
      ["", '"": cannot read the file: the path is empty'],
      [folder, `${folder}: cannot read the file: it is a directory (EISDIR)`],
      [`${dir}/missing.csv`, `${dir}/missing.csv: cannot read the file: ENOENT: no such file or directory, stat '${dir}/missing.csv'`],
    ];
    for (const format of ["csv", "ndjson", "json", "xlsx", "parquet"] as const) {
      for (const [path, message] of cases) {
        const error = (await rejectionOf(() => readRecords(path, { schema: callSchema, format }).collect())) as ReadRecordsError;
        expect([isReadRecordsError(error), error.path, error.message]).toEqual([true, path, message]);
        const head = (await rejectionOf(() => headRows(path, format, { limit: 1 }))) as ReadRecordsError;
        expect([isReadRecordsError(head), head.message]).toEqual([true, message]);
      }
    }
    const url = (await rejectionOf(() => readRecords(new URL(`file://${dir}/a%00b.csv`), { schema: callSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(url), url.path]).toEqual([true, `${dir}/a\0b.csv`]);
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission is a ReadRecordsError (not run as root, who may read anything)", async () => {
    const locked = file("locked.csv", "waitMs,outcome\n1,answered\n");
    chmodSync(locked, 0o000);
    const error = (await rejectionOf(() => readRecords(locked, { schema: callSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path]).toEqual([true, locked]);
    expect(error.message).toContain("EACCES");
  });

  it.runIf(process.platform === "linux")("a file that fails while it is read (Linux's /proc/self/mem: EIO) is a ReadRecordsError", async () => {
    const error = (await rejectionOf(() => readRecords("/proc/self/mem", { schema: callSchema, format: "csv" }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.message]).toEqual([true, "/proc/self/mem: cannot read the file: EIO: i/o error, read"]);
  });

  it("a URL that is no file's is a bad argument, said at once", () => {
    expect(() => readRecords(new URL("https://example.com/tickets.csv"), { schema: callSchema })).toThrow(/source/);
  });

  it("TSDoc examples of ReadRecordsError and isReadRecordsError", () => {
    expect(new ReadRecordsError("cannot read", { path: "tickets.csv", line: 3 }).message).toBe("tickets.csv, line 3: cannot read");
    expect(isReadRecordsError(new ReadRecordsError("x"))).toBe(true);
    expect(isReadRecordsError(new Error("x"))).toBe(false);
  });

  it("checks its arguments synchronously: the format of a stream, options, schema, delimiter", () => {
    const field = (run: () => unknown): string => {
      try {
        run();
      } catch (e) {
        return (e as KpiInputError).field;
      }
      return "no error";
    };
    expect(field(() => readRecords(Readable.from([]), { schema: callSchema }))).toBe("options.format");
    expect(field(() => readRecords("calls.xls", { schema: callSchema }))).toBe("options.format");
    expect(field(() => readRecords("calls.csv", { schema: callSchema, format: "xml" as never }))).toBe("options.format");
    expect(field(() => readRecords("calls.csv", { schema: {} as never }))).toBe("options.schema");
    expect(field(() => readRecords("calls.csv", null as never))).toBe("options");
    expect(field(() => readRecords(42 as never, { schema: callSchema }))).toBe("source");
    expect(field(() => readRecords("calls.csv", { schema: callSchema, delimiter: "" }))).toBe("options.delimiter");
    expect(field(() => readRecords("calls.csv", { schema: callSchema, mapping: { nope: "x" } as never }))).toBe("mapping.nope");
  });

  it("reads bytes with a multi-byte character split across chunks, and a file URL", async () => {
    const bytes = new TextEncoder().encode("id,createdAt,agent\n1,2024-01-01,Zoë Müller\n");
    const pieces = Array.from(bytes, (b) => Uint8Array.of(b));
    const { records } = await readRecords(Readable.from(pieces), { schema: ticketSchema, format: "csv" }).collect();
    expect(records[0]?.agent).toBe("Zoë Müller");
    const url = new URL(`file://${file("url.csv", "waitMs,outcome\n1,answered\n")}`);
    expect((await readRecords(url, { schema: callSchema }).collect()).counts.records).toBe(1);
  });

  it("a reader is iterated once; breaking out early stops reading", async () => {
    const reader = readRecords(file("twice.csv", "waitMs,outcome\n1,answered\n2,answered\n"), { schema: callSchema });
    for await (const call of reader) {
      expect(call.waitMs).toBe(1);
      break;
    }
    expect([reader.done, reader.counts.rows]).toEqual([false, 1]);
    const error = (await rejectionOf(() => reader.collect())) as KpiInputError;
    expect(error.field).toBe("reader");
  });

  it("streams 200,000 generated rows: every row counted", async () => {
    function* rows(): Generator<string> {
      yield "id,createdAt,channel,csat\n";
      for (let i = 0; i < 200_000; i++) yield `T-${i},2024-01-01 ${String(i % 24).padStart(2, "0")}:00:00,chat,${i % 997 === 0 ? 9 : (i % 5) + 1}\n`;
    }
    const reader = readRecords(Readable.from(rows()), { schema: ticketSchema, format: "csv", onInvalid: "skip" });
    let csatSum = 0;
    for await (const t of reader) csatSum += t.csat ?? 0;
    const bad = Math.floor(199_999 / 997) + 1;
    expect(reader.counts).toEqual({ rows: 200_000, records: 200_000 - bad, rejected: bad });
    expect(reader.rejected).toEqual([]);
    expect(csatSum).toBeGreaterThan(0);
  }, 60_000);
});

describe("readRecords: edge cases of the source", () => {
  it("a stream's own error reaches the loop as it is", async () => {
    const failing = new Readable({ read() { this.destroy(new Error("socket hang up")); } });
    const error = (await rejectionOf(() => readRecords(failing, { schema: callSchema, format: "ndjson" }).collect())) as Error;
    expect([error.message, isReadRecordsError(error)]).toEqual(["socket hang up", false]);
  });

  it("a lone surrogate in a stream of strings becomes U+FFFD in a row, not dropped (bytes that are not text: readRecords.encoding.test.ts)", async () => {
    const strings = await readRecords(Readable.from(["waitMs,outcome\n1,answered\n\uD83D"]), { schema: callSchema, format: "csv" }).collect();
    expect(strings.rejected[0]?.row).toEqual(["\uFFFD"]); // a lone surrogate is not text: replaced, still a row
  });

  it("detects the delimiter outside quoted header names; a lone CR ends a line", async () => {
    const { records } = await readRecords(chunked('"wait,ms";"outcome"\r1;answered\r2;abandoned', 4), { schema: callSchema, format: "csv", mapping: { waitMs: "wait,ms" } }).collect();
    expect(records).toEqual([{ waitMs: 1, outcome: "answered" }, { waitMs: 2, outcome: "abandoned" }]);
    const { rejected } = await readRecords(chunked("waitMs,outcome\r1,answered\rx,answered\r", 3), { schema: callSchema, format: "csv" }).collect();
    expect(rejected.map((r) => r.line)).toEqual([3]);
  });

  it("JSON elements that are not objects, and nested timestamps in a time zone", async () => {
    const text = '[{"id": 1, "createdAt": "2024-07-01 09:00", "events": [{"at": "2024-07-01 09:05", "type": "message", "author": "agent"}]}, [1]]';
    const { records, rejected } = await readRecords(chunked(text, 5), { schema: ticketSchema, format: "json", timeZone: "America/New_York" }).collect();
    expect(records[0]?.events?.[0]?.at.toISOString()).toBe("2024-07-01T13:05:00.000Z");
    expect(rejected.map((r) => [r.line, r.issues[0]?.message])).toEqual([[1, "a row must be an object with a value per column, got an array of 1"]]);
  });
});
