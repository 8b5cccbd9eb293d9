import { checkList, checkObject, fail } from "../../_lib/check.js";
import { DAY_MS } from "../../_lib/time/civil.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { checkTimeZone } from "../../_lib/time/zone.js";
import type { Ticket } from "../../records/ticket.js";
import { isOpenAt, readFlows } from "./ticketFlow.js";

/** Options of {@link backlogAt}. */
export interface BacklogAtOptions {
  /**
   * Upper bounds of the age buckets in ms, strictly ascending, each finite and > 0; a last,
   * open-ended bucket is added after them. Default 1, 3, 7 and 30 days. `[]` gives one bucket.
   */
  readonly ageBucketsMs?: readonly number[] | undefined;
  /** Time zone for timestamps written without an offset. Default `"UTC"`. */
  readonly timeZone?: string | undefined;
}

/** One age bucket of {@link BacklogAtResult}: open tickets with `minMs ≤ age < maxMs`. */
export interface BacklogAgeBucket {
  /** Lower bound of the age, inclusive, in ms. */
  readonly minMs: number;
  /** Upper bound of the age, exclusive, in ms; `null` for the last, open-ended bucket. */
  readonly maxMs: number | null;
  /** Open tickets of that age. */
  readonly count: number;
}

/** The result of {@link backlogAt}. */
export interface BacklogAtResult {
  /** Tickets in the backlog at the instant. */
  readonly open: number;
  /** Open tickets by age (time since creation), youngest first; the counts sum to `open`. */
  readonly byAge: readonly BacklogAgeBucket[];
  /** Age of the oldest open ticket in ms, or `null` when nothing is open. */
  readonly oldestAgeMs: number | null;
}

const KPI = "backlogAt";
const DEFAULT_BUCKETS_MS = [DAY_MS, 3 * DAY_MS, 7 * DAY_MS, 30 * DAY_MS];

function checkBuckets(value: unknown): readonly number[] {
  if (value === undefined) return DEFAULT_BUCKETS_MS;
  const expected = "an array of finite ms > 0 in strictly ascending order (the upper bounds of the age buckets)";
  const bounds = checkList(KPI, "options.ageBucketsMs", value, expected);
  for (let i = 0; i < bounds.length; i++) {
    const bound = bounds[i];
    const previous = i === 0 ? 0 : (bounds[i - 1] as number);
    // Number.isFinite is false for anything but a number
    if (!Number.isFinite(bound) || !((bound as number) > previous)) fail(KPI, "options.ageBucketsMs", bound, expected, i);
  }
  return bounds as readonly number[];
}

/**
 * Ticket backlog at an instant: how many tickets are open (unsolved), and for how long.
 *
 * @remarks
 * A ticket is in the backlog at `at` when it was created at or before `at` and is not solved or
 * closed at `at`. Its open periods run from creation (or a reopen) up to, not including, the
 * solve: a ticket solved exactly at `at` is no longer open, one created exactly at `at` already
 * is. Statuses `new`, `open`, `pending` and `on-hold` all count as open: the backlog is the
 * unsolved tickets, as in Zendesk's backlog dataset.
 *
 * With status events, the events decide: `solved` or `closed` takes the ticket out, any other
 * status after that reopens it (a reopened ticket is back in the backlog). Without them, the
 * summary: open from `createdAt` to `resolvedAt`; a ticket whose `status` is unresolved counts as
 * open even with a `resolvedAt` (it was reopened, at a time the summary does not say).
 *
 * Age is `at − createdAt`, also for reopened tickets. Bucket *k* holds ages in
 * [bound(k−1), bound(k)), so a ticket exactly one day old falls in the 1–3 day bucket. Cost
 * O(n + events + open × buckets).
 *
 * @param tickets - The tickets, an array or any iterable (see `Ticket`).
 * @param at - The instant: a `Date`, epoch ms, or an ISO 8601 string.
 * @param options - `ageBucketsMs`, `timeZone`.
 * @throws {@link KpiInputError} for a ticket that is not valid (field `"tickets…"` with its index
 *   and id: a missing id, an unreadable timestamp, a solve before creation, events out of
 *   order), for a solved or closed ticket with neither `resolvedAt` nor status events, for an
 *   unreadable `at`, for bucket bounds that are not finite, positive and ascending, and for an
 *   unknown time zone.
 * @example
 * ```ts
 * const tickets = [
 *   { id: 1, createdAt: "2026-03-01T09:00Z", resolvedAt: "2026-03-02T09:00Z" },
 *   { id: 2, createdAt: "2026-03-09T12:00Z" },
 *   { id: 3, createdAt: "2026-03-05T10:00Z", resolvedAt: "2026-03-10T10:00Z" },
 *   { id: 4, createdAt: "2026-02-01T00:00Z", status: "pending" },
 * ];
 * backlogAt(tickets, "2026-03-10T10:00Z");
 * // { open: 2, byAge: [
 * //   { minMs: 0, maxMs: 86_400_000, count: 1 }, { minMs: 86_400_000, maxMs: 259_200_000, count: 0 },
 * //   { minMs: 259_200_000, maxMs: 604_800_000, count: 0 }, { minMs: 604_800_000, maxMs: 2_592_000_000, count: 0 },
 * //   { minMs: 2_592_000_000, maxMs: null, count: 1 } ], oldestAgeMs: 3_232_800_000 }
 * // Ticket 3 was solved exactly at `at`, so it is no longer open; ticket 4 is pending, still open.
 * ```
 * @see docs/kpis/backlog.md
 * @see {@link backlogSeries} for the backlog over time.
 * @category Operations
 */
export function backlogAt(tickets: Iterable<Ticket>, at: TimestampInput, options: BacklogAtOptions = {}): BacklogAtResult {
  const o = checkObject(KPI, "options", options);
  const bounds = checkBuckets(o.ageBucketsMs);
  const zone = checkTimeZone(KPI, "options.timeZone", o.timeZone ?? "UTC");
  const atMs = toEpochMs(at, zone, { kpi: KPI, field: "at" });
  const flows = readFlows(KPI, tickets, zone);
  const counts = new Array<number>(bounds.length + 1).fill(0);
  let open = 0;
  let oldestAgeMs: number | null = null;
  for (const flow of flows) {
    if (!isOpenAt(flow, atMs)) continue;
    const age = atMs - flow.createdMs;
    let k = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end bounds[k] is undefined and the age test is false
    while (k < bounds.length && age >= (bounds[k] as number)) k++;
    counts[k] = (counts[k] as number) + 1;
    open++;
    // Stryker disable next-line EqualityOperator: equivalent, an equal age is the same number
    if (oldestAgeMs === null || age > oldestAgeMs) oldestAgeMs = age;
  }
  const byAge = counts.map((count, k) => ({
    minMs: k === 0 ? 0 : (bounds[k - 1] as number),
    maxMs: k < bounds.length ? (bounds[k] as number) : null,
    count,
  }));
  return { open, byAge, oldestAgeMs };
}
