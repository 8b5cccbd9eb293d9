import { checkObject, checkOneOf } from "../../_lib/check.js";
import type { BusinessCalendar, BusinessCalendarDefinition } from "../../time/businessCalendar/businessCalendar.js";
import { readMeasure, timeIn, WALL_CLOCK, type Measure } from "../_lib/clock.js";
import { readExcludeAutomated, readTimeZone } from "../_lib/readOptions.js";
import { firstReplyIndex, readConversation, replyStart, waitsFrom, type Conversation, type ReplyStart } from "../_lib/replies.js";
import { readStatusHistory, spansWhere, type StatusHistory } from "../../records/statusHistory.js";
import { readTicket, type NormalizedEvent, type NormalizedTicket, type Ticket, type TicketStatus } from "../../records/ticket.js";

/** Options of {@link ticketTimings}. */
export interface TicketTimingsOptions {
  /** Measure in business time with this calendar (see `businessCalendar`); default: wall-clock time. */
  readonly calendar?: BusinessCalendar | BusinessCalendarDefinition | undefined;
  /** Which resolution `resolutionMs` reports: `"full"` (to the last solve, default) or `"first"`. */
  readonly resolution?: "first" | "full" | undefined;
  /** Leave automated messages out of replies and customer messages (default `true`); bots never count. */
  readonly excludeAutomated?: boolean | undefined;
  /** Zone for timestamps written without an offset; default the calendar's zone, else `"UTC"`. */
  readonly timeZone?: string | undefined;
}

/** The result of {@link ticketTimings}: durations in ms (business ms with a calendar), `null` where a timing does not exist. */
export interface TicketTimings {
  /** Start of the first-reply clock → first public, non-automated agent reply; `null` without one. */
  readonly firstReplyMs: number | null;
  /** Creation → last solve, while the ticket is solved or closed; `null` otherwise. */
  readonly fullResolutionMs: number | null;
  /** Creation → first solve; `null` when never solved. */
  readonly firstResolutionMs: number | null;
  /** Time in new, open and on-hold, up to the last solve; `null` unless solved and read from status events. */
  readonly requesterWaitMs: number | null;
  /** Time in pending (waiting on the customer), as `requesterWaitMs`. */
  readonly agentWaitMs: number | null;
  /** Time in on-hold (waiting on a third party), as `requesterWaitMs`; part of `requesterWaitMs`. */
  readonly onHoldMs: number | null;
  /** Replies that answer the customer (the outbound opening message is not one); `null` without a message log. */
  readonly agentReplies: number | null;
  /** Times the ticket went from solved or closed back to unsolved; `null` without status events. */
  readonly reopens: number | null;
  /** Solved or closed with at most one reply; `null` for a solved ticket without a message log. */
  readonly oneTouch: boolean | null;
  /** One per customer wait after the first reply that ended in a reply: oldest unanswered customer message → reply. */
  readonly nextReplyMs: readonly number[];
  /** `fullResolutionMs` or `firstResolutionMs`, as the `resolution` option selects. */
  readonly resolutionMs: number | null;
  /** Your side wrote first (an outbound ticket); `null` without a message log. */
  readonly agentInitiated: boolean | null;
  /** Solved or closed at the end of the record. */
  readonly solved: boolean;
}

const KPI = "ticketTimings";
const REQUESTER_WAIT = new Set<TicketStatus>(["new", "open", "on-hold"]);

/**
 * Ticket timings: first reply time (FRT), next reply times, first and full resolution time,
 * requester wait, agent wait and on-hold time, agent replies, reopens and one-touch, for one ticket.
 *
 * @remarks
 * With an event log, timings come from the events (messages for replies, status events for
 * statuses); a ticket without message events falls back to `firstResponseAt`, one without status
 * events to `status` and `resolvedAt` (then waits and reopens are `null`: they cannot be seen).
 *
 * - A reply is a public message by `"agent"`; bots, system messages and private notes never
 *   count, automated agent messages (auto-acknowledgements) only with `excludeAutomated: false`.
 * - First reply: creation → first reply (Zendesk). Outbound tickets (first public message by an
 *   agent or bot): customer's first message → first reply after it (Intercom); `null` when the
 *   customer never wrote.
 * - Next replies: after the first reply, a customer message starts a wait (later messages join
 *   it) that ends at the next reply; a wait ended by a solve without a reply gives no value.
 * - Statuses start `"new"`. First resolution = creation → first solve, full = creation → last
 *   solve while solved (a reopened, unsolved ticket has none). Waits sum the time in each status
 *   up to the last solve: requester = new + open + on-hold, agent = pending, on-hold = on-hold.
 * - One-touch: solved with at most one reply (zero included, as Zendesk's formula).
 *
 * Cost: a few passes over the events with a binary search per status lookup, linear for real
 * tickets (quadratic at worst, for logs of many waits each closed by a solve), plus the
 * calendar's cost per duration. See docs/kpis/first-response-time.md and resolution-time.md.
 *
 * @param ticket - The ticket, with or without `events` (in time order).
 * @param options - `calendar`, `resolution`, `excludeAutomated`, `timeZone`.
 * @throws {@link KpiInputError} naming the ticket id (`recordId`) for an unreadable or
 *   inconsistent record (resolution, first response or an event before creation, events out of
 *   order, a message without author, a summary status solved without `resolvedAt`), and for bad options.
 * @example
 * ```ts
 * ticketTimings({
 *   id: 42, createdAt: "2026-03-02T09:00:00Z",
 *   events: [
 *     { at: "2026-03-02T09:00:00Z", type: "message", author: "customer" },
 *     { at: "2026-03-02T09:01:00Z", type: "message", author: "agent", automated: true }, // auto-acknowledgement
 *     { at: "2026-03-02T09:30:00Z", type: "message", author: "agent" },
 *     { at: "2026-03-02T09:30:00Z", type: "status", status: "pending" },
 *     { at: "2026-03-02T11:30:00Z", type: "message", author: "customer" },
 *     { at: "2026-03-02T11:30:00Z", type: "status", status: "open" },
 *     { at: "2026-03-02T12:00:00Z", type: "message", author: "agent" },
 *     { at: "2026-03-02T12:00:00Z", type: "status", status: "solved" },
 *   ],
 * });
 * // { firstReplyMs: 1_800_000, fullResolutionMs: 10_800_000, firstResolutionMs: 10_800_000,
 * //   requesterWaitMs: 3_600_000, agentWaitMs: 7_200_000, onHoldMs: 0, agentReplies: 2, reopens: 0,
 * //   oneTouch: false, nextReplyMs: [1_800_000], resolutionMs: 10_800_000, agentInitiated: false, solved: true }
 * ```
 * @see Zendesk, "About native Support time duration metrics": https://support.zendesk.com/hc/en-us/articles/4408834848154
 * @see Intercom, "Reporting metrics for REST API and CSV exports": https://www.intercom.com/help/en/articles/6762778
 * @see docs/kpis/first-response-time.md, docs/kpis/resolution-time.md
 * @category Tickets
 */
export function ticketTimings(ticket: Ticket, options: TicketTimingsOptions = {}): TicketTimings {
  const o = checkObject(KPI, "options", options);
  const measure = readMeasure(KPI, "options.calendar", o.calendar);
  // Stryker disable next-line StringLiteral: equivalent, the rules ask only whether resolution is "first"
  const resolution = o.resolution === undefined ? "full" : checkOneOf(KPI, "options.resolution", o.resolution, ["first", "full"] as const);
  const excludeAutomated = readExcludeAutomated(KPI, o.excludeAutomated);
  const t = readTicket(KPI, "ticket", ticket, undefined, readTimeZone(KPI, o.timeZone, measure));
  return timingsOf(t, readStatusHistory(KPI, "ticket", t), { measure, resolution, excludeAutomated });
}

/** How {@link timingsOf} measures: the options of {@link ticketTimings}, read. */
export interface TimingRules {
  readonly measure: Measure;
  readonly resolution: "first" | "full";
  readonly excludeAutomated: boolean;
}

/**
 * Replies that answer the customer: every reply of the log, or in an outbound ticket those from
 * the customer's first message on (the opening message is not one); `null` without a message log.
 */
function repliesOf(conversation: Conversation, start: ReplyStart): number | null {
  if (!conversation.fromEvents) return null;
  // Stryker disable next-line ConditionalExpression: equivalent, an inbound ticket's events before its opening message hold no public reply
  const from = start.agentInitiated === true ? start.fromIndex : 0;
  return conversation.events.slice(from).filter(conversation.isReply).length;
}

/**
 * The agent replies of a ticket already read (ticketTimings' `agentReplies`, internal: the
 * aggregators' one-touch rate counts them so); `null` without a message log.
 */
export function agentRepliesOf(t: NormalizedTicket, rules: TimingRules): number | null {
  const conversation = readConversation(t, rules.excludeAutomated);
  return repliesOf(conversation, replyStart(t, conversation));
}

/** Wall-clock time, full resolution, automated messages left out: ticketTimings' defaults. */
export const DEFAULT_TIMING_RULES: TimingRules = { measure: WALL_CLOCK, resolution: "full", excludeAutomated: true };

/** The first reply of a conversation: the clock's start and the reply's event index (`-1`: none). */
function firstReplyAt(t: NormalizedTicket, conversation: Conversation): { start: ReplyStart; first: number } {
  const start = replyStart(t, conversation);
  // Stryker disable next-line ConditionalExpression: speed only, without a start fromIndex is the end of the events (replyStart), where no reply is found: −1 either way
  return { start, first: start.startMs === null ? -1 : firstReplyIndex(conversation, start.fromIndex) };
}

/** {@link firstReplyAt} and the time between the clock's start and the reply. */
function firstReply(t: NormalizedTicket, conversation: Conversation, measure: Measure): { start: ReplyStart; first: number; firstReplyMs: number | null } {
  const { start, first } = firstReplyAt(t, conversation);
  const firstReplyMs = first < 0 ? null : measure.between(start.startMs as number, (conversation.events[first] as NormalizedEvent).atMs);
  return { start, first, firstReplyMs };
}

/**
 * The first reply time of a ticket already read (the core of ticketTimings' `firstReplyMs`,
 * internal): start of the first-reply clock → first reply, measured by `rules`; `null` without one.
 */
export function firstReplyMsOf(t: NormalizedTicket, rules: TimingRules): number | null {
  return firstReply(t, readConversation(t, rules.excludeAutomated), rules.measure).firstReplyMs;
}

/** The next reply times after the first reply (event index `first`, `-1`: none): one per wait ended by a reply. */
function nextReplies(conversation: Conversation, history: StatusHistory, first: number, measure: Measure): number[] {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, without a first reply the first wait is never answered, and without a message log there are no waits
  if (first < 0 || !conversation.fromEvents) return [];
  return waitsFrom(conversation, history, first + 1).filter((w) => w.answered).map((w) => measure.between(w.startMs, w.endMs as number));
}

/**
 * The next reply times of a ticket already read, with its status history (the core of
 * ticketTimings' `nextReplyMs`, internal): one per customer wait after the first reply that a
 * reply ended, measured by `rules`; `[]` without a message log or a first reply.
 */
export function nextReplyMsOf(t: NormalizedTicket, history: StatusHistory, rules: TimingRules): number[] {
  const conversation = readConversation(t, rules.excludeAutomated);
  // the first reply's index only: measuring its time (business hours) would be wasted here
  return nextReplies(conversation, history, firstReplyAt(t, conversation).first, rules.measure);
}

/**
 * {@link ticketTimings} of a ticket already read, with its status history: the computation
 * behind the public function, whose reply parts the aggregators share through
 * {@link firstReplyMsOf} and {@link nextReplyMsOf}.
 */
function timingsOf(t: NormalizedTicket, history: StatusHistory, rules: TimingRules): TicketTimings {
  const { measure } = rules;
  const conversation = readConversation(t, rules.excludeAutomated);
  const { start, first, firstReplyMs } = firstReply(t, conversation, measure);
  const nextReplyMs = nextReplies(conversation, history, first, measure);
  const agentReplies = repliesOf(conversation, start);

  const firstSolve = history.solves[0];
  const lastSolve = history.solves[history.solves.length - 1];
  const firstResolutionMs = firstSolve === undefined ? null : measure.between(t.createdMs, firstSolve);
  // Stryker disable next-line ConditionalExpression: equivalent, a solved history has a solve (the check tells the type checker)
  const fullResolutionMs = history.solved && lastSolve !== undefined ? measure.between(t.createdMs, lastSolve) : null;
  // Measured only once solved, when the last span is the solved one: every counted span is closed.
  const waits = history.fromEvents && history.solved;
  const inStatus = (counts: (s: TicketStatus) => boolean): number | null => (waits ? timeIn(measure, spansWhere(history, counts), t.createdMs) : null);

  return {
    firstReplyMs,
    fullResolutionMs,
    firstResolutionMs,
    requesterWaitMs: inStatus((s) => REQUESTER_WAIT.has(s)),
    agentWaitMs: inStatus((s) => s === "pending"),
    onHoldMs: inStatus((s) => s === "on-hold"),
    agentReplies,
    reopens: history.reopens,
    oneTouch: !history.solved ? false : agentReplies === null ? null : agentReplies <= 1,
    nextReplyMs,
    resolutionMs: rules.resolution === "first" ? firstResolutionMs : fullResolutionMs,
    agentInitiated: start.agentInitiated,
    solved: history.solved,
  };
}
