/** readTicket: the shared ticket validation. Every rejection names the field, and the ticket id once known. */
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../errors.js";
import { readTicket } from "./ticket.js";

const read = (ticket: unknown, index?: number) => readTicket("k", "tickets", ticket, index, "UTC");
const rejects = (ticket: unknown, props: Record<string, unknown>, index?: number): void => {
  try {
    read(ticket, index);
    expect.unreachable();
  } catch (error) {
    expect(isKpiInputError(error)).toBe(true);
    expect(error).toMatchObject({ kpi: "k", index, ...props });
  }
};

describe("readTicket", () => {
  it("normalizes a full ticket to epoch ms with defaults for public and automated", () => {
    const t = read({
      id: "A", channel: "email", priority: "high", status: "open", createdAt: "2026-03-02 09:00", firstResponseAt: "2026-03-02T09:30:00Z",
      events: [{ at: "2026-03-02T09:00:00Z", type: "message", author: "customer" }, { at: Date.UTC(2026, 2, 2, 10), type: "status", status: "solved", author: "system", public: false, automated: true }],
    });
    expect(t).toEqual({
      id: "A", channel: "email", createdMs: Date.UTC(2026, 2, 2, 9), status: "open", priority: "high", firstResponseMs: Date.UTC(2026, 2, 2, 9, 30), resolvedMs: null,
      events: [
        { atMs: Date.UTC(2026, 2, 2, 9), type: "message", author: "customer", public: true, automated: false, status: null },
        { atMs: Date.UTC(2026, 2, 2, 10), type: "status", author: "system", public: false, automated: true, status: "solved" },
      ],
    });
    expect(read({ id: 0, createdAt: 0, channel: null, status: null, events: null })).toMatchObject({ id: 0, channel: null, status: null, events: null });
  });

  it("rejects a missing or empty id, naming no record", () => {
    rejects({ createdAt: 0 }, { field: "tickets.id", recordId: undefined }, 3);
    rejects({ id: "", createdAt: 0 }, { field: "tickets.id" });
    rejects({ id: Number.NaN, createdAt: 0 }, { field: "tickets.id" });
    rejects([], { field: "tickets" }, 0);
    rejects("ticket", { field: "tickets" });
  });

  it("rejects bad summary fields with the ticket id", () => {
    rejects({ id: 5, createdAt: 0, channel: 7 }, { field: "tickets.channel", recordId: 5, value: 7 }, 2);
    rejects({ id: 5, createdAt: 0, priority: ["high"] }, { field: "tickets.priority", recordId: 5 });
    rejects({ id: 5, createdAt: 0, status: "waiting" }, { field: "tickets.status", recordId: 5, value: "waiting" });
    rejects({ id: 5, createdAt: 10, resolvedAt: 9 }, { field: "tickets.resolvedAt", recordId: 5 });
  });

  it("rejects bad events with the ticket id and the event's position in the field", () => {
    rejects({ id: 6, createdAt: 0, events: {} }, { field: "tickets.events", recordId: 6 });
    rejects({ id: 6, createdAt: 0, events: [null] }, { field: "tickets.events[0]", recordId: 6 });
    rejects({ id: 6, createdAt: 0, events: [{ at: 1, type: "note", author: "agent" }] }, { field: "tickets.events[0].type", value: "note" });
    rejects({ id: 6, createdAt: 0, events: [{ at: 1, type: "message", author: "robot" }] }, { field: "tickets.events[0].author", value: "robot" });
    rejects({ id: 6, createdAt: 0, events: [{ at: 1, type: "status" }] }, { field: "tickets.events[0].status", recordId: 6 });
    rejects({ id: 6, createdAt: 0, events: [{ at: 1, type: "message", author: "agent", public: "yes" }] }, { field: "tickets.events[0].public" });
    rejects({ id: 6, createdAt: 0, events: [{ at: 1, type: "message", author: "agent", automated: 1 }] }, { field: "tickets.events[0].automated" });
    rejects({ id: 6, createdAt: 0, events: [{ at: "later", type: "message", author: "agent" }] }, { field: "tickets.events[0].at", recordId: 6, value: "later" });
  });
});
