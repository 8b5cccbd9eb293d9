import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { TicketEvent } from "../../records/ticket.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { ticketTimings } from "../../tickets/ticketTimings/ticketTimings.js";
import { mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import { expectJsonRoundTrip, expectRate } from "./_lib/rates.test-util.js";

const createdAt = "2026-03-02T08:00:00Z";
const t = (h: number): string => `2026-03-02T${String(8 + h).padStart(2, "0")}:00:00Z`;
const customer = (h: number): TicketEvent => ({ at: t(h), type: "message", author: "customer", public: true });
const agent = (h: number, more: Partial<TicketEvent> = {}): TicketEvent => ({ at: t(h), type: "message", author: "agent", public: true, ...more });
const status = (h: number, s: TicketEvent["status"]): TicketEvent => ({ at: t(h), type: "status", status: s });

/** Solved and unsolved tickets whose replies are known from message events, from the `replies` count, or not at all. */
const TICKETS: TicketRecord[] = [
  // events: one reply, solved → one-touch
  { id: "O1", channel: "chat", createdAt, events: [customer(0), agent(1), status(1, "solved")] },
  // events: an automated acknowledgement and a private note do not count: one reply → one-touch
  { id: "O2", channel: "chat", createdAt, events: [customer(0), agent(0, { automated: true }), agent(1, { public: false }), agent(2), status(2, "solved")] },
  // events: two replies → not one-touch
  { id: "O3", channel: "email", createdAt, events: [customer(0), agent(1), customer(2), agent(3), status(3, "solved")] },
  // events: solved without any agent reply (a bot answered) → one-touch (at most one), counted in withoutReply
  { id: "O4", channel: "email", createdAt, events: [customer(0), { at: t(1), type: "message", author: "bot", public: true }, status(1, "solved")] },
  // no message events, the export's count: 1 → one-touch; 3 → not; none → left out
  { id: "O5", channel: "chat", createdAt, status: "solved", resolvedAt: t(2), replies: 1 },
  { id: "O6", channel: "email", createdAt, status: "closed", resolvedAt: t(2), replies: 3 },
  { id: "O7", channel: "email", createdAt, status: "solved", resolvedAt: t(2) },
  // not solved → left out, whatever its replies
  { id: "O8", channel: "chat", createdAt, status: "open", replies: 1 },
  { id: "O9", channel: "chat", createdAt, events: [customer(0), agent(1)] },
  // outbound: the agent's opening message is not a reply; one reply after the customer's answer → one-touch
  { id: "O10", channel: "email", createdAt, events: [agent(0), customer(1), agent(2), status(2, "solved")] },
  // reopened and answered again: two replies → not one-touch
  { id: "O11", channel: "chat", createdAt, events: [customer(0), agent(1), status(1, "solved"), customer(3), status(3, "open"), agent(4), status(4, "solved")] },
  // message events win over the count: one reply in the log, 4 in the column → one-touch
  { id: "O12", channel: "chat", createdAt, replies: 4, events: [customer(0), agent(1), status(1, "solved")] },
];

describe("oneTouchResolutionRate KPI", () => {
  it("counts solved tickets with at most one public agent reply over solved tickets whose replies are known", () => {
    const { rows, total } = summarize(TICKETS, { kpis: ["oneTouchResolutionRate"], by: "channel" });
    // solved and known: O1 O2 O3 O4 O5 O6 O10 O11 O12 (9); one-touch (≤ 1 reply, SPEC §6): O1 O2 O4 O5 O10 O12 (6); no reply: O4
    expectRate(total.oneTouchResolutionRate, 6, 9);
    expect(total.oneTouchResolutionRate.withoutReply).toBe(1);
    // chat: O1 O2 O5 O11 O12 → 4 of 5; email: O3 O4 O6 O10 → 2 of 4, O4 without a reply
    expect(rows.map((r) => [r.group["channel"], r.oneTouchResolutionRate.value, r.oneTouchResolutionRate.n, r.oneTouchResolutionRate.withoutReply])).toEqual([
      ["chat", 80, 5, 0],
      ["email", 50, 4, 1],
    ]);
  });

  it("counts replies in the events as ticketTimings' agentReplies does", () => {
    const withEvents = TICKETS.filter((x) => x.events !== undefined);
    const solved = withEvents.map((x) => ticketTimings(x)).filter((x) => x.solved);
    const r = summarize(withEvents, { kpis: ["oneTouchResolutionRate"] }).total.oneTouchResolutionRate;
    expect([r.n, r.value, r.withoutReply]).toEqual([solved.length, (solved.filter((x) => (x.agentReplies ?? 2) <= 1).length * 100) / solved.length, solved.filter((x) => x.agentReplies === 0).length]);
    // the same tickets as ticketTimings' oneTouch (at most one reply)
    expect(((r.value as number) * r.n) / 100).toBeCloseTo(solved.filter((x) => x.oneTouch === true).length, 9);
  });

  it("has no value without a solved ticket that tells, survey responses included", () => {
    const survey: SurveyResponseRecord = { type: "csat", score: 5, respondedAt: createdAt };
    expect(summarize([TICKETS[6] as TicketRecord, TICKETS[7] as TicketRecord, survey], { kpis: ["oneTouchResolutionRate"] }).total.oneTouchResolutionRate).toEqual({ value: null, n: 0, ci: null, withoutReply: 0 });
  });

  it("names a replies count that is not a whole number ≥ 0, on any ticket", () => {
    for (const replies of [-1, 1.5, "1", Number.NaN]) {
      const e = inputErrorOf(() => summarize([{ id: "X", createdAt, status: "open", replies } as never], { kpis: ["oneTouchResolutionRate"] }));
      expect(e).toMatchObject({ kpi: "summarize", field: "records.replies", index: 0, recordId: "X" });
    }
    expect(inputErrorOf(() => summarize([], { kpis: [{ kpi: "oneTouchResolutionRate", confidence: "95%" as never }] }))).toMatchObject({ field: "options.kpis[0].confidence" });
  });

  it("travels as JSON", () => expectJsonRoundTrip(TICKETS, { kpis: ["oneTouchResolutionRate"], by: "channel", period: "day" }));
});

/** A solved or unsolved ticket with a message log of agent and customer messages, or the `replies` count alone. */
const ticket = fc
  .record({
    id: fc.nat(99),
    channel: fc.constantFrom("chat", "email"),
    solved: fc.boolean(),
    log: fc.option(fc.array(fc.constantFrom("customer", "agent", "auto", "note"), { minLength: 1, maxLength: 6 }), { nil: undefined }),
    replies: fc.option(fc.nat(3), { nil: undefined }),
  })
  .map(({ id, channel, solved, log, replies }): TicketRecord => {
    const created = Date.UTC(2026, 2, 2);
    const end = created + 10 * 3_600_000;
    const base = { id, channel, createdAt: created, ...(replies === undefined ? {} : { replies }) };
    if (log === undefined) return { ...base, ...(solved ? { status: "solved", resolvedAt: end } : { status: "open" }) };
    // the first message is the customer's (an inbound ticket): every agent reply after it counts
    const events: TicketEvent[] = [{ at: created, type: "message", author: "customer", public: true }, ...log.map((kind, i): TicketEvent => ({ at: created + (i + 1) * 60_000, type: "message", author: kind === "customer" ? "customer" : "agent", public: kind !== "note", automated: kind === "auto" }))];
    return { ...base, events: solved ? [...events, { at: end, type: "status", status: "solved" }] : events };
  });

/** Written out from the definition: the public, non-automated agent messages of a solved ticket's log, else its count. */
function repliesOf(x: TicketRecord): number | null {
  const solved = x.events === undefined ? x.status === "solved" : x.events.some((e) => e.status === "solved");
  if (!solved) return null;
  if (x.events === undefined) return x.replies ?? null;
  let replies = 0;
  for (const e of x.events) if (e.type === "message" && e.author === "agent" && e.public === true && e.automated !== true) replies++;
  return replies;
}

test.prop([splitsOf(fc.array(ticket, { maxLength: 30 }))])("merging any split equals one pass; counts as a plain loop; withoutReply ≤ one-touch ≤ n", (split) => {
  const options = { kpis: ["oneTouchResolutionRate"], by: "channel" } as const;
  const whole = summarize(split[0], options);
  expect(mergeSplit(split, options).folded.result()).toEqual(whole);
  const known = split[0].map(repliesOf).filter((r) => r !== null);
  const r = whole.total.oneTouchResolutionRate;
  expectRate(r, known.filter((k) => k <= 1).length, known.length);
  expect(r.withoutReply).toBe(known.filter((k) => k === 0).length);
  expect(r.withoutReply).toBeLessThanOrEqual(((r.value ?? 0) * r.n) / 100 + 1e-9);
  expect(summarize([...split[0]].reverse(), options)).toEqual(whole);
});
