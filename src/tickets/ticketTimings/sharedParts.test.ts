/**
 * The aggregators read a ticket's reply times through firstReplyMsOf, nextReplyMsOf and
 * agentRepliesOf (src/aggregate/_lib/view.ts), not through ticketTimings: each must give what
 * ticketTimings gives for the same ticket and options, or a summary and a ticket's own timings
 * would disagree. (Mutation testing found them reached by the aggregate's tests only.)
 */
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import { readStatusHistory } from "../../records/statusHistory.js";
import { readTicket, type Ticket, type TicketEvent } from "../../records/ticket.js";
import { readMeasure } from "../_lib/clock.js";
import { agentRepliesOf, firstReplyMsOf, nextReplyMsOf, ticketTimings } from "./ticketTimings.js";

const at = (hm: string): string => `2026-03-02T${hm}:00Z`;
const msg = (hm: string, author: "customer" | "agent", extra: Partial<TicketEvent> = {}): TicketEvent => ({ at: at(hm), type: "message", author, ...extra });

const TICKETS: Ticket[] = [
  // inbound: an automated reply, a real one, two more customer waits (one answered, one not)
  { id: 1, createdAt: at("08:00"), events: [msg("08:00", "customer"), msg("08:01", "agent", { automated: true }), msg("08:30", "agent"), msg("10:00", "customer"), msg("11:00", "agent"), msg("15:00", "customer")] },
  // outbound: the agent opens, the customer answers at 10:00, the reply at 12:00
  { id: 2, createdAt: at("09:00"), events: [msg("09:00", "agent"), msg("10:00", "customer"), msg("12:00", "agent"), msg("12:30", "customer"), msg("13:00", "agent")] },
  // summary only: a first response, no message log
  { id: 3, createdAt: at("09:00"), firstResponseAt: at("09:45") },
  // no reply at all
  { id: 4, createdAt: at("09:00"), events: [msg("09:00", "customer")] },
];

const CALENDAR = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "12:00"], ["13:00", "17:00"]] } });

describe("the reply parts the aggregators share", () => {
  for (const calendar of [undefined, CALENDAR]) {
    for (const excludeAutomated of [true, false]) {
      it(`equal ticketTimings' (${calendar ? "business hours" : "wall clock"}, excludeAutomated ${excludeAutomated})`, () => {
        const rules = { measure: readMeasure("test", "calendar", calendar), resolution: "full" as const, excludeAutomated };
        for (const ticket of TICKETS) {
          const timings = ticketTimings(ticket, { calendar, excludeAutomated });
          const t = readTicket("test", "ticket", ticket, undefined, "UTC");
          expect(firstReplyMsOf(t, rules), `ticket ${ticket.id}`).toBe(timings.firstReplyMs);
          expect(nextReplyMsOf(t, readStatusHistory("test", "ticket", t), rules), `ticket ${ticket.id}`).toEqual(timings.nextReplyMs);
          expect(agentRepliesOf(t, rules), `ticket ${ticket.id}`).toBe(timings.agentReplies);
        }
      });
    }
  }

  it("has the values counted by hand (wall clock, automated left out)", () => {
    // Ticket 1: first reply 08:00 → 08:30 (the automated 08:01 does not count); next replies
    // 10:00 → 11:00 (1 H), 15:00 unanswered; 2 replies. Ticket 2: the clock starts at the
    // customer's 10:00; first reply 12:00 (2 H); next 12:30 → 13:00; 2 replies (the opening is not one).
    const rules = { measure: readMeasure("test", "calendar", undefined), resolution: "full" as const, excludeAutomated: true };
    const read = (i: number) => readTicket("test", "ticket", TICKETS[i], undefined, "UTC");
    expect([0, 1, 2, 3].map((i) => firstReplyMsOf(read(i), rules))).toEqual([30 * 60_000, 2 * 3_600_000, 45 * 60_000, null]);
    expect([0, 1, 2, 3].map((i) => nextReplyMsOf(read(i), readStatusHistory("test", "ticket", read(i)), rules))).toEqual([[3_600_000], [30 * 60_000], [], []]);
    expect([0, 1, 2, 3].map((i) => agentRepliesOf(read(i), rules))).toEqual([2, 2, null, 0]);
  });
});
