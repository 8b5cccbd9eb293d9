/**
 * When a ticket enters and leaves the backlog: created (enters), solved or closed (leaves),
 * reopened (enters again). Shared by backlogAt and backlogSeries so that the stock one reports
 * and the flows the other counts always agree.
 *
 * @module
 */
import { checkArray } from "../../_lib/check.js";
import { readStatusHistory, type StatusHistory } from "../../records/statusHistory.js";
import { readTicket } from "../../records/ticket.js";

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

/**
 * Reads every ticket into its backlog history (`zone`: a checked time zone for offset-less
 * timestamps). The ticket's status history decides (see `readStatusHistory`): status events when
 * it has any, where solved or closed leaves the backlog and any other status after that reopens
 * it; otherwise the summary fields, open from `createdAt` to `resolvedAt`. A summary that says
 * solved or closed but has no `resolvedAt` cannot be placed in time and throws; a summary with an
 * unresolved status and a `resolvedAt` was reopened at an unknown time and counts as open
 * throughout.
 */
export function readFlows(kpi: string, tickets: unknown, zone: string): TicketFlow[] {
  const list = checkArray(kpi, "tickets", tickets);
  return list.map((ticket, i) => {
    const t = readTicket(kpi, "tickets", ticket, i, zone);
    return { id: t.id, createdMs: t.createdMs, changes: flowOf(t.createdMs, readStatusHistory(kpi, "tickets", t, i)) };
  });
}

/**
 * The backlog changes of a ticket created at `createdMs` with status history `history`: its
 * creation, then its solves and reopens, which alternate (a solve first).
 */
export function flowOf(createdMs: number, history: StatusHistory): BacklogChange[] {
  const changes: BacklogChange[] = [{ atMs: createdMs, kind: "created" }];
  const { solves, reopenedAt } = history;
  for (let i = 0; i < solves.length; i++) {
    changes.push({ atMs: solves[i] as number, kind: "resolved" });
    if (i < reopenedAt.length) changes.push({ atMs: reopenedAt[i] as number, kind: "reopened" });
  }
  return changes;
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
