/**
 * Worked examples. Every expected number is computed by hand in the comment beside it from the
 * timestamps (all on Monday 2 March 2026, UTC); M = one minute, H = one hour.
 */
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { slaCompliance } from "../../operations/slaCompliance/slaCompliance.js";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import type { Ticket, TicketEvent, TicketStatus } from "../../records/ticket.js";
import { evaluateSla, type SlaPolicy, type SlaTarget } from "./evaluateSla.js";

const M = 60_000;
const H = 60 * M;
const at = (hm: string): string => `2026-03-02T${hm}:00Z`;
const date = (hm: string): Date => new Date(at(hm));
const msg = (hm: string, author: "customer" | "agent" | "bot", extra: Partial<TicketEvent> = {}): TicketEvent => ({ at: at(hm), type: "message", author, ...extra });
const status = (hm: string, s: TicketStatus): TicketEvent => ({ at: at(hm), type: "status", status: s });
const ticket = (events: TicketEvent[], extra: Partial<Ticket> = {}): Ticket => ({ id: "T-1", createdAt: at("09:00"), events, ...extra });
const only = (metric: SlaTarget["metric"], targetMs: number, more: Partial<SlaPolicy> = {}): SlaPolicy => ({ targets: [{ metric, targetMs }], ...more });

describe("evaluateSla", () => {
  it("evaluates the TSDoc example", () => {
    // The high-priority first-reply target (15 M) applies: reply 09:20 → 20 M, breached at 09:15.
    // Next reply: customer 10:00, unanswered at 11:00: 60 M of 120, due 12:00.
    // Resolution (pending pauses): new 09:00–09:20 + open 10:00–11:00 = 80 M of 480, due
    // 11:00 + 400 M = 17:40.
    const policy: SlaPolicy = {
      targets: [
        { metric: "first-reply", targetMs: 3_600_000 },
        { metric: "first-reply", targetMs: 900_000, priority: "high" },
        { metric: "next-reply", targetMs: 7_200_000 },
        { metric: "resolution", targetMs: 28_800_000 },
      ],
    };
    const t = ticket([msg("09:00", "customer"), msg("09:20", "agent"), status("09:20", "pending"), msg("10:00", "customer"), status("10:00", "open")], { id: 7, priority: "high" });
    const entries = evaluateSla(t, policy, { now: "2026-03-02T11:00:00Z" });
    expect(entries).toEqual([
      { metric: "first-reply", targetMs: 900_000, status: "breached", elapsedMs: 1_200_000, dueAt: date("09:15"), breachedAt: date("09:15"), remainingMs: -300_000 },
      { metric: "next-reply", targetMs: 7_200_000, status: "active", elapsedMs: 3_600_000, dueAt: date("12:00"), breachedAt: null, remainingMs: 3_600_000 },
      { metric: "resolution", targetMs: 28_800_000, status: "active", elapsedMs: 4_800_000, dueAt: date("17:40"), breachedAt: null, remainingMs: 24_000_000 },
    ]);
    expect(Object.keys(entries[0] as object)).toEqual(["metric", "targetMs", "status", "elapsedMs", "dueAt", "breachedAt", "remainingMs"]);
    expect(JSON.parse(JSON.stringify(entries))[0]).toMatchObject({ dueAt: "2026-03-02T09:15:00.000Z" });
    // Breached 1, active 2: compliance 0 % of 1 measured target.
    expect(slaCompliance(entries.map((e) => e.status))).toMatchObject({ value: 0, n: 1, breached: 1, active: 2 });
  });

  describe("breach while open", () => {
    const open = ticket([msg("09:00", "customer")]);
    it("is active up to and on the deadline, breached the moment it is late", () => {
      expect(evaluateSla(open, only("first-reply", H), { now: at("09:59") })).toEqual([
        { metric: "first-reply", targetMs: H, status: "active", elapsedMs: 59 * M, dueAt: date("10:00"), breachedAt: null, remainingMs: M },
      ]);
      expect(evaluateSla(open, only("first-reply", H), { now: at("10:00") })[0]).toMatchObject({ status: "active", remainingMs: 0, dueAt: date("10:00") });
      expect(evaluateSla(open, only("first-reply", H), { now: at("10:01") })[0]).toEqual({
        metric: "first-reply", targetMs: H, status: "breached", elapsedMs: 61 * M, dueAt: date("10:00"), breachedAt: date("10:00"), remainingMs: -M,
      });
    });

    it("achieves a reply exactly on the deadline; one ms later breaches", () => {
      const base = Date.UTC(2026, 2, 2, 9);
      const reply = (ms: number): Ticket => ({ id: 1, createdAt: base, events: [{ at: base, type: "message", author: "customer" }, { at: base + ms, type: "message", author: "agent" }] });
      expect(evaluateSla(reply(H), only("first-reply", H))[0]).toMatchObject({ status: "achieved", elapsedMs: H, remainingMs: 0, breachedAt: null });
      expect(evaluateSla(reply(H + 1), only("first-reply", H))[0]).toMatchObject({ status: "breached", remainingMs: -1, breachedAt: new Date(base + H) });
    });

    it("is not stopped by an auto-acknowledgement or a bot", () => {
      const t = ticket([msg("09:00", "customer"), msg("09:00", "bot"), msg("09:01", "agent", { automated: true })]);
      expect(evaluateSla(t, only("first-reply", 15 * M), { now: at("09:30") })[0]).toMatchObject({ status: "breached", elapsedMs: 30 * M, breachedAt: date("09:15") });
      // Counting automated messages on purpose: the 09:01 message achieves it.
      expect(evaluateSla(t, only("first-reply", 15 * M), { now: at("09:30"), excludeAutomated: false })[0]).toMatchObject({ status: "achieved", elapsedMs: M });
    });
  });

  describe("pauses", () => {
    const replied = [msg("09:00", "customer"), msg("09:30", "agent"), status("09:30", "pending")];
    it("pauses the resolution clock while pending (the default)", () => {
      // new 09:00–09:30 counts (30 M), pending from 09:30 does not.
      expect(evaluateSla(ticket(replied), only("resolution", 2 * H), { now: at("10:00") })[0]).toEqual({
        metric: "resolution", targetMs: 2 * H, status: "paused", elapsedMs: 30 * M, dueAt: null, breachedAt: null, remainingMs: 90 * M,
      });
      // Customer answers 11:30 (open again): 30 M + 11:30–12:00 = 60 M; due 12:00 + 60 M.
      const resumed = ticket([...replied, msg("11:30", "customer"), status("11:30", "open")]);
      expect(evaluateSla(resumed, only("resolution", 2 * H), { now: at("12:00") })[0]).toMatchObject({ status: "active", elapsedMs: H, dueAt: date("13:00") });
      // pauseOn []: the clock never pauses; 3 H at 12:00, late since 11:00.
      expect(evaluateSla(resumed, only("resolution", 2 * H, { pauseOn: [] }), { now: at("12:00") })[0]).toMatchObject({ status: "breached", elapsedMs: 3 * H, breachedAt: date("11:00") });
    });

    it("requester wait counts on-hold and pauses in pending; breached wins over paused", () => {
      // new 09:00–09:10, open –09:30, on-hold –10:30 count (90 M); pending from 10:30 does not.
      // 60 M were reached at 10:00.
      const t = ticket([status("09:10", "open"), status("09:30", "on-hold"), status("10:30", "pending")]);
      expect(evaluateSla(t, only("requester-wait", H), { now: at("11:00") })[0]).toEqual({
        metric: "requester-wait", targetMs: H, status: "breached", elapsedMs: 90 * M, dueAt: date("10:00"), breachedAt: date("10:00"), remainingMs: -30 * M,
      });
      // Resolution pausing on pending and on-hold (agent work time): new + open = 30 M, paused.
      expect(evaluateSla(t, only("resolution", H, { pauseOn: ["pending", "on-hold"] }), { now: at("11:00") })[0]).toMatchObject({ status: "paused", elapsedMs: 30 * M, dueAt: null });
    });

    it("resumes the resolution clock on a reopen, without the time spent solved", () => {
      const solved = [msg("09:00", "customer"), msg("09:30", "agent"), status("09:30", "solved")];
      // Solved at 09:30 within 2 H: achieved; it was due 09:00 + 2 H = 11:00.
      expect(evaluateSla(ticket(solved), only("resolution", 2 * H))[0]).toMatchObject({ status: "achieved", elapsedMs: 30 * M, dueAt: date("11:00") });
      // Reopened 10:00: 30 M + 10:00–10:45 = 75 M at 10:45, due 10:45 + 45 M = 11:30.
      const reopened = [...solved, msg("10:00", "customer"), status("10:00", "open")];
      expect(evaluateSla(ticket(reopened), only("resolution", 2 * H), { now: at("10:45") })[0]).toMatchObject({ status: "active", elapsedMs: 75 * M, dueAt: date("11:30") });
      // Solved again 11:00: 30 + 60 = 90 M, achieved.
      expect(evaluateSla(ticket([...reopened, status("11:00", "solved")]), only("resolution", 2 * H))[0]).toMatchObject({ status: "achieved", elapsedMs: 90 * M });
    });
  });

  describe("reply targets", () => {
    it("stops a reply clock at a solve without a reply: a solved ticket owes none", () => {
      expect(evaluateSla(ticket([msg("09:00", "customer"), status("09:20", "solved")]), only("first-reply", H))[0]).toMatchObject({ status: "achieved", elapsedMs: 20 * M, dueAt: date("10:00") });
      expect(evaluateSla(ticket([msg("09:00", "customer"), status("11:00", "solved")]), only("first-reply", H))[0]).toMatchObject({ status: "breached", elapsedMs: 2 * H, breachedAt: date("10:00") });
    });

    it("gives one next-reply entry per customer wait", () => {
      // First reply 09:10. Wait 1: 10:00 → 10:30 (30 M, achieved). Wait 2: 11:00, unanswered at
      // 12:30 (90 M, late since 12:00). Wait 3 would start after 12:30: none.
      const t = ticket([msg("09:00", "customer"), msg("09:10", "agent"), msg("10:00", "customer"), msg("10:30", "agent"), msg("11:00", "customer"), msg("11:10", "customer")]);
      expect(evaluateSla(t, only("next-reply", H), { now: at("12:30") })).toEqual([
        { metric: "next-reply", targetMs: H, status: "achieved", elapsedMs: 30 * M, dueAt: date("11:00"), breachedAt: null, remainingMs: 30 * M },
        { metric: "next-reply", targetMs: H, status: "breached", elapsedMs: 90 * M, dueAt: date("12:00"), breachedAt: date("12:00"), remainingMs: -30 * M },
      ]);
      // Solved at 11:20 without a reply: the second wait stops there (20 M, achieved).
      expect(evaluateSla(ticket([...(t.events as TicketEvent[]), status("11:20", "solved")]), only("next-reply", H))[1]).toMatchObject({ status: "achieved", elapsedMs: 20 * M });
      // The 11:10 message belongs to the wait the solve stopped (no wait of its own); the customer
      // writes again at 13:00 after the solve, reopening, and is answered at 13:15: a third wait.
      const reopened = ticket([...(t.events as TicketEvent[]), status("11:20", "solved"), msg("13:00", "customer"), status("13:00", "open"), msg("13:15", "agent")]);
      expect(evaluateSla(reopened, only("next-reply", H)).map((e) => [e.status, e.elapsedMs])).toEqual([
        ["achieved", 30 * M],
        ["achieved", 20 * M],
        ["achieved", 15 * M],
      ]);
    });

    it("owes no first reply on an outbound ticket until the customer writes", () => {
      const outbound = [msg("09:00", "agent"), status("09:00", "pending")];
      expect(evaluateSla(ticket(outbound), { targets: [{ metric: "first-reply", targetMs: H }, { metric: "next-reply", targetMs: H }] })).toEqual([]);
      // The customer answers at 14:00: the first-reply clock starts then.
      const answered = ticket([...outbound, msg("14:00", "customer"), status("14:00", "open")]);
      expect(evaluateSla(answered, only("first-reply", H), { now: at("14:30") })).toEqual([
        { metric: "first-reply", targetMs: H, status: "active", elapsedMs: 30 * M, dueAt: date("15:00"), breachedAt: null, remainingMs: 30 * M },
      ]);
    });
  });

  describe("targets that apply", () => {
    const policy: SlaPolicy = {
      targets: [
        { metric: "first-reply", targetMs: 4 * H },
        { metric: "first-reply", targetMs: H, priority: "urgent" },
        { metric: "first-reply", targetMs: 2 * H, channel: "chat" },
        { metric: "first-reply", targetMs: 30 * M, priority: "urgent", channel: "chat" },
      ],
    };
    const target = (extra: Partial<Ticket>, p: SlaPolicy = policy): number | undefined =>
      evaluateSla({ id: 1, createdAt: at("09:00"), firstResponseAt: at("09:05"), ...extra }, p)[0]?.targetMs;

    it("picks the most specific matching target: priority and channel, priority, channel, neither", () => {
      expect(target({ priority: "urgent", channel: "chat" })).toBe(30 * M);
      expect(target({ priority: "urgent", channel: "email" })).toBe(H);
      expect(target({ priority: "normal", channel: "chat" })).toBe(2 * H);
      expect(target({ priority: "normal", channel: "email" })).toBe(4 * H);
      expect(target({})).toBe(4 * H);
      expect(target({ priority: "Urgent", channel: " CHAT" })).toBe(30 * M); // case and surrounding spaces aside
      expect(target({ priority: "ur gent", channel: "chats" })).toBe(4 * H); // inner text still has to match
    });

    it("does not depend on the order of the targets", () => {
      const reversed: SlaPolicy = { targets: [...policy.targets].reverse() };
      for (const extra of [{ priority: "urgent", channel: "chat" }, { priority: "urgent" }, { channel: "chat" }, {}]) expect(target(extra, reversed)).toBe(target(extra));
    });

    it("gives no entry when no target matches", () => {
      expect(evaluateSla({ id: 1, createdAt: at("09:00") }, { targets: [{ metric: "first-reply", targetMs: H, priority: "urgent" }] })).toEqual([]);
    });
  });

  describe("targets written as text", () => {
    it("gives the same entries as the same targets in ms, and matches priorities in any case", () => {
      // The TSDoc example's policy with targetMs as text and the priority spelt "High":
      // 15m = 900,000; 2h = 7,200,000; 8h = 28,800,000.
      const t = ticket([msg("09:00", "customer"), msg("09:20", "agent"), status("09:20", "pending"), msg("10:00", "customer"), status("10:00", "open")], { id: 7, priority: "high " });
      const inMs: SlaPolicy = { targets: [
        { metric: "first-reply", targetMs: 3_600_000 },
        { metric: "first-reply", targetMs: 900_000, priority: "high" },
        { metric: "next-reply", targetMs: 7_200_000 },
        { metric: "resolution", targetMs: 28_800_000 },
      ] };
      const asText: SlaPolicy = { targets: [
        { metric: "first-reply", targetMs: "1h" },
        { metric: "first-reply", targetMs: "15m", priority: "High" },
        { metric: "next-reply", targetMs: "2h" },
        { metric: "resolution", targetMs: "7h 60min" },
      ] };
      const entries = evaluateSla(t, asText, { now: at("11:00") });
      expect(entries).toEqual(evaluateSla(t, inMs, { now: at("11:00") }));
      expect(entries.map((e) => [e.targetMs, e.status, e.remainingMs])).toEqual([[900_000, "breached", -300_000], [7_200_000, "active", 3_600_000], [28_800_000, "active", 24_000_000]]);
    });

    it("counts a day of text as 24 hours of the policy's clock, not one business day", () => {
      // Open 09:00–17:00 UTC on weekdays; created Mon 2 March 09:00. "1d" = 24 business hours =
      // three 8-hour days: Mon, Tue, Wed, due Wed 4 March 17:00, exactly as 86,400,000 ms is.
      const calendar = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } });
      const open = ticket([msg("09:00", "customer")]);
      const [entry] = evaluateSla(open, { targets: [{ metric: "first-reply", targetMs: "1d" }], calendar }, { now: at("12:00") });
      expect(entry).toEqual(evaluateSla(open, { targets: [{ metric: "first-reply", targetMs: 86_400_000 }], calendar }, { now: at("12:00") })[0]);
      expect(entry).toMatchObject({ targetMs: 24 * H, elapsedMs: 3 * H, status: "active", dueAt: new Date("2026-03-04T17:00:00Z") });
    });
  });

  describe("without events: the summary fields", () => {
    it("measures from firstResponseAt and resolvedAt, with no next-reply entries and no pauses", () => {
      // First reply 45 M of 60 (due 10:00); resolution exactly 4 H of 4 H: achieved;
      // requester wait (no status events: every unsolved minute counts) 4 H of 3 H, late at 12:00.
      const t: Ticket = { id: 9, createdAt: at("09:00"), firstResponseAt: at("09:45"), resolvedAt: at("13:00"), status: "solved" };
      const policy: SlaPolicy = { targets: [{ metric: "first-reply", targetMs: H }, { metric: "next-reply", targetMs: H }, { metric: "resolution", targetMs: 4 * H }, { metric: "requester-wait", targetMs: 3 * H }] };
      expect(evaluateSla(t, policy).map((e) => [e.metric, e.status, e.elapsedMs, e.dueAt?.toISOString()])).toEqual([
        ["first-reply", "achieved", 45 * M, at("10:00").replace("Z", ".000Z")],
        ["resolution", "achieved", 4 * H, at("13:00").replace("Z", ".000Z")],
        ["requester-wait", "breached", 4 * H, at("12:00").replace("Z", ".000Z")],
      ]);
      // Unsolved, "pending" in the summary: the pause cannot be placed, the clock runs.
      expect(evaluateSla({ id: 9, createdAt: at("09:00"), status: "pending" }, only("resolution", 2 * H), { now: at("10:00") })[0]).toMatchObject({ status: "active", elapsedMs: H });
    });
  });

  describe("now", () => {
    const open = ticket([msg("09:00", "customer"), msg("09:30", "agent")]);
    it("is required only while a target runs, and never before the last recorded instant", () => {
      expect(evaluateSla(open, only("first-reply", H))[0]?.status).toBe("achieved");
      const expectNow = (run: () => unknown, value: unknown): void => {
        try {
          run();
          expect.unreachable();
        } catch (error) {
          expect(isKpiInputError(error)).toBe(true);
          expect(error).toMatchObject({ kpi: "evaluateSla", field: "options.now", recordId: "T-1", value });
        }
      };
      expectNow(() => evaluateSla(open, only("resolution", H)), undefined);
      expectNow(() => evaluateSla(open, only("resolution", H), { now: at("09:29") }), at("09:29"));
      expectNow(() => evaluateSla(open, only("first-reply", H), { now: "soon" }), "soon");
    });

    it("reads a Date, epoch ms and a string alike", () => {
      const r = (now: Date | number | string) => evaluateSla(open, only("resolution", H), { now });
      expect(r(new Date(at("10:30")))).toEqual(r(at("10:30")));
      expect(r(Date.parse(at("10:30")))).toEqual(r("2026-03-02 11:30+01:00"));
      expect(r(at("10:30"))[0]).toMatchObject({ status: "breached", elapsedMs: 90 * M });
    });
  });

  describe("errors", () => {
    const t = ticket([msg("09:00", "customer")]);
    const expectError = (policy: unknown, props: Record<string, unknown>): void => {
      try {
        evaluateSla(t, policy as SlaPolicy, { now: at("10:00") });
        expect.unreachable();
      } catch (error) {
        expect(isKpiInputError(error)).toBe(true);
        expect(error).toMatchObject({ kpi: "evaluateSla", ...props });
      }
    };

    it("rejects an invalid policy, naming the target", () => {
      expectError(null, { field: "policy" });
      expectError({}, { field: "policy.targets" });
      expectError({ targets: [42] }, { field: "policy.targets", index: 0 });
      expectError({ targets: [{ metric: "frt", targetMs: H }] }, { field: "policy.targets[0].metric", value: "frt" });
      for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, "60000", undefined]) {
        expectError({ targets: [{ metric: "first-reply", targetMs: H }, { metric: "resolution", targetMs: bad }] }, { field: "policy.targets[1].targetMs" });
      }
      expectError({ targets: [{ metric: "first-reply", targetMs: H, priority: "" }] }, { field: "policy.targets[0].priority" });
      expectError({ targets: [{ metric: "first-reply", targetMs: H, channel: 7 }] }, { field: "policy.targets[0].channel" });
      expectError({ targets: [{ metric: "first-reply", targetMs: H, priority: "high" }, { metric: "first-reply", targetMs: 2 * H, priority: "high" }] }, { field: "policy.targets", index: 1 });
      expectError({ targets: [], pauseOn: ["waiting"] }, { field: "policy.pauseOn", index: 0, value: "waiting" });
      expectError({ targets: [], calendar: "9 to 5" }, { field: "policy.calendar" });
      expectError({ targets: [], calendar: { timeZone: "UTC", week: { sun: [["17:00", "09:00"]] } } }, { field: "policy.calendar.week.sun", index: 0 });
    });

    it("names the ticket id for an inconsistent ticket", () => {
      try {
        evaluateSla({ id: "B-2", createdAt: at("10:00"), events: [msg("09:00", "customer")] }, only("first-reply", H), { now: at("11:00") });
        expect.unreachable();
      } catch (error) {
        expect(error).toMatchObject({ kpi: "evaluateSla", field: "ticket.events[0].at", recordId: "B-2" });
      }
      expect(() => evaluateSla(t, only("first-reply", H), { now: at("10:00"), timeZone: "Nowhere/Land" })).toThrow(expect.objectContaining({ field: "options.timeZone" }));
      expect(() => evaluateSla(t, only("first-reply", H), { excludeAutomated: 1 as never })).toThrow(expect.objectContaining({ field: "options.excludeAutomated" }));
    });

    it("names the ticket's missing resolvedAt when it is solved without status events", () => {
      // solved, but when? Without a resolvedAt or status events no clock can stop.
      expect(() => evaluateSla({ id: "S-1", createdAt: at("09:00"), status: "solved" }, only("resolution", H), { now: at("11:00") })).toThrow(
        expect.objectContaining({ kpi: "evaluateSla", field: "ticket.resolvedAt", recordId: "S-1" }),
      );
    });
  });
});

describe("a paused clock, and now against the record", () => {
  // From tickets' mutation survivors. All on Monday 2 March 2026, UTC.
  const day = (hm: string): string => `2026-03-02T${hm}:00Z`;
  const policy: SlaPolicy = { targets: [{ metric: "first-reply", targetMs: 4 * 3_600_000 }, { metric: "resolution", targetMs: 8 * 3_600_000 }] };

  it("leaves a pending ticket's resolution paused, with no due time", () => {
    // Replied and set pending at 09:30: resolution ran 30 minutes, then paused (pending pauses it by default).
    const ticket: Ticket = {
      id: 1,
      createdAt: day("09:00"),
      events: [{ at: day("09:00"), type: "message", author: "customer" }, { at: day("09:30"), type: "message", author: "agent" }, { at: day("09:30"), type: "status", status: "pending" }],
    };
    const [first, resolution] = evaluateSla(ticket, policy, { now: day("12:00") });
    expect(first).toMatchObject({ status: "achieved", elapsedMs: 30 * 60_000 });
    expect(resolution).toEqual({ metric: "resolution", targetMs: 8 * 3_600_000, status: "paused", elapsedMs: 30 * 60_000, dueAt: null, breachedAt: null, remainingMs: 7.5 * 3_600_000 });
  });

  it("refuses a now before the last instant the record mentions, whichever field it is in, and takes one equal to it", () => {
    const cases: [Ticket, string, string][] = [
      [{ id: 2, createdAt: day("09:00"), firstResponseAt: day("11:00"), status: "solved", resolvedAt: day("12:00") }, day("11:30"), "2026-03-02T12:00:00.000Z"],
      [{ id: 3, createdAt: day("09:00"), firstResponseAt: day("11:00") }, day("10:30"), "2026-03-02T11:00:00.000Z"],
      [{ id: 5, createdAt: day("09:00") }, day("08:00"), "2026-03-02T09:00:00.000Z"],
    ];
    for (const [ticket, now, last] of cases) {
      expect(() => evaluateSla(ticket, policy, { now })).toThrow(`evaluateSla: options.now (id ${ticket.id}) must be a time at or after the ticket's last recorded instant (${last}), got "${now}"`);
      expect(evaluateSla(ticket, policy, { now: last })).toHaveLength(2);
    }
  });
});
