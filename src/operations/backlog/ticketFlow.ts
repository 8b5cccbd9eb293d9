/**
 * When a ticket enters and leaves the backlog: created (enters), solved or closed (leaves),
 * reopened (enters again). Shared by backlogAt and backlogSeries so that the stock one reports
 * and the flows the other counts always agree.
 *
 * @module
 */
import { checkArray, fail } from "../../_lib/check.js";
import { readTicket, type NormalizedTicket, type TicketStatus } from "../../tickets/_lib/ticket.js";

/** One change of a ticket's backlog state. */
export interface BacklogChange {
  readonly atMs: number;
  readonly kind: "created" | "resolved" | "reopened";
}

/** A ticket's backlog history: its creation, then alternating resolves and reopens. */
export interface TicketFlow {
  readonly id: string | number;
  readonly createdMs: number;
  readonly changes: readonly BacklogChange[];
}

const RESOLVED: ReadonlySet<TicketStatus> = new Set(["solved", "closed"]);

/**
 * Reads every ticket into its backlog history (`zone`: a checked time zone for offset-less
 * timestamps). Status events, when the ticket has any, decide: solved or closed leaves the
 * backlog, any other status after that reopens it. Otherwise the summary fields: open from
 * `createdAt` to `resolvedAt`. A summary that says solved or closed but has no `resolvedAt`
 * cannot be placed in time and throws; a summary with an unresolved status and a `resolvedAt`
 * was reopened at an unknown time and counts as open throughout.
 */
export function readFlows(kpi: string, tickets: unknown, zone: string): TicketFlow[] {
  const list = checkArray(kpi, "tickets", tickets);
  return list.map((ticket, i) => flowOf(kpi, readTicket(kpi, "tickets", ticket, i, zone), i));
}

/** The backlog history of ticket `i`, already read (see {@link readFlows}). */
export function flowOf(kpi: string, t: NormalizedTicket, i: number): TicketFlow {
  const changes: BacklogChange[] = [{ atMs: t.createdMs, kind: "created" }];
  const statusEvents = t.events?.filter((e) => e.type === "status") ?? [];
  if (statusEvents.length > 0) {
    let open = true;
    for (const e of statusEvents) {
      const resolved = RESOLVED.has(e.status as TicketStatus);
      if (open && resolved) changes.push({ atMs: e.atMs, kind: "resolved" });
      else if (!open && !resolved) changes.push({ atMs: e.atMs, kind: "reopened" });
      open = !resolved;
    }
  } else if (t.status !== null && RESOLVED.has(t.status)) {
    if (t.resolvedMs === null) {
      fail(kpi, "tickets.resolvedAt", undefined, `the time the ticket was solved (its status is "${t.status}"), or status events`, i, t.id);
    }
    changes.push({ atMs: t.resolvedMs, kind: "resolved" });
  } else if (t.status === null && t.resolvedMs !== null) {
    changes.push({ atMs: t.resolvedMs, kind: "resolved" });
  }
  return { id: t.id, createdMs: t.createdMs, changes };
}

/** Whether a ticket is in the backlog at instant `atMs` (every change at or before it applied). */
export function isOpenAt(flow: TicketFlow, atMs: number): boolean {
  let open = false;
  for (const c of flow.changes) {
    if (c.atMs > atMs) break;
    open = c.kind !== "resolved";
  }
  return open;
}
