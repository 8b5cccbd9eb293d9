import { checkArray, checkNonNegative, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { isKpiInputError } from "../../errors.js";
import { compareGroupValues } from "../../records/groupValue.js";
import { isSolved } from "../../records/statusHistory.js";
import { readTicket, type Ticket } from "../../records/ticket.js";
import { readExcludeAutomated, readTimeZone } from "../_lib/readOptions.js";
import { WALL_CLOCK, type Measure } from "../_lib/clock.js";
import { SLA_METRICS, slaClockReader, type SlaClockEntry, type SlaMetric, type SlaPolicy } from "../evaluateSla/evaluateSla.js";
import { readPolicy } from "../evaluateSla/policy.js";
import { ticketAt } from "./ticketAt.js";

/** What {@link liveView} groups by: the ticket's `agent` or its `team`. */
export type LiveViewBy = "agent" | "team";

/** Options of {@link liveView}. */
export interface LiveViewOptions<B extends LiveViewBy | undefined = LiveViewBy | undefined> {
  /** The instant the view is taken at (required: the clock is never read). */
  readonly now: TimestampInput;
  /** Group by `"agent"` or `"team"`; absent: only the total. */
  readonly by?: B;
  /** An SLA policy, as for `evaluateSla`: fills `atRisk` and `breached`. */
  readonly policy?: SlaPolicy | undefined;
  /** How far ahead a target's due time puts it at risk, in ms (finite, ≥ 0). Default one hour. */
  readonly horizonMs?: number | undefined;
  /** Zone for timestamps written without an offset; default the policy calendar's zone, else `"UTC"`. */
  readonly timeZone?: string | undefined;
  /** Leave automated messages out of replies and customer messages (default `true`); bots never count. */
  readonly excludeAutomated?: boolean | undefined;
}

/** The customer who has waited longest for a reply. */
export interface LiveViewWait {
  /** The ticket's id. */
  readonly id: string | number;
  /** When the wait began: the first unanswered customer message, or creation before a first reply. */
  readonly since: Date;
  /** `now − since`, wall-clock ms. */
  readonly waitingMs: number;
}

/** An SLA target of an open ticket that is due soon, or late. */
export interface LiveViewSlaItem {
  /** The ticket's id. */
  readonly id: string | number;
  /** The target's metric. */
  readonly metric: SlaMetric;
  /** When the target is (or was) due. */
  readonly dueAt: Date;
  /** Time left on the target's clock (business ms with a calendar); negative when late. */
  readonly remainingMs: number;
}

/** The counts of {@link liveView}, for one group or for all tickets. Every count is of tickets open at `now`. */
export interface LiveViewCounts {
  /** Unsolved at `now`: status new, open, pending or on-hold. */
  readonly open: number;
  /** Open with no `agent`. */
  readonly unassigned: number;
  /** Open, owed a first reply that has not come. */
  readonly awaitingFirstReply: number;
  /** Open, with a customer waiting for a reply (first or next). */
  readonly awaitingReply: number;
  /** Open and `pending`: waiting on the customer. */
  readonly awaitingCustomer: number;
  /** Open and `on-hold`: waiting on a third party. */
  readonly onHold: number;
  /** The longest running wait for a reply, or `null` when no customer is waiting. */
  readonly oldestWaiting: LiveViewWait | null;
  /** Running, unbreached targets due within `horizonMs` of `now`, soonest first (none without a policy). */
  readonly atRisk: readonly LiveViewSlaItem[];
  /** Breached targets still owed (their clock runs or is paused), longest late first (none without a policy). */
  readonly breached: readonly LiveViewSlaItem[];
}

/** One group of {@link liveView}: its value (`null` for tickets without one) and its counts. */
export type LiveViewGroup<B extends LiveViewBy> = {
  /** The agent or team (`by`) of the group's tickets; `null` for those without one. */
  readonly group: { readonly [K in B]: string | null };
} & LiveViewCounts;

/** The result of {@link liveView}. */
export interface LiveViewResult<B extends LiveViewBy | undefined = undefined> {
  /** The instant of the view. */
  readonly now: Date;
  /** One entry per group with an open ticket, in the order of their values, `null` last; `[]` without `by`. */
  readonly groups: B extends LiveViewBy ? readonly LiveViewGroup<B>[] : readonly [];
  /** Every ticket: each count is the sum of the groups' (oldestWaiting the oldest of theirs). */
  readonly total: LiveViewCounts;
}

const KPI = "liveView";
const HOUR_MS = 3_600_000;

interface Tally {
  open: number; unassigned: number; awaitingFirstReply: number; awaitingReply: number; awaitingCustomer: number; onHold: number;
  oldestWaiting: { id: string | number; sinceMs: number } | null;
  atRisk: LiveViewSlaItem[];
  breached: LiveViewSlaItem[];
}

const newTally = (): Tally => ({ open: 0, unassigned: 0, awaitingFirstReply: 0, awaitingReply: 0, awaitingCustomer: 0, onHold: 0, oldestWaiting: null, atRisk: [], breached: [] });

/** Earlier first, then by id: a total order, so the result never depends on the order of the tickets. */
const byTimeThenId = (aMs: number, aId: string | number, bMs: number, bId: string | number): number => aMs - bMs || compareGroupValues(aId, bId);
const bySla = (a: LiveViewSlaItem, b: LiveViewSlaItem): number =>
  byTimeThenId(a.dueAt.getTime(), a.id, b.dueAt.getTime(), b.id) || SLA_METRICS.indexOf(a.metric) - SLA_METRICS.indexOf(b.metric);

function finish(t: Tally, nowMs: number): LiveViewCounts {
  const w = t.oldestWaiting;
  return {
    open: t.open, unassigned: t.unassigned, awaitingFirstReply: t.awaitingFirstReply, awaitingReply: t.awaitingReply,
    awaitingCustomer: t.awaitingCustomer, onHold: t.onHold,
    oldestWaiting: w === null ? null : { id: w.id, since: new Date(w.sinceMs), waitingMs: nowMs - w.sinceMs },
    atRisk: t.atRisk.sort(bySla), breached: t.breached.sort(bySla),
  };
}

/** The ticket's `agent` or `team`: a string, or `null` when absent or empty. */
function textField(ticket: unknown, name: LiveViewBy, index: number, id: string | number): string | null {
  const value = (ticket as Record<string, unknown>)[name];
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string") fail(KPI, `tickets.${name}`, value, "a string, or absent", index, id);
  return value;
}

/** The clock of the `policy` option (for the default zone), its errors named under `options.policy`. */
function policyMeasure(policy: unknown): Measure {
  if (policy === undefined) return WALL_CLOCK;
  try {
    return readPolicy(KPI, policy).measure;
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: equivalent, readPolicy throws only KpiInputError
    if (!isKpiInputError(error)) throw error;
    return fail(KPI, `options.${error.field}`, error.value, error.expected, error.index);
  }
}

/** The items a ticket adds to `atRisk` and `breached`: targets still owed (clock running or paused). */
function slaItems(id: string | number, entries: readonly SlaClockEntry[], nowMs: number, horizonMs: number): { atRisk: LiveViewSlaItem[]; breached: LiveViewSlaItem[] } {
  const atRisk: LiveViewSlaItem[] = [];
  const breached: LiveViewSlaItem[] = [];
  for (const { entry, state } of entries) {
    if (state === "stopped" || entry.dueAt === null) continue;
    const item: LiveViewSlaItem = { id, metric: entry.metric, dueAt: entry.dueAt, remainingMs: entry.remainingMs };
    if (entry.status === "breached") breached.push(item);
    else if (entry.status === "active" && entry.dueAt.getTime() - nowMs <= horizonMs) atRisk.push(item);
  }
  return { atRisk, breached };
}

/**
 * A live view of the ticket queue (open, unassigned, awaiting a reply, oldest wait, SLA targets
 * at risk) at an instant, in total and per agent or team: what a wallboard or an embedded panel
 * shows.
 *
 * @remarks
 * Each ticket is taken as it stood at `now`: a ticket created after `now` is left out, and events,
 * a `firstResponseAt` or a `resolvedAt` after `now` are ignored. Every count is of the tickets
 * **open** at `now` (status new, open, pending or on-hold, read from the status events, else from
 * the summary fields as backlogAt does):
 *
 * - `unassigned`: open with no `agent` (the record's `agent` is taken as the assignment at `now`).
 * - `awaitingFirstReply`: the first-reply wait of `ticketTimings`/`evaluateSla` has started
 *   (creation; outbound tickets: the customer's first message) and no public, non-automated agent
 *   reply has ended it. A solve ends a wait without a reply.
 * - `awaitingReply`: a customer wait for a reply is running (first reply, or a next reply from the
 *   oldest unanswered customer message). `oldestWaiting` is the longest of them, wall-clock.
 * - `awaitingCustomer`: status `pending`, the helpdesk's own "waiting on the customer" status (and
 *   the one that pauses the resolution SLA); `onHold`: status `on-hold`.
 * - With a `policy`, each open ticket is evaluated as `evaluateSla` would at `now`. `atRisk`: targets
 *   running, not yet breached, with `dueAt − now ≤ horizonMs`; `breached`: targets already late
 *   whose clock still runs or is paused (still owed). A target met (on time or late) is in neither.
 *
 * Groups partition the open tickets (`null`: no agent, or no team), so every count of `total` is
 * the sum of the groups'. Cost O(n + events) (and the SLA evaluation with a policy).
 *
 * @param tickets - The tickets, an array or any iterable (see `Ticket`), with `agent` and `team`.
 * @param options - `now` (required), `by`, `policy`, `horizonMs`, `timeZone`, `excludeAutomated`.
 * @returns `{ now, groups, total }`; see {@link LiveViewCounts}.
 * @throws {@link KpiInputError} for a missing or unreadable `now`, a `by` other than `"agent"` or
 *   `"team"`, a `horizonMs` that is not finite and ≥ 0, an invalid `policy` (as evaluateSla), an
 *   unknown time zone, an `agent` or `team` that is not a string, and the ticket errors of
 *   `backlogAt` (field `"tickets…"` with the index and id).
 * @example
 * ```ts
 * const tickets = [
 *   { id: 1, agent: "ana", createdAt: "2026-03-02T09:00Z", events: [
 *     { at: "2026-03-02T09:00Z", type: "message", author: "customer" } ] },
 *   { id: 2, agent: "ana", createdAt: "2026-03-02T08:00Z", events: [
 *     { at: "2026-03-02T08:00Z", type: "message", author: "customer" },
 *     { at: "2026-03-02T08:30Z", type: "message", author: "agent" },
 *     { at: "2026-03-02T08:30Z", type: "status", status: "pending" } ] },
 *   { id: 3, createdAt: "2026-03-02T09:40Z" },
 * ];
 * const policy = { targets: [{ metric: "first-reply", targetMs: 3_600_000 }] };
 * liveView(tickets, { now: "2026-03-02T10:00Z", by: "agent", policy });
 * // groups: [{ group: { agent: "ana" }, open: 2, unassigned: 0, awaitingFirstReply: 1,
 * //   awaitingReply: 1, awaitingCustomer: 1, onHold: 0,
 * //   oldestWaiting: { id: 1, since: 09:00Z, waitingMs: 3_600_000 },
 * //   atRisk: [{ id: 1, metric: "first-reply", dueAt: 10:00Z, remainingMs: 0 }], breached: [] },
 * //  { group: { agent: null }, open: 1, unassigned: 1, awaitingFirstReply: 1, awaitingReply: 1, … ,
 * //   oldestWaiting: { id: 3, since: 09:40Z, waitingMs: 1_200_000 },
 * //   atRisk: [{ id: 3, metric: "first-reply", dueAt: 10:40Z, remainingMs: 2_400_000 }] }]
 * // total: open 3, unassigned 1, awaitingFirstReply 2, awaitingCustomer 1, oldestWaiting ticket 1
 * ```
 * @see docs/kpis/live-view.md
 * @see {@link backlogAt} for the backlog by age, {@link evaluateSla} for one ticket's targets.
 * @category Tickets
 */
export function liveView<B extends LiveViewBy | undefined = undefined>(tickets: Iterable<Ticket>, options: LiveViewOptions<B>): LiveViewResult<B> {
  const o = checkObject(KPI, "options", options);
  const by = o.by === undefined ? null : checkOneOf(KPI, "options.by", o.by, ["agent", "team"] as const);
  const horizonMs = o.horizonMs === undefined ? HOUR_MS : checkNonNegative(KPI, "options.horizonMs", o.horizonMs);
  const excludeAutomated = readExcludeAutomated(KPI, o.excludeAutomated);
  const zone = readTimeZone(KPI, o.timeZone, policyMeasure(o.policy));
  if (o.now === undefined || o.now === null) fail(KPI, "options.now", o.now, "the instant of the view (a Date, epoch ms or an ISO 8601 string): the clock is never read");
  const nowMs = toEpochMs(o.now, zone, { kpi: KPI, field: "options.now" });
  const sla = o.policy === undefined ? null : slaClockReader(o.policy as SlaPolicy, { now: nowMs, timeZone: zone, excludeAutomated }).read;
  const total = newTally();
  const groups = new Map<string | null, Tally>();
  checkArray(KPI, "tickets", tickets).forEach((raw, i) => {
    const t = readTicket(KPI, "tickets", raw, i, zone);
    const agent = textField(raw, "agent", i, t.id);
    const key = by === "team" ? textField(raw, "team", i, t.id) : agent;
    if (t.createdMs > nowMs) return;
    const state = ticketAt(KPI, t, nowMs, i, excludeAutomated);
    if (isSolved(state.status)) return;
    const items = sla === null ? null : slaItems(t.id, sla(state.cut, () => state.history), nowMs, horizonMs);
    let group: Tally | undefined;
    if (by !== null && (group = groups.get(key)) === undefined) groups.set(key, (group = newTally()));
    for (const tally of group === undefined ? [total] : [total, group]) {
      tally.open++;
      if (agent === null) tally.unassigned++;
      if (state.awaitingFirstReply) tally.awaitingFirstReply++;
      if (state.status === "pending") tally.awaitingCustomer++;
      if (state.status === "on-hold") tally.onHold++;
      const since = state.waitingSinceMs;
      if (since !== null) {
        tally.awaitingReply++;
        const w = tally.oldestWaiting;
        // Stryker disable next-line EqualityOperator: equivalent, a tie of time and id keeps the same id and time
        if (w === null || byTimeThenId(since, t.id, w.sinceMs, w.id) < 0) tally.oldestWaiting = { id: t.id, sinceMs: since };
      }
      if (items !== null) {
        tally.atRisk.push(...items.atRisk);
        tally.breached.push(...items.breached);
      }
    }
  });
  const rows = [...groups].sort(([a], [b]) => compareGroupValues(a, b)).map(([value, tally]) => ({ group: { [by as LiveViewBy]: value }, ...finish(tally, nowMs) }));
  return { now: new Date(nowMs), groups: rows, total: finish(total, nowMs) } as unknown as LiveViewResult<B>;
}
