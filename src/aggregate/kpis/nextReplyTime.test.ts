/**
 * The nextReplyTime KPI of summarize. Expected values are counted by hand in the comments
 * (Monday 2 March 2026, UTC, unless said otherwise; M = one minute, H = one hour);
 * ticketTimings' `nextReplyMs` is a second check.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { durationStats } from "../../operations/durationStats/durationStats.js";
import type { TicketEvent } from "../../records/ticket.js";
import type { TicketRecord } from "../../records/types.js";
import { ticketTimings } from "../../tickets/ticketTimings/ticketTimings.js";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import { createAggregator } from "../summarize/createAggregator.js";
import { restoreAggregator } from "../summarize/restoreAggregator.js";
import { summarize } from "../summarize/summarize.js";
import { sdNear } from "./_lib/sd.test-util.js";

const M = 60_000;
const H = 60 * M;
const msg = (hhmm: string, author: TicketEvent["author"], extra: Partial<TicketEvent> = {}): TicketEvent => ({ at: `2026-03-02T${hhmm}:00Z`, type: "message", author, ...extra });
const status = (hhmm: string, s: TicketEvent["status"]): TicketEvent => ({ at: `2026-03-02T${hhmm}:00Z`, type: "status", status: s });

const TICKETS: TicketRecord[] = [
  // First reply 09:10. Wait from 10:00 (the 10:05 message joins it) to the reply at 10:30: 30 M.
  // The customer's 11:00 "thanks" is ended by the solve at 11:20 without a reply: no value.
  {
    id: "A", channel: "chat", createdAt: "2026-03-02T09:00:00Z",
    events: [msg("09:00", "customer"), msg("09:10", "agent"), msg("10:00", "customer"), msg("10:05", "customer"), msg("10:30", "agent"), msg("11:00", "customer"), status("11:20", "solved")],
  },
  // First reply 09:30. Waits: 12:00 → 12:45 (45 M); 13:00 → 14:00 (60 M: the 13:10 private note
  // and the 13:20 bot message are not replies); 15:00 still waiting at the end: no value.
  {
    id: "B", channel: "email", createdAt: "2026-03-02T09:00:00Z",
    events: [
      msg("09:00", "customer"), msg("09:30", "agent"), msg("12:00", "customer"), msg("12:45", "agent"), msg("13:00", "customer"),
      msg("13:10", "agent", { public: false }), msg("13:20", "bot"), msg("14:00", "agent"), msg("15:00", "customer"),
    ],
  },
  // No message events (summary fields only): no waits can be seen.
  { id: "C", channel: "email", createdAt: "2026-03-02T09:00:00Z", firstResponseAt: "2026-03-02T09:20:00Z", status: "solved", resolvedAt: "2026-03-02T10:00:00Z" },
  // Never answered: no first reply, so no next reply either.
  { id: "D", channel: "chat", createdAt: "2026-03-02T09:00:00Z", events: [msg("09:00", "customer"), msg("09:40", "customer")] },
];
const WAITS = [30 * M, 45 * M, 60 * M];

describe("nextReplyTime KPI", () => {
  it("pools every next-reply wait: n counts waits, tickets the tickets with at least one", () => {
    const { total, rows } = summarize(TICKETS, { kpis: ["nextReplyTime"], by: "channel" });
    expect(total.nextReplyTime).toEqual({ ...durationStats(WAITS), exact: true, relativeError: 0, sdMs: sdNear(WAITS), tickets: 2 });
    expect(rows.map((r) => [r.group["channel"], r.nextReplyTime.n, r.nextReplyTime.tickets, r.nextReplyTime.medianMs])).toEqual([
      ["chat", 1, 1, 30 * M],
      ["email", 2, 1, 52.5 * M],
    ]);
    // the same waits as ticketTimings' nextReplyMs, ticket by ticket
    expect(TICKETS.flatMap((t) => ticketTimings(t).nextReplyMs)).toEqual(WAITS);
  });

  it("has no value without waits", () => {
    expect(summarize(TICKETS.slice(2), { kpis: ["nextReplyTime"] }).total.nextReplyTime).toEqual({ ...durationStats([]), exact: true, relativeError: 0, sdMs: null, tickets: 0 });
    expect(summarize([], { kpis: [{ kpi: "nextReplyTime", buckets: [H] }] }).total.nextReplyTime.buckets).toEqual([
      { upToMs: H, count: 0, share: null },
      { upToMs: null, count: 0, share: null },
    ]);
  });

  it("measures business time with a calendar", () => {
    // Amsterdam, Mon–Fri 09:00–17:00, UTC+1 in March. Customer Fri 6 March 16:30, first reply
    // 16:40; customer again 16:50, reply Mon 9 March 09:15: Fri 16:50–17:00 (10 M) + Mon
    // 09:00–09:15 (15 M) = 25 M; wall 64 H 25 M.
    const day = [["09:00", "17:00"]] as const;
    const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: { mon: day, tue: day, wed: day, thu: day, fri: day } });
    const at = (date: string, author: TicketEvent["author"]): TicketEvent => ({ at: `${date}+01:00`, type: "message", author });
    const weekend: TicketRecord = {
      id: "W", createdAt: "2026-03-06T16:30:00+01:00",
      events: [at("2026-03-06T16:30:00", "customer"), at("2026-03-06T16:40:00", "agent"), at("2026-03-06T16:50:00", "customer"), at("2026-03-09T09:15:00", "agent")],
    };
    const { total } = summarize([weekend], { kpis: [{ kpi: "nextReplyTime", calendar }, { kpi: "nextReplyTime", as: "wall" }] });
    expect(total.nextReplyTime).toMatchObject({ n: 1, tickets: 1, meanMs: 25 * M, clock: "business" });
    expect(total["wall"]).toMatchObject({ n: 1, meanMs: 64 * H + 25 * M });
    expect(ticketTimings(weekend, { calendar }).nextReplyMs).toEqual([25 * M]);
  });

  it("restores and merges the tickets count with the waits", () => {
    const a = createAggregator({ kpis: [{ kpi: "nextReplyTime", percentiles: [0.9] }] });
    const b = createAggregator({ kpis: [{ kpi: "nextReplyTime", percentiles: [0.9] }] });
    a.add(TICKETS[0] as TicketRecord);
    b.add(TICKETS[1] as TicketRecord);
    b.add(TICKETS[2] as TicketRecord);
    const saved = JSON.parse(JSON.stringify(b.toJSON())) as { groups: { kpis: unknown[] }[] };
    expect(saved.groups[0]?.kpis[0]).toEqual({ values: [45 * M, 60 * M], tickets: 1 });
    a.merge(restoreAggregator(saved));
    expect(a.result().total.nextReplyTime).toEqual(summarize(TICKETS.slice(0, 3), { kpis: [{ kpi: "nextReplyTime", percentiles: [0.9] }] }).total.nextReplyTime);
    // a tickets count that cannot go with the waits
    (saved.groups[0] as { kpis: unknown[] }).kpis[0] = { values: [45 * M, 60 * M], tickets: 3 };
    expect(inputErrorOf(() => restoreAggregator(saved))).toMatchObject({ kpi: "restoreAggregator", field: "json.groups[0].kpis[0].tickets", value: 3 });
    (saved.groups[0] as { kpis: unknown[] }).kpis[0] = [45 * M];
    expect(inputErrorOf(() => restoreAggregator(saved))).toMatchObject({ field: "json.groups[0].kpis[0]" });
  });

  it("names a record whose message log is unreadable, or leaves it out with onInvalid exclude", () => {
    const bad: TicketRecord = { id: "X", createdAt: "2026-03-02T09:00:00Z", events: [msg("09:00", "customer"), { at: "2026-03-02T09:05:00Z", type: "message" }] };
    expect(inputErrorOf(() => summarize([bad], { kpis: ["nextReplyTime"] }))).toMatchObject({ kpi: "summarize", index: 0, recordId: "X" });
    const { total, excluded } = summarize([...TICKETS, bad], { kpis: ["nextReplyTime"], onInvalid: "exclude" });
    expect(total.nextReplyTime.n).toBe(WAITS.length);
    expect(excluded?.reduce((s, e) => s + e.count, 0)).toBe(1);
  });

  it("gives the numbers docs/kpis/next-reply-time.md shows", () => {
    const page = readFileSync(new URL("../../../docs/kpis/next-reply-time.md", import.meta.url), "utf8");
    for (const line of ['{ at: "2026-03-02T10:05:00Z", type: "message", author: "customer" }, // joins it', '{ at: "2026-03-02T11:20:00Z", type: "status", status: "solved" },    // ends it: no value']) {
      expect(page).toContain(line);
    }
    expect(summarize([TICKETS[0] as TicketRecord], { kpis: ["nextReplyTime"] }).total.nextReplyTime).toMatchObject({ n: 1, meanMs: 1_800_000, tickets: 1 });
    expect(page).toContain("// { n: 1, meanMs: 1_800_000, …, tickets: 1 }");
  });
});
