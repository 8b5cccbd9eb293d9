/** Invariants of evaluateSla on random tickets, policies and clocks. */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { slaCompliance } from "../../operations/slaCompliance/slaCompliance.js";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import { readStatusHistory } from "../../records/statusHistory.js";
import { EVENT_AUTHORS, readTicket, TICKET_STATUSES, type NormalizedTicket, type Ticket, type TicketEvent } from "../../records/ticket.js";
import { ticketTimings } from "../ticketTimings/ticketTimings.js";
import { evaluateSla, slaStatusReader, type SlaPolicy, type SlaTarget, type SlaTargetEvaluation } from "./evaluateSla.js";

const M = 60_000;
const BASE = Date.UTC(2026, 0, 1);
const PRIORITIES = ["urgent", "high"];
const CHANNELS = ["chat", "email"];

const eventArb = fc.oneof(
  fc.record({
    type: fc.constant("message" as const),
    author: fc.constantFrom(...EVENT_AUTHORS, "customer", "agent"),
    public: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
    automated: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  }),
  fc.record({ type: fc.constant("status" as const), status: fc.constantFrom(...TICKET_STATUSES) }),
);
const ticketArb: fc.Arbitrary<Ticket> = fc
  .tuple(
    fc.integer({ min: 0, max: 364 * 1440 }),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 240 }), eventArb), { maxLength: 20 }),
    fc.option(fc.constantFrom(...PRIORITIES, "normal"), { nil: undefined }),
    fc.option(fc.constantFrom(...CHANNELS, "phone"), { nil: undefined }),
  )
  .map(([startMin, steps, priority, channel]) => {
    let t = BASE + startMin * M;
    const createdAt = t;
    const events = steps.map(([gap, e]): TicketEvent => {
      t += gap * M;
      return { at: t, ...e };
    });
    return { id: "P", createdAt, events, priority, channel };
  });
const targetArb: fc.Arbitrary<SlaTarget> = fc.record({
  metric: fc.constantFrom("first-reply" as const, "next-reply" as const, "resolution" as const, "requester-wait" as const),
  targetMs: fc.integer({ min: 1, max: 600 }).map((m) => m * M),
  priority: fc.option(fc.constantFrom(...PRIORITIES), { nil: undefined }),
  channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
});
const policyArb: fc.Arbitrary<SlaPolicy> = fc.record({
  targets: fc.uniqueArray(targetArb, { maxLength: 8, selector: (t) => `${t.metric}|${t.priority}|${t.channel}` }),
  pauseOn: fc.option(fc.subarray([...TICKET_STATUSES]), { nil: undefined }),
});
/** A ticket, a policy and a `now` 0–600 minutes after the ticket's last event. */
const caseArb = fc.tuple(ticketArb, policyArb, fc.integer({ min: 0, max: 600 })).map(([ticket, policy, later]) => {
  const last = Math.max(ticket.createdAt as number, ...(ticket.events ?? []).map((e) => e.at as number));
  return { ticket, policy, now: last + later * M };
});

test.prop([caseArb])("status agrees with elapsed against target; remaining, dueAt and breachedAt agree with the status", ({ ticket, policy, now }) => {
  for (const e of evaluateSla(ticket, policy, { now })) {
    expect(Number.isFinite(e.elapsedMs) && e.elapsedMs >= 0).toBe(true);
    expect(e.remainingMs).toBe(e.targetMs - e.elapsedMs);
    expect(e.status === "breached").toBe(e.elapsedMs > e.targetMs);
    expect(e.breachedAt === null).toBe(e.status !== "breached");
    if (e.breachedAt !== null) {
      expect(e.breachedAt.getTime()).toBeLessThanOrEqual(now);
      expect(e.dueAt).toEqual(e.breachedAt);
    }
    if (e.dueAt === null) expect(e.status).toBe("paused");
    if (e.status === "active") expect(e.dueAt?.getTime()).toBe(now + e.remainingMs);
  }
});

test.prop([caseArb, fc.integer({ min: 0, max: 1000 })])("the order of the targets does not matter", ({ ticket, policy, now }, seed) => {
  const shuffled = [...policy.targets].sort((a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7));
  expect(evaluateSla(ticket, { ...policy, targets: shuffled }, { now })).toEqual(evaluateSla(ticket, policy, { now }));
});

test.prop([caseArb, fc.integer({ min: 1, max: 600 })])("a later now never lowers elapsed time, and a breach stays a breach", ({ ticket, policy, now }, later) => {
  const before = evaluateSla(ticket, policy, { now });
  const after = evaluateSla(ticket, policy, { now: now + later * M });
  expect(after.map((e) => e.metric)).toEqual(before.map((e) => e.metric));
  before.forEach((b, i) => {
    const a = after[i] as SlaTargetEvaluation;
    expect(a.elapsedMs).toBeGreaterThanOrEqual(b.elapsedMs);
    if (b.status === "breached") expect(a).toMatchObject({ status: "breached", breachedAt: b.breachedAt });
    if (b.status === "achieved") expect(a).toEqual(b);
  });
});

test.prop([caseArb])("matches ticketTimings: requester wait, and resolution with its default pause, on solved tickets", ({ ticket, now }) => {
  const timings = ticketTimings(ticket);
  const policy: SlaPolicy = { targets: [{ metric: "requester-wait", targetMs: M }, { metric: "resolution", targetMs: M }] };
  const [wait, resolution] = evaluateSla(ticket, policy, { now });
  if (timings.requesterWaitMs !== null) {
    expect(wait?.elapsedMs).toBe(timings.requesterWaitMs);
    expect(resolution?.elapsedMs).toBe(timings.requesterWaitMs);
  }
  if (timings.solved && timings.reopens === 0) {
    expect(evaluateSla(ticket, { targets: [{ metric: "resolution", targetMs: M }], pauseOn: [] }, { now })[0]?.elapsedMs).toBe(timings.fullResolutionMs);
  }
});

test.prop([caseArb])("next-reply entries never outnumber customer messages", ({ ticket, now }) => {
  const entries = evaluateSla(ticket, { targets: [{ metric: "next-reply", targetMs: M }] }, { now });
  expect(entries.length).toBeLessThanOrEqual((ticket.events ?? []).filter((e) => e.type === "message" && e.author === "customer").length);
});

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
test.prop([caseArb, fc.constantFrom("UTC", "Europe/Amsterdam", "America/New_York")])("with a 24/7 calendar, business time equals wall time", ({ ticket, policy, now }, timeZone) => {
  const calendar = businessCalendar({ timeZone, week: Object.fromEntries(DAYS.map((d) => [d, [["00:00", "24:00"]]])) });
  expect(evaluateSla(ticket, { ...policy, calendar }, { now })).toEqual(evaluateSla(ticket, policy, { now }));
});

test.prop([caseArb])("slaCompliance takes the statuses as they are", ({ ticket, policy, now }) => {
  const entries = evaluateSla(ticket, policy, { now });
  const r = slaCompliance(entries.map((e) => e.status));
  expect(r.achieved + r.breached + r.active).toBe(entries.length);
  expect(r.breached).toBe(entries.filter((e) => e.status === "breached").length);
});

test.prop([caseArb, fc.boolean(), fc.constantFrom("UTC", "Europe/Amsterdam")])(
  "slaStatusReader (the aggregators' path) gives evaluateSla's metric and status, entry by entry, with and without a calendar",
  ({ ticket, policy, now }, withCalendar, timeZone) => {
    const calendar = businessCalendar({ timeZone, week: { mon: [["09:00", "17:00"]], tue: [["09:00", "12:00"], ["13:00", "17:30"]], sat: [["10:00", "14:00"]] } });
    const p = withCalendar ? { ...policy, calendar } : policy;
    const seen: [string, string][] = [];
    const history = (t: NormalizedTicket) => readStatusHistory("evaluateSla", "ticket", t);
    slaStatusReader(p, { now, timeZone })(readTicket("evaluateSla", "ticket", ticket, undefined, timeZone), history, (metric, status) => seen.push([metric, status]));
    expect(seen).toEqual(evaluateSla(ticket, p, { now, timeZone }).map((e) => [e.metric, e.status]));
  },
);
