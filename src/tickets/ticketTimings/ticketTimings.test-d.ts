import { describe, expectTypeOf, it } from "vitest";
import type { Ticket } from "../../records/ticket.js";
import { ticketTimings, type TicketTimings } from "./ticketTimings.js";

describe("ticketTimings types", () => {
  it("returns nullable durations and counts, an array of next replies, and takes Date, number or string times", () => {
    const r = ticketTimings({ id: 1, createdAt: new Date(), resolvedAt: 0, events: [{ at: "2026-03-02T09:00:00Z", type: "message", author: "customer" }] });
    expectTypeOf(r).toEqualTypeOf<TicketTimings>();
    expectTypeOf(r.firstReplyMs).toEqualTypeOf<number | null>();
    expectTypeOf(r.agentReplies).toEqualTypeOf<number | null>();
    expectTypeOf(r.oneTouch).toEqualTypeOf<boolean | null>();
    expectTypeOf(r.nextReplyMs).toEqualTypeOf<readonly number[]>();
    expectTypeOf(r.solved).toEqualTypeOf<boolean>();
    // @ts-expect-error: "last" is not a resolution
    ticketTimings({ id: 1, createdAt: 0 }, { resolution: "last" });
    // @ts-expect-error: "robot" is not an author
    const bad: Ticket = { id: 1, createdAt: 0, events: [{ at: 0, type: "message", author: "robot" }] };
    void bad;
  });
});
