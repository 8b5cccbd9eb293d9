import { checkConfidence, checkObject, checkOneOf, fail, isFiniteNumber } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceInterval, ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";
import { checkShortAbandonMs, isShortAbandon, readCalls, type Call } from "../../records/call.js";
import { formulaFraction, SERVICE_LEVEL_FORMULAS, type ServiceLevelFormula } from "./formulas.js";

export type { Call, CallOutcome } from "../../records/call.js";
export { SERVICE_LEVEL_FORMULAS, type ServiceLevelFormula } from "./formulas.js";

/** Options of {@link serviceLevel}. */
export interface ServiceLevelOptions extends ConfidenceOptions {
  /** The answer-time target T in ms: a finite number > 0 (20 s is `20_000`). */
  readonly thresholdMs: number;
  /** Which calls the denominator counts; default `"answered-of-offered"`. */
  readonly formula?: ServiceLevelFormula | undefined;
  /**
   * Abandoned calls with `waitMs` below this (strictly) are short abandons. Without it no call
   * is a short abandon; nor is a call without a wait. Only `"exclude-short-abandons"` uses them.
   */
  readonly shortAbandonMs?: number | undefined;
}

/** The result of {@link serviceLevel}. */
export interface ServiceLevelResult {
  /** Service level in percent (0–100), or `null` when the denominator is 0. */
  readonly value: number | null;
  /** The denominator of the chosen formula. */
  readonly n: number;
  /** Answered calls. */
  readonly answered: number;
  /** Answered calls with `waitMs ≤ thresholdMs`. */
  readonly answeredWithin: number;
  /** Abandoned calls, short ones and those without a wait included. */
  readonly abandoned: number;
  /** Abandoned calls with `waitMs ≤ thresholdMs`, short ones included. */
  readonly abandonedWithin: number;
  /** Abandoned calls with `waitMs < shortAbandonMs`; 0 without that option. */
  readonly shortAbandoned: number;
  /**
   * Abandoned calls without a wait (unknown, not zero): counted in `abandoned`, never in
   * `abandonedWithin` or `shortAbandoned`, as if they had waited longer than both. 0 when none.
   */
  readonly unknownWait: number;
  /** Wilson score interval of `value`, in percent; `null` when `n` is 0. */
  readonly ci: ConfidenceInterval | null;
}

const KPI = "serviceLevel";

/**
 * Service level (SL, "80/20"): the percentage of calls answered within a threshold, under one of
 * five named formulas that differ in how abandoned calls count.
 *
 * @remarks
 * With T = `thresholdMs` and offered = answered + abandoned:
 *
 * - `"answered-of-offered"` (default): answered within T / offered. Every abandon is a miss.
 * - `"answered-of-answered"`: answered within T / answered. Abandons are ignored.
 * - `"within-of-offered"`: (answered within T + abandoned within T) / offered. An early
 *   abandon counts as a success.
 * - `"exclude-abandoned-within"`: answered within T / (offered − abandoned within T). An early
 *   abandon is left out; a late one is a miss.
 * - `"exclude-short-abandons"`: answered within T / (offered − short abandons). Only calls
 *   abandoned before `shortAbandonMs` (wrong numbers, misdials) are left out.
 *
 * A call is within T when `waitMs ≤ thresholdMs`: a call answered at exactly 20 s meets a 20 s
 * target. A short abandon is an abandoned call with `waitMs < shortAbandonMs`; without the
 * option there are none, and `"exclude-short-abandons"` equals `"answered-of-offered"`. `n` is
 * the chosen denominator, `ci` Wilson's score interval in percent. The counts do not depend on
 * the formula. One pass, O(n); order never matters.
 *
 * An abandoned call may have no `waitMs` (exports leave it empty for calls never answered). Its
 * wait is unknown, not zero, so it is never within T nor short: it counts as a late abandon, and
 * `unknownWait` says how many there were. Per formula: `"answered-of-offered"`, a miss, and
 * `"answered-of-answered"`, left out, as every abandon (exact); `"within-of-offered"`, a miss;
 * `"exclude-abandoned-within"`, kept in the denominator, a miss; `"exclude-short-abandons"`,
 * not short, a miss. Under the last three that is the lowest value the data allow: had the call
 * been within T or short, the value could only be higher. Calls that never reached the queue
 * were not offered: filter them out first.
 *
 * @param calls - Calls `{ waitMs, outcome }` (an array or any iterable); other fields are ignored.
 * @param options - `thresholdMs` (required), `formula`, `shortAbandonMs`, `confidence` (0.95).
 * @returns The rate, its denominator `n`, the counts behind every formula, `unknownWait`, and `ci`.
 * @throws {@link KpiInputError} when `calls` is not iterable; for an entry that is not an
 *   object (field `"calls"`), a `waitMs` that is not a finite number ≥ 0, or missing from an
 *   answered call (`"calls.waitMs"`), or an outcome other than `"answered"` and `"abandoned"`
 *   (`"calls.outcome"`), each with its index; when `thresholdMs` is not a finite number > 0, `shortAbandonMs` not a finite number
 *   ≥ 0, `formula` unknown, or `confidence` not strictly between 0 and 1.
 * @example
 * ```ts
 * const calls = [
 *   { waitMs: 5_000, outcome: "answered" },
 *   { waitMs: 20_000, outcome: "answered" },
 *   { waitMs: 45_000, outcome: "answered" },
 *   { waitMs: 3_000, outcome: "abandoned" },
 *   { waitMs: 60_000, outcome: "abandoned" },
 * ] as const;
 * serviceLevel(calls, { thresholdMs: 20_000 });
 * // { value: 40, n: 5, answered: 3, answeredWithin: 2, abandoned: 2, abandonedWithin: 1,
 * //   shortAbandoned: 0, unknownWait: 0, ci: { lower: 11.76…, upper: 76.93…, level: 0.95 } }
 * serviceLevel(calls, { thresholdMs: 20_000, formula: "exclude-short-abandons", shortAbandonMs: 5_000 });
 * // { value: 50, n: 4, …, shortAbandoned: 1, unknownWait: 0, ci: { lower: 15.00…, upper: 84.99…, level: 0.95 } }
 * // A sixth call, abandoned without a wait: a late abandon.
 * serviceLevel([...calls, { outcome: "abandoned" }], { thresholdMs: 20_000, formula: "within-of-offered" });
 * // { value: 50, n: 6, …, abandoned: 3, abandonedWithin: 1, shortAbandoned: 0, unknownWait: 1, ci: … }
 * ```
 * @see ICMI, "Service Level Calculations" (five formulas compared on one data set):
 *   http://www.icmi.com/Resources/QueueTips/2005/March/Service-Level-Calculations.aspx
 * @see Genesys Cloud, "Configure the service level calculation":
 *   https://help.mypurecloud.com/articles/configure-the-service-level-calculation/
 * @see docs/kpis/service-level.md
 * @category Contact center
 */
export function serviceLevel(calls: Iterable<Call>, options: ServiceLevelOptions): ServiceLevelResult {
  const o = checkObject(KPI, "options", options);
  const threshold = o.thresholdMs;
  if (!isFiniteNumber(threshold) || threshold <= 0) {
    fail(KPI, "options.thresholdMs", threshold, "a finite duration in ms > 0");
  }
  const formula = o.formula === undefined ? "answered-of-offered" : checkOneOf(KPI, "options.formula", o.formula, SERVICE_LEVEL_FORMULAS);
  const shortAbandonMs = checkShortAbandonMs(KPI, o.shortAbandonMs);
  const level = checkConfidence(KPI, o.confidence);
  const { n, waitMs, answered, unknownWait } = readCalls(KPI, calls);
  const counts = { ...NO_CALLS, unknownWait };
  for (let i = 0; i < n; i++) countCall(counts, waitMs[i] as number, answered[i] === 1, threshold, shortAbandonMs);
  return serviceLevelOfCounts(counts, formula, level);
}

/** What {@link serviceLevel} counts of the calls (internal, for summarize). */
export interface ServiceLevelTally {
  offered: number;
  answered: number;
  answeredWithin: number;
  abandonedWithin: number;
  shortAbandoned: number;
  unknownWait: number;
}

/** No call counted yet. */
export const NO_CALLS: Readonly<ServiceLevelTally> = Object.freeze({ offered: 0, answered: 0, answeredWithin: 0, abandonedWithin: 0, shortAbandoned: 0, unknownWait: 0 });

/**
 * Counts one validated call into `counts` as {@link serviceLevel} does (internal): `waitMs` is
 * `NaN` when unknown (never within T nor short; `unknownWait` is the caller's to count).
 */
export function countCall(counts: ServiceLevelTally, waitMs: number, answered: boolean, thresholdMs: number, shortAbandonMs: number | undefined): void {
  const within = waitMs <= thresholdMs; // false for NaN
  counts.offered++;
  if (answered) {
    counts.answered++;
    if (within) counts.answeredWithin++;
  } else {
    if (within) counts.abandonedWithin++;
    if (isShortAbandon(waitMs, shortAbandonMs)) counts.shortAbandoned++;
  }
}

/** {@link serviceLevel} of calls already counted (internal; `formula` and `level` checked). */
export function serviceLevelOfCounts(c: Readonly<ServiceLevelTally>, formula: ServiceLevelFormula, level: number): ServiceLevelResult {
  const [successes, denominator] = formulaFraction(formula, c);
  const { value, n, ci } = rate(successes, denominator, level);
  return { value, n, answered: c.answered, answeredWithin: c.answeredWithin, abandoned: c.offered - c.answered, abandonedWithin: c.abandonedWithin, shortAbandoned: c.shortAbandoned, unknownWait: c.unknownWait, ci };
}
