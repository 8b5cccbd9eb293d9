/**
 * A ticket as it stood at an instant: its record cut at `now` (what happened later is left out),
 * then its status and the customer's running wait read from the cut by the readers every ticket
 * function shares (status history, conversation, reply waits).
 *
 * @module
 */
import { readConversation, replyStart, waitFrom, waitsFrom } from "../_lib/replies.js";
import { isSolved, readStatusHistory, statusAt, type StatusHistory } from "../../records/statusHistory.js";
import type { NormalizedTicket, TicketStatus } from "../../records/ticket.js";

/** A ticket's state at `now`. */
export interface TicketAt {
  /** The record as it was at `now`: no event, first response or solve after it. */
  readonly cut: NormalizedTicket;
  /** The status history of the cut record. */
  readonly history: StatusHistory;
  /** The status at `now`. */
  readonly status: TicketStatus;
  /** The first-reply wait has started and no reply (or solve) has ended it. */
  readonly awaitingFirstReply: boolean;
  /** Start of the customer's wait for a reply still running at `now` (first or next reply), or `null`. */
  readonly waitingSinceMs: number | null;
}

/**
 * The record as it was at `nowMs` (at or after creation). Events after `nowMs` are dropped; a
 * `firstResponseAt` or `resolvedAt` after it is unset (a summary status of solved or closed whose
 * `resolvedAt` is later is then unset too: the ticket was not solved yet). A ticket with status
 * events has its summary status and `resolvedAt` unset, and one with message events its
 * `firstResponseAt`, so that a cut that leaves no such event does not fall back to the summary,
 * which describes a later instant.
 */
export function cutAt(t: NormalizedTicket, nowMs: number): NormalizedTicket {
  const events = t.events === null ? null : t.events.filter((e) => e.atMs <= nowMs);
  const hadStatusEvents = t.events !== null && t.events.some((e) => e.type === "status");
  const hadMessages = t.events !== null && t.events.some((e) => e.type === "message");
  // Stryker disable next-line ConditionalExpression: equivalent, null > now is false
  const solvedLater = t.resolvedMs !== null && t.resolvedMs > nowMs;
  // Stryker disable next-line ConditionalExpression: equivalent, isSolved(null) is false
  const status = hadStatusEvents || (solvedLater && t.status !== null && isSolved(t.status)) ? null : t.status;
  return {
    ...t,
    events,
    status,
    resolvedMs: hadStatusEvents || solvedLater ? null : t.resolvedMs,
    // Stryker disable next-line ConditionalExpression: equivalent, a null firstResponseMs gives null either way
    firstResponseMs: hadMessages || (t.firstResponseMs !== null && t.firstResponseMs > nowMs) ? null : t.firstResponseMs,
  };
}

/**
 * The state at `nowMs` of a read ticket created at or before it. The status is the history's at
 * `nowMs`; without status events the history only knows solved or not, so an unsolved ticket
 * takes its summary status when that is an unsolved one (`pending` or `on-hold` in an export
 * taken as the state now), else `"new"`. The waits are those of ticketTimings and evaluateSla:
 * the first-reply wait from creation (outbound tickets: from the customer's first message), then
 * one wait per unanswered run of customer messages; a reply or a solve ends a wait.
 */
export function ticketAt(kpi: string, t: NormalizedTicket, nowMs: number, index: number, excludeAutomated: boolean): TicketAt {
  const cut = cutAt(t, nowMs);
  const history = readStatusHistory(kpi, "tickets", cut, index);
  let status = statusAt(history, nowMs);
  // Without status events the history is solved only when the summary status is solved or
  // absent (cutAt empties it when the ticket has status events), so no unsolved summary status
  // can replace a solved or event-made one; and a null status counts as "new" does in the view.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, see above
  if (!history.fromEvents && !isSolved(status) && cut.status !== null && !isSolved(cut.status)) status = cut.status;
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: equivalent, the view skips a solved ticket before it reads the waits (liveView.ts), and a solve ends every wait anyway
  if (isSolved(status)) return { cut, history, status, awaitingFirstReply: false, waitingSinceMs: null };
  const conversation = readConversation(cut, excludeAutomated);
  const start = replyStart(cut, conversation);
  if (start.startMs === null) return { cut, history, status, awaitingFirstReply: false, waitingSinceMs: null };
  const first = waitFrom(conversation, history, start.startMs, start.fromIndex);
  if (first.endMs === null) return { cut, history, status, awaitingFirstReply: true, waitingSinceMs: first.startMs };
  const last = waitsFrom(conversation, history, first.nextIndex).at(-1);
  return { cut, history, status, awaitingFirstReply: false, waitingSinceMs: last !== undefined && last.endMs === null ? last.startMs : null };
}
