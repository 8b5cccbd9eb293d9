import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it, vi } from "vitest";
import { isKpiInputError, type KpiInputError } from "../errors.js";
import { callSchema, ticketSchema } from "../schemas/index.js";
import { clockText, formatKind, xlsxRows } from "./_lib/xlsx.js";
import type { RawRow } from "./_lib/rows.js";
import { isReadRecordsError, readRecords, type ReadRecordsError } from "./index.js";
import { rejectionOf, scratch } from "./readRecords.test-util.js";

// Counts the imports of the spreadsheet and Parquet libraries (the real modules are returned).
const loads = vi.hoisted(() => ({ exceljs: 0, hyparquet: 0 }));
vi.mock("exceljs", async (importOriginal) => {
  loads.exceljs++;
  return importOriginal();
});
vi.mock("hyparquet", async (importOriginal) => {
  loads.hyparquet++;
  return importOriginal();
});

const FIXTURE = fileURLToPath(new URL("../../test/fixtures/tickets.xlsx", import.meta.url));
const GENERATOR = new URL("../../test/fixtures/make-fixtures.mjs", import.meta.url).href;
const { file } = scratch();

type Written = Record<string, unknown> & { skip?: boolean };
// The generator's own data (importing it writes nothing): what the fixture was written from.
const generator = (await import(GENERATOR)) as {
  XLSX_TICKETS: Written[];
  XLSX_CALLS: Record<string, unknown>[];
  TICKET_HEADER: Record<string, string>;
};
const { XLSX_TICKETS, XLSX_CALLS, TICKET_HEADER } = generator;

const DAY = 86_400_000;
/** Written here, not taken from the reader: a day fraction as H:MM:SS.mmm. */
function hms(dayFraction: number): string {
  const ms = Math.round(dayFraction * DAY);
  const [h, m, s, f] = [Math.floor(ms / 3_600_000), Math.floor(ms / 60_000) % 60, Math.floor(ms / 1000) % 60, ms % 1000];
  return `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}.${String(f).padStart(3, "0")}`;
}
const wallText = (d: Date): string => d.toISOString().replace("Z", "");

/** What each written value should read back as (`format`: the cell's number format). */
function expectedValue(key: string, value: unknown, format?: unknown): unknown {
  if (value instanceof Date) return format === "mm-dd-yy" && value.getUTCHours() === 0 ? wallText(value).slice(0, 10) : wallText(value); // a date alone
  if (typeof value === "object" && value !== null) {
    const v = value as { result?: unknown; richText?: { text: string }[]; error?: string; text?: string };
    if ("result" in v) return expectedValue(key, v.result, format);
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.error !== undefined) return v.error;
    return v.text;
  }
  if (key === "handle" || key === "reply" || key === "startTime") return hms(value as number);
  return value;
}

async function rowsOf(source: Parameters<typeof xlsxRows>[0], path: string | undefined, sheet?: string | number): Promise<{ columns: readonly string[]; rows: RawRow[] }> {
  let columns: readonly string[] = [];
  const rows: RawRow[] = [];
  for await (const row of xlsxRows(source, path, { sheet, onColumns: (c) => (columns = c) })) rows.push(row);
  return { columns, rows };
}

const MAPPING = {
  id: "Ticket #",
  createdAt: "Opened (local)",
  resolvedAt: "Solved at",
  csat: "CSAT ★",
  firstContactResolved: "Solved on 1st contact?",
  status: { column: "Status ", values: { Solved: "solved", Open: "open", Pending: "pending", Closed: "closed" } },
} as const;

describe("readRecords: .xlsx", () => {
  it("loads exceljs only when a workbook is read: reading a CSV imports neither exceljs nor hyparquet", async () => {
    expect(loads).toEqual({ exceljs: 0, hyparquet: 0 });
    const csv = await readRecords(file("calls.csv", "waitMs,outcome\n1,answered\n"), { schema: callSchema }).collect();
    expect(csv.counts.records).toBe(1);
    expect(loads).toEqual({ exceljs: 0, hyparquet: 0 });
    await readRecords(FIXTURE, { schema: callSchema, sheet: "Calls", mapping: { waitMs: "Wait (ms)", outcome: "Outcome" } }).collect();
    expect(loads).toEqual({ exceljs: 1, hyparquet: 0 });
  });

  it("the main entry's bundle has no spreadsheet or Parquet code; servicekpi/node imports them only dynamically", async () => {
    const bundle = async (entry: string) => {
      const result = await build({
        entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], bundle: true, write: false, metafile: true, format: "esm", platform: "node", packages: "external", logLevel: "silent",
      });
      const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports).filter((i) => /^(exceljs|hyparquet)/.test(i.path));
      return { modules: Object.keys(result.metafile.inputs), imports: imports.map((i) => [i.path, i.kind]).sort() };
    };
    const main = await bundle("../index.ts");
    expect(main.modules.length).toBeGreaterThan(50);
    expect(main.modules.filter((m) => m.includes("src/node/"))).toEqual([]);
    expect(main.imports).toEqual([]);
    const node = await bundle("./index.ts");
    expect(node.modules.filter((m) => /_lib\/(xlsx|parquet)\.ts$/.test(m))).toHaveLength(2);
    expect(node.imports).toEqual([["exceljs", "dynamic-import"], ["hyparquet", "dynamic-import"], ["hyparquet-compressors", "dynamic-import"]]);
  });

  it("reads every value of the first sheet as written: header from the first non-empty row, lines as sheet rows", async () => {
    const { columns, rows } = await rowsOf(FIXTURE, FIXTURE);
    const keys = Object.keys(TICKET_HEADER);
    expect(columns).toEqual(keys.map((k) => TICKET_HEADER[k]));
    const expected = XLSX_TICKETS.flatMap((t, i) => {
      if (t.skip) return [];
      const row = Object.fromEntries(keys.filter((k) => t[k] !== undefined).map((k) => [TICKET_HEADER[k], expectedValue(k, t[k], k === "opened" ? t["openedFormat"] : undefined)]));
      return [{ line: 3 + i, row }];
    });
    expect(rows).toEqual(expected);
    // a few values spelled out
    const first = rows[0]?.row as Record<string, unknown>;
    expect(first["Opened (local)"]).toBe("2024-10-29T22:00:00.000");
    expect(first["Start time"]).toBe("9:12:58.000");
    expect(first["First reply (mm:ss)"]).toBe("0:02:23.000");
    expect(rows.map((r) => (r.row as Record<string, unknown>)["Handle time [h:mm:ss]"]).slice(0, 3)).toEqual(["0:12:05.000", "1:02:03.500", "30:00:00.000"]);
    expect(rows.map((r) => (r.row as Record<string, unknown>)["Note"])).toEqual(["first", "rich text", "#N/A", "link", undefined, 'x, "quoted"; tab\there', "csat out of range", undefined]);
    expect(rows.map((r) => (r.row as Record<string, unknown>)["CSAT ★"])).toEqual([5, undefined, 4, 3, 4, 2, 9, 1]);
    expect(rows[4]?.row).toMatchObject({ "Ticket #": 1005, "Solved on 1st contact?": true });
    expect(rows[6]?.row).toMatchObject({ "Solved at": "2024-11-04T10:00:00.000" }); // a formula's cached date
    expect(rows[3]?.row).toMatchObject({ "Opened (local)": "2024-11-01" }); // a date alone (format mm-dd-yy)
  });

  it("typed date cells become ticket timestamps without a date format, in the reader's time zone; counts add up; a bad row is rejected with its sheet row", async () => {
    const utc = await readRecords(FIXTURE, { schema: ticketSchema, mapping: MAPPING }).collect();
    expect(utc.counts).toEqual({ rows: 8, records: 7, rejected: 1 });
    expect(utc.counts.rows).toBe(utc.counts.records + utc.counts.rejected);
    const written = XLSX_TICKETS.filter((t) => !t.skip && t["csat"] !== 9);
    expect(utc.records.map((r) => r.createdAt.toISOString())).toEqual(written.map((t) => (t["opened"] as Date).toISOString()));
    expect(utc.records[0]).toEqual({
      id: "T-1001", createdAt: new Date("2024-10-29T22:00:00Z"), resolvedAt: new Date("2024-10-30T09:15:00Z"), csat: 5, firstContactResolved: true, status: "solved",
    });
    expect(utc.records.map((r) => r.id)).toEqual(["T-1001", "T-1002", "T-1003", "T-1004", 1005, "T-1006", "T-1008"]);
    expect(utc.records[2]?.csat).toBe(4); // a formula's cached result
    expect(utc.rejected.map((r) => [r.index, r.line, r.issues.map((i) => i.field)])).toEqual([[6, 10, ["csat"]]]);

    const amsterdam = await readRecords(FIXTURE, { schema: ticketSchema, mapping: MAPPING, timeZone: "Europe/Amsterdam" }).collect();
    expect(amsterdam.records[0]?.createdAt.toISOString()).toBe("2024-10-29T21:00:00.000Z"); // 22:00 CET
    expect(amsterdam.records[0]?.resolvedAt?.toISOString()).toBe("2024-10-30T08:15:00.000Z");
  });

  it("typed time and duration cells: durations for duration fields (unit h:mm:ss), times of day for a time column", async () => {
    const mapping = { id: "Ticket #", createdAt: "Opened (local)", handleMs: { column: "Handle time [h:mm:ss]", unit: "h:mm:ss" }, firstResponseMs: { column: "First reply (mm:ss)", unit: "h:mm:ss" } } as const;
    const { records, counts } = await readRecords(FIXTURE, { schema: ticketSchema, mapping }).collect();
    expect(counts).toEqual({ rows: 8, records: 8, rejected: 0 });
    const written = XLSX_TICKETS.filter((t) => !t.skip);
    expect(records.map((r) => [r.handleMs, r.firstResponseMs])).toEqual(written.map((t) => [Math.round((t["handle"] as number) * DAY), Math.round((t["reply"] as number) * DAY)]));
    expect(records[2]?.handleMs).toBe(30 * 3_600_000); // [h]:mm:ss past 24 hours

    // a date column and a time-of-day column, both typed, as one timestamp
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Calls");
    sheet.getRow(1).values = ["Date", "Time", "Wait"];
    sheet.getRow(2).values = [new Date("2024-07-01T00:00:00Z"), (9 * 3600 + 12 * 60 + 58) / 86400, 2 / 86400];
    sheet.getCell("A2").numFmt = "dd/mm/yyyy";
    sheet.getCell("B2").numFmt = "h:mm:ss";
    sheet.getCell("C2").numFmt = "[mm]:ss";
    const path = file("date-and-time.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect((await rowsOf(path, path)).rows).toEqual([{ line: 2, row: { Date: "2024-07-01", Time: "9:12:58.000", Wait: "0:00:02.000" } }]);
    const calls = await readRecords(path, {
      schema: callSchema, timeZone: "Europe/Amsterdam",
      mapping: { startedAt: { column: "Date", time: "Time" }, waitMs: { column: "Wait", unit: "h:mm:ss" }, outcome: { value: "answered" } },
    }).collect();
    expect(calls.records).toEqual([{ startedAt: new Date("2024-07-01T07:12:58Z"), waitMs: 2000, outcome: "answered" }]);
  });

  it("the sheet option: by name (any case) or 1-based number; an unknown sheet names the sheets there are", async () => {
    const mapping = { waitMs: "Wait (ms)", outcome: "Outcome", queue: "Queue" };
    const expected = XLSX_CALLS.map((c) => Object.fromEntries(Object.entries({ waitMs: c["Wait (ms)"], outcome: c["Outcome"], queue: c["Queue"] }).filter(([, v]) => v !== undefined)));
    for (const sheet of ["Calls", " calls", 2]) {
      const { records, counts, rejected } = await readRecords(FIXTURE, { schema: callSchema, sheet, mapping }).collect();
      expect(records).toEqual(expected);
      expect([counts, rejected]).toEqual([{ rows: 3, records: 3, rejected: 0 }, []]);
    }
    expect((await rowsOf(FIXTURE, FIXTURE, 1)).rows).toHaveLength(8);
    expect((await rowsOf(FIXTURE, FIXTURE, 2)).rows.map((r) => r.line)).toEqual([2, 3, 4]);
    for (const sheet of ["Nope", 3]) {
      const error = (await rejectionOf(() => readRecords(FIXTURE, { schema: callSchema, sheet }).collect())) as ReadRecordsError;
      expect([isReadRecordsError(error), error.path]).toEqual([true, FIXTURE]);
      expect(error.message).toBe(`${FIXTURE}: the workbook has no sheet ${JSON.stringify(sheet)}: its sheets are "Tickets", "Calls"`);
    }
  });

  it("checks the sheet option and the format synchronously", () => {
    const field = (run: () => unknown): string => {
      try {
        run();
      } catch (e) {
        return isKpiInputError(e) ? e.field : String(e);
      }
      return "no error";
    };
    expect(field(() => readRecords("calls.csv", { schema: callSchema, sheet: "Calls" }))).toBe("options.sheet");
    expect(field(() => readRecords(FIXTURE, { schema: callSchema, sheet: 0 }))).toBe("options.sheet");
    expect(field(() => readRecords(FIXTURE, { schema: callSchema, sheet: 1.5 }))).toBe("options.sheet");
    expect(field(() => readRecords(FIXTURE, { schema: callSchema, sheet: " " }))).toBe("options.sheet");
    expect(field(() => readRecords(FIXTURE, { schema: callSchema, sheet: 2 }))).toBe("no error");
    expect(field(() => readRecords("calls.XLSX", { schema: callSchema }))).toBe("no error");
    expect(field(() => readRecords(Readable.from([]), { schema: callSchema, format: "xlsx" }))).toBe("no error");
  });

  it("reads a workbook from a stream of small chunks, as from its path", async () => {
    const bytes = readFileSync(FIXTURE);
    const pieces = Array.from({ length: Math.ceil(bytes.length / 500) }, (_, i) => bytes.subarray(i * 500, (i + 1) * 500));
    const fromStream = await rowsOf(Readable.from(pieces), undefined);
    expect(fromStream).toEqual(await rowsOf(FIXTURE, FIXTURE));
    async function* generated(): AsyncGenerator<Uint8Array> {
      yield* pieces;
    }
    const { counts } = await readRecords(generated(), { schema: ticketSchema, format: "xlsx", mapping: MAPPING }).collect();
    expect(counts).toEqual({ rows: 8, records: 7, rejected: 1 });
  });

  it("a mapping is checked against the header, not the first row; a missing column is a KpiInputError naming the header's", async () => {
    // "Note" is empty in the first data row of the Calls-like sheet below; the header still has it
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Only");
    sheet.getRow(1).values = ["Wait", "", "Outcome", "Note", "Wait2"]; // a column without a header is left out
    sheet.getRow(2).values = [5, "ignored", "answered"];
    sheet.getRow(3).values = [7, "ignored", "abandoned", "late"];
    const path = file("header.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    const { columns, rows } = await rowsOf(path, path);
    expect(columns).toEqual(["Wait", "Outcome", "Note", "Wait2"]);
    expect(rows).toEqual([{ line: 2, row: { Wait: 5, Outcome: "answered" } }, { line: 3, row: { Wait: 7, Outcome: "abandoned", Note: "late" } }]);
    const ok = await readRecords(path, { schema: callSchema, mapping: { waitMs: "Wait", outcome: "Outcome", agent: "Note" } }).collect();
    expect(ok.records).toEqual([{ waitMs: 5, outcome: "answered" }, { waitMs: 7, outcome: "abandoned", agent: "late" }]);
    const error = (await rejectionOf(() => readRecords(path, { schema: callSchema, mapping: { waitMs: "wait" } }).collect())) as KpiInputError;
    expect([isKpiInputError(error), error.field]).toEqual([true, "mapping.waitMs"]);
    expect(error.message).toContain('"Wait", "Outcome", "Note", "Wait2"');
  });

  it("a header naming a column twice is a ReadRecordsError with its row; the 1904 date system; empty sheets", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const twice = new ExcelJS.Workbook();
    twice.addWorksheet("A").getRow(4).values = ["x", "y", "x"];
    const path = file("twice.xlsx", new Uint8Array(await twice.xlsx.writeBuffer()));
    const error = (await rejectionOf(() => readRecords(path, { schema: callSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.line, error.message]).toEqual([true, 4, `${path}, line 4: the header names the column "x" twice`]);

    const old = new ExcelJS.Workbook();
    old.properties.date1904 = true;
    const s = old.addWorksheet("Mac");
    s.getRow(1).values = ["When", "Took"];
    s.getCell("A2").value = new Date("2024-03-31T01:30:00Z");
    s.getCell("A2").numFmt = "yyyy-mm-dd hh:mm";
    s.getCell("B2").value = 1 + 1 / 24 + 1 / 1440; // 25:01:00 as a serial
    s.getCell("B2").numFmt = "[h]:mm";
    const mac = file("mac.xlsx", new Uint8Array(await old.xlsx.writeBuffer()));
    expect((await rowsOf(mac, mac)).rows).toEqual([{ line: 2, row: { When: "2024-03-31T01:30:00.000", Took: "25:01:00.000" } }]);

    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Blank");
    const blank = file("blank.xlsx", new Uint8Array(await empty.xlsx.writeBuffer()));
    expect(await readRecords(blank, { schema: callSchema }).collect()).toEqual({ records: [], rejected: [], counts: { rows: 0, records: 0, rejected: 0 }, notes: [] });
  });

  it("a file that is not a workbook, a missing file and a failing stream", async () => {
    const notZip = file("tickets-csv.xlsx", "id,createdAt\n1,2024-01-01\n");
    const error = (await rejectionOf(() => readRecords(notZip, { schema: ticketSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path]).toEqual([true, notZip]);
    expect(error.message).toMatch(/: not an Excel workbook \(\.xlsx\): /);
    const truncated = file("truncated.xlsx", readFileSync(FIXTURE).subarray(0, 3000));
    const cut = (await rejectionOf(() => readRecords(truncated, { schema: ticketSchema }).collect())) as ReadRecordsError;
    expect(isReadRecordsError(cut)).toBe(true);
    const missing = `${FIXTURE}.missing.xlsx`;
    const gone = (await rejectionOf(() => readRecords(missing, { schema: ticketSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(gone), gone.path]).toEqual([true, missing]);
    expect(gone.message).toMatch(/cannot read the file: ENOENT/);
    const folder = (await rejectionOf(() => readRecords(fileURLToPath(new URL(".", import.meta.url)), { schema: ticketSchema, format: "xlsx" }).collect())) as ReadRecordsError;
    expect(folder.message).toContain("EISDIR");
    const failing = new Readable({ read() { this.destroy(new Error("socket hang up")); } });
    const own = (await rejectionOf(() => readRecords(failing, { schema: ticketSchema, format: "xlsx" }).collect())) as Error;
    expect([own.message, isReadRecordsError(own)]).toEqual(["socket hang up", false]);
  });

  it("a stream that fails in the middle of a sheet ends the reading with its error (exceljs alone would wait for ever)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    // numbers only: no shared strings, so exceljs hands the sheet over as its rows arrive
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Waits");
    sheet.addRow([1, 2]);
    for (let i = 0; i < 20_000; i++) sheet.addRow([i, i * 2]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const failingAt = (share: number): Readable => {
      let sent = 0;
      return new Readable({
        read() {
          if (sent > bytes.length * share) return void this.destroy(new Error("connection reset"));
          this.push(bytes.subarray(sent, (sent += 4096)));
        },
      });
    };
    for (const share of [0.2, 0.5, 0.8]) {
      let rows = 0;
      const error = (await rejectionOf(async () => {
        for await (const row of xlsxRows(failingAt(share), undefined)) rows += row.line > 0 ? 1 : 0;
      })) as Error;
      expect([share, error.message, rows < 20_000]).toEqual([share, "connection reset", true]);
    }
    // through readRecords too, and from a path the same failure is named with it
    const reader = readRecords(failingAt(0.5), { schema: callSchema, format: "xlsx" });
    expect(((await rejectionOf(() => reader.collect())) as Error).message).toBe("connection reset");
  });

  it("a sheet whose XML breaks off after some rows: a ReadRecordsError naming the file and the place", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const JSZip = (await import("jszip")).default; // exceljs's own zip library
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Calls");
    sheet.addRow(["waitMs", "outcome"]);
    for (let i = 0; i < 10; i++) sheet.addRow([i, "answered"]);
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const xml = await (zip.file("xl/worksheets/sheet1.xml") as { async(type: "string"): Promise<string> }).async("string");
    zip.file("xl/worksheets/sheet1.xml", `${xml.slice(0, xml.indexOf('<row r="5"'))}<row r="5"><c r="A5"><v>1</v></c><<<</sheetData>`);
    const broken = file("broken-sheet.xlsx", await zip.generateAsync({ type: "uint8array" }));
    const error = (await rejectionOf(() => readRecords(broken, { schema: callSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(error), error.path]).toEqual([true, broken]);
    expect(error.message).toMatch(/not an Excel workbook \(\.xlsx\): /); // (the XML parser's words vary with where it stops)
  });

  it("breaking out of the loop early stops reading", async () => {
    const reader = readRecords(FIXTURE, { schema: ticketSchema, mapping: MAPPING });
    for await (const ticket of reader) {
      expect(ticket.id).toBe("T-1001");
      break;
    }
    expect([reader.done, reader.counts.rows]).toEqual([false, 1]);
  });
});

describe("xlsx number formats", () => {
  it("tells dates, times of day, elapsed times and numbers apart", () => {
    const cases: [string | undefined, string][] = [
      [undefined, "number"], ["", "number"], ["General", "number"], ["0.00", "number"], ["0.00E+00", "number"], ["0%", "number"], ["#,##0.00 [$€-407]", "number"],
      ['0.0 "days"', "number"], ["0\\h", "number"], ["[Red]0.00;[Blue]-0.00", "number"],
      ["yyyy-mm-dd", "date"], ["mm-dd-yy", "date"], ["d-mmm", "date"], ["mmm yyyy", "date"], ["dddd", "date"], ["[$-409]mmmm d, yyyy;@", "date"],
      ["dd/mm/yyyy hh:mm", "datetime"], ['m/d/yy "h":mm', "date"], ["[$-409]d-mmm-yy h:mm AM/PM", "datetime"], ['yyyy-mm-dd"T"hh:mm', "datetime"], ["yyyy-mm-dd hh:mm:ss", "datetime"],
      ["h:mm", "time"], ["h:mm:ss", "time"], ["mm:ss", "time"], ["mmss.0", "time"], ["h:mm AM/PM", "time"], ["[$-F400]h:mm:ss AM/PM", "time"], ["hh:mm;@", "time"],
      ["[h]:mm:ss", "elapsed"], ["[h]:mm", "elapsed"], ["[mm]:ss", "elapsed"], ["[ss].000", "elapsed"], ["[h]:mm:ss.000", "elapsed"],
    ];
    expect(cases.map(([f]) => [f, formatKind(f)])).toEqual(cases);
  });

  it("writes durations as H:MM:SS.mmm", () => {
    expect([0, 1, 61_000, 3_723_500, 30 * 3_600_000, -90_000].map(clockText)).toEqual(["0:00:00.000", "0:00:00.001", "0:01:01.000", "1:02:03.500", "30:00:00.000", "-0:01:30.000"]);
  });
});
