import { describe, expect, it } from "vitest";
import { columnName, contains } from "./names.js";

describe("columnName", () => {
  it.each([
    ["created_at", "created at", undefined, false],
    ["Created At", "created at", undefined, false],
    ["CREATED-AT", "created at", undefined, false],
    ["createdAt", "created at", undefined, false],
    ["Ticket #", "ticket number", undefined, false],
    ["CSAT ★", "csat", undefined, false],
    ["Status ", "status", undefined, false],
    ["Gelöst am", "gelost am", undefined, false],
    ["first_response_minutes", "first response", "minutes", false],
    ["resolution_hours", "resolution", "hours", false],
    ["firstResponseMs", "first response", "ms", false],
    ["Erste Antwort (min)", "erste antwort", "minutes", false],
    ["First response time (in hrs)", "first response time", "hours", false],
    ["Bearbeitung (s)", "bearbeitung", "seconds", false],
    ["Handle time [h:mm:ss]", "handle time", "h:mm:ss", false],
    ["Wait [h]:mm:ss", "wait", "h:mm:ss", false],
    ["First reply (mm:ss)", "first reply", "mm:ss", false],
    ["Opened (local)", "opened", undefined, false],
    ["Requester wait time in minutes", "requester wait time", "minutes", false],
    ["First reply time in minutes within business hours", "first reply time", "minutes", true],
    ["handle_s", "handle", "seconds", false],
    // one word alone is never a unit: "Hours" is a column about hours, "Day" a day
    ["Hours", "hours", undefined, false],
    ["day_of_week", "day of week", undefined, false],
  ])("%j → %j, unit %j", (raw, words, unit, business) => {
    expect(columnName(raw)).toEqual({ words, unit, business });
  });
});

describe("contains", () => {
  it("counts the words besides a phrase found in order, -1 when it is not there", () => {
    expect(contains("ticket created date", "created date")).toBe(1);
    expect(contains("created date", "created date")).toBe(0);
    expect(contains("date created", "created date")).toBe(-1);
    expect(contains("how likely are you to recommend us", "how likely are you to recommend")).toBe(1);
  });
});
