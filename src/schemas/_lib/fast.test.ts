import * as z from "zod";
import { describe, expect, it } from "vitest";
import { callSchema, surveyResponseSchema, ticketSchema } from "../index.js";
import type { RecordSchema } from "../types.js";
import { detach } from "../../_lib/text.js";
import { fastRows, recordRules } from "./fast.js";
import { resolveMapping } from "./mapping.js";

const defaults = (timeZone: string) => ({ timeZone, dateFormat: undefined, decimal: undefined, thousands: undefined });
const compile = (schema: RecordSchema, mapping?: unknown, timeZone = "UTC") =>
  fastRows<Record<string, unknown>>(schema, resolveMapping("parseRecords", schema, mapping, defaults(timeZone)), timeZone);

describe("fastRows: which schemas have a fast path", () => {
  it("the library's schemas, and object schemas made of the library's fields without refinements", () => {
    expect(compile(ticketSchema)).not.toBeNull();
    expect(compile(callSchema)).not.toBeNull();
    const picked = z.object({ wait: callSchema.shape.waitMs, note: callSchema.shape.queue.optional() });
    expect(compile(picked)?.row({ wait: "12", note: "x" })).toBeUndefined(); // `note` is not one of ours: must be absent
    expect(compile(picked)?.row({ wait: "12" })).toEqual({ wait: 12 });
  });

  it("none for derived schemas: refinements it does not know, other fields, strict objects, a __proto__ field", () => {
    expect(compile(ticketSchema.safeExtend({}))).toBeNull();
    expect(compile(callSchema.refine(() => true))).toBeNull();
    expect(compile(callSchema.extend({ extra: z.string() }))).toBeNull();
    expect(compile(callSchema.strict())).toBeNull();
    const proto = z.object({ ["__proto__"]: callSchema.shape.queue });
    expect(fastRows(proto, [{ field: "__proto__", columns: ["p"], column: "p", mapped: false, prepare: null }], "UTC")).toBeNull();
    expect(recordRules.get(ticketSchema.safeExtend({}))).toBeUndefined();
    expect(recordRules.get({})).toBeUndefined();
  });
});

describe("fastRows: what it reads and what it leaves to zod", () => {
  it("reads a valid row as zod would: units, translations, time zones, booleans, typed JSON values", () => {
    const fast = compile(ticketSchema, { status: { column: "s", values: { Resolved: "solved", "-": null } }, handleMs: { column: "h", unit: "minutes" } }, "Europe/Amsterdam");
    expect(fast?.row({ id: 7, createdAt: "2024-10-29 22:00", s: "Resolved", h: "1.5", surveySent: "yes", firstContactResolved: 0, csat: 5, agent: "" })).toStrictEqual({
      id: 7,
      createdAt: new Date("2024-10-29T21:00:00Z"),
      status: "solved",
      handleMs: 90_000,
      csat: 5,
      surveySent: true,
      firstContactResolved: false,
    });
    expect(fast?.row({ id: "T", createdAt: new Date(0), s: "-", h: 2 })).toStrictEqual({ id: "T", createdAt: new Date(0), handleMs: 120_000 });
    expect(fast?.row({ id: "T", createdAt: 86_400_000, s: "" })).toStrictEqual({ id: "T", createdAt: new Date(86_400_000) });
  });

  it("gives up (undefined) on anything zod must judge: bad values, missing required fields, broken rules", () => {
    const fast = compile(ticketSchema);
    const created = "2024-01-01T00:00:00Z";
    for (const row of [
      { createdAt: created },
      { id: "T", createdAt: "2024-02-30" },
      { id: "T", createdAt: created, csat: "6" },
      { id: "T", createdAt: created, csat: "4.5" },
      { id: "T", createdAt: created, surveySent: "maybe" },
      { id: "T", createdAt: created, status: "Sol ved" },
      { id: "T", createdAt: created, agent: 5 },
      { id: Number.NaN, createdAt: created },
      { id: "T", createdAt: true },
      { id: "T", createdAt: new Date(Number.NaN) },
      { id: "T", createdAt: created, resolvedAt: "2023-12-31" },
      { id: "T", createdAt: created, events: [] },
    ]) {
      expect(fast?.row(row)).toBeUndefined();
    }
    expect(compile(surveyResponseSchema)?.row({ type: "csat", score: "7" })).toBeUndefined();
    // a vocabulary in another case, or with spaces around it, is the schema's own value, as zod reads it
    expect(fast?.row({ id: "T", createdAt: created, status: " Solved " })).toEqual(ticketSchema.parse({ id: "T", createdAt: created, status: " Solved " }));
    expect(fast?.row({ id: "T", createdAt: created, status: "ON-HOLD" })).toMatchObject({ status: "on-hold" });
    expect(compile(surveyResponseSchema)?.row({ type: "nps", score: "7" })).toEqual({ type: "nps", score: 7 });
  });

  it("reads cells by the columns of a header; without a column for a required field every row is zod's", () => {
    const fast = compile(callSchema, { waitMs: { column: "wait (s)", unit: "seconds" } });
    const cells = fast?.cells(["queue", "outcome", "wait (s)", "unused"]);
    expect(cells?.(["billing", "answered", "12", "x"])).toStrictEqual({ waitMs: 12_000, outcome: "answered", queue: "billing" });
    expect(cells?.(["", "answered", "-1", "x"])).toBeUndefined();
    expect(fast?.cells(["outcome"])(["answered"])).toBeUndefined();
    // a ticket export without a createdAt column: no row can be a record by the fast path
    expect(compile(ticketSchema)?.cells(["id", "channel"])(["T1", "chat"])).toBeUndefined();
  });
});

describe("detach", () => {
  it("returns an equal string, short or long", () => {
    const text = "an export line, cut: Booking Modification, and more";
    expect([detach(text.slice(0, 2)), detach(text.slice(21, 41))]).toEqual(["an", "Booking Modification"]);
  });
});
