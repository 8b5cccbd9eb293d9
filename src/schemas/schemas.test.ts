import { describe, expect, it } from "vitest";
import { callSchema, contactSchema, surveyResponseSchema, ticketEventSchema, ticketSchema } from "./index.js";

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("ticketSchema", () => {
  it("TSDoc example: CSV strings become a Date, a number and a boolean", () => {
    const t = ticketSchema.parse({ id: "T-1", createdAt: "2024-10-29 22:00:00", csat: "2.0", surveySent: "True" });
    expect(t.createdAt.toISOString()).toBe("2024-10-29T22:00:00.000Z");
    expect(t.csat).toBe(2);
    expect(t.surveySent).toBe(true);
  });

  it("reads the export's timestamps: a space separator and six fractional digits (cut to ms)", () => {
    const t = ticketSchema.parse({ id: 1, createdAt: "2024-10-29 22:00:00", resolvedAt: "2024-10-30 15:15:11.744884" });
    expect(t.resolvedAt?.toISOString()).toBe("2024-10-30T15:15:11.744Z");
    expect(ticketSchema.parse({ id: 1, createdAt: 0 }).createdAt.getTime()).toBe(0);
    expect(ticketSchema.parse({ id: 1, createdAt: new Date(5) }).createdAt.getTime()).toBe(5);
  });

  it("empty strings and null are missing; unknown keys are dropped", () => {
    const t = ticketSchema.parse({ id: "a", createdAt: "2024-01-01", csat: "", channel: null, extra: "x" });
    expect(t).toEqual({ id: "a", createdAt: new Date("2024-01-01T00:00:00Z") });
    expect(issuesOf(ticketSchema.safeParse({ id: "", createdAt: " " }))).toEqual([
      ["id", "a value (the field is required)"],
      ["createdAt", "a value (the field is required)"],
    ]);
  });

  it("numbers are strict: 12abc, 2.5 on an integer scale, 7 on 1–5 and negative durations fail", () => {
    expect(ticketSchema.parse({ id: 1, createdAt: 0, handleMs: "12.5", nps: "1e1" })).toMatchObject({ handleMs: 12.5, nps: 10 });
    expect(issuesOf(ticketSchema.safeParse({ id: 1, createdAt: 0, handleMs: "12abc", csat: "2.5", nps: 11, ces: "7", reopens: "-1" }))).toEqual([
      ["handleMs", "a finite number ≥ 0"],
      ["csat", "a whole number from 1 to 5"],
      ["nps", "a whole number from 0 to 10"],
      ["reopens", "a whole number ≥ 0"],
    ]);
  });

  it("booleans from true/false, yes/no, 1/0 in any case; anything else fails", () => {
    for (const [text, value] of [["True", true], ["FALSE", false], ["yes", true], ["No", false], ["1", true], ["0", false], [1, true], [0, false], [false, false]] as const) {
      expect(ticketSchema.parse({ id: 1, createdAt: 0, firstContactResolved: text }).firstContactResolved).toBe(value);
    }
    expect(ticketSchema.safeParse({ id: 1, createdAt: 0, surveySent: "y" }).success).toBe(false);
  });

  it("complaint and escalation flags, replies and reassignments: booleans and whole numbers ≥ 0, from CSV text", () => {
    const t = ticketSchema.parse({ id: 1, createdAt: 0, complaint: "Yes", escalated: "0", replies: "2.0", reassignments: "3" });
    expect(t).toMatchObject({ complaint: true, escalated: false, replies: 2, reassignments: 3 });
    expect(issuesOf(ticketSchema.safeParse({ id: 1, createdAt: 0, replies: "1.5", complaint: "maybe", escalated: 2, reassignments: "-1" }))).toEqual([
      ["replies", "a whole number ≥ 0"],
      ["complaint", "true or false (also yes/no, 1/0, in any case)"],
      ["escalated", "true or false (also yes/no, 1/0, in any case)"],
      ["reassignments", "a whole number ≥ 0"],
    ]);
  });

  it("first response and resolution may not precede creation", () => {
    expect(issuesOf(ticketSchema.safeParse({ id: 1, createdAt: "2024-01-02", resolvedAt: "2024-01-01", firstResponseAt: "2024-01-01" }))).toEqual([
      ["firstResponseAt", "a time at or after createdAt"],
      ["resolvedAt", "a time at or after createdAt"],
    ]);
  });

  it("events: a message needs an author, a status event a status, every timestamp parses", () => {
    const result = ticketSchema.safeParse({ id: 1, createdAt: 0, events: [{ at: "x", type: "message" }, { at: 1, type: "status" }] });
    expect(issuesOf(result).map(([path]) => path)).toEqual(["events.0.at", "events.0.author", "events.1.status"]);
    const ok = ticketSchema.parse({ id: 1, createdAt: 0, events: [{ at: "1970-01-01T00:00:01Z", type: "message", author: "agent", public: "no" }] });
    expect(ok.events).toEqual([{ at: new Date(1000), type: "message", author: "agent", public: false }]);
  });
});

describe("the other schemas", () => {
  it("TSDoc example: ticketEventSchema", () => {
    const e = ticketEventSchema.parse({ ticketId: "T-1", at: "2024-10-29T22:05:00Z", type: "message", author: "agent", public: "yes" });
    expect(e.public).toBe(true);
    expect(ticketEventSchema.safeParse({ ticketId: "T-1", at: 0, type: "status" }).success).toBe(false);
  });

  it("TSDoc example: surveyResponseSchema scales by type; a missing score is an unanswered survey", () => {
    expect(surveyResponseSchema.parse({ type: "nps", score: "9" }).score).toBe(9);
    expect(surveyResponseSchema.safeParse({ type: "csat", score: 7 }).success).toBe(false);
    expect(surveyResponseSchema.parse({ type: "ces", score: "7" }).score).toBe(7);
    expect(surveyResponseSchema.parse({ type: "csat", score: "" })).toEqual({ type: "csat" });
    expect(issuesOf(surveyResponseSchema.safeParse({ type: "nps", score: 11 }))).toEqual([["score", "a whole number from 0 to 10 (the nps scale)"]]);
    expect(surveyResponseSchema.safeParse({ type: "csat", score: 0 }).success).toBe(false);
    // An unknown type is the one issue: the score is not judged against a scale it does not have.
    expect(issuesOf(surveyResponseSchema.safeParse({ type: "stars", score: 99 })).map(([p]) => p)).toEqual(["type"]);
  });

  it("TSDoc example: callSchema", () => {
    expect(callSchema.parse({ waitMs: "12000", outcome: "answered" }).waitMs).toBe(12000);
    expect(issuesOf(callSchema.safeParse({ waitMs: "-1", outcome: "hung up" })).map(([p]) => p)).toEqual(["waitMs", "outcome"]);
    expect(callSchema.parse({ waitMs: "", outcome: "abandoned" })).toEqual({ outcome: "abandoned" });
    expect(callSchema.safeParse({ outcome: "answered" }).success).toBe(false);
  });

  it("callSchema: an abandoned call may have no wait; an answered one needs it, once", () => {
    for (const waitMs of [undefined, null, "", "  "]) {
      expect(callSchema.safeParse({ waitMs, outcome: "abandoned" })).toEqual({ success: true, data: { outcome: "abandoned" } });
      expect(callSchema.safeParse({ waitMs, outcome: " Abandoned " })).toEqual({ success: true, data: { outcome: "abandoned" } });
      expect(issuesOf(callSchema.safeParse({ waitMs, outcome: "answered" }))).toEqual([["waitMs", "the wait of an answered call (only an abandoned call may have none)"]]);
    }
    // An abandoned call with a wait keeps it, zero included (zero is a known wait, not a missing one).
    expect(callSchema.parse({ waitMs: "0", outcome: "abandoned" })).toEqual({ waitMs: 0, outcome: "abandoned" });
    // A wait that does not parse has its own issue only; a missing outcome does not make the wait required.
    expect(issuesOf(callSchema.safeParse({ waitMs: "x", outcome: "answered" })).map(([p]) => p)).toEqual(["waitMs"]);
    expect(issuesOf(callSchema.safeParse({})).map(([p]) => p)).toEqual(["outcome"]);
    // Other issues of the row are listed too.
    expect(issuesOf(callSchema.safeParse({ outcome: "answered", talkMs: "-5" })).map(([p]) => p)).toEqual(["talkMs", "waitMs"]);
  });

  it("TSDoc example: contactSchema needs startedAt or createdAt, once", () => {
    expect(contactSchema.parse({ customerId: "c1", startedAt: "2024-01-02T09:00:00Z", kind: "self-service" }).kind).toBe("self-service");
    expect(contactSchema.parse({ createdAt: "2024-01-02" }).createdAt).toEqual(new Date("2024-01-02T00:00:00Z"));
    expect(issuesOf(contactSchema.safeParse({ id: 1 }))).toEqual([["startedAt", "a value (the field is required): startedAt or createdAt"]]);
    expect(issuesOf(contactSchema.safeParse({ startedAt: "soon" })).map(([p]) => p)).toEqual(["startedAt"]);
  });
});

describe("every record schema, given something that is not an object", () => {
  // Found by test/fuzz-exports.test-prop.ts: the cross-field rules ran on undefined and threw a
  // TypeError from inside zod's safeParse. zod's own answer is a failed parse with one issue at
  // the root ("expected object").
  const schemas = { ticketSchema, ticketEventSchema, surveyResponseSchema, callSchema, contactSchema };
  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name}: a failed parse, not a thrown TypeError`, () => {
      for (const value of [undefined, null, 5, "a ticket", [], [{ id: 1 }], true]) {
        const result = schema.safeParse(value);
        expect(result.success, JSON.stringify(value)).toBe(false);
        expect(result.error?.issues.map((i) => [i.path.join("."), i.code])).toEqual([["", "invalid_type"]]);
      }
    });
  }
  it("still gives every reason at once for an object with bad fields", () => {
    // the time rule and the field's own issue together, as before
    expect(issuesOf(ticketSchema.safeParse({ id: 1, createdAt: "2026-01-02", resolvedAt: "2026-01-01", csat: "nine" })).map(([p]) => p)).toEqual(["csat", "resolvedAt"]);
  });
});
