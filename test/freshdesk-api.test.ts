/**
 * fromFreshdesk on recorded API responses (test/fixtures/helpdesks/freshdesk-api, written by
 * make_freshdesk_api.py: 25 made-up tickets with their conversations, and `stats` timestamps that
 * script sets from the conversations by Freshdesk's definitions, in its own code). servicekpi's
 * ticketTimings on the adapted messages gives Freshdesk's first response and resolution. The
 * API carries timestamps only: Freshdesk's business-hour durations are in its export (the
 * freshdesk preset reads them), so this comparison is in calendar time.
 */
import { fc, test } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { summarize } from "../src/aggregate/summarize/summarize.js";
import { fromFreshdesk, type FreshdeskConversation, type FreshdeskTicket } from "../src/helpdesks/freshdesk/fromFreshdesk.js";
import { ticketTimings } from "../src/tickets/ticketTimings/ticketTimings.js";
import { errorOf } from "./_support/helpdeskChecks.js";

const json = <T>(name: string): T => JSON.parse(readFileSync(new URL(`fixtures/helpdesks/freshdesk-api/${name}`, import.meta.url), "utf8")) as T;
const tickets = [1, 2, 3].flatMap((n) => json<FreshdeskTicket[]>(`tickets-${n}.json`));
const conversations = json<FreshdeskConversation[]>("conversations.json");
const satisfactionRatings = json<{ ticket_id: number; ratings: { default_question: number } }[]>("satisfaction_ratings.json");
const agents = json<{ id: number; contact: { name: string } }[]>("agents.json");
const groups = json<{ id: number; name: string }[]>("groups.json");
const ms = (iso: string | null | undefined): number | null => (typeof iso === "string" ? Date.parse(iso) : null);

describe("fromFreshdesk on recorded API responses", () => {
  const records = fromFreshdesk({ tickets, conversations, satisfactionRatings, agents, groups });

  it("makes one record per ticket, with Freshdesk's names for its numbers", () => {
    expect(records).toHaveLength(25);
    const names: Record<number, string> = { 1: "Email", 2: "Portal", 3: "Phone", 7: "Chat", 10: "Outbound Email" };
    for (const [r, t] of records.map((x, i) => [x, tickets[i] as FreshdeskTicket] as const)) {
      expect(r.channel).toBe(names[t.source as number]);
      expect(r.status).toBe({ 2: "open", 3: "pending", 4: "solved", 5: "closed" }[t.status as number]);
      expect(r.team).toBe(groups.find((g) => g.id === t.group_id)?.name);
      expect(r.events).toHaveLength(1 + conversations.filter((c) => c.ticket_id === t.id).length);
    }
  });

  it("reproduces Freshdesk's first response (stats.first_responded_at) and resolution from the messages", () => {
    let outbound = 0;
    for (const [r, t] of records.map((x, i) => [x, tickets[i] as FreshdeskTicket] as const)) {
      const ours = ticketTimings(r);
      // Freshdesk: from creation, or on an outbound e-mail from the customer's reply, to first_responded_at
      const start = t.source === 10 ? ms(conversations.find((c) => c.ticket_id === t.id && c.incoming === true)?.created_at) : ms(t.created_at);
      const first = ms(t.stats?.first_responded_at);
      expect(ours.firstReplyMs, `${t.id} first response`).toBe(first === null || start === null ? null : first - start);
      if (t.source === 10) outbound++;
      const resolved = ms(t.stats?.resolved_at);
      expect(ours.resolutionMs, `${t.id} resolution`).toBe(r.status === "solved" || r.status === "closed" ? (resolved as number) - (ms(t.created_at) as number) : null);
    }
    expect(outbound).toBeGreaterThan(0);
  });

  it("puts the ratings on the 1-5 scale in their order: CSAT is Freshdesk's share of happy answers", () => {
    const s = summarize(records, { kpis: ["csat"], by: [] });
    const answers = satisfactionRatings.map((r) => r.ratings.default_question);
    expect(s.total.csat).toMatchObject({ n: answers.length, value: (100 * answers.filter((a) => a > 100).length) / answers.length });
  });

  test.prop([fc.shuffledSubarray(conversations, { minLength: conversations.length })])("gives the same records whatever the order of the conversations", (shuffled) => {
    expect(fromFreshdesk({ tickets, conversations: shuffled, satisfactionRatings, agents, groups })).toEqual(records);
  });
});

describe("fromFreshdesk: the objects it is given", () => {

  it("evaluates the TSDoc example", () => {
    const [t] = fromFreshdesk({
      tickets: [{ id: 1001, created_at: "2026-10-05T04:00:00Z", status: 4, priority: 2, source: 1, stats: { first_responded_at: "2026-10-05T04:30:00Z", resolved_at: "2026-10-05T09:00:00Z" } }],
      conversations: [{ ticket_id: 1001, created_at: "2026-10-05T04:30:00Z", incoming: false, private: false }],
      satisfactionRatings: [{ ticket_id: 1001, ratings: { default_question: 103 } }],
    });
    expect(t).toEqual({
      id: 1001, createdAt: "2026-10-05T04:00:00Z", status: "solved", priority: "Medium", channel: "Email", resolvedAt: "2026-10-05T09:00:00Z", csat: 5,
      events: [{ at: "2026-10-05T04:00:00Z", type: "message", author: "customer", public: true }, { at: "2026-10-05T04:30:00Z", type: "message", author: "agent", public: true }],
    });
  });

  it("maps every survey value, classic ones too, and leaves custom statuses and unknown values out", () => {
    const rated = (value: number) => fromFreshdesk({ tickets: [{ id: 1, created_at: "2026-10-05T04:00:00Z", status: 7, source: 99 }], satisfactionRatings: [{ ticket_id: 1, ratings: { default_question: value } }] })[0];
    expect([103, 102, 101, 100, -101, -102, -103, 1, 2, 3, 50].map((v) => rated(v)?.csat)).toEqual([5, 4, 4, 3, 2, 2, 1, 5, 3, 1, undefined]);
    expect(rated(103)).toMatchObject({ channel: "99" });
    expect(rated(103)?.status).toBeUndefined();
  });

  it("names what a record cannot do without", () => {
    expect(errorOf(() => fromFreshdesk({ tickets: [{ created_at: "x" } as never] }))).toMatchObject({ field: "tickets.id", index: 0 });
    expect(errorOf(() => fromFreshdesk({ tickets: [{ id: 1 } as never] }))).toMatchObject({ field: "tickets.created_at", index: 0 });
    expect(errorOf(() => fromFreshdesk({ tickets: [], conversations: [{ created_at: "x" } as never] }))).toMatchObject({ field: "conversations.ticket_id", index: 0 });
    expect(errorOf(() => fromFreshdesk({ tickets: [], conversations: [{ ticket_id: 1 } as never] }))).toMatchObject({ field: "conversations.created_at", index: 0 });
    expect(errorOf(() => fromFreshdesk({ tickets: null as never }))).toMatchObject({ field: "tickets" });
  });
});
