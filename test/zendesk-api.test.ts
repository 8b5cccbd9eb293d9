/**
 * fromZendesk on recorded API pages (test/fixtures/helpdesks/zendesk-api, written by
 * make_zendesk_api.py: 24 made-up tickets, their audits, and the ticket metrics that script
 * computes from the audits by Zendesk's definitions, in its own arithmetic). servicekpi's
 * ticketTimings on the adapted events gives Zendesk's numbers, in calendar minutes and in the
 * account's business hours (Monday to Friday 09:00–17:00, Europe/Berlin), except where the
 * definitions differ, each case named (docs/presets/differences.md).
 */
import { fc, test } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { summarize } from "../src/aggregate/summarize/summarize.js";
import { fromZendesk, zendeskMetrics } from "../src/helpdesks/zendesk/fromZendesk.js";
import type { ZendeskAudit, ZendeskTicket, ZendeskTicketMetric } from "../src/helpdesks/zendesk/types.js";
import { ticketTimings } from "../src/tickets/ticketTimings/ticketTimings.js";
import { businessCalendar } from "../src/time/businessCalendar/businessCalendar.js";
import { errorOf } from "./_support/helpdeskChecks.js";

const page = <T>(name: string, key: string): T[] => (JSON.parse(readFileSync(new URL(`fixtures/helpdesks/zendesk-api/${name}`, import.meta.url), "utf8")) as Record<string, T[]>)[key] as T[];
const tickets = [...page<ZendeskTicket>("tickets-1.json", "tickets"), ...page<ZendeskTicket>("tickets-2.json", "tickets")];
const audits = page<ZendeskAudit>("ticket_audits.json", "audits");
const metrics = page<ZendeskTicketMetric>("ticket_metrics.json", "ticket_metrics");
const users = page<{ id: number; name: string; role: string }>("users.json", "users");
const groups = page<{ id: number; name: string }>("groups.json", "groups");
const satisfactionRatings = page<{ ticket_id: number; score: string }>("satisfaction_ratings.json", "satisfaction_ratings");
const day = [["09:00", "17:00"]] as [string, string][];
const schedule = businessCalendar({ timeZone: "Europe/Berlin", week: { mon: day, tue: day, wed: day, thu: day, fri: day } });

/** Tickets an agent opened (its first comment is an agent's): Zendesk and servicekpi start their first-reply clocks differently. */
const agentOpened = new Set<string | number>(tickets.filter((t) => audits.find((a) => a.ticket_id === t.id)?.author_id !== t.requester_id).map((t) => t.id));

describe("fromZendesk on recorded API pages", () => {
  const records = fromZendesk({ tickets, audits, metrics, users, groups, satisfactionRatings });

  it("makes one record per ticket, with names, channel, the rating and the events", () => {
    expect(records).toHaveLength(24);
    const [first] = records;
    const t = tickets[0] as ZendeskTicket;
    expect(first).toMatchObject({ id: t.id, createdAt: t.created_at, channel: t.via?.channel, customerId: t.requester_id, agent: users.find((u) => u.id === t.assignee_id)?.name, team: groups.find((g) => g.id === t.group_id)?.name });
    // every comment and status change of the audits is an event, in time order
    for (const r of records) {
      const own = audits.filter((a) => a.ticket_id === r.id);
      const expected = own.flatMap((a) => a.events.filter((e) => e.type === "Comment" || e.field_name === "status")).length;
      expect(r.events).toHaveLength(expected);
      const times = (r.events ?? []).map((e) => Date.parse(String(e.at)));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
    // the ratings list, as Zendesk scores them: good 1, bad 0 on the binary scale; a survey sent unless unoffered
    for (const r of records) {
      const score = satisfactionRatings.find((s) => s.ticket_id === r.id)?.score ?? (tickets.find((t) => t.id === r.id)?.satisfaction_rating?.score as string);
      expect([r.csat, r.surveySent]).toEqual(score === "good" ? [1, true] : score === "bad" ? [0, true] : score === "offered" ? [undefined, true] : [undefined, false]);
    }
  });

  for (const hours of ["calendar", "business"] as const) {
    it(`reproduces Zendesk's ticket metrics in ${hours} time from the events`, () => {
      const calendar = hours === "business" ? { calendar: schedule } : {};
      let compared = 0;
      for (const r of records) {
        const theirs = zendeskMetrics(metrics.find((m) => m.ticket_id === r.id) as ZendeskTicketMetric, hours);
        const ours = ticketTimings(r, calendar);
        const first = ticketTimings(r, { ...calendar, resolution: "first" });
        expect(ours.resolutionMs, `${r.id} full resolution`).toBe(theirs.fullResolutionMs);
        expect(first.resolutionMs, `${r.id} first resolution`).toBe(theirs.firstResolutionMs);
        expect(ours.reopens, `${r.id} reopens`).toBe(theirs.reopens);
        if (r.status === "solved") {
          // the waits (Zendesk keeps them as the ticket moves; servicekpi gives them once solved)
          expect([ours.agentWaitMs, ours.requesterWaitMs, ours.onHoldMs], `${r.id} waits`).toEqual([theirs.agentWaitMs, theirs.requesterWaitMs, theirs.onHoldMs]);
        }
        if (!agentOpened.has(r.id)) {
          expect(ours.firstReplyMs, `${r.id} first reply`).toBe(theirs.firstReplyMs);
          expect(ours.agentReplies, `${r.id} replies`).toBe(theirs.replies);
          compared++;
        }
      }
      expect(compared).toBe(21);
    });
  }

  it("differs on a ticket an agent opened, as the definitions do", () => {
    expect([...agentOpened]).toEqual([35004, 35013, 35022]);
    for (const id of agentOpened) {
      const r = records.find((x) => x.id === id);
      const theirs = zendeskMetrics(metrics.find((m) => m.ticket_id === id) as ZendeskTicketMetric);
      const ours = ticketTimings(r as never);
      const events = r?.events ?? [];
      const at = (e: (typeof events)[number] | undefined): number | null => (e === undefined ? null : Date.parse(String(e.at)));
      const publicAgent = events.filter((e) => e.type === "message" && e.author === "agent" && e.public !== false);
      // Zendesk: creation to the agent's second public comment; every public agent comment after the first is a reply
      const second = at(publicAgent[1]);
      expect(theirs.firstReplyMs).toBe(second === null ? null : second - Date.parse(String(r?.createdAt)));
      expect(theirs.replies).toBe(publicAgent.length - 1);
      // servicekpi (ticketTimings, outbound): from the customer's first message to the next public agent reply
      const customer = events.findIndex((e) => e.type === "message" && e.author === "customer");
      const reply = events.slice(customer + 1).find((e) => e.type === "message" && e.author === "agent" && e.public !== false);
      const expected = customer < 0 || reply === undefined ? null : (at(reply) as number) - (at(events[customer]) as number);
      expect(ours.firstReplyMs).toBe(expected);
      expect(ours.firstReplyMs).not.toBe(theirs.firstReplyMs ?? "none");
    }
  });

  it("summarizes the adapted tickets: CSAT on Zendesk's good/bad scale, business-hour first replies", () => {
    const s = summarize(records, { kpis: [{ kpi: "csat", scale: "binary" }, { kpi: "firstResponseTime", calendar: schedule }], by: [] });
    const good = records.filter((r) => r.csat === 1).length;
    const bad = records.filter((r) => r.csat === 0).length;
    expect(s.total.csat).toMatchObject({ n: good + bad, value: (100 * good) / (good + bad) });
    const replies = records.map((r) => ticketTimings(r, { calendar: schedule }).firstReplyMs).filter((v): v is number => v !== null);
    expect(s.total.firstResponseTime).toMatchObject({ n: replies.length, meanMs: replies.reduce((a, b) => a + b, 0) / replies.length });
  });

  it("fills a ticket without audits from its metrics, as the CSV export does", () => {
    const [r] = fromZendesk({ tickets: [tickets[1] as ZendeskTicket], metrics }, { hours: "business" });
    const m = metrics.find((x) => x.ticket_id === tickets[1]?.id) as ZendeskTicketMetric;
    expect(r).toMatchObject({ firstResponseMs: (m.reply_time_in_minutes?.business as number) * 60_000, resolvedAt: m.solved_at, reopens: m.reopens, replies: m.replies });
    expect(r?.events).toBeUndefined();
  });

  test.prop([fc.shuffledSubarray(audits, { minLength: audits.length }), fc.shuffledSubarray(tickets, { minLength: tickets.length })])(
    "gives the same records whatever the order of the audits and tickets",
    (shuffledAudits, shuffledTickets) => {
      const again = fromZendesk({ tickets: shuffledTickets, audits: shuffledAudits, metrics, users, groups, satisfactionRatings });
      expect([...again].sort((a, b) => Number(a.id) - Number(b.id))).toEqual(records);
    },
  );
});

describe("fromZendesk: the objects it is given", () => {

  it("evaluates the TSDoc examples", () => {
    const [t] = fromZendesk({
      tickets: [{ id: 35436, created_at: "2026-11-02T09:00:00Z", status: "hold", priority: "high", via: { channel: "email" }, requester_id: 20978392, assignee_id: 235323, tags: ["enterprise"], satisfaction_rating: { score: "good" } }],
      users: [{ id: 235323, name: "Ana Lima", role: "agent" }],
    });
    expect(t).toEqual({ id: 35436, createdAt: "2026-11-02T09:00:00Z", status: "on-hold", priority: "high", channel: "email", customerId: 20978392, agent: "Ana Lima", tags: ["enterprise"], csat: 1, surveySent: true });
    expect(zendeskMetrics({ ticket_id: 1, reply_time_in_minutes: { calendar: 90, business: 30 }, reopens: 0, replies: 2 }, "business")).toEqual({
      firstReplyMs: 1_800_000, firstResolutionMs: null, fullResolutionMs: null, agentWaitMs: null, requesterWaitMs: null, onHoldMs: null, reopens: 0, replies: 2,
    });
  });

  it("reads an end-user's comment as the customer's, an agent's as an agent's, a trigger's as automated", () => {
    const [t] = fromZendesk({
      tickets: [{ id: 1, created_at: "2026-11-02T09:00:00Z", requester_id: 5 }],
      users: [{ id: 6, role: "end-user" }, { id: 7, role: "agent" }],
      audits: [
        { ticket_id: 1, created_at: "2026-11-02T09:05:00Z", author_id: -1, via: { channel: "rule" }, events: [{ type: "Comment", public: true, author_id: -1 }] },
        { ticket_id: 1, created_at: "2026-11-02T09:00:00Z", author_id: 6, events: [{ type: "Comment", public: true, author_id: 6 }, { type: "Create", field_name: "status", value: "new" }] },
        { ticket_id: 1, created_at: "2026-11-02T09:30:00Z", author_id: 7, events: [{ type: "Comment", public: false, author_id: 7 }, { type: "Change", field_name: "priority", value: "high" }, { type: "Notification" }] },
      ],
    });
    expect(t?.events).toEqual([
      { at: "2026-11-02T09:00:00Z", type: "message", author: "customer", public: true },
      { at: "2026-11-02T09:00:00Z", type: "status", status: "new" },
      { at: "2026-11-02T09:05:00Z", type: "message", author: "agent", public: true, automated: true },
      { at: "2026-11-02T09:30:00Z", type: "message", author: "agent", public: false },
    ]);
  });

  it("takes a ticket's latest rating and metric when the lists hold several", () => {
    const ticket = { id: 9, created_at: "2026-11-02T09:00:00Z", satisfaction_rating: { score: "offered" } };
    const [t] = fromZendesk({
      tickets: [ticket],
      satisfactionRatings: [
        { ticket_id: 9, score: "bad", created_at: "2026-11-03T09:00:00Z", updated_at: "2026-11-03T09:00:00Z" },
        { ticket_id: 9, score: "good", created_at: "2026-11-03T09:00:00Z", updated_at: "2026-11-04T09:00:00Z" },
      ],
      metrics: [
        { ticket_id: 9, replies: 1, updated_at: "2026-11-02T10:00:00Z" },
        { ticket_id: 9, replies: 3, updated_at: "2026-11-05T10:00:00Z" },
        { ticket_id: 9, replies: 2, updated_at: "2026-11-04T10:00:00Z" },
      ],
    });
    expect(t).toMatchObject({ csat: 1, surveySent: true, replies: 3 });
  });

  it("leaves out what Zendesk leaves empty, and keeps an unknown via id as text", () => {
    const [t] = fromZendesk({ tickets: [{ id: 2, created_at: "2026-11-02T09:00:00Z", status: "deleted", priority: null, via: { channel: 48 }, assignee_id: 9, group_id: null, tags: [], satisfaction_rating: null }] });
    expect(t).toEqual({ id: 2, createdAt: "2026-11-02T09:00:00Z", channel: "48", agent: "9" });
  });

  it("names what a record cannot do without", () => {
    expect(errorOf(() => fromZendesk({ tickets: [{ id: 1, created_at: "2026-11-02T09:00:00Z" }, { created_at: "x" } as never] }))).toEqual({ field: "tickets.id", index: 1, value: undefined });
    expect(errorOf(() => fromZendesk({ tickets: [{ id: 1 } as never] }))).toMatchObject({ field: "tickets.created_at", index: 0 });
    expect(errorOf(() => fromZendesk({ tickets: "x" as never }))).toMatchObject({ field: "tickets" });
    expect(errorOf(() => fromZendesk({ tickets: [], audits: [{ events: [] } as never] }))).toMatchObject({ field: "audits.ticket_id", index: 0 });
    expect(errorOf(() => fromZendesk({ tickets: [], users: [3] as never }))).toMatchObject({ field: "users", index: 0, value: 3 });
    expect(errorOf(() => fromZendesk({ tickets: [] }, { hours: "office" as never }))).toMatchObject({ field: "options.hours", value: "office" });
    expect(errorOf(() => fromZendesk(null as never))).toMatchObject({ field: "input" });
    expect(errorOf(() => zendeskMetrics({ ticket_id: 1 }, "office" as never))).toMatchObject({ field: "hours" });
  });
});
