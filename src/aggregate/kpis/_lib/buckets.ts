/**
 * The `buckets` option of the duration KPIs: a distribution of the durations over fixed upper
 * bounds, counted exactly as each duration is added (so it stays exact once the durations turn
 * into a sketch), merged by adding the counts. Also the bounds the command line proposes per unit.
 *
 * @module
 */
import { checkArray, checkCount, fail } from "../../../_lib/check.js";
import { logMapping } from "../../../stats/sketch/mapping.js";
import type { DDSketchState } from "../../../stats/sketch/state.js";
import { RESTORE } from "../../_lib/kpi.js";

/**
 * One bucket of a duration distribution: the durations above the previous bucket's bound (from
 * 0 for the first bucket) up to and including `upToMs`.
 */
export interface DurationBucket {
  /**
   * The bucket's upper bound in ms, inclusive (a duration equal to it counts here, as an SLA
   * target is achieved at exactly its time); `null` for the last bucket, which holds the
   * durations above the last bound.
   */
  readonly upToMs: number | null;
  /** Durations in the bucket. */
  readonly count: number;
  /** `count / n × 100`, the bucket's percentage of the durations; `null` when there are none. */
  readonly share: number | null;
}

/**
 * Reads the `buckets` option: upper bounds in ms, finite, above 0 and strictly ascending, at
 * least one. `null` when absent. Errors name `options.buckets` and the index of the bound.
 */
export function readBuckets(kpi: string, value: unknown): number[] | null {
  if (value === undefined) return null;
  const bounds = checkArray(kpi, "options.buckets", value);
  if (bounds.length === 0) fail(kpi, "options.buckets", value, "at least one upper bound in ms (e.g. [3_600_000, 14_400_000])");
  let previous = 0;
  return bounds.map((bound, i) => {
    if (typeof bound !== "number" || !(bound > 0 && bound < Number.POSITIVE_INFINITY)) fail(kpi, "options.buckets", bound, "a finite number of ms above 0", i);
    if (i > 0 && bound <= previous) fail(kpi, "options.buckets", bound, `a bound above the one before it (${previous}): the bounds ascend`, i);
    previous = bound;
    return bound;
  });
}

/** The index of the bucket `ms` falls in: the first bound ≥ `ms`, or `bounds.length` above them all. */
export function bucketIndex(bounds: readonly number[], ms: number): number {
  let i = 0;
  while (i < bounds.length && ms > (bounds[i] as number)) i++;
  return i;
}

/** The buckets of a result, from the counts per bucket (`n`: the durations, their sum). */
export function bucketsOf(bounds: readonly number[], counts: readonly number[], n: number): DurationBucket[] {
  return counts.map((count, i) => ({ upToMs: i < bounds.length ? (bounds[i] as number) : null, count, share: n === 0 ? null : (count * 100) / n }));
}

/** Reads saved counts per bucket: one whole number ≥ 0 per bucket, adding up to `n`, the durations kept. */
export function savedBucketCounts(json: unknown, field: string, bounds: readonly number[], n: number): number[] {
  if (!Array.isArray(json) || json.length !== bounds.length + 1) fail(RESTORE, field, json, `a list of ${bounds.length + 1} counts, one per bucket`);
  const counts = json.map((c: unknown, i) => checkCount(RESTORE, field, c, i));
  if (counts.reduce((a, b) => a + b, 0) !== n) fail(RESTORE, field, json, `counts that add up to the number of durations (${n})`);
  return counts;
}

/**
 * Whether counts per bucket `counts` (already adding up to the sketch's count) can be those of
 * the durations of `sketch`: the durations up to each bound are at least those of the sketch's
 * buckets wholly below it and at most those not wholly above it (one bucket of slack either side
 * for the rounding of the logarithm), none below `min` and all from `max` on. `null` when they
 * can; else the first bucket that cannot, and what it should be.
 */
export function sketchBucketsFit(bounds: readonly number[], counts: readonly number[], sketch: DDSketchState): { i: number; expected: string } | null {
  const mapping = logMapping(sketch.relativeAccuracy);
  let upTo = 0;
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i] as number;
    upTo += counts[i] as number;
    let lo = 0;
    let hi = sketch.zeroCount;
    if (b >= mapping.minIndexable) {
      const j = mapping.index(b);
      lo = sketch.zeroCount;
      for (const [index, count] of sketch.positive) {
        if (index < j - 1) lo += count;
        if (index <= j + 1) hi += count;
      }
    }
    if (sketch.max !== null && b >= sketch.max) lo = sketch.count;
    if (sketch.min === null || b < sketch.min) hi = 0;
    if (upTo < lo || upTo > hi) {
      const range = lo === hi ? `${lo}` : `from ${lo} to ${hi}`;
      return { i, expected: `a count that makes the durations up to ${b} ms ${range} (${upTo} with this one), as the sketch's buckets, min and max allow` };
    }
  }
  return null;
}

/** A unit the command line shows durations in. */
export type DurationUnit = "seconds" | "minutes" | "hours" | "days";

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

/**
 * Bucket bounds proposed for durations shown in `unit` (internal: the command line's default
 * when it asks for a distribution), chosen around the targets support teams set:
 *
 * - seconds (chat, phone): ≤ 30 s, 30 s–1 min, 1–2 min, 2–5 min, > 5 min; a minute is the usual
 *   "excellent" chat first response.
 * - minutes (chat and messaging): ≤ 5 min, 5–15 min, 15–60 min, 1–4 h, > 4 h.
 * - hours (email first response, short resolutions): ≤ 1 h, 1–4 h, 4–8 h, 8–24 h, 1–3 d, > 3 d;
 *   1 h and 4 h are the email first-response benchmarks, 8 h a working day, 24 h the common
 *   "next day" promise.
 * - days (resolution): ≤ 1 d, 1–3 d, 3–7 d, 7–14 d, 14–30 d, > 30 d.
 *
 * A fresh array each call.
 */
export function suggestedDurationBuckets(unit: DurationUnit): number[] {
  switch (unit) {
    case "seconds":
      return [30 * S, MIN, 2 * MIN, 5 * MIN];
    case "minutes":
      return [5 * MIN, 15 * MIN, H, 4 * H];
    case "hours":
      return [H, 4 * H, 8 * H, D, 3 * D];
    case "days":
      return [D, 3 * D, 7 * D, 14 * D, 30 * D];
  }
}
