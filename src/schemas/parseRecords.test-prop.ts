import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { callSchema, parseRecords, ticketSchema } from "./index.js";

/** A good CSV-style ticket row, and the record it must become. */
const goodRow = fc
  .record({
    id: fc.stringMatching(/^T-\d{1,6}$/),
    ms: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    minutes: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
  })
  .map(({ id, ms, csat, minutes }) => ({
    row: { ticket_id: id, created: new Date(ms).toISOString(), csat: csat === undefined ? "" : `${csat}.0`, frt: minutes === undefined ? "" : String(minutes) },
    record: { id, createdAt: new Date(ms), ...(csat === undefined ? {} : { csat }), ...(minutes === undefined ? {} : { firstResponseMs: minutes * 60_000 }) },
  }));

/** A row with at least one problem. */
const badRow = fc.oneof(
  fc.constant({ ticket_id: "", created: "2024-01-01", csat: "", frt: "" }),
  fc.constant({ ticket_id: "x", created: "not a date", csat: "", frt: "" }),
  fc.integer({ min: 6, max: 99 }).map((c) => ({ ticket_id: "x", created: "2024-01-01", csat: String(c), frt: "" })),
  fc.string().filter((s) => !/^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(s) && s.trim() !== "").map((s) => ({ ticket_id: "x", created: "2024-01-01", csat: "", frt: s })),
);

const mapping = { id: "ticket_id", createdAt: "created", csat: "csat", firstResponseMs: { column: "frt", unit: "minutes" } } as const;

test.prop([fc.array(fc.oneof(goodRow.map((g) => ({ good: true as const, ...g })), badRow.map((row) => ({ good: false as const, row }))), { maxLength: 60 })])(
  "rows = records + rejected; good rows become their records in order; bad rows are rejected at their index",
  (mix) => {
    const result = parseRecords(mix.map((m) => m.row), ticketSchema, { mapping, columns: ["ticket_id", "created", "csat", "frt"] });
    expect(result.counts.rows).toBe(mix.length);
    expect(result.records.length + result.rejected.length).toBe(mix.length);
    expect(result.records).toEqual(mix.flatMap((m) => (m.good ? [m.record] : [])));
    expect(result.rejected.map((r) => r.index)).toEqual(mix.flatMap((m, i) => (m.good ? [] : [i])));
    for (const r of result.rejected) expect(r.issues.length).toBeGreaterThan(0);
    const skipped = parseRecords(mix.map((m) => m.row), ticketSchema, { mapping, onInvalid: "skip", columns: ["ticket_id", "created", "csat", "frt"] });
    expect(skipped.counts).toEqual(result.counts);
    expect(skipped.rejected).toEqual([]);
  },
);

test.prop([fc.array(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom("waitMs", "outcome", "talkMs"), fc.anything())), { maxLength: 40 })])(
  "any rows at all: nothing thrown, nothing dropped",
  (rows) => {
    const { counts, records, rejected } = parseRecords(rows, callSchema, { columns: [] });
    expect(counts).toEqual({ rows: rows.length, records: records.length, rejected: rejected.length });
  },
);
