import { describe, expect, it } from "vitest";
import * as z from "zod";
import { inputErrorOf } from "../_lib/inputError.test-util.js";
import { callSchema, parseRecords, ticketSchema } from "./index.js";

describe("parseRecords", () => {
  it("TSDoc example: mapping, values, units, time zone; a bad row rejected", () => {
    const rows = [
      { ticket_id: "T-1", created: "2024-10-29 22:00:00", status: "Resolved", first_response_minutes: "30" },
      { ticket_id: "T-2", created: "yesterday", status: "Resolved", first_response_minutes: "5" },
    ];
    const { records, rejected, counts } = parseRecords(rows, ticketSchema, {
      mapping: {
        id: "ticket_id",
        createdAt: "created",
        status: { column: "status", values: { Resolved: "solved" } },
        firstResponseMs: { column: "first_response_minutes", unit: "minutes" },
      },
      timeZone: "Europe/Amsterdam",
    });
    expect(records[0]?.createdAt.toISOString()).toBe("2024-10-29T21:00:00.000Z"); // CET, UTC+1, after the October change
    expect(records[0]?.firstResponseMs).toBe(1_800_000);
    expect(records[0]?.status).toBe("solved");
    expect(rejected[0]?.issues[0]?.field).toBe("createdAt");
    expect(counts).toEqual({ rows: 2, records: 1, rejected: 1 });
  });

  it("reports every issue of a row with field, column, raw value and a message", () => {
    const row = { ticket_id: "T-9", created: "29/10/2024", csat_score: "7", status: "Escalated" };
    const { rejected } = parseRecords([row], ticketSchema, {
      mapping: { id: "ticket_id", createdAt: "created", csat: "csat_score", status: { column: "status", values: { Resolved: "solved" } } },
    });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.index).toBe(0);
    expect(rejected[0]?.row).toBe(row);
    expect(rejected[0]?.issues.map(({ field, column, value, path }) => ({ field, column, value, path }))).toEqual([
      { field: "createdAt", column: "created", value: "29/10/2024", path: ["createdAt"] },
      { field: "status", column: "status", value: "Escalated", path: ["status"] },
      { field: "csat", column: "csat_score", value: "7", path: ["csat"] },
    ]);
    expect(rejected[0]?.issues[2]?.message).toBe('csat (column "csat_score") must be a whole number from 1 to 5, got "7"');
    expect(rejected[0]?.issues[0]?.message).toMatch(/^createdAt \(column "created"\) must be a timestamp.*got "29\/10\/2024"$/);
  });

  it("a missing required value says so", () => {
    const { rejected } = parseRecords([{ id: "1", createdAt: "" }], ticketSchema);
    expect(rejected[0]?.issues).toEqual([{ field: "createdAt", column: "createdAt", value: "", message: "createdAt is required", path: ["createdAt"] }]);
  });

  it("values: unlisted values pass through, null means missing, numbers match by text", () => {
    const mapping = { outcome: { column: "o", values: { "1": "answered", "0": "abandoned", "-": null } }, waitMs: "w" } as const;
    const { records, rejected } = parseRecords([{ o: 1, w: 5 }, { o: "0", w: "6" }, { o: "answered", w: 7 }, { o: "-", w: 8 }], callSchema, { mapping });
    expect(records.map((r) => r.outcome)).toEqual(["answered", "abandoned", "answered"]);
    expect(rejected.map((r) => [r.index, r.issues[0]?.message])).toEqual([[3, 'outcome (column "o") is required']]);
  });

  it("units: seconds, hours, days and ms; an unparsable number is reported with its raw text", () => {
    const rows = [{ s: "1.5", h: "2", d: "0.5", m: "7" }, { s: "12abc", h: "1", d: "1", m: "1" }];
    const { records, rejected } = parseRecords(rows, callSchema, {
      mapping: { waitMs: { column: "s", unit: "seconds" }, talkMs: { column: "h", unit: "hours" }, holdMs: { column: "d", unit: "days" }, afterWorkMs: { column: "m", unit: "ms" } },
      columns: ["s", "h", "d", "m", "outcome"],
    });
    expect(rejected.map((r) => r.issues.map((i) => [i.field, i.value]))).toEqual([[["outcome", undefined]], [["waitMs", "12abc"], ["outcome", undefined]]]);
    expect(records).toEqual([]);
    const ok = parseRecords([{ s: "1.5", h: "2", d: "0.5", outcome: "answered" }], callSchema, {
      mapping: { waitMs: { column: "s", unit: "seconds" }, talkMs: { column: "h", unit: "hours" }, holdMs: { column: "d", unit: "days" } },
    });
    expect(ok.records).toEqual([{ waitMs: 1500, talkMs: 7_200_000, holdMs: 43_200_000, outcome: "answered" }]);
  });

  it("onInvalid: skip counts without keeping; throw names the row, field and value", () => {
    const rows = [{ waitMs: "1", outcome: "answered" }, { waitMs: "x", outcome: "answered" }, { waitMs: "3", outcome: "abandoned" }];
    expect(parseRecords(rows, callSchema, { onInvalid: "skip" })).toEqual({
      records: [{ waitMs: 1, outcome: "answered" }, { waitMs: 3, outcome: "abandoned" }],
      rejected: [],
      counts: { rows: 3, records: 2, rejected: 1 },
    });
    const error = inputErrorOf(() => parseRecords(rows, callSchema, { onInvalid: "throw" }));
    expect([error.kpi, error.field, error.index, error.value]).toEqual(["parseRecords", "waitMs", 1, "x"]);
    expect(error.message).toBe('parseRecords: waitMs[1] must be a finite number ≥ 0, got "x"');
    const withId = inputErrorOf(() => parseRecords([{ id: "T-7", createdAt: "no" }], ticketSchema, { onInvalid: "throw" }));
    expect(withId.recordId).toBe("T-7");
    const two = inputErrorOf(() => parseRecords([{ wait: "x", outcome: "maybe" }], callSchema, { onInvalid: "throw", mapping: { waitMs: "wait" } }));
    expect(two.message).toBe(
      'parseRecords: waitMs[0] must be a finite number ≥ 0 (column "wait"); the row has 2 issues: waitMs (column "wait") must be a finite number ≥ 0, got "x"; ' +
        'outcome must be one of "answered", "abandoned", got "maybe", got "x"',
    );
  });



  it("reads any iterable lazily, and JSON objects with typed values", () => {
    function* rows() {
      yield { id: 7, createdAt: 1_700_000_000_000, surveySent: true, csat: 5 };
      yield { id: "8", createdAt: "2024-03-31T02:30:00", csat: null };
    }
    const { records } = parseRecords(rows(), ticketSchema, { timeZone: "Europe/Paris" });
    expect(records[0]).toEqual({ id: 7, createdAt: new Date(1_700_000_000_000), surveySent: true, csat: 5 });
    // 02:30 does not exist in Paris on 2024-03-31 (the clocks jump 02:00 → 03:00): read as 03:30 CEST.
    expect(records[1]?.createdAt.toISOString()).toBe("2024-03-31T01:30:00.000Z");
  });

  it("reads nested event timestamps in the time zone too, without touching the input", () => {
    const row = { id: 1, createdAt: "2024-07-01 09:00", events: [{ at: "2024-07-01 09:05", type: "message", author: "agent" }] };
    const { records } = parseRecords([row], ticketSchema, { timeZone: "America/New_York" });
    expect(records[0]?.createdAt.toISOString()).toBe("2024-07-01T13:00:00.000Z");
    expect(records[0]?.events?.[0]?.at.toISOString()).toBe("2024-07-01T13:05:00.000Z");
    expect(row.events[0]?.at).toBe("2024-07-01 09:05");
  });

  it("a schema extended with safeExtend (another CSAT scale, as the guide shows) keeps the row rules", () => {
    const tenPoint = ticketSchema.safeExtend({ csat: z.coerce.number().int().min(1).max(10).optional() });
    const { records, rejected } = parseRecords(
      [{ id: "a", createdAt: "2024-01-02", csat: "9.0" }, { id: "b", createdAt: "2024-01-02", csat: "" }, { id: "c", createdAt: "2024-01-02", resolvedAt: "2024-01-01", csat: "11" }],
      tenPoint,
    );
    expect(records).toEqual([{ id: "a", createdAt: new Date("2024-01-02T00:00:00Z"), csat: 9 }, { id: "b", createdAt: new Date("2024-01-02T00:00:00Z") }]);
    expect(rejected[0]?.issues.map((i) => i.field)).toEqual(["csat", "resolvedAt"]);
  });

  it("describes values in messages: dates in ISO, objects as short JSON; zod's own checks in the same words", () => {
    const withTags = ticketSchema.safeExtend({ tags: z.array(z.string()).optional() });
    const rows = [
      { id: 1, createdAt: new Date("2024-01-02T00:00:00Z"), resolvedAt: new Date("2024-01-01T00:00:00Z"), tags: "vip" },
      { id: 2, createdAt: 0, events: { at: 1, type: "message", author: "agent", note: "x".repeat(80) } },
      { id: 3, createdAt: 0, events: [{ type: "message", author: "agent" }] },
    ];
    const { rejected } = parseRecords(rows, withTags, { timeZone: "Europe/Paris" });
    expect(rejected.map((r) => r.issues.map((i) => i.message))).toEqual([
      ['tags must be a value of type array, got "vip"', "resolvedAt must be a time at or after createdAt, got 2024-01-01T00:00:00.000Z"],
      [expect.stringMatching(/^events must be a value of type array, got \{"at":1,"type":"message","author":"agent","note":"x+… \(132 characters of JSON\)$/)],
      ['events.0.at (column "events") is required'],
    ]);
    expect(rejected[2]?.issues[0]?.value).toBeUndefined();
  });

  it("describes values in the words of KpiInputError: arrays by length, symbols, functions and unwritable objects by kind", () => {
    const circular: Record<string, unknown> = {};
    circular["self"] = circular;
    const values = [["solved"], circular, Symbol("solved"), () => "solved", 5n];
    const { rejected } = parseRecords(values.map((status, i) => ({ id: i, createdAt: 0, status })), ticketSchema);
    expect(rejected.map((r) => r.issues[0]?.message.replace(/.*, got /, ""))).toEqual(["an array of 1", "an object", "symbol", "function", "5"]);
    // The same words as the error onInvalid: "throw" raises for the row.
    expect(() => parseRecords([{ id: 0, createdAt: 0, status: circular }], ticketSchema, { onInvalid: "throw" })).toThrow(/, got an object/);
  });
});

