import { checkIntegerIn, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import {
  CALENDAR_INTERVALS, intervalBoundaries, intervalLabel, type CalendarInterval, type WeekStartsOn,
} from "../../_lib/time/intervals.js";
import { checkTimeZone } from "../../_lib/time/zone.js";
import type { Ticket } from "../../records/ticket.js";
import { readFlows } from "./ticketFlow.js";

export type { CalendarInterval, WeekStartsOn };

/** Options of {@link backlogSeries}. */
export interface BacklogSeriesOptions {
  /** Start of the period: the series begins with the interval that contains it. */
  readonly from: TimestampInput;
  /** End of the period, after `from`: the series ends with the interval that contains the instant just before it. */
  readonly to: TimestampInput;
  /** `"hour"`, `"day"`, `"week"` or `"month"`, on the wall clock of `timeZone`. */
  readonly interval: CalendarInterval;
  /** Time zone of the interval boundaries and of timestamps written without an offset. Default `"UTC"`. */
  readonly timeZone?: string | undefined;
  /** First day of a week, as in date-fns: 0 = Sunday, 1 = Monday (default, ISO 8601) … 6 = Saturday. */
  readonly weekStartsOn?: WeekStartsOn | undefined;
}

/** One interval of {@link backlogSeries}: the flows in `[start, end)` and the stock at both ends. */
export interface BacklogInterval {
  /** First instant of the interval (a local midnight, hour, week or month start). */
  readonly start: Date;
  /** First instant after the interval: the next interval's `start`. */
  readonly end: Date;
  /** The interval on the local calendar: `"2026-03-29"` (day, week), `"2026-03"` (month), `"2026-03-29T03:00+02:00"` (hour). */
  readonly label: string;
  /** Tickets created in the interval. */
  readonly created: number;
  /** Solves in the interval: a ticket solved, reopened and solved again counts twice. */
  readonly resolved: number;
  /** Reopens in the interval: solved tickets that returned to an unsolved status. */
  readonly reopened: number;
  /** `created + reopened − resolved`: the change of the backlog over the interval. */
  readonly net: number;
  /** Tickets open at `start`, before anything in the interval happened. */
  readonly openAtStart: number;
  /** Tickets open at the close of the interval: `openAtStart + net`. */
  readonly openAtEnd: number;
}

const KPI = "backlogSeries";
/** About 11 years of hours: enough for any report, few enough to catch a unit mistake. */
const MAX_INTERVALS = 100_000;

/** Index of the interval holding `t`, given boundaries b0 ≤ t < bK. */
function intervalIndex(boundaries: readonly number[], t: number): number {
  let lo = 0;
  // Stryker disable next-line ArithmeticOperator: equivalent, a wider start only reads undefined (never ≤ t) past the end
  let hi = boundaries.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if ((boundaries[mid] as number) <= t) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Ticket backlog over time: tickets created, solved and reopened per hour, day, week or month,
 * with the open backlog at the start and end of each interval.
 *
 * @remarks
 * Each interval is `[start, end)` on the wall clock of `timeZone`: a day runs from local
 * midnight to local midnight (23 or 25 hours on a DST day), a week from `weekStartsOn` to the
 * same day a week later, a month from the 1st. The series covers `[from, to)`: it starts with
 * the interval that contains `from` and ends with the one that contains the instant before `to`.
 *
 * Flows: `created` counts creations, `resolved` every solve (status solved or closed), `reopened`
 * every return from solved to an unsolved status, each in the interval in which it happened.
 * Stock: `openAtStart` is the backlog at `start`, counting everything before it (tickets created
 * before `from` included), and
 *
 *     net       = created + reopened − resolved
 *     openAtEnd = openAtStart + net,   openAtStart(k) = openAtEnd(k − 1)
 *
 * exactly. An event at `end` belongs to the next interval, so `openAtEnd` is the backlog just
 * before `end` (for whole-ms timestamps: `backlogAt(tickets, end − 1 ms).open`). Open, resolved
 * and reopened follow the rules of {@link backlogAt}: status events when a ticket has them, the
 * summary fields otherwise. Cost O(n + events) × O(log intervals) + O(intervals).
 *
 * @param tickets - The tickets, an array or any iterable (see `Ticket`).
 * @param options - `from`, `to`, `interval`; `timeZone`, `weekStartsOn`.
 * @returns One entry per interval, oldest first. `start` and `end` are `Date`s (`JSON.stringify`
 *   writes them as UTC ISO strings); `label` is the local calendar name of the interval.
 * @throws {@link KpiInputError} for an invalid ticket (as in {@link backlogAt}); an unreadable
 *   `from` or `to`; `to` at or before `from`; an unknown `interval`, `timeZone` or
 *   `weekStartsOn`; more than 100,000 intervals (a unit mistake, such as hours over a century).
 * @example
 * ```ts
 * const tickets = [
 *   { id: 1, createdAt: "2026-03-30T23:00", resolvedAt: "2026-03-31T10:00" },
 *   { id: 2, createdAt: "2026-03-31T09:00", events: [
 *     { at: "2026-03-31T12:00", type: "status", status: "solved" },
 *     { at: "2026-04-01T08:00", type: "status", status: "open" } ] },
 * ];
 * backlogSeries(tickets, { from: "2026-03-31", to: "2026-04-02", interval: "day", timeZone: "Europe/Amsterdam" });
 * // [ { label: "2026-03-31", created: 1, resolved: 2, reopened: 0, net: -1, openAtStart: 1, openAtEnd: 0, … },
 * //   { label: "2026-04-01", created: 0, resolved: 0, reopened: 1, net: 1, openAtStart: 0, openAtEnd: 1, … } ]
 * ```
 * @see docs/kpis/backlog.md
 * @category Operations
 */
export function backlogSeries(tickets: Iterable<Ticket>, options: BacklogSeriesOptions): BacklogInterval[] {
  const o = checkObject(KPI, "options", options);
  const zone = checkTimeZone(KPI, "options.timeZone", o.timeZone ?? "UTC");
  const interval = checkOneOf(KPI, "options.interval", o.interval, CALENDAR_INTERVALS);
  const weekStartsOn = (o.weekStartsOn === undefined ? 1 : checkIntegerIn(KPI, "options.weekStartsOn", o.weekStartsOn, 0, 6)) as WeekStartsOn;
  const fromMs = toEpochMs(o.from, zone, { kpi: KPI, field: "options.from" });
  const toMs = toEpochMs(o.to, zone, { kpi: KPI, field: "options.to" });
  if (!(toMs > fromMs)) fail(KPI, "options.to", o.to, `an instant after options.from (${new Date(fromMs).toISOString()})`);
  const flows = readFlows(KPI, tickets, zone);
  const b = intervalBoundaries(zone, fromMs, toMs, interval, weekStartsOn, MAX_INTERVALS, () =>
    fail(KPI, "options.to", o.to, `at most ${MAX_INTERVALS} ${interval}s after options.from: choose a longer interval or a shorter period`),
  );
  const count = b.length - 1;
  const first = b[0] as number;
  const last = b[count] as number;
  const created = new Array<number>(count).fill(0);
  const resolved = new Array<number>(count).fill(0);
  const reopened = new Array<number>(count).fill(0);
  let open = 0;
  for (const flow of flows) {
    for (const change of flow.changes) {
      if (change.atMs >= last) break;
      const delta = change.kind === "resolved" ? -1 : 1;
      if (change.atMs < first) {
        open += delta;
        continue;
      }
      const k = intervalIndex(b, change.atMs);
      const column = change.kind === "created" ? created : change.kind === "resolved" ? resolved : reopened;
      column[k] = (column[k] as number) + 1;
    }
  }
  const series: BacklogInterval[] = [];
  for (let k = 0; k < count; k++) {
    const net = (created[k] as number) + (reopened[k] as number) - (resolved[k] as number);
    series.push({
      start: new Date(b[k] as number),
      end: new Date(b[k + 1] as number),
      label: intervalLabel(zone, b[k] as number, interval),
      created: created[k] as number,
      resolved: resolved[k] as number,
      reopened: reopened[k] as number,
      net,
      openAtStart: open,
      openAtEnd: open + net,
    });
    open += net;
  }
  return series;
}
