/**
 * Worked examples. Every expected number is computed by hand in the comment beside it from the
 * timestamps (all on Monday 2 March 2026, UTC, unless said otherwise); M = one minute, H = one hour.
 */
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import type { Ticket, TicketEvent, TicketStatus } from "../../records/ticket.js";
import { ticketTimings } from "./ticketTimings.js";

const M = 60_000;
const H = 60 * M;
const at = (hm: string, day = "2026-03-02"): string => `${day}T${hm}:00Z`;
const msg = (hm: string, author: "customer" | "agent" | "bot" | "system", extra: Partial<TicketEvent> = {}): TicketEvent => ({ at: at(hm), type: "message", author, ...extra });
const status = (hm: string, s: TicketStatus): TicketEvent => ({ at: at(hm), type: "status", status: s });
const ticket = (events: TicketEvent[], extra: Partial<Ticket> = {}): Ticket => ({ id: "T-1", createdAt: at("09:00"), events, ...extra });

describe("ticketTimings", () => {
  it("measures the TSDoc example", () => {
    // FRT 09:00 → 09:30 (the 09:01 auto-acknowledgement does not count) = 30 M.
    // Statuses: new 09:00–09:30, pending 09:30–11:30, open 11:30–12:00, solved 12:00.
    // Requester wait = 30 M new + 30 M open = 1 H; agent wait = 2 H pending; resolution 3 H.
    // Next reply: customer 11:30 → agent 12:00 = 30 M. Two human replies → not one-touch.
    const result = ticketTimings({
      id: 42,
      createdAt: "2026-03-02T09:00:00Z",
      events: [
        msg("09:00", "customer"),
        msg("09:01", "agent", { automated: true }),
        msg("09:30", "agent"),
        status("09:30", "pending"),
        msg("11:30", "customer"),
        status("11:30", "open"),
        msg("12:00", "agent"),
        status("12:00", "solved"),
      ],
    });
    expect(result).toEqual({
      firstReplyMs: 30 * M,
      fullResolutionMs: 3 * H,
      firstResolutionMs: 3 * H,
      requesterWaitMs: H,
      agentWaitMs: 2 * H,
      onHoldMs: 0,
      agentReplies: 2,
      reopens: 0,
      oneTouch: false,
      nextReplyMs: [30 * M],
      resolutionMs: 3 * H,
      agentInitiated: false,
      solved: true,
    });
    expect(Object.keys(result).slice(0, 10)).toEqual([
      "firstReplyMs", "fullResolutionMs", "firstResolutionMs", "requesterWaitMs", "agentWaitMs", "onHoldMs", "agentReplies", "reopens", "oneTouch", "nextReplyMs",
    ]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  describe("first reply", () => {
    it("ignores auto-replies, bot messages, system messages and private notes", () => {
      // Only the 10:00 public human agent message is a reply: 09:00 → 10:00 = 1 H.
      const t = ticket([
        msg("09:00", "customer"),
        msg("09:00", "system"),
        msg("09:01", "bot"),
        msg("09:02", "agent", { automated: true }),
        msg("09:05", "agent", { public: false }),
        msg("10:00", "agent"),
      ]);
      expect(ticketTimings(t)).toMatchObject({ firstReplyMs: H, agentReplies: 1, agentInitiated: false, nextReplyMs: [] });
    });

    it("with excludeAutomated: false counts automated agent messages, still never bots or notes", () => {
      // The 09:02 automated agent message now is the first reply: 2 M. Replies: 09:02 and 10:00.
      const t = ticket([msg("09:00", "customer"), msg("09:01", "bot"), msg("09:01", "agent", { public: false }), msg("09:02", "agent", { automated: true }), msg("10:00", "agent")]);
      expect(ticketTimings(t, { excludeAutomated: false })).toMatchObject({ firstReplyMs: 2 * M, agentReplies: 2 });
      expect(ticketTimings(ticket([msg("09:00", "customer"), msg("09:01", "bot")]), { excludeAutomated: false }).firstReplyMs).toBeNull();
    });

    it("is null, never 0, when only notes and bots answered", () => {
      const t = ticket([msg("09:00", "customer"), msg("09:01", "bot"), msg("09:05", "agent", { public: false })]);
      expect(ticketTimings(t)).toMatchObject({ firstReplyMs: null, agentReplies: 0, nextReplyMs: [] });
    });

    it("measures an agent-initiated (outbound) ticket from the customer's first message", () => {
      // Agent writes first at 09:00 (outbound, not a reply); the customer answers 11:00; the agent
      // replies 11:45: 45 M. Zendesk would measure 09:00 → 11:45 (its second agent comment).
      const t = ticket([msg("09:00", "agent"), msg("09:30", "agent"), msg("11:00", "customer"), msg("11:45", "agent")]);
      expect(ticketTimings(t)).toMatchObject({ firstReplyMs: 45 * M, agentInitiated: true, agentReplies: 1 });
    });

    it("is null for an outbound ticket the customer never answered", () => {
      const t = ticket([msg("09:00", "agent"), status("09:00", "pending")]);
      expect(ticketTimings(t)).toMatchObject({ firstReplyMs: null, agentInitiated: true, agentReplies: 0, nextReplyMs: [] });
    });

    it("measures a conversation a bot opened from the customer's first message", () => {
      // Chat: bot greets 09:00, customer writes 09:10, agent replies 09:25: 15 M.
      const t = ticket([msg("09:00", "bot"), msg("09:10", "customer"), msg("09:25", "agent")]);
      expect(ticketTimings(t)).toMatchObject({ firstReplyMs: 15 * M, agentInitiated: true });
    });

    it("does not stop at a solve without a reply (Zendesk's phone-call example)", () => {
      // Solved 09:10 without a comment, reopened by the customer 13:00, answered 14:00:
      // first reply 09:00 → 14:00 = 5 H; reopens 1; first resolution 10 M; not solved now.
      const t = ticket([msg("09:00", "customer"), status("09:10", "solved"), msg("13:00", "customer"), status("13:00", "open"), msg("14:00", "agent")]);
      expect(ticketTimings(t)).toMatchObject({ firstReplyMs: 5 * H, firstResolutionMs: 10 * M, fullResolutionMs: null, reopens: 1, nextReplyMs: [] });
    });
  });

  describe("next replies", () => {
    it("measures each customer wait from its oldest unanswered message", () => {
      // First reply 09:30. Wait 1: customer 10:00 and 10:20 → agent 11:00 = 60 M.
      // Wait 2: customer 12:00 → bot 12:01 (not a reply) → agent 12:15 = 15 M.
      // The 13:00 customer message is still unanswered: no value.
      const t = ticket([
        msg("09:00", "customer"), msg("09:30", "agent"),
        msg("10:00", "customer"), msg("10:20", "customer"), msg("11:00", "agent"), msg("11:05", "agent"),
        msg("12:00", "customer"), msg("12:01", "bot"), msg("12:15", "agent"),
        msg("13:00", "customer"),
      ]);
      expect(ticketTimings(t)).toMatchObject({ firstReplyMs: 30 * M, nextReplyMs: [60 * M, 15 * M], agentReplies: 4 });
    });

    it("gives nothing for a wait ended by a solve, and a customer message to a solved ticket starts none", () => {
      // Reply 09:30 with solve; customer "thanks" 10:00 on the solved ticket (no reopen): no wait.
      // Customer 11:00 with reopen; agent solves 11:30 without a reply: that wait has no reply time.
      // Customer 12:00 with reopen; answered 12:45: 45 M.
      const t = ticket([
        msg("09:00", "customer"), msg("09:30", "agent"), status("09:30", "solved"),
        msg("10:00", "customer"),
        msg("11:00", "customer"), status("11:00", "open"), status("11:30", "solved"),
        status("12:00", "open"), msg("12:00", "customer"), msg("12:45", "agent"), status("12:45", "solved"),
      ]);
      expect(ticketTimings(t)).toMatchObject({ nextReplyMs: [45 * M], reopens: 2, agentReplies: 2 });
    });
  });

  describe("resolution, reopens and one-touch", () => {
    it("solved with zero replies: first reply null, one-touch true (Zendesk counts < 2 replies)", () => {
      const t = ticket([msg("09:00", "customer"), status("09:10", "solved")]);
      expect(ticketTimings(t)).toMatchObject({
        firstReplyMs: null, agentReplies: 0, oneTouch: true, firstResolutionMs: 10 * M, fullResolutionMs: 10 * M, requesterWaitMs: 10 * M, agentWaitMs: 0, solved: true,
      });
    });

    it("reopen then re-solve: first resolution to the first solve, full to the last, one reopen", () => {
      // Solved 09:30, reopened 10:00, solved 11:00: first 30 M, full 2 H. Requester wait: new
      // 09:00–09:30 + open 10:00–11:00 = 90 M (the solved half hour is nobody's wait).
      const t = ticket([
        msg("09:00", "customer"), msg("09:30", "agent"), status("09:30", "solved"),
        msg("10:00", "customer"), status("10:00", "open"), msg("11:00", "agent"), status("11:00", "solved"),
      ]);
      const full = ticketTimings(t);
      expect(full).toMatchObject({ firstResolutionMs: 30 * M, fullResolutionMs: 2 * H, resolutionMs: 2 * H, reopens: 1, requesterWaitMs: 90 * M, nextReplyMs: [H], oneTouch: false });
      expect(ticketTimings(t, { resolution: "first" }).resolutionMs).toBe(30 * M);
    });

    it("reopened and not solved again: no full resolution, no waits yet", () => {
      const t = ticket([msg("09:00", "customer"), msg("09:30", "agent"), status("09:30", "solved"), msg("10:00", "customer"), status("10:00", "open")]);
      expect(ticketTimings(t)).toMatchObject({
        firstResolutionMs: 30 * M, fullResolutionMs: null, resolutionMs: null, requesterWaitMs: null, agentWaitMs: null, onHoldMs: null, reopens: 1, oneTouch: false, solved: false,
      });
    });

    it("a reopen answered without another reply stays one-touch", () => {
      // The customer's "thank you" reopens it at 10:00; the agent solves again at 10:05 silently.
      const t = ticket([msg("09:00", "customer"), msg("09:30", "agent"), status("09:30", "solved"), msg("10:00", "customer"), status("10:00", "open"), status("10:05", "solved")]);
      expect(ticketTimings(t)).toMatchObject({ agentReplies: 1, reopens: 1, oneTouch: true, fullResolutionMs: 65 * M });
    });

    it("closed straight from open is a solve; solved → closed is not a second one", () => {
      expect(ticketTimings(ticket([status("09:20", "open"), status("10:00", "closed")]))).toMatchObject({ firstResolutionMs: 60 * M, fullResolutionMs: 60 * M, solved: true });
      expect(ticketTimings(ticket([status("10:00", "solved"), status("20:00", "closed")]))).toMatchObject({ firstResolutionMs: 60 * M, fullResolutionMs: 60 * M, reopens: 0 });
    });
  });

  describe("waits", () => {
    it("splits the time to the last solve into requester wait (incl. on-hold) and agent wait", () => {
      // new 09:00–09:10 (10) · open –09:30 (20) · pending –11:30 (120) · open –12:00 (30)
      // · on-hold –14:00 (120) · open –14:30 (30) · solved. Requester = 10+20+30+120+30 = 210 M;
      // agent = 120 M; on-hold = 120 M; 210 + 120 = 330 M = full resolution.
      const t = ticket([
        status("09:10", "open"), status("09:30", "pending"), status("11:30", "open"), status("12:00", "on-hold"), status("14:00", "open"), status("14:30", "solved"),
      ]);
      expect(ticketTimings(t)).toMatchObject({ requesterWaitMs: 210 * M, agentWaitMs: 120 * M, onHoldMs: 120 * M, fullResolutionMs: 330 * M });
    });

    it("is null while the ticket is unsolved", () => {
      expect(ticketTimings(ticket([status("09:10", "open"), status("09:30", "pending")]))).toMatchObject({ requesterWaitMs: null, agentWaitMs: null, onHoldMs: null });
    });

    it("collapses status events recorded at the same instant to the last of them", () => {
      // solved then open at 10:00: one reopen, no solved time; open until the 11:00 solve.
      const t = ticket([status("10:00", "solved"), status("10:00", "open"), status("11:00", "solved")]);
      expect(ticketTimings(t)).toMatchObject({ reopens: 1, firstResolutionMs: H, fullResolutionMs: 2 * H, requesterWaitMs: 2 * H });
    });
  });

  describe("without events: the summary fields", () => {
    it("takes first reply and resolution from firstResponseAt and resolvedAt; the rest is unknown", () => {
      const t: Ticket = { id: 9, createdAt: at("09:00"), firstResponseAt: at("09:45"), resolvedAt: at("13:00"), status: "solved" };
      expect(ticketTimings(t)).toEqual({
        firstReplyMs: 45 * M, fullResolutionMs: 4 * H, firstResolutionMs: 4 * H, requesterWaitMs: null, agentWaitMs: null, onHoldMs: null,
        agentReplies: null, reopens: null, oneTouch: null, nextReplyMs: [], resolutionMs: 4 * H, agentInitiated: null, solved: true,
      });
      expect(ticketTimings({ ...t, events: [] })).toEqual(ticketTimings(t));
    });

    it("treats an unsolved status with a resolvedAt as reopened, and no status with resolvedAt as solved", () => {
      expect(ticketTimings({ id: 9, createdAt: at("09:00"), resolvedAt: at("10:00"), status: "open" })).toMatchObject({ firstResolutionMs: null, fullResolutionMs: null, solved: false, oneTouch: false });
      expect(ticketTimings({ id: 9, createdAt: at("09:00"), resolvedAt: at("10:00") })).toMatchObject({ fullResolutionMs: H, solved: true });
      expect(ticketTimings({ id: 9, createdAt: at("09:00") })).toMatchObject({ firstReplyMs: null, fullResolutionMs: null, solved: false, oneTouch: false });
      // Solved the moment it was created (a logged phone call): 0 is a real duration here, not "none".
      expect(ticketTimings({ id: 9, createdAt: at("09:00"), resolvedAt: at("09:00"), status: "closed" })).toMatchObject({ firstResolutionMs: 0, fullResolutionMs: 0, solved: true });
    });

    it("mixes: replies from the messages, statuses from the summary, and the other way round", () => {
      const messagesOnly: Ticket = { ...ticket([msg("09:00", "customer"), msg("09:20", "agent")]), resolvedAt: at("10:00"), firstResponseAt: at("09:05") };
      expect(ticketTimings(messagesOnly)).toMatchObject({ firstReplyMs: 20 * M, fullResolutionMs: H, reopens: null, requesterWaitMs: null, agentReplies: 1, oneTouch: true });
      const statusesOnly: Ticket = { ...ticket([status("09:30", "pending"), status("10:00", "solved")]), firstResponseAt: at("09:30") };
      expect(ticketTimings(statusesOnly)).toMatchObject({ firstReplyMs: 30 * M, agentReplies: null, agentWaitMs: 30 * M, oneTouch: null });
    });
  });

  describe("input", () => {
    it("reads Dates, epoch ms and offset-less strings in timeZone alike, and does not mutate", () => {
      const base = Date.UTC(2026, 2, 2, 9);
      const asNumbers: Ticket = { id: 1, createdAt: base, events: [{ at: base, type: "message", author: "customer" }, { at: new Date(base + 30 * M), type: "message", author: "agent" }] };
      const asLocal: Ticket = { id: 1, createdAt: "2026-03-02 10:00", events: [{ at: "2026-03-02 10:00", type: "message", author: "customer" }, { at: "2026-03-02T10:30", type: "message", author: "agent" }] };
      const copy = structuredClone(asLocal);
      expect(ticketTimings(asNumbers).firstReplyMs).toBe(30 * M);
      expect(ticketTimings(asLocal, { timeZone: "Europe/Amsterdam" })).toEqual(ticketTimings(asNumbers));
      expect(asLocal).toEqual(copy);
    });
  });

  describe("errors", () => {
    const expectError = (run: () => unknown, props: Record<string, unknown>): void => {
      try {
        run();
        expect.unreachable();
      } catch (error) {
        expect(isKpiInputError(error)).toBe(true);
        expect(error).toMatchObject({ kpi: "ticketTimings", ...props });
      }
    };

    it("names the ticket id for inconsistent records", () => {
      expectError(() => ticketTimings({ id: "A-7", createdAt: at("10:00"), resolvedAt: at("09:00") }), { field: "ticket.resolvedAt", recordId: "A-7", index: undefined });
      expectError(() => ticketTimings({ id: "A-7", createdAt: at("10:00"), firstResponseAt: at("09:59") }), { field: "ticket.firstResponseAt", recordId: "A-7" });
      expectError(() => ticketTimings({ id: "A-7", createdAt: at("10:00"), events: [msg("09:00", "agent")] }), { field: "ticket.events[0].at", recordId: "A-7" });
      expectError(() => ticketTimings({ id: 8, createdAt: at("09:00"), events: [msg("10:00", "customer"), msg("09:30", "agent")] }), { field: "ticket.events[1].at", recordId: 8 });
      expectError(() => ticketTimings({ id: 8, createdAt: at("09:00"), events: [{ at: at("09:00"), type: "message" }] }), { field: "ticket.events[0].author", recordId: 8 });
      expectError(() => ticketTimings({ id: 8, createdAt: at("09:00"), status: "solved" }), { field: "ticket.resolvedAt", recordId: 8 });
      expectError(() => ticketTimings({ id: 8, createdAt: "yesterday" }), { field: "ticket.createdAt", recordId: 8, value: "yesterday" });
    });

    it("rejects bad options", () => {
      const t = ticket([]);
      expectError(() => ticketTimings(t, { resolution: "last" as never }), { field: "options.resolution", value: "last" });
      expectError(() => ticketTimings(t, { excludeAutomated: "yes" as never }), { field: "options.excludeAutomated" });
      expectError(() => ticketTimings(t, { calendar: 42 as never }), { field: "options.calendar" });
      expectError(() => ticketTimings(t, { calendar: { timeZone: "UTC", week: { mon: [["09:00", "25:00"]] } } }), { field: "options.calendar.week.mon", index: 0 });
      expectError(() => ticketTimings(t, { calendar: { timeZone: "Mars/Olympus", week: {} } }), { field: "options.calendar.timeZone", value: "Mars/Olympus" });
      expectError(() => ticketTimings(t, { timeZone: "Mars/Olympus" }), { field: "options.timeZone" });
      expectError(() => ticketTimings(t, null as never), { field: "options" });
      expectError(() => ticketTimings(null as never), { field: "ticket" });
    });
  });
});

describe("a ticket solved and reopened, and the resolution option", () => {
  it("has a first resolution but no full one while it is open again", () => {
    // Created 09:00, solved 11:00, reopened 12:00 and not solved since: first resolution 2 H,
    // full resolution none (it is not solved), one reopen.
    const t = ticketTimings(ticket([msg("09:00", "customer"), msg("10:00", "agent"), status("11:00", "solved"), status("12:00", "open")]));
    expect([t.firstResolutionMs, t.fullResolutionMs, t.reopens, t.solved]).toEqual([2 * H, null, 1, false]);
  });

  it("names the resolution option in its error", () => {
    try {
      ticketTimings(ticket([]), { resolution: "last" as never });
      expect.unreachable();
    } catch (e) {
      expect(isKpiInputError(e) && [e.field, e.expected]).toEqual(["options.resolution", 'one of "first", "full"']);
    }
  });
});

describe("who opened the ticket", () => {
  // Inbound when the first public message (system messages aside) is the customer's: the clock
  // starts at creation, 08:00, and the reply at 09:00 is 60 minutes. Each ticket puts something
  // else first that must not make it outbound (which would start the clock at the customer's
  // message instead). Mutation testing found each of these rules untested.
  const created = (events: TicketEvent[]): Ticket => ({ id: "O", createdAt: at("08:00"), events });
  it.each([
    ["a private agent note", [msg("08:00", "agent", { public: false }), msg("08:05", "customer"), msg("09:00", "agent")]],
    ["a system message", [msg("08:00", "system"), msg("08:05", "customer"), msg("09:00", "agent")]],
    ["a status change", [status("08:00", "open"), msg("08:10", "customer"), msg("09:00", "agent")]],
    ["nothing, the customer writing after creation", [msg("08:10", "customer"), msg("09:00", "agent")]],
  ] as [string, TicketEvent[]][])("is inbound after %s", (_what, events) => {
    const t = ticketTimings(created(events));
    expect([t.agentInitiated, t.firstReplyMs, t.agentReplies]).toEqual([false, 60 * M, 1]);
  });
});
