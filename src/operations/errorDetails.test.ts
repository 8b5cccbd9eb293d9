import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../_lib/inputError.test-util.js";
import { GROUP_VALUE_EXPECTED } from "../records/groupValue.js";
import { averageHandleTime } from "./averageHandleTime/averageHandleTime.js";
import { backlogSeries } from "./backlog/backlogSeries.js";
import { contactVolume } from "./contactVolume/contactVolume.js";
import { repeatContacts } from "./repeatContacts/repeatContacts.js";
import { selfServiceDeflection } from "./selfServiceDeflection/selfServiceDeflection.js";

// The field and the expected text of errors that test/error-messages.test.ts's generic
// replacements do not reach (each found as a surviving mutant that emptied the text).
describe("operations errors say which field and what it expects", () => {
  it("a handle time beyond the largest double", () => {
    expect(inputErrorOf(() => averageHandleTime([{ talkMs: 1e308, holdMs: 1e308 }]))).toMatchObject({
      kpi: "averageHandleTime",
      field: "contacts",
      index: 0,
      expected: "talkMs + holdMs + afterWorkMs within the largest double, 1.8e308 ms (a finite handle time)",
    });
  });

  it("a backlog series that ends before it starts names the start", () => {
    expect(inputErrorOf(() => backlogSeries([], { from: "2026-05-02", to: "2026-05-01", interval: "day" }))).toMatchObject({
      field: "options.to",
      expected: "an instant after options.from (2026-05-02T00:00:00.000Z)",
    });
  });

  it("a group value of the wrong kind from a `by` function names the group", () => {
    expect(inputErrorOf(() => contactVolume([{ channel: "chat" }], { by: () => ({ team: {} as never }) }))).toMatchObject({
      field: "options.by",
      index: 0,
      expected: `${GROUP_VALUE_EXPECTED} as the value of "team"`,
    });
  });

  it("an unknown time zone, and a contact without a start", () => {
    expect(inputErrorOf(() => repeatContacts([], { windowMs: 1000, timeZone: "Mars/Base" }))).toMatchObject({ kpi: "repeatContacts", field: "options.timeZone" });
    expect(inputErrorOf(() => selfServiceDeflection([], [], { windowMs: 1000, timeZone: "Mars/Base" }))).toMatchObject({ kpi: "selfServiceDeflection", field: "options.timeZone" });
    expect(inputErrorOf(() => selfServiceDeflection([], [{ customerId: "c" } as never], { windowMs: 1000 }))).toMatchObject({ field: "contacts.startedAt", index: 0 });
  });
});
