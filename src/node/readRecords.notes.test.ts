/**
 * readRecords' `headerRow` (a workbook whose header is below a title) and `notes` (lines an
 * export adds to its rows): the Zammad fixture workbook, written by hand by
 * test/fixtures/helpdesks/make_zammad_export.py (rows listed in zammad-export.json), and small
 * CSV files written here.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isKpiInputError, type KpiInputError } from "../errors.js";
import { surveyResponseSchema, ticketSchema } from "../schemas/index.js";
import { isReadRecordsError, readRecords, type ReadRecordsError } from "./index.js";
import { noteLines } from "./headRows.js";
import { rejectionOf, scratch } from "./readRecords.test-util.js";

const ZAMMAD = fileURLToPath(new URL("../../test/fixtures/helpdesks/zammad-export.xlsx", import.meta.url));
const truth = JSON.parse(readFileSync(fileURLToPath(new URL("../../test/fixtures/helpdesks/zammad-export.json", import.meta.url)), "utf8")) as {
  footerLine: number;
  rows: Record<string, unknown>[];
};
const TIMEZONE_NOTE = /^Timezone: (\S+)$/i;
const { file } = scratch();
const mapping = { id: "#", createdAt: "Created At" };

describe("readRecords: headerRow and notes", () => {
  it("reads a workbook's header from the row given, the rows below it, and a closing note apart", async () => {
    const { records, counts, notes } = await readRecords(ZAMMAD, { schema: ticketSchema, mapping, headerRow: 3, notes: [TIMEZONE_NOTE], timeZone: "Europe/Berlin" }).collect();
    expect(counts).toEqual({ rows: truth.rows.length, records: truth.rows.length, rejected: 0 });
    expect(notes).toEqual([{ line: truth.footerLine, text: "Timezone: Europe/Berlin" }]);
    expect(records.map((r) => r.id)).toEqual(truth.rows.map((r) => r["#"]));
    // (November in Berlin: UTC+01:00)
    expect(records[0]?.createdAt.toISOString()).toBe(new Date(`${String(truth.rows[0]?.["Created At"]).replace(" ", "T")}+01:00`).toISOString());
  });

  it("without the header row, takes the title for the header; without the note, rejects the closing line", async () => {
    const titled = await rejectionOf(() => readRecords(ZAMMAD, { schema: ticketSchema, mapping }).collect());
    expect(isKpiInputError(titled) && (titled as KpiInputError).field).toBe("mapping.id"); // (the title row names no column "#")
    const { counts, rejected, notes } = await readRecords(ZAMMAD, { schema: ticketSchema, mapping, headerRow: 3 }).collect();
    expect(counts).toEqual({ rows: truth.rows.length + 1, records: truth.rows.length, rejected: 1 });
    expect(rejected[0]?.line).toBe(truth.footerLine);
    expect(notes).toEqual([]);
  });

  it("says when the header row is empty or past the sheet's end", async () => {
    const empty = (await rejectionOf(() => readRecords(ZAMMAD, { schema: ticketSchema, mapping, headerRow: 2 }).collect())) as ReadRecordsError;
    expect(isReadRecordsError(empty) && empty.message).toContain("row 2 of the sheet, the header, is empty");
    const past = (await rejectionOf(() => readRecords(ZAMMAD, { schema: ticketSchema, mapping, headerRow: 500 }).collect())) as ReadRecordsError;
    expect(isReadRecordsError(past) && past.message).toContain("the sheet has no row 500");
  });

  it("reads CSV notes anywhere, padded with empty cells or not, and rejects a one-cell line no pattern matches", async () => {
    const path = file("notes.csv", ["id,createdAt,channel", "A,2026-11-02T10:00:00Z,email", "Exported by Ana,,", "B,2026-11-03T10:00:00Z,chat", "Something else", "Reporting period 2026-11-01 to 2026-11-30"].join("\n"));
    const { counts, notes, rejected } = await readRecords(path, { schema: ticketSchema, notes: [/^Reporting period /, /^Exported by /] }).collect();
    expect(notes).toEqual([{ line: 3, text: "Exported by Ana" }, { line: 6, text: "Reporting period 2026-11-01 to 2026-11-30" }]);
    expect(counts).toEqual({ rows: 3, records: 2, rejected: 1 });
    expect(rejected[0]?.line).toBe(5);
  });

  it("does not take a row with a second cell for a note, even when its first cell matches", async () => {
    // (every field but the first optional: a padded note would parse as a record, were it not a note)
    const path = file("padded.csv", ["agent,type", "Reporting period 2026-11-01 to 2026-11-30,", "Reporting period x to y,csat"].join("\n"));
    const { records, notes } = await readRecords(path, { schema: surveyResponseSchema, mapping: { type: { value: "csat" } }, notes: [/^Reporting period \S+ to \S+$/] }).collect();
    expect(notes.map((n) => n.line)).toEqual([2]);
    expect(records.map((r) => r.agent)).toEqual(["Reporting period x to y"]);
  });

  it("uses a global pattern from its start every time", async () => {
    const path = file("global.csv", ["id,createdAt", "A,2026-11-02T10:00:00Z", "note one", "note two"].join("\n"));
    const { notes } = await readRecords(path, { schema: ticketSchema, notes: [/^note/g] }).collect();
    expect(notes.map((n) => n.text)).toEqual(["note one", "note two"]);
  });

  it("refuses a header row outside workbooks and notes that are not patterns, or in JSON", () => {
    const path = file("h.csv", "id,createdAt\n");
    const fieldOf = (run: () => unknown): unknown => {
      try {
        run();
      } catch (e) {
        return isKpiInputError(e) ? [e.field, e.index] : e;
      }
      return undefined;
    };
    expect(fieldOf(() => readRecords(path, { schema: ticketSchema, headerRow: 3 }))).toEqual(["options.headerRow", undefined]);
    expect(fieldOf(() => readRecords(ZAMMAD, { schema: ticketSchema, headerRow: 0 }))).toEqual(["options.headerRow", undefined]);
    expect(fieldOf(() => readRecords(ZAMMAD, { schema: ticketSchema, headerRow: 2.5 }))).toEqual(["options.headerRow", undefined]);
    expect(fieldOf(() => readRecords(path, { schema: ticketSchema, notes: "x" as never }))).toEqual(["options.notes", undefined]);
    expect(fieldOf(() => readRecords(path, { schema: ticketSchema, notes: [/a/, "b" as never] }))).toEqual(["options.notes", 1]);
    expect(fieldOf(() => readRecords(file("n.ndjson", "{}\n"), { schema: ticketSchema, notes: [/a/] }))).toEqual(["options.notes", undefined]);
  });

  it("noteLines finds the notes of a whole file without parsing its rows", async () => {
    expect(await noteLines(ZAMMAD, "xlsx", { headerRow: 3, notes: [TIMEZONE_NOTE] })).toEqual([{ line: truth.footerLine, text: "Timezone: Europe/Berlin" }]);
    const path = file("n.csv", "id,createdAt\nA,x\nReporting period a to b\n");
    expect(await noteLines(path, "csv", { notes: [/^Reporting period/] })).toEqual([{ line: 3, text: "Reporting period a to b" }]);
    expect(await noteLines(path, "csv", { notes: [] })).toEqual([]);
    expect(await noteLines(file("n.json", "[]"), "json", { notes: [/x/] })).toEqual([]);
  });
});
