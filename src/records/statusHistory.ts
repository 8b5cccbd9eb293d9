/**
 * A ticket's status over time: which status it had at each instant, when it was solved and how
 * often it was reopened. From its status events when it has any, otherwise from the summary
 * fields (`status`, `resolvedAt`). Shared by ticketTimings and evaluateSla.
 *
 * @module
 */
import { fail } from "../_lib/check.js";
import type { NormalizedEvent, NormalizedTicket, TicketStatus } from "./ticket.js";

/** Solved and closed end the customer's wait; every other status is unsolved. */
export const isSolved = (status: TicketStatus): boolean => status === "solved" || status === "closed";

/** From `atMs` on (until the next change) the ticket has `status`. */
export interface StatusChange {
  readonly atMs: number;
  readonly status: TicketStatus;
}

/** A ticket's statuses through time. */
export interface StatusHistory {
  /** `true` when read from status events; `false` when pieced together from the summary fields. */
  readonly fromEvents: boolean;
  /**
   * The changes, `atMs` strictly ascending, the first at creation (`"new"`, unless a status was
   * recorded at that very instant). Several status
   * events at one instant collapse into the last of them: the status at an instant is the one
   * the ticket had once everything recorded at that instant had happened.
   */
  readonly changes: readonly StatusChange[];
  /** Each instant the ticket went from an unsolved status to solved or closed, in order. */
  readonly solves: readonly number[];
  /** Times a solved or closed ticket went back to an unsolved status; `null` without status events. */
  readonly reopens: number | null;
  /** Each instant the ticket went from solved or closed back to an unsolved status, in order (none without status events). */
  readonly reopenedAt: readonly number[];
  /** Whether the ticket is solved or closed at the end of its record. */
  readonly solved: boolean;
}

const NO_EVENTS: readonly NormalizedEvent[] = [];
const NONE: readonly number[] = [];

/**
 * Reads the status history. With status events: the ticket starts `"new"` at creation, each
 * event sets the status, a change from unsolved to solved or closed is a solve and one back is a
 * reopen (solved → closed is neither). Without: `"new"` from creation, then solved at
 * `resolvedAt` when the summary says so (`status` solved or closed, or no `status` and a
 * `resolvedAt`). A summary status of solved or closed without `resolvedAt` cannot be placed in
 * time and throws; an unsolved status with a `resolvedAt` was reopened at an unknown time and
 * counts as unsolved throughout (as in backlogAt). `index` is the ticket's position, for errors.
 */
export function readStatusHistory(kpi: string, field: string, ticket: NormalizedTicket, index?: number): StatusHistory {
  const created: StatusChange = { atMs: ticket.createdMs, status: "new" };
  const events = ticket.events === null || ticket.events.length === 0 ? NO_EVENTS : ticket.events.filter((e) => e.type === "status");
  if (events.length === 0) {
    const solved = ticket.status === null ? ticket.resolvedMs !== null : isSolved(ticket.status);
    if (!solved) return { fromEvents: false, changes: [created], solves: NONE, reopens: null, reopenedAt: NONE, solved: false };
    if (ticket.resolvedMs === null) {
      fail(kpi, `${field}.resolvedAt`, undefined, `the time the ticket was solved (its status is "${ticket.status}"), or status events`, index, ticket.id);
    }
    const solvedAt: StatusChange = { atMs: ticket.resolvedMs, status: ticket.status ?? "solved" };
    const changes = ticket.resolvedMs === ticket.createdMs ? [solvedAt] : [created, solvedAt];
    return { fromEvents: false, changes, solves: [ticket.resolvedMs], reopens: null, reopenedAt: NONE, solved: true };
  }
  const changes: StatusChange[] = [created];
  const solves: number[] = [];
  const reopenedAt: number[] = [];
  let current: TicketStatus = "new";
  for (const e of events) {
    const next = e.status as TicketStatus;
    if (!isSolved(current) && isSolved(next)) solves.push(e.atMs);
    else if (isSolved(current) && !isSolved(next)) reopenedAt.push(e.atMs);
    current = next;
    const change = { atMs: e.atMs, status: next };
    if ((changes[changes.length - 1] as StatusChange).atMs === e.atMs) changes[changes.length - 1] = change;
    else changes.push(change);
  }
  return { fromEvents: true, changes, solves, reopens: reopenedAt.length, reopenedAt, solved: isSolved(current) };
}

/** Index of the change in force at instant `t` (at or after creation): a binary search. */
function changeAt(changes: readonly StatusChange[], t: number): number {
  let lo = 0;
  let hi = changes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((changes[mid] as StatusChange).atMs <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The status at instant `t` (at or after creation). */
export function statusAt(history: StatusHistory, t: number): TicketStatus {
  return (history.changes[changeAt(history.changes, t)] as StatusChange).status;
}

/** The first instant at or after `t` at which the ticket is solved or closed, or `null`. */
export function solvedFrom(history: StatusHistory, t: number): number | null {
  const { changes } = history;
  const i = changeAt(changes, t);
  if (isSolved((changes[i] as StatusChange).status)) return t;
  for (let j = i + 1; j < changes.length; j++) if (isSolved((changes[j] as StatusChange).status)) return (changes[j] as StatusChange).atMs;
  return null;
}

/** A span of time `[from, to)`; `to` is `null` when it is still running at the end of the record. */
export type Span = readonly [from: number, to: number | null];

/** The spans in which the status satisfies `counts`, in order; the last is open when the final status counts. */
export function spansWhere(history: StatusHistory, counts: (status: TicketStatus) => boolean): Span[] {
  const out: Span[] = [];
  const { changes } = history;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as StatusChange;
    if (counts(c.status)) out.push([c.atMs, i + 1 < changes.length ? (changes[i + 1] as StatusChange).atMs : null]);
  }
  return out;
}
