/**
 * The `backlog` accumulator: creations, solves and reopens counted in the period in which they
 * happened (the aggregator routes each to its period's row), and the open stock carried from
 * period to period within a group when the rows are built.
 *
 * @module
 */
import { flowOf, type BacklogChange } from "../../../operations/backlog/ticketFlow.js";
import type { BacklogResult } from "../../summarize/types.js";
import { addCounts, savedCounts, type Accumulator } from "../accumulator.js";
import { recordField, renamed } from "../errors.js";
import type { RecordView } from "../record.js";

/** Backlog flows of one group and period. */
export type BacklogState = Record<"created" | "resolved" | "reopened", number>;

const FLOWS = ["created", "resolved", "reopened"] as const;

/** The backlog changes of a ticket record (creation, solves, reopens), as backlogSeries reads them. */
export function backlogChanges(view: RecordView): readonly BacklogChange[] {
  const ticket = view.ticket;
  if (ticket === null) return [];
  return renamed(view.kpi, () => flowOf(view.kpi, ticket, 0), recordField, view.index, view.id).changes;
}

/** Counts one change. */
export function addChange(state: BacklogState, change: BacklogChange): void {
  state[change.kind]++;
}

/** The result of a period row: its flows, and the stock carried in from the group's earlier periods. */
export function backlogResult(state: BacklogState, openAtStart: number): BacklogResult {
  const net = state.created + state.reopened - state.resolved;
  return { created: state.created, resolved: state.resolved, reopened: state.reopened, net, openAtStart, openAtEnd: openAtStart + net };
}

/**
 * The `backlog` KPI. Its delta is the record's changes, which the aggregator routes each to the
 * row of the period in which it happened, with {@link addChange} (a backlog needs a period).
 */
export const backlogAccumulator = (column: string): Accumulator<BacklogState, readonly BacklogChange[]> => ({
  kpi: "backlog",
  column,
  create: () => ({ created: 0, resolved: 0, reopened: 0 }),
  read: backlogChanges,
  merge: addCounts,
  toJSON: (state) => ({ ...state }),
  fromJSON: (json, field) => savedCounts(json, field, FLOWS),
  result: (state) => backlogResult(state, 0),
});
