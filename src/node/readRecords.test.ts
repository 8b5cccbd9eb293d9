import { describe, expect, it } from "vitest";
import { isKpiInputError, type KpiInputError } from "../errors.js";
import { callSchema, ticketSchema } from "../schemas/index.js";
import { isReadRecordsError, readRecords, type ReadRecordsError } from "./index.js";
import { rejectionOf, scratch } from "./readRecords.test-util.js";

const { file } = scratch();
const calls = (text: string, name = "calls.csv") => readRecords(file(name, text), { schema: callSchema }).collect();


describe("readRecords: CSV", () => {
  it("TSDoc example: tickets from a CSV file with a mapping", async () => {
    const path = file("tickets.csv", "ticket_id,created_date\nT-1,2024-10-29 22:00:00\nT-2,2024-10-30 08:00:00\n");
    const reader = readRecords(path, { schema: ticketSchema, mapping: { id: "ticket_id", createdAt: "created_date" } });
    const seen: string[] = [];
    for await (const ticket of reader) seen.push(`${ticket.id} ${ticket.createdAt.toISOString()}`);
    expect(seen).toEqual(["T-1 2024-10-29T22:00:00.000Z", "T-2 2024-10-30T08:00:00.000Z"]);
    expect(reader.counts).toEqual({ rows: 2, records: 2, rejected: 0 });
    expect(reader.done).toBe(true);
  });

  it("an empty file and a header-only file: no rows, counts add up", async () => {
    expect(await calls("", "empty.csv")).toEqual({ records: [], rejected: [], counts: { rows: 0, records: 0, rejected: 0 }, notes: [] });
    expect((await calls("waitMs,outcome\r\n", "header.csv")).counts).toEqual({ rows: 0, records: 0, rejected: 0 });
  });

  it("a mapping naming a column the header lacks fails before any row, even with no rows", async () => {
    const path = file("header2.csv", "wait,outcome\n");
    const error = (await rejectionOf(() => readRecords(path, { schema: callSchema, mapping: { waitMs: "Wait (s)" } }).collect())) as KpiInputError;
    expect(isKpiInputError(error)).toBe(true);
    expect([error.kpi, error.field, error.value]).toEqual(["readRecords", "mapping.waitMs", "Wait (s)"]);
    expect(error.message).toContain('("wait", "outcome")');
  });

  it("BOM and CRLF: the first column keeps its name, lines are counted right", async () => {
    const { records, rejected } = await calls("\uFEFFwaitMs,outcome\r\n1,answered\r\n\r\nx,answered\r\n3,abandoned", "bom.csv");
    expect(records).toEqual([{ waitMs: 1, outcome: "answered" }, { waitMs: 3, outcome: "abandoned" }]);
    expect(rejected.map((r) => [r.index, r.line, r.issues[0]?.field])).toEqual([[1, 4, "waitMs"]]);
  });

  it("quoted fields with embedded commas, quotes and newlines; later lines still right", async () => {
    const text = 'waitMs,outcome,queue\n1,answered,"Billing, EU"\n2,answered,"two\nlines ""quoted"""\n3,abandoned,x,extra\n';
    const { records, rejected } = await calls(text, "quotes.csv");
    expect(records.map((r) => r.queue)).toEqual(["Billing, EU", 'two\nlines "quoted"']);
    expect(rejected.map((r) => [r.line, r.issues[0]?.message])).toEqual([[5, "expected 3 fields, got 4 (line 5)"]]);
    expect(rejected[0]?.row).toEqual(["3", "abandoned", "x", "extra"]);
  });

  it("detects ; and tab from the header; .tsv is tab; `delimiter` overrides", async () => {
    expect((await calls("waitMs;outcome;queue\n1,5;answered;a,b\n", "semi.csv")).rejected[0]?.issues[0]?.value).toBe("1,5");
    expect((await calls("waitMs;outcome\n15;answered\n", "semi2.csv")).records).toEqual([{ waitMs: 15, outcome: "answered" }]);
    expect((await calls("waitMs\toutcome\n2\tabandoned\n", "tab.csv")).records).toEqual([{ waitMs: 2, outcome: "abandoned" }]);
    const tsv = "waitMs\toutcome\tnote,with,commas\n2\tabandoned\tx\n"; // more commas than tabs in the header
    expect((await calls(tsv, "tab.tsv")).records).toEqual([{ waitMs: 2, outcome: "abandoned" }]);
    expect((await calls(tsv, "tab2.csv")).counts.rejected).toBe(1);
    const piped = await readRecords(file("pipe.txt", "waitMs|outcome\n4|answered\n"), { schema: callSchema, format: "csv", delimiter: "|" }).collect();
    expect(piped.records).toEqual([{ waitMs: 4, outcome: "answered" }]);
  });

  it("one malformed row in 10,000: 9,999 records and 1 rejected with its line and reason", async () => {
    const lines = ["waitMs,outcome"];
    for (let i = 0; i < 10_000; i++) lines.push(i === 6_543 ? `${i}` : `${i},answered`);
    const { records, rejected, counts } = await calls(lines.join("\n"), "big.csv");
    expect(counts).toEqual({ rows: 10_000, records: 9_999, rejected: 1 });
    expect(records).toHaveLength(9_999);
    expect(rejected).toEqual([{ index: 6_543, line: 6_545, row: ["6543"], issues: [{ field: "", value: ["6543"], message: "expected 2 fields, got 1 (line 6545)", path: [] }] }]);
  });

  it("a bad date is a rejected row naming the field, column and line", async () => {
    const path = file("dates.csv", "id,created\n1,2024-01-01 10:00\n2,2024-02-30 10:00\n");
    const { rejected, records } = await readRecords(path, { schema: ticketSchema, mapping: { createdAt: "created" }, timeZone: "Europe/Paris" }).collect();
    expect(records[0]?.createdAt.toISOString()).toBe("2024-01-01T09:00:00.000Z");
    expect(rejected.map((r) => [r.line, r.issues.map((i) => [i.field, i.column, i.value])])).toEqual([[3, [["createdAt", "created", "2024-02-30 10:00"]]]]);
  });

  it("an unclosed quote at the end is a ReadRecordsError naming the line", async () => {
    const path = file("open.csv", 'waitMs,outcome,queue\n1,answered,a\n2,answered,"never closed\n3,answered,b\n');
    const error = (await rejectionOf(() => readRecords(path, { schema: callSchema }).collect())) as ReadRecordsError;
    expect(isReadRecordsError(error)).toBe(true);
    expect([error.path, error.line]).toEqual([path, 3]);
    expect(error.message).toBe(`${path}, line 3: a quoted field opened in the row starting at line 3 is not closed before the end of the file`);
  });

  it("a header naming a column twice is a ReadRecordsError", async () => {
    const error = (await rejectionOf(() => calls("waitMs,waitMs\n1,2\n", "dup.csv"))) as ReadRecordsError;
    expect([isReadRecordsError(error), error.line]).toEqual([true, 1]);
  });

  it("onInvalid throw: the first bad row, with its line; skip: counted, not kept", async () => {
    const text = "waitMs,outcome\n1,answered\n2\n-3,answered\n";
    const error = (await rejectionOf(() => readRecords(file("t1.csv", text), { schema: callSchema, onInvalid: "throw" }).collect())) as KpiInputError;
    expect([error.field, error.index, error.message]).toEqual(["rows", 1, 'readRecords: rows[1] must be 2 fields, as in the header (line 3), got an array of 1']);
    const later = (await rejectionOf(() => readRecords(file("t2.csv", "waitMs,outcome\n-3,answered\n"), { schema: callSchema, onInvalid: "throw" }).collect())) as KpiInputError;
    expect([later.field, later.index, later.value, later.message.endsWith("(line 2), got \"-3\"")]).toEqual(["waitMs", 0, "-3", true]);
    const skipped = await readRecords(file("t3.csv", text), { schema: callSchema, onInvalid: "skip" }).collect();
    expect([skipped.records.length, skipped.rejected, skipped.counts]).toEqual([1, [], { rows: 3, records: 1, rejected: 2 }]);
  });
});

describe("readRecords: column names", () => {
  it("a column named __proto__ is an ordinary column", async () => {
    const { rejected } = await readRecords(scratch().file("proto.csv", "waitMs,outcome,__proto__\nx,answered,1\n"), { schema: callSchema }).collect();
    expect(Object.keys(rejected[0]?.row as object)).toEqual(["waitMs", "outcome", "__proto__"]);
    expect(Object.getPrototypeOf(rejected[0]?.row)).toBe(Object.prototype);
  });
});
