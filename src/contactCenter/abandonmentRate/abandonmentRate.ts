import { checkConfidence, checkObject } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceInterval, ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";
import { checkShortAbandonMs, isShortAbandon, readCalls, type Call } from "../../records/call.js";

/** Options of {@link abandonmentRate}. */
export interface AbandonmentRateOptions extends ConfidenceOptions {
  /**
   * Abandoned calls with `waitMs` below this (strictly) are short abandons and leave both
   * numerator and denominator. Without it every abandoned call counts. A call without a wait is
   * never a short abandon.
   */
  readonly shortAbandonMs?: number | undefined;
}

/** The result of {@link abandonmentRate}. */
export interface AbandonmentRateResult {
  /** Abandoned calls as a percentage of offered calls (0–100), short abandons left out of both; `null` when `n` is 0. */
  readonly value: number | null;
  /** Offered calls minus short abandons: the denominator. */
  readonly n: number;
  /** Abandoned calls that are not short abandons: the numerator, calls without a wait included. */
  readonly abandoned: number;
  /** Short abandons (abandoned with `waitMs < shortAbandonMs`), in neither numerator nor denominator. */
  readonly shortAbandoned: number;
  /**
   * Abandoned calls without a wait (unknown, not zero), counted in `abandoned` (never short);
   * 0 when none.
   */
  readonly unknownWait: number;
  /** Wilson score interval of `value`, in percent; `null` when `n` is 0. */
  readonly ci: ConfidenceInterval | null;
}

const KPI = "abandonmentRate";

/**
 * Abandonment rate (abandon rate): the percentage of offered calls whose callers hung up before
 * an agent answered.
 *
 * @remarks
 * value = (abandoned − short abandons) / (offered − short abandons) × 100, where offered =
 * answered + abandoned, with Wilson's score interval in percent.
 *
 * A short abandon is an abandoned call with `waitMs < shortAbandonMs` (strict): a caller who
 * hangs up within a few seconds has usually misdialled or heard what they needed in the queue
 * message, and no staffing could have answered in time. Short abandons leave both numerator and
 * denominator, as if the call had never been offered; they are reported in `shortAbandoned`,
 * and `abandoned` counts the remaining ones. Without `shortAbandonMs` no call is short and
 * value = abandoned / offered. Answered calls always count in the denominator, however short
 * their wait. One pass, O(n); order never matters.
 *
 * An abandoned call may have no `waitMs` (exports leave it empty for calls never answered):
 * it counts as abandoned, in numerator and denominator, but never as a short abandon, since
 * its wait is unknown; `unknownWait` says how many such calls `abandoned` holds. Without
 * `shortAbandonMs` the wait plays no part and the value is exact. With it, the value is the
 * highest the data allow: any of these calls that was in fact short would leave both sides and
 * lower it. Calls that never reached the queue are not offered: filter them out first.
 *
 * @param calls - Calls `{ waitMs, outcome }` (an array or any iterable); other fields are ignored.
 * @param options - `shortAbandonMs` and `confidence` (default 0.95).
 * @returns The rate, its denominator `n`, the counted and the short abandons, `unknownWait`,
 *   and `ci`.
 * @throws {@link KpiInputError} when `calls` is not iterable; for an entry that is not an
 *   object (field `"calls"`), a `waitMs` that is not a finite number ≥ 0, or missing from an
 *   answered call (`"calls.waitMs"`), or an outcome other than `"answered"` and `"abandoned"`
 *   (`"calls.outcome"`), each with its index; when `shortAbandonMs` is not a finite number ≥ 0 or `confidence` not strictly
 *   between 0 and 1.
 * @example
 * ```ts
 * const calls = [
 *   { waitMs: 12_000, outcome: "answered" },
 *   { waitMs: 40_000, outcome: "answered" },
 *   { waitMs: 95_000, outcome: "answered" },
 *   { waitMs: 2_000, outcome: "abandoned" },
 *   { waitMs: 70_000, outcome: "abandoned" },
 * ] as const;
 * abandonmentRate(calls);
 * // { value: 40, n: 5, abandoned: 2, shortAbandoned: 0, unknownWait: 0, ci: { lower: 11.76…, upper: 76.93…, level: 0.95 } }
 * abandonmentRate(calls, { shortAbandonMs: 5_000 });
 * // { value: 25, n: 4, abandoned: 1, shortAbandoned: 1, unknownWait: 0, ci: { lower: 4.55…, upper: 69.93…, level: 0.95 } }
 * // A sixth call, abandoned without a wait: abandoned, not short.
 * abandonmentRate([...calls, { outcome: "abandoned" }], { shortAbandonMs: 5_000 });
 * // { value: 40, n: 5, abandoned: 2, shortAbandoned: 1, unknownWait: 1, ci: … }
 * ```
 * @see Call Centre Helper, "How to Measure Call Abandon Rate" (abandoned / offered; calls
 *   abandoned in the first seconds commonly left out):
 *   https://www.callcentrehelper.com/measure-call-abandon-rate-75869.htm
 * @see Genesys Cloud Resource Center, glossary "abandoned rate" (abandoned / offered):
 *   https://help.mypurecloud.com/glossary/abandoned-rate/
 * @see docs/kpis/abandonment-rate.md
 * @category Contact center
 */
export function abandonmentRate(calls: Iterable<Call>, options: AbandonmentRateOptions = {}): AbandonmentRateResult {
  const o = checkObject(KPI, "options", options);
  const shortAbandonMs = checkShortAbandonMs(KPI, o.shortAbandonMs);
  const level = checkConfidence(KPI, o.confidence);
  const { n, waitMs, answered, unknownWait } = readCalls(KPI, calls);
  const counts: AbandonmentTally = { offered: 0, abandoned: 0, shortAbandoned: 0, unknownWait };
  for (let i = 0; i < n; i++) countAbandon(counts, waitMs[i] as number, answered[i] === 1, shortAbandonMs);
  return abandonmentRateOfCounts(counts, level);
}

/** What {@link abandonmentRate} counts of the calls (internal, for summarize); `abandoned` holds the short ones too. */
export interface AbandonmentTally {
  offered: number;
  abandoned: number;
  shortAbandoned: number;
  unknownWait: number;
}

/**
 * Counts one validated call into `counts` as {@link abandonmentRate} does (internal): `waitMs`
 * is `NaN` when unknown, never a short abandon (`unknownWait` is the caller's to count).
 */
export function countAbandon(counts: AbandonmentTally, waitMs: number, answered: boolean, shortAbandonMs: number | undefined): void {
  counts.offered++;
  if (answered) return;
  counts.abandoned++;
  if (isShortAbandon(waitMs, shortAbandonMs)) counts.shortAbandoned++;
}

/** {@link abandonmentRate} of calls already counted (internal; `level` checked). */
export function abandonmentRateOfCounts(c: Readonly<AbandonmentTally>, level: number): AbandonmentRateResult {
  const abandoned = c.abandoned - c.shortAbandoned;
  const { value, n, ci } = rate(abandoned, c.offered - c.shortAbandoned, level);
  return { value, n, abandoned, shortAbandoned: c.shortAbandoned, unknownWait: c.unknownWait, ci };
}
