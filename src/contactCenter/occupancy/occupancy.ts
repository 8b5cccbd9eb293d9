import { checkNonNegative, fail } from "../../_lib/check.js";
import { percent, sum, sumScale } from "../../_lib/math.js";
import { readEntries } from "../_lib/entries.js";

/** Staffed time of one agent, team or interval for {@link occupancy}; durations in ms. */
export interface OccupancyTime {
  /** Time spent handling contacts: talk, hold and after-contact work. At most `availableMs`. */
  readonly handleMs: number;
  /** Staffed time: handling plus idle-available (ready, waiting for a contact); not breaks. */
  readonly availableMs: number;
}

/** The result of {@link occupancy}. */
export interface OccupancyResult {
  /** Handle time as a percentage of staffed time (0–100), or `null` when `availableMs` is 0. */
  readonly value: number | null;
}

const KPI = "occupancy";

/**
 * Agent occupancy: the percentage of staffed time agents spent handling contacts rather than
 * waiting for the next one.
 *
 * @remarks
 * value = handleMs / availableMs × 100. `handleMs` is talk + hold + after-contact work;
 * `availableMs` is the time agents were staffed and able to take contacts, that is `handleMs`
 * plus idle-available (ready) time. Breaks, lunch, meetings, training and other not-ready time
 * belong in neither: they are shrinkage, and utilisation is the measure that counts them.
 *
 * Pass one object, or an iterable of them (one per agent, team or interval): their totals are
 * pooled, value = Σ handleMs / Σ availableMs × 100, so an agent staffed for eight hours weighs
 * eight times one staffed for one. Percentages of separate agents are never averaged.
 * `handleMs ≤ availableMs` must hold for every object. With no staffed time (Σ availableMs = 0,
 * which also needs handleMs = 0) value is `null`. O(n) with compensated sums; totals of whole
 * milliseconds are exact, so the order of the objects never matters.
 *
 * High occupancy is not simply good: above roughly 85–90 % agents go from contact to contact
 * without recovery time, and Erlang C shows that at the same service level a small team runs at
 * a lower occupancy than a large one.
 *
 * @param time - `{ handleMs, availableMs }`, or an iterable of them to pool.
 * @returns `{ value }`: occupancy in percent, or `null` without staffed time.
 * @throws {@link KpiInputError} when `time` is neither an object nor an iterable of objects
 *   (field `"time"`, with the index for an entry); when `handleMs` or `availableMs` is not a
 *   finite number ≥ 0, or `handleMs > availableMs` (field `"handleMs"`; with the index when
 *   the object came from an iterable).
 * @example
 * ```ts
 * occupancy({ handleMs: 6 * 3_600_000, availableMs: 7.5 * 3_600_000 }); // { value: 80 }
 * occupancy([
 *   { handleMs: 3_000_000, availableMs: 3_600_000 },
 *   { handleMs: 600_000, availableMs: 1_800_000 },
 * ]); // { value: 66.66… } (60 of 90 minutes, not the mean of 83.3 % and 33.3 %)
 * occupancy({ handleMs: 0, availableMs: 0 }); // { value: null }
 * ```
 * @see Call Centre Helper, "What Is Occupancy?" (call-related time: talk, hold and after-call
 *   work, over logged-in time): https://www.callcentrehelper.com/what-is-occupancy-209086.htm
 * @see Calabrio WFM glossary, "Occupancy" ((talk + after-call work) / ready time):
 *   https://help.calabrio.com/doc/Content/glossaries/wfm-concepts/occupancy.htm
 * @see docs/kpis/occupancy.md
 * @category Contact center
 */
export function occupancy(time: OccupancyTime | Iterable<OccupancyTime>): OccupancyResult {
  const entries = readEntries(KPI, "time", time);
  const handle = new Float64Array(entries.length);
  const available = new Float64Array(entries.length);
  entries.forEach(({ record, index }, i) => {
    const h = checkNonNegative(KPI, "handleMs", record.handleMs, index);
    const a = checkNonNegative(KPI, "availableMs", record.availableMs, index);
    if (h > a) fail(KPI, "handleMs", h, `at most availableMs (${a})`, index);
    handle[i] = h;
    available[i] = a;
  });
  let totalHandle = sum(handle);
  let totalAvailable = sum(available);
  if (!Number.isFinite(totalAvailable)) {
    // Totals beyond the largest double: their ratio from the totals scaled down alike.
    const scale = sumScale(entries.length);
    totalHandle = sum(handle, scale);
    totalAvailable = sum(available, scale);
  }
  // No available time, no value; handle time is at most available time, so rounding alone could pass 100.
  const value = percent(totalHandle, totalAvailable);
  return { value: value === null ? null : Math.min(value, 100) };
}
