import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { callSchema, ticketSchema } from "../schemas/index.js";
import { readRecords } from "./index.js";
import { chunked } from "./readRecords.test-util.js";

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
/** Text that survives as itself: not blank (blank is a missing value). */
const text = fc.string({ unit: "grapheme", maxLength: 12 }).filter((s) => s.trim() !== "");
const ticket = fc.record(
  {
    id: text,
    createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms)),
    channel: text,
    agent: text,
    csat: fc.integer({ min: 1, max: 5 }),
    firstContactResolved: fc.boolean(),
    handleMs: fc.double({ min: 0, max: 1e9, noNaN: true }),
  },
  { requiredKeys: ["id", "createdAt"] },
);
const COLUMNS = ["id", "createdAt", "channel", "agent", "csat", "firstContactResolved", "handleMs"] as const;

function toCsv(records: readonly Record<string, unknown>[], eol: string): string {
  const cell = (v: unknown): string => (v === undefined ? "" : quote(v instanceof Date ? v.toISOString() : String(v)));
  return [COLUMNS.join(","), ...records.map((r) => COLUMNS.map((c) => cell(r[c])).join(","))].join(eol) + eol;
}

test.prop([fc.array(ticket, { maxLength: 40 }), fc.constantFrom("\n", "\r\n"), fc.integer({ min: 1, max: 64 })])(
  "CSV round trip: records → quoted CSV → readRecords (any chunking) → the same records",
  async (records, eol, size) => {
    const { records: read, counts } = await readRecords(chunked(toCsv(records, eol), size), { schema: ticketSchema, format: "csv" }).collect();
    expect(counts).toEqual({ rows: records.length, records: records.length, rejected: 0 });
    expect(read).toEqual(records);
  },
);

/** A CSV line for a call: good, with a bad value, or with the wrong number of fields; some with quoted newlines. */
const line = fc.oneof(
  fc.record({ kind: fc.constant("good" as const), wait: fc.nat(), queue: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant("bad value" as const), wait: fc.constantFrom("-1", "x", "1.2.3"), queue: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant("short" as const), wait: fc.nat(), queue: fc.constant("") }),
);

test.prop([fc.array(line, { maxLength: 50 }), fc.integer({ min: 1, max: 40 })])(
  "rows = records + rejected for any mix; each rejected row has the line it starts on",
  async (lines, size) => {
    let lineNo = 2;
    const expectedRejected: [number, number][] = [];
    const body = lines.map((l, index) => {
      const row = l.kind === "short" ? `${l.wait}` : `${l.wait},answered,${quote(l.queue)}`;
      if (l.kind !== "good") expectedRejected.push([index, lineNo]);
      lineNo += 1 + (l.kind === "short" ? 0 : (l.queue.match(/\r\n|\r|\n/g) ?? []).length);
      return row;
    });
    const csv = ["waitMs,outcome,queue", ...body].join("\n");
    const reader = readRecords(chunked(csv, size), { schema: callSchema, format: "csv" });
    const { records, rejected, counts } = await reader.collect();
    expect(counts.rows).toBe(lines.length);
    expect(counts.records + counts.rejected).toBe(counts.rows);
    expect(records.length).toBe(lines.filter((l) => l.kind === "good").length);
    expect(rejected.map((r) => [r.index, r.line])).toEqual(expectedRejected);
  },
);

/** Cells of a ticket export: mostly good, some blank, some bad, some the fast path leaves to zod. */
const CELLS: Readonly<Record<string, readonly string[]>> = {
  ticket_id: ["T-1", "T-2", "", " ", "10"],
  created: ["2024-03-31T01:30:00Z", "2024-10-27 02:30", "2024-02-29", "2023-02-29", "2024-01-01 24:00", " 2024-01-01T10:00Z", "yesterday", ""],
  status: ["Resolved", "In Progress", "open", "pending", "", "Solved", "N/A"],
  minutes: ["12.5", "0", "", "-1", "1e3", "abc", " 7 "],
  csat: ["5", "4.0", "", "0", "6", "3.5", "2"],
  fcr: ["True", "false", "yes", "", "maybe", "1"],
  resolved: ["2024-12-31T23:59:59.999Z", "", "2020-01-01", "2024-11-01 10:00:00.123456"],
  note: ["", "a, b", 'say "hi"', "two\nlines", "long text, longer than thirteen characters"],
};
const COLS = Object.keys(CELLS);
const quoteIfNeeded = (s: string): string => (/[",\r\n]/.test(s) ? quote(s) : s);
const ticketRow = fc.tuple(...COLS.map((c) => fc.constantFrom(...(CELLS[c] as string[]))));
const ticketMapping = {
  id: "ticket_id",
  createdAt: "created",
  status: { column: "status", values: { Resolved: "solved", "In Progress": "open", "N/A": null } },
  firstResponseMs: { column: "minutes", unit: "minutes" },
  csat: "csat",
  firstContactResolved: "fcr",
  resolvedAt: "resolved",
} as const;

test.prop([fc.array(ticketRow, { maxLength: 40 }), fc.constantFrom("\n", "\r\n"), fc.integer({ min: 1, max: 97 }), fc.constantFrom("UTC", "Europe/Amsterdam", "America/New_York")])(
  "the fast path changes nothing: records, rejected rows with issues and lines, counts equal those of zod alone",
  async (rows, eol, size, timeZone) => {
    const csv = [COLS.join(","), ...rows.map((r) => r.map(quoteIfNeeded).join(","))].join(eol) + eol;
    // A schema extended from ticketSchema is a new schema object without the fast path.
    const options = { format: "csv", mapping: ticketMapping, timeZone } as const;
    const zodOnly = await readRecords(chunked(csv, size), { schema: ticketSchema.safeExtend({}), ...options }).collect();
    expect(await readRecords(chunked(csv, size), { schema: ticketSchema, ...options }).collect()).toStrictEqual(zodOnly);
  },
);
