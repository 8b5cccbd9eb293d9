import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { callSchema, ticketSchema } from "../schemas/index.js";
import { isReadRecordsError, readRecords, type ReadRecordsError } from "./index.js";
import { chunked, rejectionOf, scratch } from "./readRecords.test-util.js";

const { file } = scratch();

describe("readRecords: CSV through csv-parse (a delimiter of several characters)", () => {
  it("reads records, rejects short rows with their line, reports an unclosed quote with its line", async () => {
    const text = 'waitMs||outcome||queue\n1||answered||"a||b"\n\n2||abandoned\n3||answered||"x\ny"\n';
    const { records, rejected, counts } = await readRecords(file("pipes.csv", text), { schema: callSchema, delimiter: "||" }).collect();
    expect(records).toEqual([{ waitMs: 1, outcome: "answered", queue: "a||b" }, { waitMs: 3, outcome: "answered", queue: "x\ny" }]);
    expect(rejected.map((r) => [r.index, r.line, r.issues[0]?.message])).toEqual([[1, 4, "expected 3 fields, got 2 (line 4)"]]);
    expect(counts).toEqual({ rows: 3, records: 2, rejected: 1 });
    const open = file("pipes-open.csv", 'waitMs||outcome\n1||answered\n2||"open\n');
    const error = (await rejectionOf(() => readRecords(open, { schema: callSchema, delimiter: "||" }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.line]).toEqual([true, 3]);
    expect(error.message).toContain("a quoted field opened in the row starting at line 3 is not closed");
  });

  it("an error of the stream itself comes through as it is, through csv-parse and through the tokenizer", async () => {
    async function* failing(delimiter: string): AsyncGenerator<string> {
      yield `waitMs${delimiter}outcome\n1${delimiter}answered\n`;
      throw new TypeError("the network went away");
    }
    for (const delimiter of ["||", ","]) {
      const error = await rejectionOf(() => readRecords(failing(delimiter), { schema: callSchema, format: "csv", delimiter }).collect());
      expect((error as Error).message).toBe("the network went away");
    }
  });
});

describe("readRecords: CSV through the tokenizer", () => {
  it("a lone surrogate in a stream of strings becomes U+FFFD, as it did through csv-parse", async () => {
    const stream = Readable.from(["waitMs,outcome,queue\n1,answered,a\ud800b\n"]);
    const { records } = await readRecords(stream, { schema: callSchema, format: "csv" }).collect();
    expect(records[0]?.queue).toBe("a\ufffdb");
  });

  it("a header without a required column: every row is rejected with zod's issues, none taken by the fast path", async () => {
    const { records, rejected } = await readRecords(file("no-wait.csv", "outcome,queue\nanswered,a\nabandoned,b\n"), { schema: callSchema }).collect();
    // an abandoned call may have no wait time (its wait is unknown); an answered one may not
    expect(records).toEqual([{ outcome: "abandoned", queue: "b" }]);
    expect(rejected.map((r) => [r.line, r.issues.map((i) => i.message)])).toEqual([[2, ["waitMs is required: the wait of an answered call (only an abandoned call may have none)"]]]);
  });

  it("rows the fast path is not sure about go through zod and come out the same", async () => {
    const text = "id,createdAt,csat,events\nT-1, 2024-01-01T10:00Z ,5.0,\nT-2,2024-01-01 24:00,4,\nT-3,2024-01-01,3,[]\n";
    const { records, rejected } = await readRecords(file("odd.csv", text), { schema: ticketSchema, timeZone: "Europe/Paris" }).collect();
    expect(records).toEqual([
      { id: "T-1", createdAt: new Date("2024-01-01T10:00:00Z"), csat: 5 },
      { id: "T-2", createdAt: new Date("2024-01-01T23:00:00Z"), csat: 4 },
    ]);
    expect(rejected.map((r) => [r.line, r.issues[0]?.field])).toEqual([[4, "events"]]);
  });

  it("with `columns` given, the header is not checked again; an error thrown by a schema's own rule comes through", async () => {
    const text = "waitMs,outcome\n1,answered\n";
    const { counts } = await readRecords(file("cols.csv", text), { schema: callSchema, columns: ["waitMs", "outcome"], mapping: { waitMs: "waitMs" } }).collect();
    expect(counts).toEqual({ rows: 1, records: 1, rejected: 0 });
    const throwing = callSchema.refine(() => {
      throw new RangeError("a rule that breaks");
    });
    const error = await rejectionOf(() => readRecords(file("rule.csv", text), { schema: throwing }).collect());
    expect(error).toBeInstanceOf(RangeError);
  });

  it("an 8 MB field, quoted (with quotes and line breaks in it) or not, and many 60 KB fields: read whole, later lines right", async () => {
    // (read in time linear in the size: 24 MB took 14 s before, see bench/; here only the values are checked)
    const MB = 1 << 20;
    const breaks = 700_000;
    const quoted = `${'say ""hi""\n'.repeat(breaks)}end`; // 8.4 MB
    const plain = "p".repeat(8 * MB);
    const medium = Array.from({ length: 40 }, (_, i) => `${i},answered,"${"m".repeat(60_000)}",${"t".repeat(60_000)}`);
    const text = `waitMs,outcome,queue,team\n1,answered,"${quoted}",x\n2,answered,${plain},y\n${medium.join("\n")}\nz,answered,q,t\n`;
    for (const source of [file("huge.csv", text), chunked(text, 4_093)]) {
      const { records, rejected, counts } = await readRecords(source, { schema: callSchema, format: "csv" }).collect();
      expect(counts).toEqual({ rows: 43, records: 42, rejected: 1 });
      expect(records[0]?.queue).toBe(quoted.replaceAll('""', '"'));
      expect([records[1]?.queue, records[1]?.team]).toEqual([plain, "y"]);
      expect(records.slice(2).every((r) => r.queue?.length === 60_000 && r.team?.length === 60_000)).toBe(true);
      expect(rejected.map((r) => [r.line, r.issues[0]?.field])).toEqual([[44 + breaks, "waitMs"]]);
    }
  });

  it("text a record keeps is equal to the cell (copied out of the chunk it was read from)", async () => {
    const channel = "a channel name longer than thirteen characters";
    const { records } = await readRecords(Readable.from([`id,createdAt,channel\nT-1,2024-01-01,${channel}\n`]), { schema: ticketSchema, format: "csv" }).collect();
    expect(records[0]?.channel).toBe(channel);
  });
});

describe("readRecords: a header that names a column twice", () => {
  const { file } = scratch();
  // Jira writes a many-valued field once per value under one header
  const text = "id,createdAt,tags,topic,tags,tags\nT-1,2026-01-05 09:00,vpn,access,laptop,\nT-2,2026-01-05 10:00,,billing,,\nT-3,2026-01-05 11:00,a,b\n";

  it("is refused by default, naming the column", async () => {
    const error = await readRecords(file("dup.csv", text), { schema: ticketSchema }).collect().then(() => undefined, (e: unknown) => e);
    expect(isReadRecordsError(error) && error.message).toMatch(/the header names the column "tags" twice/);
  });

  it("is one column with duplicateColumns: join, its non-empty cells joined by commas", async () => {
    const { records, rejected, counts } = await readRecords(file("dup2.csv", text), { schema: ticketSchema, duplicateColumns: "join" }).collect();
    expect(records.map((r) => [r.id, r.tags, r.topic])).toEqual([["T-1", ["vpn", "laptop"], "access"], ["T-2", undefined, "billing"]]);
    // a row of another length than the header is rejected as ever (4 cells for 6 columns)
    expect(rejected.map((r) => r.index)).toEqual([2]);
    expect(counts).toEqual({ rows: 3, records: 2, rejected: 1 });
    // the same in chunks of a few bytes (a stream)
    const streamed = await readRecords(chunked(text, 7), { schema: ticketSchema, format: "csv", duplicateColumns: "join" }).collect();
    expect(streamed.records).toEqual(records);
  });

  it("checks the option", () => {
    expect(() => readRecords(file("dup3.csv", text), { schema: ticketSchema, duplicateColumns: "merge" as never })).toThrow(expect.objectContaining({ field: "options.duplicateColumns", value: "merge" }));
  });
});
