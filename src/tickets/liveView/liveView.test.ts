/**
 * Worked examples. Every expected number is counted by hand in the comment beside it from the
 * timestamps (all on Monday 2 March 2026, UTC); the view is taken at 12:00. M = one minute,
 * H = one hour.
 */
import { describe, expect, it } from "vitest";
import { isKpiInputError, type KpiInputError } from "../../errors.js";
import type { Ticket, TicketEvent, TicketStatus } from "../../records/ticket.js";
import type { SlaPolicy } from "../evaluateSla/evaluateSla.js";
import { liveView, type LiveViewSlaItem } from "./liveView.js";

const M = 60_000;
const H = 60 * M;
const at = (hm: string): string => `2026-03-02T${hm}:00Z`;
const date = (hm: string): Date => new Date(at(hm));
const msg = (hm: string, author: "customer" | "agent", extra: Partial<TicketEvent> = {}): TicketEvent => ({ at: at(hm), type: "message", author, ...extra });
const status = (hm: string, s: TicketStatus): TicketEvent => ({ at: at(hm), type: "status", status: s });
const NOW = at("12:00");
const POLICY: SlaPolicy = {
  targets: [
    { metric: "first-reply", targetMs: 4 * H },
    { metric: "next-reply", targetMs: H },
    { metric: "resolution", targetMs: 8 * H }, // paused while pending (the default pauseOn)
  ],
};

const TICKETS: Ticket[] = [
  // A: a customer wrote at 09:00, no reply. Awaiting a first reply for 3 H; first reply due 13:00
  // (1 H left: at risk within the default hour). Resolution 3 H of 8, due 17:00.
  { id: "A", agent: "ana", team: "t1", createdAt: at("09:00"), events: [msg("09:00", "customer")] },
  // B: answered at 08:20 and set pending: awaiting the customer. First reply met; resolution
  // paused after 20 M; nothing owed to the customer.
  { id: "B", agent: "ana", team: "t1", createdAt: at("08:00"), events: [msg("08:00", "customer"), msg("08:20", "agent"), status("08:20", "pending")] },
  // C: answered 07:10, the customer wrote again at 10:00: awaiting a next reply for 2 H, the
  // 1 H next-reply target breached at 11:00 (−1 H) and still owed. Resolution 5 H, due 15:00.
  { id: "C", agent: "bo", team: "t1", createdAt: at("07:00"), events: [msg("07:00", "customer"), msg("07:10", "agent"), msg("10:00", "customer")] },
  // D: no agent, summary only, no first response: unassigned, awaiting a first reply for 30 M
  // (due 15:30, 3.5 H away: not at risk).
  { id: "D", team: "t2", createdAt: at("11:30") },
  // E: solved at 06:30: not open, counts nowhere.
  { id: "E", agent: "bo", team: "t2", createdAt: at("06:00"), events: [msg("06:00", "customer"), msg("06:30", "agent"), status("06:30", "solved")] },
  // F: on hold since 10:05; solved at 13:00, after now, which the view ignores. Resolution 2 H
  // (on-hold does not pause it), due 18:00.
  { id: "F", agent: "ana", team: "t2", createdAt: at("10:00"), events: [msg("10:00", "customer"), msg("10:05", "agent"), status("10:05", "on-hold"), status("13:00", "solved")] },
  // G: created after now: left out.
  { id: "G", agent: "bo", team: "t1", createdAt: at("12:30"), events: [msg("12:30", "customer")] },
  // H: summary only, solved at 14:00 (after now), so open at 12:00; first response 05:30. Resolution
  // 05:00 → 12:00 = 7 H of 8: due 13:00, at risk.
  { id: "H", agent: "bo", team: "t1", createdAt: at("05:00"), status: "solved", firstResponseAt: at("05:30"), resolvedAt: at("14:00") },
  // I: no team. Answered 09:45; the customer wrote at 11:55, the reply at 12:10 comes after now:
  // awaiting a next reply for 5 M, due 12:55 (55 M left: at risk).
  { id: "I", agent: "ana", createdAt: at("09:30"), events: [msg("09:30", "customer"), msg("09:45", "agent"), msg("11:55", "customer"), msg("12:10", "agent")] },
];

const risk = (id: string, metric: LiveViewSlaItem["metric"], due: string, remainingMs: number): LiveViewSlaItem => ({ id, metric, dueAt: date(due), remainingMs });
const A_FIRST = risk("A", "first-reply", "13:00", H);
const H_RESOLUTION = risk("H", "resolution", "13:00", H);
const I_NEXT = risk("I", "next-reply", "12:55", 55 * M);
const C_NEXT = risk("C", "next-reply", "11:00", -H);

// Open at 12:00: A, B, C, D, F, H, I (E solved, G not yet created).
const TOTAL = {
  open: 7,
  unassigned: 1, // D
  awaitingFirstReply: 2, // A, D
  awaitingReply: 4, // A, C, D, I
  awaitingCustomer: 1, // B (pending)
  onHold: 1, // F
  oldestWaiting: { id: "A", since: date("09:00"), waitingMs: 3 * H },
  atRisk: [I_NEXT, A_FIRST, H_RESOLUTION], // by due time; A and H both at 13:00, by id
  breached: [C_NEXT],
};

describe("liveView", () => {
  it("evaluates the TSDoc example", () => {
    const tickets: Ticket[] = [
      { id: 1, agent: "ana", createdAt: "2026-03-02T09:00Z", events: [{ at: "2026-03-02T09:00Z", type: "message", author: "customer" }] },
      {
        id: 2, agent: "ana", createdAt: "2026-03-02T08:00Z", events: [
          { at: "2026-03-02T08:00Z", type: "message", author: "customer" },
          { at: "2026-03-02T08:30Z", type: "message", author: "agent" },
          { at: "2026-03-02T08:30Z", type: "status", status: "pending" },
        ],
      },
      { id: 3, createdAt: "2026-03-02T09:40Z" },
    ];
    const policy: SlaPolicy = { targets: [{ metric: "first-reply", targetMs: 3_600_000 }] };
    const view = liveView(tickets, { now: "2026-03-02T10:00Z", by: "agent", policy });
    // ana: 1 waits since 09:00 (first reply due 10:00, 0 left: at risk); 2 was answered and is pending.
    // null: 3 (no events) waits since its creation at 09:40; due 10:40, 40 M ahead: within the hour.
    expect(view).toEqual({
      now: date("10:00"),
      groups: [
        {
          group: { agent: "ana" }, open: 2, unassigned: 0, awaitingFirstReply: 1, awaitingReply: 1, awaitingCustomer: 1, onHold: 0,
          oldestWaiting: { id: 1, since: date("09:00"), waitingMs: 3_600_000 },
          atRisk: [{ id: 1, metric: "first-reply", dueAt: date("10:00"), remainingMs: 0 }], breached: [],
        },
        {
          group: { agent: null }, open: 1, unassigned: 1, awaitingFirstReply: 1, awaitingReply: 1, awaitingCustomer: 0, onHold: 0,
          oldestWaiting: { id: 3, since: date("09:40"), waitingMs: 1_200_000 },
          atRisk: [{ id: 3, metric: "first-reply", dueAt: date("10:40"), remainingMs: 2_400_000 }], breached: [],
        },
      ],
      total: {
        open: 3, unassigned: 1, awaitingFirstReply: 2, awaitingReply: 2, awaitingCustomer: 1, onHold: 0,
        oldestWaiting: { id: 1, since: date("09:00"), waitingMs: 3_600_000 },
        atRisk: [{ id: 1, metric: "first-reply", dueAt: date("10:00"), remainingMs: 0 }, { id: 3, metric: "first-reply", dueAt: date("10:40"), remainingMs: 2_400_000 }],
        breached: [],
      },
    });
    expect(JSON.parse(JSON.stringify(view)).total.oldestWaiting.since).toBe("2026-03-02T09:00:00.000Z");
  });

  it("counts the open tickets at now, in total only without by", () => {
    expect(liveView(TICKETS, { now: NOW, policy: POLICY })).toEqual({ now: date("12:00"), groups: [], total: TOTAL });
  });

  it("groups by agent, unassigned tickets under null, last", () => {
    const view = liveView(TICKETS, { now: NOW, by: "agent", policy: POLICY });
    expect(view.total).toEqual(TOTAL);
    expect(view.groups).toEqual([
      // ana: A, B, F, I
      {
        group: { agent: "ana" }, open: 4, unassigned: 0, awaitingFirstReply: 1, awaitingReply: 2, awaitingCustomer: 1, onHold: 1,
        oldestWaiting: { id: "A", since: date("09:00"), waitingMs: 3 * H }, atRisk: [I_NEXT, A_FIRST], breached: [],
      },
      // bo: C, H (E solved, G later)
      {
        group: { agent: "bo" }, open: 2, unassigned: 0, awaitingFirstReply: 0, awaitingReply: 1, awaitingCustomer: 0, onHold: 0,
        oldestWaiting: { id: "C", since: date("10:00"), waitingMs: 2 * H }, atRisk: [H_RESOLUTION], breached: [C_NEXT],
      },
      // no agent: D
      {
        group: { agent: null }, open: 1, unassigned: 1, awaitingFirstReply: 1, awaitingReply: 1, awaitingCustomer: 0, onHold: 0,
        oldestWaiting: { id: "D", since: date("11:30"), waitingMs: 30 * M }, atRisk: [], breached: [],
      },
    ]);
  });

  it("groups by team", () => {
    const view = liveView(TICKETS, { now: NOW, by: "team", policy: POLICY });
    expect(view.groups.map((g) => [g.group.team, g.open, g.unassigned, g.awaitingFirstReply, g.awaitingReply, g.awaitingCustomer, g.onHold, g.oldestWaiting?.id])).toEqual([
      ["t1", 4, 0, 1, 2, 1, 0, "A"], // A, B, C, H
      ["t2", 2, 1, 1, 1, 0, 1, "D"], // D, F
      [null, 1, 0, 0, 1, 0, 0, "I"], // I
    ]);
    expect(view.groups.map((g) => [g.atRisk, g.breached])).toEqual([[[A_FIRST, H_RESOLUTION], [C_NEXT]], [[], []], [[I_NEXT], []]]);
  });

  it("widens and narrows the at-risk horizon", () => {
    const ids = (horizonMs: number): string[] => liveView(TICKETS, { now: NOW, policy: POLICY, horizonMs }).total.atRisk.map((r) => `${r.id} ${r.metric}`);
    expect(ids(0)).toEqual([]); // nothing due at 12:00 exactly
    expect(ids(55 * M)).toEqual(["I next-reply"]); // due 12:55
    expect(ids(3 * H)).toEqual(["I next-reply", "A first-reply", "H resolution", "C resolution"]); // C's resolution due 15:00
  });

  it("lists no SLA items without a policy", () => {
    const { total } = liveView(TICKETS, { now: NOW });
    expect(total).toEqual({ ...TOTAL, atRisk: [], breached: [] });
  });

  it("takes each ticket as it stood at now", () => {
    // At 10:30: A, B, C, F, H, I are open. F went on hold at 10:05. I is answered (09:45) and
    // waits for nothing; A waits for a first reply; C waits since 10:00; H was open since 05:00; D is not created yet.
    const view = liveView(TICKETS, { now: at("10:30") });
    expect(view.total).toMatchObject({ open: 6, unassigned: 0, awaitingFirstReply: 1, awaitingReply: 2, awaitingCustomer: 1, onHold: 1 });
    // At 13:30 F is solved (13:00): one on hold fewer; H still open (solved at 14:00).
    expect(liveView(TICKETS, { now: at("13:30") }).total).toMatchObject({ open: 7, onHold: 0 });
    // At 14:00 H is solved exactly then: no longer open.
    expect(liveView(TICKETS, { now: at("14:00") }).total.open).toBe(6);
  });

  it("uses summary statuses of unsolved tickets without status events", () => {
    const view = liveView([{ id: 1, createdAt: at("09:00"), status: "pending" }, { id: 2, createdAt: at("09:00"), status: "on-hold" }], { now: NOW });
    expect(view.total).toMatchObject({ open: 2, awaitingCustomer: 1, onHold: 1, awaitingFirstReply: 2 });
  });

  it("counts automated replies only with excludeAutomated: false", () => {
    const t: Ticket = { id: 1, createdAt: at("11:00"), events: [msg("11:00", "customer"), msg("11:01", "agent", { automated: true })] };
    expect(liveView([t], { now: NOW }).total.awaitingFirstReply).toBe(1);
    expect(liveView([t], { now: NOW, excludeAutomated: false }).total.awaitingFirstReply).toBe(0);
  });

  it("gives an empty view for no tickets", () => {
    const empty = { open: 0, unassigned: 0, awaitingFirstReply: 0, awaitingReply: 0, awaitingCustomer: 0, onHold: 0, oldestWaiting: null, atRisk: [], breached: [] };
    expect(liveView([], { now: 0, by: "team" })).toEqual({ now: new Date(0), groups: [], total: empty });
  });

  describe("errors", () => {
    const error = (fn: () => unknown): KpiInputError => {
      try {
        fn();
      } catch (e) {
        if (isKpiInputError(e)) return e;
        throw e;
      }
      throw new Error("did not throw");
    };
    it("names the option", () => {
      expect(error(() => liveView(TICKETS, {} as never))).toMatchObject({ kpi: "liveView", field: "options.now", value: undefined });
      expect(error(() => liveView(TICKETS, { now: "noon" }))).toMatchObject({ field: "options.now", value: "noon" });
      expect(error(() => liveView(TICKETS, { now: NOW, by: "channel" as never }))).toMatchObject({ field: "options.by", value: "channel" });
      expect(error(() => liveView(TICKETS, { now: NOW, horizonMs: -1 }))).toMatchObject({ field: "options.horizonMs", value: -1 });
      expect(error(() => liveView(TICKETS, { now: NOW, horizonMs: Number.NaN }))).toMatchObject({ field: "options.horizonMs" });
      expect(error(() => liveView(TICKETS, { now: NOW, timeZone: "Mars/Base" }))).toMatchObject({ field: "options.timeZone" });
      expect(error(() => liveView(TICKETS, { now: NOW, policy: { targets: [{ metric: "first-reply", targetMs: 0 }] } }))).toMatchObject({
        kpi: "liveView", field: "options.policy.targets[0].targetMs", value: 0,
      });
    });
    it("names the ticket, its index and id", () => {
      const bad = [...TICKETS, { id: "X", createdAt: "yesterday" }] as Ticket[];
      expect(error(() => liveView(bad, { now: NOW }))).toMatchObject({ kpi: "liveView", field: "tickets.createdAt", index: 9, recordId: "X", value: "yesterday" });
      const agent = [{ id: "Y", createdAt: at("09:00"), agent: 7 }] as unknown as Ticket[];
      expect(error(() => liveView(agent, { now: NOW }))).toMatchObject({ field: "tickets.agent", index: 0, recordId: "Y", value: 7 });
      const solved = [{ id: "Z", createdAt: at("09:00"), status: "solved" }] as Ticket[];
      expect(error(() => liveView(solved, { now: NOW }))).toMatchObject({ field: "tickets.resolvedAt", index: 0, recordId: "Z" });
      // checked even when created after now, and whatever `by` is
      const later = [{ id: "W", createdAt: at("13:00"), team: false }] as unknown as Ticket[];
      expect(error(() => liveView(later, { now: NOW, by: "team" }))).toMatchObject({ field: "tickets.team", index: 0, recordId: "W" });
    });
  });
});

describe("the ticket as it stood at now, not as a later export describes it", () => {
  // Mutation testing found these rules of the cut (ticketAt.ts) untested: each ticket alone, at 12:00.
  const totalOf = (t: Ticket) => liveView([t], { now: NOW }).total;
  it("ignores a summary status when the ticket's status events come after now", () => {
    // J: the export says pending, but the ticket went pending at 13:00. At 12:00 the customer's
    // message of 09:00 is unanswered: awaiting a first reply for 3 H, not awaiting the customer.
    const j: Ticket = { id: "J", createdAt: at("09:00"), status: "pending", events: [msg("09:00", "customer"), status("13:00", "pending")] };
    expect(totalOf(j)).toMatchObject({ open: 1, awaitingFirstReply: 1, awaitingCustomer: 0, oldestWaiting: { id: "J", since: date("09:00"), waitingMs: 3 * H } });
  });

  it("ignores a summary first response when the ticket has messages", () => {
    // L: the messages decide (the agent's first message is at 12:30), not firstResponseAt 11:30:
    // awaiting a first reply since creation, 1 H.
    const l: Ticket = { id: "L", createdAt: at("11:00"), firstResponseAt: at("11:30"), events: [msg("12:30", "agent")] };
    expect(totalOf(l)).toMatchObject({ awaitingFirstReply: 1, oldestWaiting: { id: "L", since: date("11:00"), waitingMs: H } });
  });

  it("counts a reply at now as given, and a solve before now from the summary", () => {
    const m: Ticket = { id: "M", createdAt: at("11:00"), events: [msg("11:00", "customer"), msg("12:00", "agent")] };
    expect(totalOf(m)).toMatchObject({ open: 1, awaitingFirstReply: 0, awaitingReply: 0, oldestWaiting: null });
    const n: Ticket = { id: "N", createdAt: at("06:00"), status: "solved", resolvedAt: at("07:00") };
    expect(totalOf(n)).toMatchObject({ open: 0 });
  });

  it("owes nothing on an outbound ticket, and reads a summary's status and first response at now", () => {
    // O: only the agent has written (outbound): no customer wait.
    expect(totalOf({ id: "O", createdAt: at("10:00"), events: [msg("10:00", "agent")] })).toMatchObject({ open: 1, awaitingFirstReply: 0, awaitingReply: 0, oldestWaiting: null });
    // P: a summary pending since its first response: awaiting the customer.
    expect(totalOf({ id: "P", createdAt: at("08:00"), status: "pending", firstResponseAt: at("08:30") })).toMatchObject({ awaitingCustomer: 1, awaitingReply: 0 });
    // Q: a first response exactly at now has ended the wait.
    expect(totalOf({ id: "Q", createdAt: at("11:00"), firstResponseAt: at("12:00") })).toMatchObject({ awaitingFirstReply: 0, oldestWaiting: null });
    // R: on hold with a solve after now: on hold at now, its first reply still owed for 1 H.
    expect(totalOf({ id: "R", createdAt: at("11:00"), status: "on-hold", resolvedAt: at("13:00") })).toMatchObject({ onHold: 1, awaitingFirstReply: 1, oldestWaiting: { id: "R", waitingMs: H } });
  });

  it("keeps the summary status of a ticket whose events are messages only", () => {
    // V: answered at 08:30, the export says pending and no status event says otherwise.
    const v: Ticket = { id: "V", createdAt: at("08:00"), status: "pending", events: [msg("08:00", "customer"), msg("08:30", "agent")] };
    expect(totalOf(v)).toMatchObject({ open: 1, awaitingCustomer: 1, awaitingReply: 0 });
  });

  it("reads the first response from the messages when there are any, else from the summary", () => {
    // W: status events only: the summary's first response at 09:30 stands, nothing is owed.
    const w: Ticket = { id: "W", createdAt: at("09:00"), firstResponseAt: at("09:30"), events: [status("09:00", "open")] };
    expect(totalOf(w)).toMatchObject({ open: 1, awaitingFirstReply: 0, oldestWaiting: null });
    // X: status and message events: the agent's first message is at 12:30, so the summary's
    // 11:30 does not count; awaiting a first reply since 11:00, 1 H.
    const x: Ticket = { id: "X", createdAt: at("11:00"), firstResponseAt: at("11:30"), events: [status("11:00", "open"), msg("12:30", "agent")] };
    expect(totalOf(x)).toMatchObject({ awaitingFirstReply: 1, oldestWaiting: { id: "X", waitingMs: H } });
    // Y: no events, a summary first response after now: not given yet, 1 H owed.
    expect(totalOf({ id: "Y", createdAt: at("11:00"), firstResponseAt: at("12:30") })).toMatchObject({ awaitingFirstReply: 1, oldestWaiting: { id: "Y", waitingMs: H } });
  });
});

describe("order, ties and edges of the view", () => {
  // Worked by hand, at 12:00 with POLICY (first reply 4 H, next reply 1 H, resolution 8 H).
  const tickets: Ticket[] = [
    // S: first reply at 11:30, due 11:00: late, but given, so owed no more and not listed as breached.
    { id: "S", agent: "zed", createdAt: at("07:00"), events: [msg("07:00", "customer"), msg("11:30", "agent")] },
    // b and a: both waiting since 09:00, first reply due 13:00 (at risk); b's agent is empty: unassigned.
    { id: "b", agent: "", createdAt: at("09:00"), events: [msg("09:00", "customer")] },
    { id: "a", agent: "amy", createdAt: at("09:00"), events: [msg("09:00", "customer")] },
    // T: created exactly at now: open, its first-reply wait just begun.
    { id: "T", agent: "amy", createdAt: at("12:00") },
    // U: unanswered since 03:00: next reply due 04:00 and resolution due 09:00, both breached.
    { id: "U", agent: "zed", createdAt: at("01:00"), events: [msg("01:00", "customer"), msg("02:00", "agent"), msg("03:00", "customer")] },
  ];
  const view = (list: Ticket[]) => liveView(list, { now: NOW, by: "agent", policy: POLICY });

  it("counts each ticket by the rules, ties broken by id, in any order of the tickets", () => {
    const r = view(tickets);
    expect(r.total).toMatchObject({ open: 5, unassigned: 1, awaitingFirstReply: 3, awaitingReply: 4, oldestWaiting: { id: "U", since: date("03:00"), waitingMs: 9 * H } });
    expect(r.total.atRisk).toEqual([risk("a", "first-reply", "13:00", H), risk("b", "first-reply", "13:00", H)]);
    expect(r.total.breached).toEqual([risk("U", "next-reply", "04:00", -8 * H), risk("U", "resolution", "09:00", -3 * H)]);
    // Groups in order of their value, the absent agent last; a tie for the longest wait goes to the smaller id.
    expect(r.groups.map((g) => [g.group.agent, g.open, g.oldestWaiting?.id])).toEqual([["amy", 2, "a"], ["zed", 2, "U"], [null, 1, "b"]]);
    expect(view([...tickets].reverse())).toEqual(r);
    expect(view([tickets[2], tickets[1]] as Ticket[]).total.oldestWaiting?.id).toBe("a");
    expect(view([tickets[1], tickets[2]] as Ticket[]).total.oldestWaiting?.id).toBe("a");
  });

  it("orders targets due at the same instant by metric, for one ticket or two with one id", () => {
    // V: created 09:00, unanswered; first reply and resolution both 4 H: both due 13:00, at risk.
    const both: SlaPolicy = { targets: [{ metric: "resolution", targetMs: 4 * H }, { metric: "first-reply", targetMs: 4 * H }] };
    const v: Ticket = { id: "V", createdAt: at("09:00"), events: [msg("09:00", "customer")] };
    const expected = [risk("V", "first-reply", "13:00", H), risk("V", "resolution", "13:00", H)];
    expect(liveView([v], { now: NOW, policy: both }).total.atRisk).toEqual(expected);
    // Two records with the id V (an export listing a ticket twice): a high one owes a first
    // reply, a low one its resolution, both due 13:00; listed by metric whichever comes first.
    const byPriority: SlaPolicy = { targets: [{ metric: "first-reply", targetMs: 4 * H, priority: "high" }, { metric: "resolution", targetMs: 4 * H, priority: "low" }] };
    const high: Ticket = { ...v, priority: "high" };
    const low: Ticket = { ...v, priority: "low" };
    expect(liveView([low, high], { now: NOW, policy: byPriority }).total.atRisk).toEqual(expected);
    expect(liveView([high, low], { now: NOW, policy: byPriority }).total.atRisk).toEqual(expected);
  });

  it("waits on no ticket whose every customer message was answered", () => {
    // X: two waits, both answered (07:00–07:30, 08:00–08:30): owed nothing at 12:00.
    const x: Ticket = { id: "X", createdAt: at("07:00"), events: [msg("07:00", "customer"), msg("07:30", "agent"), msg("08:00", "customer"), msg("08:30", "agent")] };
    expect(liveView([x], { now: NOW }).total).toMatchObject({ open: 1, awaitingFirstReply: 0, awaitingReply: 0, oldestWaiting: null });
  });

  it("lists a target paused exactly at its limit nowhere: it is neither running nor late", () => {
    // P: created 09:00, set pending at 10:00 with a 1 H resolution target (pending pauses it):
    // 60 M counted of 60 M, so evaluateSla says "paused" (not over the target, not running), and
    // the time it reached the limit, 10:00, is its dueAt. Nothing at risk, nothing breached.
    const p: Ticket = { id: "P", createdAt: at("09:00"), events: [status("09:00", "open"), status("10:00", "pending")] };
    const policy: SlaPolicy = { targets: [{ metric: "resolution", targetMs: H }] };
    expect(liveView([p], { now: NOW, policy, horizonMs: 24 * H }).total).toMatchObject({ open: 1, atRisk: [], breached: [] });
  });

  it("lists a running target whose due time is past the last date a Date can hold nowhere", () => {
    // Due 9e307 ms after 09:00: evaluateSla gives it dueAt null (see test/finite-results.test.ts);
    // however wide the horizon, it is not at risk (and not a TypeError).
    const far: SlaPolicy = { targets: [{ metric: "resolution", targetMs: 9e307 }] };
    expect(liveView([{ id: "F", createdAt: at("09:00") }], { now: NOW, policy: far, horizonMs: Number.MAX_VALUE }).total).toMatchObject({ open: 1, atRisk: [], breached: [] });
  });

  it("takes an agent of null as no agent", () => {
    expect(liveView([{ id: "W", agent: null as never, createdAt: at("11:00") }], { now: NOW }).total).toMatchObject({ open: 1, unassigned: 1 });
  });

  it("asks for now, and for agents as text", () => {
    expect(() => liveView(tickets, {} as never)).toThrow("liveView: options.now must be the instant of the view (a Date, epoch ms or an ISO 8601 string): the clock is never read, got undefined");
    expect(() => liveView(tickets, { now: null as never })).toThrow("liveView: options.now must be the instant of the view (a Date, epoch ms or an ISO 8601 string): the clock is never read, got null");
    expect(() => liveView([{ id: 1, agent: 5 as never, createdAt: at("09:00") }], { now: NOW })).toThrow("liveView: tickets.agent[0] (id 1) must be a string, or absent, got 5");
  });
});
