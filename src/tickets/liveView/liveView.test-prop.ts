/** Invariants of liveView on random tickets, policies and instants. */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { EVENT_AUTHORS, TICKET_STATUSES, type Ticket, type TicketEvent } from "../../records/ticket.js";
import { backlogAt } from "../../operations/backlog/backlogAt.js";
import type { SlaPolicy } from "../evaluateSla/evaluateSla.js";
import { liveView, type LiveViewCounts } from "./liveView.js";

const M = 60_000;
const BASE = Date.UTC(2026, 0, 5);
const POLICY: SlaPolicy = {
  targets: [
    { metric: "first-reply", targetMs: 60 * M },
    { metric: "next-reply", targetMs: 30 * M },
    { metric: "resolution", targetMs: 240 * M },
    { metric: "requester-wait", targetMs: 120 * M },
  ],
};

const eventArb = fc.oneof(
  fc.record({ type: fc.constant("message" as const), author: fc.constantFrom(...EVENT_AUTHORS, "customer", "agent"), automated: fc.boolean() }),
  fc.record({ type: fc.constant("status" as const), status: fc.constantFrom(...TICKET_STATUSES) }),
);
const ticketArb = (id: number): fc.Arbitrary<Ticket> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 600 }),
      fc.option(fc.array(fc.tuple(fc.integer({ min: 0, max: 90 }), eventArb), { maxLength: 8 }), { nil: undefined }),
      fc.option(fc.constantFrom("ana", "bo", "cy"), { nil: undefined }),
      fc.option(fc.constantFrom("t1", "t2"), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    )
    .map(([startMin, steps, agent, team, resolvedAfter]) => {
      const createdAt = BASE + startMin * M;
      let t = createdAt;
      const events = steps?.map(([gap, e]): TicketEvent => ({ at: (t += gap * M), ...e }));
      // without events: a summary, solved when resolvedAfter is given
      const summary = resolvedAfter === undefined ? {} : { status: "solved" as const, resolvedAt: createdAt + resolvedAfter * M };
      return { id, createdAt, agent, team, ...(events === undefined ? summary : { events }) };
    });
const ticketsArb = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ticketArb(i))));
const nowArb = fc.integer({ min: 0, max: 1000 }).map((m) => BASE + m * M);
const byArb = fc.constantFrom("agent" as const, "team" as const);

const COUNTS = ["open", "unassigned", "awaitingFirstReply", "awaitingReply", "awaitingCustomer", "onHold"] as const;

test.prop([ticketsArb, nowArb, byArb])("counts are bounded, and the groups add up to the total", (tickets, now, by) => {
  const { total, groups } = liveView(tickets, { now, by, policy: POLICY });
  for (const c of COUNTS) {
    expect(total[c]).toBeGreaterThanOrEqual(0);
    expect(total[c]).toBeLessThanOrEqual(total.open);
    expect(groups.reduce((s, g) => s + g[c], 0)).toBe(total[c]);
  }
  expect(total.open).toBeLessThanOrEqual(tickets.length);
  expect(total.awaitingFirstReply).toBeLessThanOrEqual(total.awaitingReply);
  expect(total.awaitingCustomer + total.onHold).toBeLessThanOrEqual(total.open);
  expect(groups.every((g) => g.open > 0)).toBe(true);
  expect(groups.reduce((s, g) => s + g.atRisk.length, 0)).toBe(total.atRisk.length);
  expect(groups.reduce((s, g) => s + g.breached.length, 0)).toBe(total.breached.length);
  // the oldest wait of all is the oldest of the groups'
  const waits = groups.map((g) => g.oldestWaiting?.waitingMs ?? -1);
  expect(total.oldestWaiting?.waitingMs ?? -1).toBe(Math.max(-1, ...waits));
  expect((total.awaitingReply === 0) === (total.oldestWaiting === null)).toBe(true);
  for (const r of total.atRisk) expect(r.dueAt.getTime() - now).toBeLessThanOrEqual(3_600_000);
  for (const r of total.atRisk) expect(r.remainingMs).toBeGreaterThanOrEqual(0);
  for (const r of total.breached) expect(r.remainingMs).toBeLessThan(0);
});

test.prop([ticketsArb, nowArb])("open is the backlog at now", (tickets, now) => {
  expect(liveView(tickets, { now }).total.open).toBe(backlogAt(tickets, now).open);
});

test.prop([ticketsArb, nowArb, byArb, fc.infiniteStream(fc.nat())])("the order of the tickets does not matter", (tickets, now, by, keys) => {
  const shuffled = tickets.map((t) => [keys.next().value as number, t] as const).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  expect(liveView(shuffled, { now, by, policy: POLICY })).toEqual(liveView(tickets, { now, by, policy: POLICY }));
});

test.prop([ticketsArb, nowArb, byArb, fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 4 })])(
  "tickets created after now change nothing",
  (tickets, now, by, delays) => {
    const later: Ticket[] = delays.map((d, i) => ({ id: 1000 + i, agent: "zed", createdAt: now + d * M, events: [{ at: now + d * M, type: "message", author: "customer" }] }));
    expect(liveView([...tickets, ...later], { now, by, policy: POLICY })).toEqual(liveView(tickets, { now, by, policy: POLICY }));
  },
);

test.prop([ticketsArb, nowArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 })])(
  "a wider horizon lists at least the same targets at risk",
  (tickets, now, a, b) => {
    const at = (h: number): LiveViewCounts => liveView(tickets, { now, policy: POLICY, horizonMs: h * M }).total;
    const [narrow, wide] = [at(Math.min(a, b)), at(Math.max(a, b))];
    expect(wide.atRisk).toEqual(expect.arrayContaining([...narrow.atRisk]));
    expect(wide.breached).toEqual(narrow.breached);
  },
);

test.prop([ticketsArb, nowArb])("events after now change nothing", (tickets, now) => {
  const extended = tickets.map((t): Ticket => (t.events === undefined ? t : { ...t, events: [...t.events, { at: Math.max(now, ...t.events.map((e) => e.at as number), t.createdAt as number) + M, type: "status", status: "solved" }] }));
  expect(liveView(extended, { now, by: "agent", policy: POLICY })).toEqual(liveView(tickets, { now, by: "agent", policy: POLICY }));
});
