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

describe("parseRecords: exports as they come (formats, separators, clock durations, constants, time columns)", () => {
  const parse = (rows: object[], mapping: object, options: object = {}) => parseRecords(rows, ticketSchema, { mapping, ...options } as never);

  it("reads US and day-first dates, two-digit years, Excel serials and Unix times; wall times in the reader's zone", () => {
    const rows = [{ id: "1", us: "10/29/2024 22:00", eu: "29/10/24", xl: "45594.916666666664", unix: "1730239200", ms: 1730239200000 }];
    const at = (column: string, format: string, timeZone = "UTC") => parse(rows, { createdAt: { column, format } }, { timeZone }).records[0]?.createdAt.toISOString();
    expect(at("us", "M/d/yyyy H:mm")).toBe("2024-10-29T22:00:00.000Z");
    // 22:00 on a wall clock in Amsterdam (CET, UTC+1 on 29 October 2024) is 21:00 UTC
    expect(at("us", "M/d/yyyy H:mm", "Europe/Amsterdam")).toBe("2024-10-29T21:00:00.000Z");
    expect(at("eu", "dd/MM/yy")).toBe("2024-10-29T00:00:00.000Z");
    // Excel serial 45594 is 2024-10-29 (days since 1899-12-30); .916666… is 22:00
    expect(at("xl", "excel")).toBe("2024-10-29T22:00:00.000Z");
    // Unix times are instants: no zone applies
    expect(at("unix", "unix", "Europe/Amsterdam")).toBe("2024-10-29T22:00:00.000Z");
    expect(at("ms", "unix-ms")).toBe("2024-10-29T22:00:00.000Z");
  });

  it("joins a date column to a time-of-day column; the reader's dateFormat applies to every timestamp without its own", () => {
    const rows = [{ id: "1", Date: "29.10.2024", Time: "9:12:58", Solved: "30.10.2024", SolvedAt: "", FRT: "0:02:23" }];
    const { records, rejected } = parse(rows, { createdAt: { column: "Date", time: "Time" }, resolvedAt: { column: "Solved", time: "SolvedAt" }, firstResponseMs: "FRT" }, { dateFormat: "dd.MM.yyyy" });
    expect(rejected).toEqual([]);
    expect(records[0]).toMatchObject({ createdAt: new Date("2024-10-29T09:12:58Z"), resolvedAt: new Date("2024-10-30T00:00:00Z"), firstResponseMs: 143_000 });
    const pm = parse([{ id: "1", d: "2024-10-29", t: "9:05 PM" }], { createdAt: { column: "d", time: "t" } }).records[0]?.createdAt;
    expect(pm?.toISOString()).toBe("2024-10-29T21:05:00.000Z");
    // Excel serials for both: day 45594 is 2024-10-29, the day fraction 0.75 is 18:00
    const excel = parse([{ id: "1", d: "45594", t: "0.75" }], { createdAt: { column: "d", time: "t", format: "excel" } }).records[0]?.createdAt;
    expect(excel?.toISOString()).toBe("2024-10-29T18:00:00.000Z");
    // a translation applies to the date column before it is joined ("?" is no date: no resolvedAt)
    const translated = parse(
      [{ id: "1", createdAt: "2024-10-29", d: "2024-10-30", t: "8:00" }, { id: "2", createdAt: "2024-10-29", d: "?", t: "" }],
      { resolvedAt: { column: "d", time: "t", values: { "?": null } } },
    );
    expect(translated.records.map((r) => r.resolvedAt?.toISOString())).toEqual(["2024-10-30T08:00:00.000Z", undefined]);
  });

  it("reads decimal commas and declared thousands separators, and refuses undeclared ones", () => {
    const rows = [{ id: "1", createdAt: "2024-01-01", h: "1.234,5", m: "1,5", c: "4,0" }];
    const ok = parse(rows, { handleMs: { column: "h", unit: "seconds", decimal: ",", thousands: "." }, firstResponseMs: { column: "m", unit: "minutes", decimal: "," } });
    expect(ok.records[0]).toMatchObject({ handleMs: 1_234_500, firstResponseMs: 90_000 });
    // the reader's decimal comma applies to every number field (csat 4,0 is 4)
    expect(parse(rows, { firstResponseMs: { column: "m", unit: "minutes" }, csat: "c" }, { decimal: "," }).records[0]).toMatchObject({ firstResponseMs: 90_000, csat: 4 });
    // 1.234,5 without a declared thousands separator is no number: a rejected row, not 1.2345
    const refused = parse(rows, { handleMs: { column: "h", unit: "seconds", decimal: "," } });
    expect(refused.rejected[0]?.issues[0]).toMatchObject({ field: "handleMs", column: "h", value: "1.234,5" });
  });

  it("reads clock durations, constants for a missing column, and translations and vocabularies in any case", () => {
    const rows = [{ id: "1", createdAt: "2024-01-01", d: "1:02:03.5", s: " Resolved ", st: "PENDING" }];
    const { records } = parse(rows, { handleMs: { column: "d", unit: "h:mm:ss" }, channel: { value: "chat" }, status: { column: "s", values: { resolved: "solved" } } });
    expect(records[0]).toMatchObject({ handleMs: 3_723_500, channel: "chat", status: "solved" });
    expect(parse(rows, { status: "st" }).records[0]?.status).toBe("pending");
    expect(parse(rows, { handleMs: { column: "d", unit: "mm:ss" } }).rejected[0]?.issues[0]).toMatchObject({ field: "handleMs", value: "1:02:03.5" });
  });

  it("refuses a mapping that does not fit its field, naming the entry", () => {
    const bad = (mapping: object, options: object = {}) => inputErrorOf(() => parse([{ id: "1", createdAt: "2024-01-01", x: "1" }], mapping, options));
    expect(bad({ csat: { column: "x", format: "dd/MM/yyyy" } })).toMatchObject({ field: "mapping.csat.format" });
    expect(bad({ csat: { column: "x", time: "x" } })).toMatchObject({ field: "mapping.csat.time" });
    expect(bad({ channel: { column: "x", decimal: "," } })).toMatchObject({ field: "mapping.channel.decimal" });
    expect(bad({ csat: { column: "x", unit: "h:mm:ss" } })).toMatchObject({ field: "mapping.csat.unit" });
    expect(bad({ createdAt: { column: "x", format: "dd/MM/yyyy Q" } })).toMatchObject({ field: "mapping.createdAt.format" });
    expect(bad({ createdAt: { column: "x", formt: "dd/MM/yyyy" } })).toMatchObject({ field: "mapping.createdAt.formt" });
    expect(bad({ channel: { value: "chat", column: "x" } })).toMatchObject({ field: "mapping.channel" });
    expect(bad({ status: { column: "x", values: { Done: "solved", done: "open" } } })).toMatchObject({ field: "mapping.status.values" });
    expect(bad({ handleMs: { column: "x", decimal: ",", thousands: "," } })).toMatchObject({ field: "mapping.handleMs.thousands" });
    expect(bad({}, { dateFormat: 5 })).toMatchObject({ field: "options.dateFormat" });
    expect(bad({}, { dateFormat: "yyyy-MM-dd QQ" })).toMatchObject({ field: "options.dateFormat" });
    expect(bad({}, { decimal: ";" })).toMatchObject({ field: "options.decimal" });
    expect(bad({ createdAt: { column: "x", time: "Clock" } })).toMatchObject({ field: "mapping.createdAt.time", value: "Clock" });
  });
});
