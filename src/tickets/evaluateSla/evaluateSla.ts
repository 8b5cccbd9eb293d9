import { checkObject, fail } from "../../_lib/check.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { crossing, timeIn, type Measure } from "../_lib/clock.js";
import { readExcludeAutomated, readTimeZone } from "../_lib/readOptions.js";
import { readConversation, replyStart, waitFrom, waitsFrom, type Conversation, type ReplyWait } from "../_lib/replies.js";
import { foldCondition, pickTarget, readPolicy, SLA_METRICS, type ReadPolicy, type ReadTarget, type SlaMetric, type SlaPolicy } from "./policy.js";
import { isSolved, readStatusHistory, spansWhere, type Span, type StatusHistory } from "../../records/statusHistory.js";
import { readTicket, type NormalizedTicket, type Ticket, type TicketStatus } from "../../records/ticket.js";

export { SLA_METRICS } from "./policy.js";
export type { SlaMetric, SlaPolicy, SlaTarget } from "./policy.js";

/** Options of {@link evaluateSla}. */
export interface EvaluateSlaOptions {
  /** The current time; required when a target is still running (active or paused). */
  readonly now?: TimestampInput | undefined;
  /** Zone for timestamps written without an offset; default the policy calendar's zone, else `"UTC"`. */
  readonly timeZone?: string | undefined;
  /** Leave automated messages out of replies and customer messages (default `true`); bots never count. */
  readonly excludeAutomated?: boolean | undefined;
}

/** The state of an SLA target. */
export type SlaTargetStatus = "achieved" | "breached" | "active" | "paused";

/** One target evaluated on one ticket. */
export interface SlaTargetEvaluation {
  /** The metric of the target. */
  readonly metric: SlaMetric;
  /** The time allowed by the target that applied. */
  readonly targetMs: number;
  /** Breached as soon as `elapsedMs > targetMs`, finished or not; achieved when finished within it; else active or paused. */
  readonly status: SlaTargetStatus;
  /** Time counted so far (to the stop, or to `now`); business ms with a calendar. */
  readonly elapsedMs: number;
  /**
   * When the clock reached (or, running on, will reach) `targetMs`; `null` while paused short of
   * it, or when that would be after the last instant a `Date` can hold (year 275760).
   */
  readonly dueAt: Date | null;
  /** When a breached target became late (its `dueAt`); `null` otherwise. */
  readonly breachedAt: Date | null;
  /** `targetMs − elapsedMs`: time left, or how late when negative. */
  readonly remainingMs: number;
}

/** A target's clock: the spans it counts, and whether it has stopped, runs on at the end, or is paused. */
interface Clock {
  readonly spans: readonly Span[];
  readonly state: "stopped" | "running" | "paused";
  /** Where a stopped clock stopped. */
  readonly stopMs: number | null;
}

const KPI = "evaluateSla";
const REQUESTER_WAIT = new Set<TicketStatus>(["new", "open", "on-hold"]);

const replyClock = (w: ReplyWait): Clock => ({ spans: [[w.startMs, w.endMs]], state: w.endMs === null ? "running" : "stopped", stopMs: w.endMs });

function statusClock(history: StatusHistory, counts: (s: TicketStatus) => boolean): Clock {
  // Without status events no pause can be seen: the clock runs while the ticket is unsolved.
  const spans = spansWhere(history, history.fromEvents ? (s) => !isSolved(s) && counts(s) : (s) => !isSolved(s));
  if (history.solved) return { spans, state: "stopped", stopMs: history.solves[history.solves.length - 1] as number };
  const last = spans[spans.length - 1];
  return { spans, state: last !== undefined && last[1] === null ? "running" : "paused", stopMs: null };
}

function clocksFor(metric: SlaMetric, t: NormalizedTicket, history: StatusHistory, conversation: Conversation, pauseOn: ReadonlySet<TicketStatus>): Clock[] {
  if (metric === "resolution") return [statusClock(history, (s) => !pauseOn.has(s))];
  if (metric === "requester-wait") return [statusClock(history, (s) => REQUESTER_WAIT.has(s))];
  const start = replyStart(t, conversation);
  if (start.startMs === null) return []; // outbound, the customer has not written: no reply is owed
  const first = waitFrom(conversation, history, start.startMs, start.fromIndex);
  if (metric === "first-reply") return [replyClock(first)];
  // Stryker disable next-line ConditionalExpression: equivalent, an unanswered first wait runs to the end of the events, after which there is no wait
  return first.endMs === null ? [] : waitsFrom(conversation, history, first.nextIndex).map(replyClock);
}

/** Breached once over the target, finished or not; else by the clock's state. */
const statusOf = (elapsedMs: number, targetMs: number, clock: Clock): SlaTargetStatus =>
  elapsedMs > targetMs ? "breached" : clock.state === "stopped" ? "achieved" : clock.state === "running" ? "active" : "paused";

function evaluate(target: ReadTarget, metric: SlaMetric, clock: Clock, endMs: number, measure: Measure): SlaTargetEvaluation {
  const { targetMs } = target;
  const elapsedMs = timeIn(measure, clock.spans, endMs);
  const remainingMs = targetMs - elapsedMs;
  const reached = crossing(measure, clock.spans, endMs, targetMs);
  const due = reached ?? (clock.state === "paused" ? null : measure.add(clock.state === "stopped" ? (clock.stopMs as number) : endMs, remainingMs));
  const dueAt = due === null ? null : new Date(due);
  const status = statusOf(elapsedMs, targetMs, clock);
  return { metric, targetMs, status, elapsedMs, dueAt, breachedAt: status === "breached" ? dueAt : null, remainingMs };
}

/** The latest instant the record mentions: no `now` may come before it. */
function lastRecorded(t: NormalizedTicket): number {
  let last = Math.max(t.createdMs, t.firstResponseMs ?? t.createdMs, t.resolvedMs ?? t.createdMs);
  for (const e of t.events ?? []) last = Math.max(last, e.atMs);
  return last;
}

/**
 * SLA evaluation of one ticket: each applicable target of a policy with its status (achieved,
 * breached, active, paused), elapsed time, due date and breach time.
 *
 * @remarks
 * For each metric, the most specific target whose `priority` and `channel` match the ticket
 * (ignoring case and surrounding spaces) applies: priority and channel, then priority, then
 * channel, then neither. `targetMs` may be written as text (`"2h"`, `"1d 4h"`). Clocks:
 *
 * - `first-reply`: from creation (outbound tickets: the customer's first message; none until
 *   the customer writes) to the first public, non-automated agent reply, or to a solve without
 *   a reply. Never paused.
 * - `next-reply`: one entry per later customer wait, oldest unanswered customer message → next
 *   reply (or solve). Never paused.
 * - `resolution`: time unsolved, paused in `pauseOn` (default `["pending"]`), stopped while
 *   solved or closed; a reopen resumes it.
 * - `requester-wait`: time in new, open and on-hold; paused in pending.
 *
 * A target is breached the moment `elapsedMs` exceeds `targetMs`, finished or not, and
 * `breachedAt` is the instant it did; one exactly on target is achieved. Entries come in the
 * order first-reply, next-reply (in time), resolution, requester-wait, whatever the order of the
 * targets. Without status events no pause can be seen (the status clocks run while unsolved);
 * without message events the first reply is `firstResponseAt` and there are no next-reply entries.
 *
 * @param ticket - The ticket, as for `ticketTimings`.
 * @param policy - `{ targets, calendar?, pauseOn? }`.
 * @param options - `now` (required while a target runs: the clock is never read), `timeZone`, `excludeAutomated`.
 * @returns One entry per applicable target (per customer wait for `next-reply`).
 * @throws {@link KpiInputError} for an invalid policy (unknown metric, `targetMs` ≤ 0 or unreadable
 *   text, two targets with the same metric, priority and channel, an unknown `pauseOn` status),
 *   for a missing `now` while a target runs or a `now` before the ticket's last recorded instant,
 *   and for the ticket errors of `ticketTimings` (naming the ticket id).
 * @example
 * ```ts
 * const policy: SlaPolicy = { targets: [
 *   { metric: "first-reply", targetMs: 3_600_000 },
 *   { metric: "first-reply", targetMs: 900_000, priority: "high" },
 *   { metric: "next-reply", targetMs: 7_200_000 },
 *   { metric: "resolution", targetMs: 28_800_000 },
 * ] };
 * evaluateSla({ id: 7, priority: "high", createdAt: "2026-03-02T09:00:00Z", events: [
 *   { at: "2026-03-02T09:00:00Z", type: "message", author: "customer" },
 *   { at: "2026-03-02T09:20:00Z", type: "message", author: "agent" },
 *   { at: "2026-03-02T09:20:00Z", type: "status", status: "pending" },
 *   { at: "2026-03-02T10:00:00Z", type: "message", author: "customer" },
 *   { at: "2026-03-02T10:00:00Z", type: "status", status: "open" },
 * ] }, policy, { now: "2026-03-02T11:00:00Z" });
 * // [{ metric: "first-reply", targetMs: 900_000, status: "breached", elapsedMs: 1_200_000,
 * //    dueAt: 09:15Z, breachedAt: 09:15Z, remainingMs: -300_000 },
 * //  { metric: "next-reply", targetMs: 7_200_000, status: "active", elapsedMs: 3_600_000,
 * //    dueAt: 12:00Z, breachedAt: null, remainingMs: 3_600_000 },
 * //  { metric: "resolution", targetMs: 28_800_000, status: "active", elapsedMs: 4_800_000,
 * //    dueAt: 17:40Z, breachedAt: null, remainingMs: 24_000_000 }]
 * ```
 * @see Zendesk, "Defining and using SLA policies": https://support.zendesk.com/hc/en-us/articles/204770038
 * @see Zendesk, "Viewing and understanding SLA targets": https://support.zendesk.com/hc/en-us/articles/205405237
 * @see docs/kpis/sla.md; slaCompliance for the share of targets met.
 * @category Tickets
 */
export function evaluateSla(ticket: Ticket, policy: SlaPolicy, options: EvaluateSlaOptions = {}): SlaTargetEvaluation[] {
  return slaEvaluator(policy, options)(ticket);
}

/** The clocks of the targets that apply to a ticket, and the instant an unfinished clock is read at. */
interface TicketClocks {
  readonly clocks: readonly { readonly target: ReadTarget; readonly metric: SlaMetric; readonly clock: Clock }[];
  readonly endMs: number;
}

/** The status history of a ticket already read (read when needed, after the checks of `now`). */
type HistoryOf = (t: NormalizedTicket) => StatusHistory;

const ownHistory: HistoryOf = (t) => readStatusHistory(KPI, "ticket", t);

/** Reads the policy and options once; the function it returns finds the clocks of a read ticket. */
function clockReader(policy: SlaPolicy, options: EvaluateSlaOptions): { zone: string; measure: Measure; clocksOf: (t: NormalizedTicket, historyOf: HistoryOf) => TicketClocks } {
  const o = checkObject(KPI, "options", options);
  const p: ReadPolicy = readPolicy(KPI, policy);
  const excludeAutomated = readExcludeAutomated(KPI, o.excludeAutomated);
  const zone = readTimeZone(KPI, o.timeZone, p.measure);
  // an invalid now is reported with the first ticket's id, as evaluateSla always has
  let nowRead: number | null | undefined;
  // the target of each metric (in SLA_METRICS order) by priority, then channel, as the ticket
  // writes them: picked once per pair, the pair folded only then (not per ticket, not per target)
  const picked = new Map<string | null, Map<string | null, (ReadTarget | null)[]>>();
  const targetsFor = (priority: string | null, channel: string | null): (ReadTarget | null)[] => {
    let byChannel = picked.get(priority);
    // Stryker disable next-line ConditionalExpression: speed only, targets picked again are the same
    if (byChannel === undefined) picked.set(priority, (byChannel = new Map()));
    let targets = byChannel.get(channel);
    // Stryker disable next-line ConditionalExpression: speed only, targets picked again are the same
    if (targets === undefined) {
      const foldedPriority = foldCondition(priority);
      const foldedChannel = foldCondition(channel);
      byChannel.set(channel, (targets = SLA_METRICS.map((metric) => pickTarget(p.targets, metric, foldedPriority, foldedChannel))));
    }
    return targets;
  };
  const clocksOf = (t: NormalizedTicket, historyOf: HistoryOf): TicketClocks => {
    const last = lastRecorded(t);
    nowRead ??= o.now === undefined ? null : toEpochMs(o.now, zone, { kpi: KPI, field: "options.now", recordId: t.id });
    const nowMs = nowRead;
    if (nowMs !== null && nowMs < last) {
      fail(KPI, "options.now", o.now, `a time at or after the ticket's last recorded instant (${new Date(last).toISOString()})`, undefined, t.id);
    }
    const history = historyOf(t);
    const conversation = readConversation(t, excludeAutomated);
    const clocks: { target: ReadTarget; metric: SlaMetric; clock: Clock }[] = [];
    const targets = targetsFor(t.priority, t.channel);
    for (let m = 0; m < SLA_METRICS.length; m++) {
      const target = targets[m] as ReadTarget | null;
      const metric = SLA_METRICS[m] as SlaMetric;
      if (target !== null) for (const clock of clocksFor(metric, t, history, conversation, p.pauseOn)) clocks.push({ target, metric, clock });
    }
    const running = clocks.find((c) => c.clock.state !== "stopped");
    if (running !== undefined && nowMs === null) {
      fail(KPI, "options.now", undefined, `the current time (Date, epoch ms or ISO string): its ${running.metric} target is still running`, undefined, t.id);
    }
    return { clocks, endMs: nowMs ?? last };
  };
  return { zone, measure: p.measure, clocksOf };
}

/**
 * {@link evaluateSla} with the policy and options read once (internal): the function it returns
 * evaluates one ticket at a time, as `evaluateSla(ticket, policy, options)` would, for callers
 * that evaluate many tickets against one policy.
 */
export function slaEvaluator(policy: SlaPolicy, options: EvaluateSlaOptions = {}): (ticket: Ticket) => SlaTargetEvaluation[] {
  const { zone, measure, clocksOf } = clockReader(policy, options);
  return (ticket) => {
    const { clocks, endMs } = clocksOf(readTicket(KPI, "ticket", ticket, undefined, zone), ownHistory);
    return clocks.map(({ target, metric, clock }) => evaluate(target, metric, clock, endMs, measure));
  };
}

/**
 * The status of each target on a ticket already read, with its status history (internal, for the
 * aggregators, which read both once per record): what {@link slaEvaluator} reports as `metric`
 * and `status`, without the dates and the second validation of the ticket. `historyOf` is called
 * at most once, where evaluateSla reads the history; `visit` once per entry, in evaluateSla's order.
 */
export function slaStatusReader(
  policy: SlaPolicy, options: EvaluateSlaOptions = {},
): (t: NormalizedTicket, historyOf: HistoryOf, visit: (metric: SlaMetric, status: SlaTargetStatus) => void) => void {
  const { measure, clocksOf } = clockReader(policy, options);
  return (t, historyOf, visit) => {
    const { clocks, endMs } = clocksOf(t, historyOf);
    for (const { target, metric, clock } of clocks) {
      visit(metric, statusOf(timeIn(measure, clock.spans, endMs), target.targetMs, clock));
    }
  };
}

/** One evaluated target of a ticket already read, with the state of its clock (internal). */
export interface SlaClockEntry {
  /** What {@link evaluateSla} reports for the target. */
  readonly entry: SlaTargetEvaluation;
  /** Whether the target's clock has stopped, still runs at the end of the record, or is paused. */
  readonly state: "stopped" | "running" | "paused";
}

/**
 * {@link slaEvaluator} for tickets already read (internal, for liveView, which reads each ticket
 * once and cuts it at its `now`): the entries evaluateSla gives, each with the state of its
 * clock, which tells a target still owed from one met (or missed) for good. `zone` is the zone
 * the options and the policy give for offset-less timestamps.
 */
export function slaClockReader(
  policy: SlaPolicy, options: EvaluateSlaOptions = {},
): { zone: string; read: (t: NormalizedTicket, historyOf: (t: NormalizedTicket) => StatusHistory) => SlaClockEntry[] } {
  const { zone, measure, clocksOf } = clockReader(policy, options);
  return {
    zone,
    read: (t, historyOf) => {
      const { clocks, endMs } = clocksOf(t, historyOf);
      return clocks.map(({ target, metric, clock }) => ({ entry: evaluate(target, metric, clock, endMs, measure), state: clock.state }));
    },
  };
}
