import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isKpiInputError } from "../errors.js";
import { callSchema, ticketSchema } from "../schemas/index.js";
import { parquetRows } from "./_lib/parquet.js";
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

const FIXTURE = fileURLToPath(new URL("../../test/fixtures/tickets.parquet", import.meta.url));
const GENERATOR = new URL("../../test/fixtures/make-fixtures.mjs", import.meta.url).href;
const { dir, file } = scratch();

interface Written {
  id: string; created: string; createdUtc: string | null; day: string | null; handleSeconds: number | null; big: bigint | null;
  frt: number | null; price: string | null; solved: boolean | null; channel: string | null;
}
// The generator's own data (importing it writes nothing): what DuckDB wrote the fixture from.
const { PARQUET_TICKETS, PARQUET_ROW_GROUP_SIZE } = (await import(GENERATOR)) as { PARQUET_TICKETS: Written[]; PARQUET_ROW_GROUP_SIZE: number };

/** What each written row should read back as, worked out here from the SQL literals. */
function expectedRow(t: Written): Record<string, unknown> {
  const wall = t.created.replace(" ", "T");
  const row: Record<string, unknown> = {
    "ticket id": t.id,
    created_at: /\.\d{3}$/.test(wall) ? wall : `${wall}.000`, // a TIMESTAMP: the wall time, no offset
    created_utc: t.createdUtc === null ? null : new Date(t.createdUtc.replace(" ", "T").replace("+00", "Z")), // a TIMESTAMPTZ: the instant
    day: t.day,
    handle_seconds: t.handleSeconds,
    big: t.big === null ? null : t.big <= BigInt(Number.MAX_SAFE_INTEGER) && t.big >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(t.big) : String(t.big),
    frt_minutes: t.frt,
    price: t.price === null ? null : Number(t.price),
    solved: t.solved,
    channel: t.channel,
  };
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
}

async function rowsOf(path: string): Promise<{ columns: readonly string[]; rows: RawRow[] }> {
  let columns: readonly string[] = [];
  const rows: RawRow[] = [];
  for await (const row of parquetRows(path, (c) => (columns = c))) rows.push(row);
  return { columns, rows };
}

const COLUMNS = ["ticket id", "created_at", "created_utc", "day", "handle_seconds", "big", "frt_minutes", "price", "solved", "channel"];

describe("readRecords: .parquet", () => {
  it("loads hyparquet only when a Parquet file is read: reading a CSV imports neither hyparquet nor exceljs", async () => {
    expect(loads).toEqual({ exceljs: 0, hyparquet: 0 });
    await readRecords(file("calls.csv", "waitMs,outcome\n1,answered\n"), { schema: callSchema }).collect();
    expect(loads).toEqual({ exceljs: 0, hyparquet: 0 });
    await readRecords(FIXTURE, { schema: ticketSchema, mapping: { id: "ticket id", createdAt: "created_at" } }).collect();
    expect(loads).toEqual({ exceljs: 0, hyparquet: 1 });
  });

  it("reads every value as written, typed; NULLs left out; line = row number + 1; row group by row group", async () => {
    const { columns, rows } = await rowsOf(FIXTURE);
    expect(columns).toEqual(COLUMNS);
    expect(rows).toEqual(PARQUET_TICKETS.map((t, i) => ({ line: i + 2, row: expectedRow(t) })));
    expect(PARQUET_TICKETS.length).toBeGreaterThan(2 * PARQUET_ROW_GROUP_SIZE); // three row groups
    expect(rows[0]?.row).toEqual({
      "ticket id": "P-1", created_at: "2024-10-29T22:00:00.123", created_utc: new Date("2024-10-29T22:00:00Z"), day: "2024-10-29", handle_seconds: 725,
      big: "9007199254740993", frt_minutes: 2.5, price: 12.34, solved: true, channel: "email",
    });
    expect(rows[2]?.row).toEqual({ "ticket id": "P-3", created_at: "2024-10-31T13:45:30.000" });
    expect(rows[3]?.row).toMatchObject({ big: 9007199254740991, price: -5, created_at: "1999-12-31T23:59:59.999" });
  });

  it("typed timestamps become ticket timestamps without a date format: a TIMESTAMP in the reader's time zone, a TIMESTAMPTZ as the instant", async () => {
    const mapping = {
      id: "ticket id", createdAt: "created_at", channel: "channel", customerId: "big", firstContactResolved: "solved",
      handleMs: { column: "handle_seconds", unit: "seconds" }, firstResponseMs: { column: "frt_minutes", unit: "minutes" },
    } as const;
    const utc = await readRecords(FIXTURE, { schema: ticketSchema, mapping }).collect();
    expect(utc.counts).toEqual({ rows: 30, records: 30, rejected: 0 });
    expect(utc.records.map((r) => r.createdAt.toISOString())).toEqual(PARQUET_TICKETS.map((t) => new Date(`${t.created.replace(" ", "T")}Z`).toISOString()));
    expect(utc.records[0]).toEqual({
      id: "P-1", createdAt: new Date("2024-10-29T22:00:00.123Z"), channel: "email", customerId: "9007199254740993", firstContactResolved: true, handleMs: 725_000, firstResponseMs: 150_000,
    });
    const ny = await readRecords(FIXTURE, { schema: ticketSchema, mapping, timeZone: "America/New_York" }).collect();
    expect(ny.records[0]?.createdAt.toISOString()).toBe("2024-10-30T02:00:00.123Z"); // 22:00 EDT

    // calls: a TIMESTAMPTZ is an instant, whatever the time zone; P-3 (NULLs) has no wait: rejected at its line
    const calls = await readRecords(FIXTURE, {
      schema: callSchema, timeZone: "America/New_York",
      mapping: { id: "ticket id", startedAt: "created_utc", waitMs: { column: "handle_seconds", unit: "seconds" }, outcome: { column: "solved", values: { true: "answered", false: "abandoned" } } },
    }).collect();
    expect(calls.counts).toEqual({ rows: 30, records: 29, rejected: 1 });
    expect(calls.counts.rows).toBe(calls.counts.records + calls.counts.rejected);
    expect(calls.records[0]).toEqual({ id: "P-1", startedAt: new Date("2024-10-29T22:00:00Z"), waitMs: 725_000, outcome: "answered", channel: "email" }); // channel: the column of the same name
    // P-3 has neither a wait nor an outcome: the outcome is required (a wait only with an answered outcome)
    expect(calls.rejected.map((r) => [r.index, r.line, r.issues.map((i) => i.field)])).toEqual([[2, 4, ["outcome"]]]);
  });

  it("checks its mapping against the file's columns, not the first row's values", async () => {
    // P-3's row has only two values; a mapping to a column it leaves out is still fine
    const { records } = await readRecords(FIXTURE, { schema: ticketSchema, mapping: { id: "ticket id", createdAt: "created_at", topic: "channel" } }).collect();
    expect(records).toHaveLength(30);
    const error = await rejectionOf(() => readRecords(FIXTURE, { schema: ticketSchema, mapping: { id: "ticket_id" } }).collect());
    expect([isKpiInputError(error), (error as { field?: string }).field]).toEqual([true, "mapping.id"]);
  });

  describe("other writers' settings (copies of the fixture made by DuckDB)", () => {
    let db: DuckDBInstance;
    beforeAll(async () => {
      db = await DuckDBInstance.create(":memory:");
    });
    afterAll(() => db.closeSync());
    const copy = async (name: string, sql: string): Promise<string> => {
      const path = join(dir, name);
      const con = await db.connect();
      await con.run(sql.replaceAll("$IN", `'${FIXTURE}'`).replaceAll("$OUT", `'${path}'`));
      con.closeSync();
      return path;
    };

    it("every compression codec DuckDB writes reads the same rows", async () => {
      const { rows } = await rowsOf(FIXTURE);
      for (const codec of ["uncompressed", "gzip", "zstd", "brotli", "lz4"]) {
        const path = await copy(`${codec}.parquet`, `COPY (FROM read_parquet($IN)) TO $OUT (FORMAT parquet, COMPRESSION ${codec})`);
        expect((await rowsOf(path)).rows, codec).toEqual(rows);
      }
    });

    it("TIME as H:MM:SS.mmm, milli- and nanosecond timestamps, one before 1970 rounded down, a list as it is; an INTERVAL is a ReadRecordsError", async () => {
      const path = await copy("types.parquet", `COPY (SELECT TIME '09:12:58.5' AS t, TIMESTAMP_MS '2024-01-02 03:04:05.678' AS ms,
        TIMESTAMP '1969-12-31 23:59:59.9995' AS before, TIMESTAMP_NS '2024-01-02 03:04:05.678901234' AS ns, 7::TINYINT AS tiny, 3.5::FLOAT AS f,
        'é'::VARCHAR AS s, [1, 2] AS list) TO $OUT (FORMAT parquet)`);
      expect((await rowsOf(path)).rows).toEqual([
        { line: 2, row: { t: "9:12:58.500", ms: "2024-01-02T03:04:05.678", before: "1969-12-31T23:59:59.999", ns: "2024-01-02T03:04:05.678", tiny: 7, f: 3.5, s: "é", list: [1, 2] } },
      ]);
      const interval = await copy("interval.parquet", "COPY (SELECT INTERVAL 90 MINUTE AS i) TO $OUT (FORMAT parquet)");
      const error = (await rejectionOf(() => rowsOf(interval))) as ReadRecordsError;
      expect([isReadRecordsError(error), error.path, error.line]).toEqual([true, interval, 2]);
      expect(error.message).toMatch(/cannot read the Parquet rows 1 to 1: .*interval/i);
    });
  });

  it("errors: a stream (Parquet needs its path), a missing file, a file that is not Parquet", async () => {
    const sync = (() => {
      try {
        readRecords(Readable.from([]), { schema: ticketSchema, format: "parquet" });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect([isKpiInputError(sync), (sync as { field?: string }).field]).toEqual([true, "options.format"]);
    expect((sync as Error).message).toContain("a path for a Parquet file");
    const missing = join(dir, "missing.parquet");
    const gone = (await rejectionOf(() => readRecords(missing, { schema: ticketSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(gone), gone.path]).toEqual([true, missing]);
    expect(gone.message).toMatch(/cannot read the file: ENOENT/);
    const csv = file("tickets-csv.parquet", "id,createdAt\n1,2024-01-01\n");
    const notParquet = (await rejectionOf(() => readRecords(csv, { schema: ticketSchema }).collect())) as ReadRecordsError;
    expect([isReadRecordsError(notParquet), notParquet.path]).toEqual([true, csv]);
    expect(notParquet.message).toMatch(/: not a Parquet file: /);
  });

  it("a file URL and an upper-case extension; breaking out early stops reading", async () => {
    const upper = join(dir, "TICKETS.PARQUET");
    copyFileSync(FIXTURE, upper);
    const url = new URL(`file://${upper}`);
    expect((await readRecords(url, { schema: ticketSchema, mapping: { id: "ticket id", createdAt: "created_at" } }).collect()).counts.records).toBe(30);
    const reader = readRecords(FIXTURE, { schema: ticketSchema, mapping: { id: "ticket id", createdAt: "created_at" } });
    for await (const ticket of reader) {
      expect(ticket.id).toBe("P-1");
      break;
    }
    expect([reader.done, reader.counts.rows]).toEqual([false, 1]);
  });
});
