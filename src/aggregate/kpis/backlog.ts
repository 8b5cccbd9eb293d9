/**
 * The `backlog` KPI of summarize: creations, solves and reopens counted in the period in which
 * they happened (the perPeriod capability), and the open stock carried from period to period
 * within a group, as backlogSeries reports them.
 *
 * @module
 */
import type { BacklogInterval } from "../../operations/backlog/backlogSeries.js";
import { flowOf, type BacklogChange } from "../../operations/backlog/ticketFlow.js";
import { fail } from "../../_lib/check.js";
import { addCounts, RESTORE, savedCounts, type KpiDescriptor, type PerPeriodParts } from "../_lib/kpi.js";

/** The `backlog` KPI of one period row: a `backlogSeries` interval without its dates. */
export type BacklogResult = Omit<BacklogInterval, "start" | "end" | "label">;

/** Backlog flows of one group and period. */
type BacklogState = Record<"created" | "resolved" | "reopened", number>;

const FLOWS = ["created", "resolved", "reopened"] as const;

/** The result of a period row: its flows, and the stock carried in from the group's earlier periods. */
function backlogResult(state: BacklogState, openAtStart: number): BacklogResult {
  const net = state.created + state.reopened - state.resolved;
  return { created: state.created, resolved: state.resolved, reopened: state.reopened, net, openAtStart, openAtEnd: openAtStart + net };
}

/**
 * Checks the saved flows of one group's periods, in order (or the total's alone), against what
 * `n` tickets can give. Each ticket is created once, then resolved and reopened in turn, so from
 * the first period to the end of each: reopened ≤ resolved ≤ created + reopened (the open stock
 * never falls below 0); and the tickets created are at most the records.
 */
function checkSeries(series: readonly { readonly state: BacklogState; readonly field: string }[], n: number): void {
  let created = 0;
  let resolved = 0;
  let reopened = 0;
  for (const { state, field } of series) {
    created += state.created;
    resolved += state.resolved;
    reopened += state.reopened;
    const since = "from the group's first period to this one";
    if (created > n) fail(RESTORE, `${field}.created`, state.created, `at most ${n - created + state.created}: the group's records (${n}, every period and none) are created once each`);
    if (reopened > resolved) {
      fail(RESTORE, `${field}.reopened`, state.reopened, `at most ${resolved - reopened + state.reopened}: a ticket is reopened only once resolved (${since}: ${resolved} resolved, ${reopened - state.reopened} reopened before)`);
    }
    if (resolved > created + reopened) {
      fail(RESTORE, `${field}.resolved`, state.resolved, `at most ${created + reopened - resolved + state.resolved}: a ticket is resolved only while open (${since}: ${created} created, ${reopened} reopened, ${resolved - state.resolved} resolved before)`);
    }
  }
}

const parts: PerPeriodParts<BacklogState, BacklogChange, BacklogResult> = {
  create: () => ({ created: 0, resolved: 0, reopened: 0 }),
  // the ticket's changes (creation, solves, reopens), from its status history as backlogSeries reads them
  read: (view) => (view.ticket === null ? undefined : flowOf(view.ticket.createdMs, view.history)),
  perPeriod: {
    add: (state, change) => void state[change.kind]++,
    resultAfter(state, carried) {
      const result = backlogResult(state, carried);
      return { result, carried: result.openAtEnd };
    },
    checkSeries,
  },
  merge: addCounts,
  toJSON: (state) => ({ ...state }),
  fromJSON: (json, field) => savedCounts(json, field, FLOWS),
  result: (state) => backlogResult(state, 0),
};

/**
 * `backlog` (needs the `period` option): tickets created, resolved and reopened in each period
 * row, their net change, and the open stock at the start and end of the period, carried from the
 * group's earlier periods (the first starts at 0); `null` in the row of records without a period.
 * No options.
 */
export const backlogKpi: KpiDescriptor<object, BacklogResult | null> = {
  options: [],
  setup: () => parts,
};
