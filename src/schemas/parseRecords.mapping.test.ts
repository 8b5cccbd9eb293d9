import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../_lib/inputError.test-util.js";
import { callSchema, parseRecords, ticketSchema } from "./index.js";

describe("parseRecords: the mapping and the arguments are checked up front", () => {
  it("a mapping naming a missing column fails up front, listing the columns", () => {
    const rows = [{ ticket_id: "1", created_date: "2024-01-01" }];
    const error = inputErrorOf(() => parseRecords(rows, ticketSchema, { mapping: { id: "ticket_id", createdAt: "Created Date" } }));
    expect([error.field, error.value]).toEqual(["mapping.createdAt", "Created Date"]);
    expect(error.message).toContain('a column of the rows ("ticket_id", "created_date")');
    const declared = inputErrorOf(() => parseRecords([], ticketSchema, { mapping: { createdAt: { column: "when" } }, columns: ["created"] }));
    expect(declared.field).toBe("mapping.createdAt");
  });

  it("checks the mapping itself: unknown fields, units, shapes", () => {
    const rows = [{ a: "1" }];
    const bad = (mapping: unknown) => inputErrorOf(() => parseRecords(rows, callSchema, { mapping } as never));
    expect([bad({ created: "a" }).field, bad({ created: "a" }).value]).toEqual(["mapping.created", "created"]);
    expect(bad({ waitMs: { column: "a", unit: "weeks" } }).field).toBe("mapping.waitMs.unit");
    expect(bad({ outcome: { column: "a", unit: "seconds" } }).message).toContain("a unit applies to duration fields only");
    // a number that is not a duration takes no unit either: csat=CSAT_Score@hours would scale every score
    const csat = inputErrorOf(() => parseRecords([{ c: "4" }], ticketSchema, { mapping: { csat: { column: "c", unit: "hours" } } }));
    expect([csat.field, csat.value]).toEqual(["mapping.csat.unit", "hours"]);
    expect(bad({ waitMs: 3 }).field).toBe("mapping.waitMs");
    expect(bad({ waitMs: { column: "a", values: [] } }).field).toBe("mapping.waitMs.values");
    expect(bad("waitMs").field).toBe("mapping");
  });

  it("checks rows, schema and options", () => {
    expect(inputErrorOf(() => parseRecords(3 as never, callSchema)).field).toBe("rows");
    expect(inputErrorOf(() => parseRecords([], {} as never)).field).toBe("schema");
    expect(inputErrorOf(() => parseRecords([], callSchema, { onInvalid: "ignore" as never })).field).toBe("options.onInvalid");
    expect(inputErrorOf(() => parseRecords([], callSchema, { timeZone: "Mars/Base" })).field).toBe("options.timeZone");
    expect(inputErrorOf(() => parseRecords([], callSchema, 5 as never)).field).toBe("options");
  });

  it("a row that is not an object is a rejected row, never a crash; with throw it is named", () => {
    const { rejected, counts } = parseRecords([null, ["a"], 4], callSchema);
    expect(counts).toEqual({ rows: 3, records: 0, rejected: 3 });
    expect(rejected.map((r) => r.issues[0]?.field)).toEqual(["", "", ""]);
    expect(inputErrorOf(() => parseRecords([4], callSchema, { onInvalid: "throw" })).field).toBe("rows");
  });
});
