/**
 * A ticket's backlog changes, named as the aggregate's backlog counts them (`state[kind]++` in
 * src/aggregate/kpis/backlog.ts): a change of any other name would be lost there.
 */
import { describe, expect, it } from "vitest";
import { readFlows } from "./ticketFlow.js";

describe("readFlows", () => {
  it("lists creation, then solves and reopens alternating, by their names", () => {
    const [flow] = readFlows("test", [
      {
        id: 9,
        createdAt: "2026-03-20T10:00Z",
        events: [
          { at: "2026-03-21T10:00Z", type: "status", status: "solved" },
          { at: "2026-03-22T10:00Z", type: "status", status: "open" },
          { at: "2026-03-23T10:00Z", type: "status", status: "closed" },
        ],
      },
    ], "UTC");
    expect(flow?.changes).toEqual([
      { atMs: Date.UTC(2026, 2, 20, 10), kind: "created" },
      { atMs: Date.UTC(2026, 2, 21, 10), kind: "resolved" },
      { atMs: Date.UTC(2026, 2, 22, 10), kind: "reopened" },
      { atMs: Date.UTC(2026, 2, 23, 10), kind: "resolved" },
    ]);
  });
});
