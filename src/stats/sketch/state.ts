/**
 * The plain, JSON-serialisable state of a {@link DDSketch} and its validation on restore
 * (internal).
 *
 * @module
 */
import { checkArray, checkCount, checkFinite, checkObject, fail } from "../../_lib/check.js";
import { KPI, logMapping, type LogMapping } from "./mapping.js";

/** One non-empty bucket: `[index, count]`, index a safe integer, count a whole number ≥ 1. */
export type DDSketchBin = readonly [index: number, count: number];

/**
 * What {@link DDSketch.toJSON} returns and {@link DDSketch.fromJSON} accepts: plain numbers
 * and arrays only, so `JSON.stringify` / `JSON.parse` round-trip it exactly.
 */
export interface DDSketchState {
  /** α, strictly between 0 and 1. */
  readonly relativeAccuracy: number;
  /** Number of values added (with multiplicity). */
  readonly count: number;
  /** Their sum (finite). */
  readonly sum: number;
  /** The exact smallest value, or `null` when empty. */
  readonly min: number | null;
  /** The exact largest value, or `null` when empty. */
  readonly max: number | null;
  /** Values with magnitude below the mapping's `minIndexable` (including ±0). */
  readonly zeroCount: number;
  /** Buckets of positive values, by strictly increasing index. */
  readonly positive: readonly DDSketchBin[];
  /** Buckets of negative values by their magnitude's index, strictly increasing. */
  readonly negative: readonly DDSketchBin[];
}

/** Bins of a store as `[index, count]` pairs by increasing index. O(b log b). */
export function sortedBins(store: ReadonlyMap<number, number>): DDSketchBin[] {
  return [...store].sort((a, b) => a[0] - b[0]);
}

/** Which bucket `x` falls in, as a comparable label: `"-i"`, `"0"` or `"+i"`. */
export function bucketLabel(mapping: LogMapping, x: number): string {
  const m = Math.abs(x);
  if (m < mapping.minIndexable) return "0";
  // Stryker disable next-line EqualityOperator: equivalent, 0 returned "0" above
  return `${x < 0 ? "-" : "+"}${mapping.index(m)}`;
}

function checkBins(mapping: LogMapping, field: string, value: unknown): DDSketchBin[] {
  const lo = mapping.index(mapping.minIndexable);
  const hi = mapping.index(mapping.maxIndexable);
  const expected = `an [index, count] pair with a whole index from ${lo} to ${hi}, above the previous one, and a whole count ≥ 1`;
  const bins: DDSketchBin[] = [];
  checkArray(KPI, field, value).forEach((bin, k) => {
    if (!Array.isArray(bin) || bin.length !== 2) return fail(KPI, field, bin, expected, k);
    const [index, count] = bin as unknown[];
    const previous = bins[k - 1]?.[0] ?? lo - 1;
    if (!Number.isSafeInteger(index) || (index as number) <= previous || (index as number) > hi) fail(KPI, field, bin, expected, k);
    if (!Number.isSafeInteger(count) || (count as number) < 1) fail(KPI, field, bin, expected, k);
    bins.push([index as number, count as number]);
  });
  return bins;
}

/**
 * The sums `n` ≥ 1 values from `min` to `max` (both among them) can have, in floating point: the
 * exact sum lies from (n − 1)·min + max to min + (n − 1)·max, and adding the values in any order
 * and grouping (merges) errs by at most (n − 1)·ε/2 of n·M, M the largest magnitude; the range
 * is widened by 2n²·ε·M. One value is its own sum exactly. A bound that overflows is not checked.
 */
export function sumRange(n: number, min: number, max: number): { lo: number; hi: number } {
  if (n === 1) return { lo: min, hi: max };
  const slack = 2 * n * n * Number.EPSILON * Math.max(Math.abs(min), Math.abs(max)) + n * Number.MIN_VALUE;
  const lo = (n - 1) * min + max;
  const hi = min + (n - 1) * max;
  return { lo: Number.isFinite(lo) ? lo - slack : -Infinity, hi: Number.isFinite(hi) ? hi + slack : Infinity };
}

/**
 * Validates a {@link DDSketchState}: field types, bins sorted and in range, `count` equal to
 * the bin counts plus `zeroCount`, `min`/`max` lying in the lowest/highest occupied bucket
 * (`null` and `sum` 0 when empty), and `sum` one that the values can have (see {@link sumRange}).
 * O(b) for b bins.
 *
 * @throws {@link KpiInputError} naming the offending field (`"state.…"`).
 */
export function checkState(state: unknown): { mapping: LogMapping; state: DDSketchState } {
  const s = checkObject(KPI, "state", state);
  const mapping = logMapping(s.relativeAccuracy, "state.relativeAccuracy");
  const zeroCount = checkCount(KPI, "state.zeroCount", s.zeroCount);
  const positive = checkBins(mapping, "state.positive", s.positive);
  const negative = checkBins(mapping, "state.negative", s.negative);
  const total = [...positive, ...negative].reduce((t, [, c]) => t + c, zeroCount);
  const count = checkCount(KPI, "state.count", s.count);
  if (count !== total || !Number.isSafeInteger(total)) fail(KPI, "state.count", s.count, `the total of zeroCount and the bin counts (${total})`);
  const sum = checkFinite(KPI, "state.sum", s.sum);
  if (count === 0) {
    if (s.min !== null) fail(KPI, "state.min", s.min, "null for an empty sketch");
    if (s.max !== null) fail(KPI, "state.max", s.max, "null for an empty sketch");
    if (sum !== 0) fail(KPI, "state.sum", s.sum, "0 for an empty sketch");
    return { mapping, state: { relativeAccuracy: mapping.relativeAccuracy, count, sum, min: null, max: null, zeroCount, positive, negative } };
  }
  const min = checkFinite(KPI, "state.min", s.min);
  const max = checkFinite(KPI, "state.max", s.max);
  // A non-empty list has a first and last bin, and with no negative bin and no zero the
  // positive list is not empty (the count would be 0, returned above): the `?.` only satisfy
  // the index types.
  // Stryker disable next-line OptionalChaining: equivalent, see above
  const lowest = negative.length > 0 ? `-${negative.at(-1)?.[0]}` : zeroCount > 0 ? "0" : `+${positive[0]?.[0]}`;
  // Stryker disable next-line OptionalChaining: equivalent, see above
  const highest = positive.length > 0 ? `+${positive.at(-1)?.[0]}` : zeroCount > 0 ? "0" : `-${negative[0]?.[0]}`;
  if (min > max || bucketLabel(mapping, min) !== lowest) fail(KPI, "state.min", s.min, `a value ≤ max in the lowest occupied bucket (${lowest})`);
  if (bucketLabel(mapping, max) !== highest) fail(KPI, "state.max", s.max, `a value in the highest occupied bucket (${highest})`);
  if (count === 1 && min !== max) fail(KPI, "state.max", s.max, `the one value, as min (${min})`);
  const range = sumRange(count, min, max);
  if (!(sum >= range.lo && sum <= range.hi)) fail(KPI, "state.sum", s.sum, `the sum of ${count} values from ${min} to ${max}: from ${range.lo} to ${range.hi}, rounding included`);
  return { mapping, state: { relativeAccuracy: mapping.relativeAccuracy, count, sum, min, max, zeroCount, positive, negative } };
}
