import { mean } from "../../_lib/math.js";
import { readCalls, type Call } from "../../records/call.js";

/** The result of {@link averageSpeedOfAnswer}. */
export interface AverageSpeedOfAnswerResult {
  /** Mean wait of answered calls in ms, or `null` when no call was answered. */
  readonly value: number | null;
  /** Answered calls: the denominator. */
  readonly n: number;
}

const KPI = "averageSpeedOfAnswer";

/**
 * Average speed of answer (ASA): the mean time answered callers waited in queue before an agent
 * picked up.
 *
 * @remarks
 * value = total `waitMs` of answered calls / answered calls, in milliseconds; `n` = answered
 * calls. Abandoned calls are validated but count in neither sum nor denominator: their wait
 * ended without an answer (see `abandonmentRate`, and `serviceLevel` for the share answered in
 * time). So an abandoned call may have no `waitMs` (exports leave it empty for calls never
 * answered) and changes nothing; an answered call must have one. What `waitMs` covers is the caller's choice: Cisco counts queue and ring time, Genesys
 * Cloud the time from entering the queue to the answer; IVR time before the queue is not a wait.
 *
 * ASA is a mean of a right-skewed distribution: a handful of long waits move it, and a queue
 * answering most calls at once while a few wait ten minutes can show a fine ASA. Read it next to
 * the service level and the abandonment rate, or take percentiles of the waits with
 * `durationStats`. Pool, do not average: the ASA of two queues comes from their calls together.
 *
 * One pass and a compensated sum: O(n). Sums of whole milliseconds are exact (below 2^53 ms), so
 * the result does not depend on the order of the calls.
 *
 * @param calls - Calls `{ waitMs, outcome }` (an array or any iterable); other fields are ignored.
 * @returns `{ value, n }`: the mean wait in ms (or `null`) and the number of answered calls.
 * @throws {@link KpiInputError} when `calls` is not iterable; for an entry that is not an
 *   object (field `"calls"`), a `waitMs` that is not a finite number ≥ 0, or missing from an
 *   answered call (`"calls.waitMs"`), or an outcome other than `"answered"` and `"abandoned"`
 *   (`"calls.outcome"`), each with its index.
 * @example
 * ```ts
 * averageSpeedOfAnswer([
 *   { waitMs: 10_000, outcome: "answered" },
 *   { waitMs: 30_000, outcome: "answered" },
 *   { waitMs: 50_000, outcome: "answered" },
 *   { waitMs: 90_000, outcome: "abandoned" },
 * ]); // { value: 30_000, n: 3 }
 * averageSpeedOfAnswer([{ waitMs: 90_000, outcome: "abandoned" }]); // { value: null, n: 0 }
 * averageSpeedOfAnswer([{ waitMs: 10_000, outcome: "answered" }, { outcome: "abandoned" }]); // { value: 10_000, n: 1 }
 * ```
 * @see Genesys Cloud Resource Center, glossary "Average Speed of Answer (ASA)" (total answered
 *   wait / answered count, unanswered interactions excluded):
 *   https://help.mypurecloud.com/glossary/average-speed-of-answer-asa
 * @see docs/kpis/average-speed-of-answer.md
 * @category Contact center
 */
export function averageSpeedOfAnswer(calls: Iterable<Call>): AverageSpeedOfAnswerResult {
  const { n: offered, waitMs, answered } = readCalls(KPI, calls);
  const waits = new Float64Array(offered);
  let n = 0;
  // Stryker disable next-line EqualityOperator: equivalent, one more turn reads undefined, which is not 1
  for (let i = 0; i < offered; i++) {
    if (answered[i] === 1) waits[n++] = waitMs[i] as number;
  }
  // The mean stays finite when the total wait does not (waits near 1e308 ms): see `mean`.
  return { value: n === 0 ? null : mean(waits.subarray(0, n)), n };
}

/** {@link averageSpeedOfAnswer} of answered calls already summed (internal): their total wait and number. */
export function averageSpeedOfAnswerOfTotal(totalWaitMs: number, answered: number): AverageSpeedOfAnswerResult {
  return { value: answered === 0 ? null : totalWaitMs / answered, n: answered };
}
