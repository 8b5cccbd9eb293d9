/**
 * Call records as the contact-center calculators read them: a wait in queue and an outcome.
 *
 * @module
 */
import { checkArray, checkNonNegative, checkObject, fail } from "../_lib/check.js";

/** How a queued call ended: an agent answered it, or the caller hung up first. */
export type CallOutcome = "answered" | "abandoned";

/**
 * One inbound call that reached a queue; durations in milliseconds. Only `waitMs` and
 * `outcome` are read by `serviceLevel`, `abandonmentRate` and `averageSpeedOfAnswer`; the
 * handle-time parts are there so the same records can go to `averageHandleTime`.
 */
export interface Call {
  /** Time in queue (and ringing) before the call was answered or abandoned: finite, ≥ 0. */
  readonly waitMs: number;
  /** `"answered"` or `"abandoned"`. */
  readonly outcome: CallOutcome;
  /** Talk time of an answered call. */
  readonly talkMs?: number | undefined;
  /** Hold time of an answered call. */
  readonly holdMs?: number | undefined;
  /** After-call work of an answered call. */
  readonly afterWorkMs?: number | undefined;
}

/** Validated calls: wait and outcome in parallel arrays. */
export interface CallList {
  readonly n: number;
  readonly waitMs: Float64Array;
  /** 1 for answered, 0 for abandoned. */
  readonly answered: Uint8Array;
}

/** Reads and validates every call (field `"calls"`, `"calls.waitMs"` or `"calls.outcome"`, with the index). */
export function readCalls(kpi: string, calls: unknown): CallList {
  const list = checkArray(kpi, "calls", calls);
  const n = list.length;
  const waitMs = new Float64Array(n);
  const answered = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = checkObject(kpi, "calls", list[i], i);
    waitMs[i] = checkNonNegative(kpi, "calls.waitMs", c.waitMs, i);
    const outcome = c.outcome;
    if (outcome === "answered") answered[i] = 1;
    else if (outcome !== "abandoned") fail(kpi, "calls.outcome", outcome, '"answered" or "abandoned"', i);
  }
  return { n, waitMs, answered };
}

/** The `shortAbandonMs` option: `undefined` (no call is a short abandon) or a finite number ≥ 0. */
export function checkShortAbandonMs(kpi: string, value: unknown): number | undefined {
  return value === undefined ? undefined : checkNonNegative(kpi, "options.shortAbandonMs", value);
}

/** Whether an abandoned call with this wait is a short abandon: `waitMs < shortAbandonMs` (strict). */
export function isShortAbandon(waitMs: number, shortAbandonMs: number | undefined): boolean {
  return shortAbandonMs !== undefined && waitMs < shortAbandonMs;
}
