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
 *
 * An answered call has a wait. An abandoned call may have none (`waitMs` absent or
 * `undefined`): exports leave the queue time empty for calls that were never answered (hung up
 * in the IVR, callbacks), and such a wait is unknown, not zero. Each calculator says what it does
 * with these calls and reports how many it saw (`unknownWait`).
 */
export interface Call {
  /**
   * Time in queue (and ringing) before the call was answered or abandoned: finite, ≥ 0.
   * Required for an answered call; an abandoned call may leave it out (its wait is unknown).
   */
  readonly waitMs?: number | undefined;
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
  /** The waits; `NaN` where the wait is unknown (an abandoned call without `waitMs`). */
  readonly waitMs: Float64Array;
  /** 1 for answered, 0 for abandoned. */
  readonly answered: Uint8Array;
  /** Calls whose wait is unknown: abandoned calls without `waitMs`. */
  readonly unknownWait: number;
}

/**
 * Reads and validates every call (field `"calls"`, `"calls.waitMs"` or `"calls.outcome"`, with
 * the index). An abandoned call without `waitMs` (`undefined`) has an unknown wait, kept as
 * `NaN`; an answered call without one is an error, and so is `null` or any other value that is
 * not a finite number ≥ 0.
 */
export function readCalls(kpi: string, calls: unknown): CallList {
  const list = checkArray(kpi, "calls", calls);
  const n = list.length;
  const waitMs = new Float64Array(n);
  const answered = new Uint8Array(n);
  let unknownWait = 0;
  for (let i = 0; i < n; i++) {
    const c = readCall(kpi, "calls", checkObject(kpi, "calls", list[i], i), i);
    waitMs[i] = c.waitMs;
    if (c.answered) answered[i] = 1;
    else if (Number.isNaN(c.waitMs)) unknownWait++;
  }
  return { n, waitMs, answered, unknownWait };
}

/** One validated call: its wait (`NaN` when unknown) and whether it was answered. */
export interface CallRead {
  readonly waitMs: number;
  readonly answered: boolean;
}

/**
 * Reads one call (an object) as {@link readCalls} reads each: errors name `<field>.waitMs` or
 * `<field>.outcome` with `index` and `recordId`. The one place a call's wait and outcome are
 * validated, so that the calculators and summarize read a call alike.
 */
export function readCall(kpi: string, field: string, c: Readonly<Record<string, unknown>>, index: number, recordId?: string | number): CallRead {
  const wait = c["waitMs"];
  const outcome = c["outcome"];
  if (wait !== undefined && (!Number.isFinite(wait) || (wait as number) < 0)) fail(kpi, `${field}.waitMs`, wait, "a finite number ≥ 0", index, recordId);
  if (outcome === "answered") {
    if (wait === undefined) fail(kpi, `${field}.waitMs`, wait, "a finite number ≥ 0 (an answered call has a wait; only an abandoned call may have none)", index, recordId);
    return { waitMs: wait as number, answered: true };
  }
  if (outcome !== "abandoned") fail(kpi, `${field}.outcome`, outcome, '"answered" or "abandoned"', index, recordId);
  return { waitMs: wait === undefined ? Number.NaN : (wait as number), answered: false };
}

/** The `shortAbandonMs` option: `undefined` (no call is a short abandon) or a finite number ≥ 0. */
export function checkShortAbandonMs(kpi: string, value: unknown): number | undefined {
  return value === undefined ? undefined : checkNonNegative(kpi, "options.shortAbandonMs", value);
}

/**
 * Whether an abandoned call with this wait is a short abandon: `waitMs < shortAbandonMs`
 * (strict). An unknown wait (`NaN`) is never short.
 */
export function isShortAbandon(waitMs: number, shortAbandonMs: number | undefined): boolean {
  return shortAbandonMs !== undefined && waitMs < shortAbandonMs;
}
