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
