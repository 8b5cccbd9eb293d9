/**
 * Exact running sums of durations and of their squares, from which the duration KPIs report the
 * sample standard deviation (`sdMs`) whether the durations are kept or sketched.
 *
 * Why exact sums rather than Welford's running mean and sum of squared deviations: Welford's
 * update and Chan, Golub & LeVeque's merge are stable, but they round differently for each order
 * of additions and merges, so a merged aggregator would differ from one pass in the last bits.
 * Sums kept as exact integers do not depend on the order at all, and the variance is then
 * computed once from them, n·Σx² − (Σx)² exactly (it is Σ over pairs of (xᵢ − xⱼ)², never
 * negative, and without the cancellation the same formula suffers in floating point), rounded
 * once to a double: merged, restored and one-pass results are identical to the bit, and within
 * a few ulps of the true value.
 *
 * Cost: O(1) per duration. Whole milliseconds below 2^50 (35 000 years), the usual case, go
 * through three base-2^26 limbs of plain doubles (about as fast as a float sum); any other
 * duration, and the limbs when they fill, go to `bigint`s. The result costs O(size of the sums).
 *
 * @module
 */
import { checkObject, fail } from "../../../_lib/check.js";
import { RESTORE } from "../../_lib/kpi.js";

/** The base of the limbs. */
const R = 2 ** 26;
/** Whole durations below this use the limbs: their halves are below 2^24 and 2^26, every limb sum stays exact. */
const LIMB_LIMIT = 2 ** 50;
/** A limb at or past this is moved to the bigints before the next addition could round it. */
const FULL = 2 ** 52;

/**
 * Σx and Σx² of the durations added, exactly: (`sum` + s1·2^26 + s0) / 2^`scale` and
 * (`sumSq` + q2·2^52 + q1·2^26 + q0) / 2^(2·`scale`), where `scale` is the least power of two that
 * makes every duration a whole number (0 for whole milliseconds).
 */
export interface Moments {
  s0: number;
  s1: number;
  q0: number;
  q1: number;
  q2: number;
  sum: bigint;
  sumSq: bigint;
  scale: number;
}

/** The saved form of {@link Moments}: the exact sums as decimal strings, at `scale`. */
export interface SavedMoments {
  readonly sum: string;
  readonly sumSq: string;
  readonly scale: number;
}

/** Empty sums. */
export function createMoments(): Moments {
  return { s0: 0, s1: 0, q0: 0, q1: 0, q2: 0, sum: 0n, sumSq: 0n, scale: 0 };
}

/** The least k ≥ 0 with x·2^k a whole number (x finite, ≥ 0), and that number (exact: doubling is). */
function scaleOf(x: number): [k: number, whole: number] {
  let k = 0;
  let y = x;
  for (; !Number.isInteger(y); y *= 2) k++;
  return [k, y];
}

/** Moves the limbs into the bigints (the sums are unchanged). */
function flush(m: Moments): void {
  const shift = BigInt(m.scale);
  m.sum += ((BigInt(m.s1) << 26n) + BigInt(m.s0)) << shift;
  m.sumSq += ((BigInt(m.q2) << 52n) + (BigInt(m.q1) << 26n) + BigInt(m.q0)) << (2n * shift);
  m.s0 = m.s1 = m.q0 = m.q1 = m.q2 = 0;
}

/** Raises the scale of the bigints to `k` (≥ theirs). */
function rescale(m: Moments, k: number): void {
  if (k <= m.scale) return;
  const d = BigInt(k - m.scale);
  m.sum <<= d;
  m.sumSq <<= 2n * d;
  m.scale = k;
}

/** Adds the duration `x` (finite, ≥ 0, checked by the caller). O(1). */
export function addMoment(m: Moments, x: number): void {
  if (Number.isInteger(x) && x < LIMB_LIMIT) {
    const u = Math.floor(x / R);
    const v = x - u * R;
    m.s0 += v;
    m.s1 += u;
    m.q0 += v * v;
    let carry = Math.floor(m.q0 / R);
    m.q0 -= carry * R;
    m.q1 += 2 * u * v + carry;
    carry = Math.floor(m.q1 / R);
    m.q1 -= carry * R;
    m.q2 += u * u + carry;
    if (m.q2 >= FULL || m.s0 >= FULL || m.s1 >= FULL) flush(m);
    return;
  }
  const [k, whole] = scaleOf(x);
  rescale(m, k);
  const xi = BigInt(whole) << BigInt(m.scale - k);
  m.sum += xi;
  m.sumSq += xi * xi;
}

/** Adds the sums `from` into `into`. */
export function mergeMoments(into: Moments, from: Moments): void {
  const other = exactMoments(from);
  flush(into);
  rescale(into, other.scale);
  const d = BigInt(into.scale - other.scale);
  into.sum += other.sum << d;
  into.sumSq += other.sumSq << (2n * d);
}

/** The sums as bigints at their scale, without changing `m`. */
function exactMoments(m: Moments): { sum: bigint; sumSq: bigint; scale: number } {
  const copy = { ...m };
  flush(copy);
  return { sum: copy.sum, sumSq: copy.sumSq, scale: copy.scale };
}

/**
 * The sample standard deviation of the `n` durations summed in `m`: √(Σ(x − mean)² / (n − 1)),
 * or `null` when n < 2 or the sums are unknown (`m` null).
 *
 * @remarks
 * Σ(x − mean)² = (n·Σx² − (Σx)²) / n, the numerator computed exactly in `bigint`s and rounded
 * once; then one division and one square root. So the result is within a few ulps of the exact
 * one, whatever the size of the durations against their spread.
 */
export function sampleSd(m: Moments | null, n: number): number | null {
  if (m === null || n < 2) return null;
  const { sum, sumSq, scale } = exactMoments(m);
  // the variance is d / 2^(2·scale) / (n(n − 1)); keep d inside the range of doubles by dropping an even number of its bits
  let d = BigInt(n) * sumSq - sum * sum;
  const half = Math.max(0, Math.ceil((bitLength(d) - 1000) / 2));
  d >>= BigInt(2 * half);
  return timesPowerOf2(Math.sqrt(Number(d) / (n * (n - 1))), half - scale);
}

/** The number of bits of `x` (≥ 0). */
function bitLength(x: bigint): number {
  return x === 0n ? 0 : x.toString(2).length;
}

/** x·2^e, in two steps so that a large e does not overflow 2^e on the way. */
function timesPowerOf2(x: number, e: number): number {
  const a = Math.trunc(e / 2);
  return x * 2 ** a * 2 ** (e - a);
}

/** The double nearest (up to one more rounding) to big / 2^scale. */
function scaled(big: bigint, scale: number): number {
  const drop = Math.max(0, bitLength(big) - 1000);
  return timesPowerOf2(Number(big >> BigInt(drop)), drop - scale);
}

/** Σx of `m` as a double (rounded once or twice). */
export function exactSum(m: Moments): number {
  const { sum, scale } = exactMoments(m);
  return scaled(sum, scale);
}

/** x·2^scale as a whole number (x finite, ≥ 0), or `null` when it is not whole. */
function wholeAt(x: number, scale: number): bigint | null {
  const [k, whole] = scaleOf(x);
  return k > scale ? null : BigInt(whole) << BigInt(scale - k);
}

/** The saved form of `m`: the same for the same durations, whatever the order they came in. */
export function savedMomentsOf(m: Moments): SavedMoments {
  const { sum, sumSq, scale } = exactMoments(m);
  return { sum: sum.toString(), sumSq: sumSq.toString(), scale };
}

/** A decimal string of a whole number ≥ 0, as saved. */
function savedWhole(json: unknown, field: string): bigint {
  if (typeof json !== "string" || !/^(0|[1-9][0-9]{0,1000})$/.test(json)) fail(RESTORE, field, json, "a whole number ≥ 0 written in decimal");
  return BigInt(json);
}

/**
 * Sums restored from {@link savedMomentsOf}'s form, for `n` durations from `min` to `max` (the
 * shortest and longest of them, exact): whole numbers ≥ 0, a scale from 0 to 1074 at which `min`
 * and `max` are whole, and sums that n durations with that min and max have, checked exactly:
 * with a = min, b = max at the scale, (n − 1)a + b ≤ Σx ≤ a + (n − 1)b, the same for Σx² with
 * a², b², and a spread D = n·Σx² − (Σx)² (n² times the population variance) from n(b − a)²/2
 * (two of the durations are a and b) to n²(b − a)²/4 (Popoviciu's bound), so never negative.
 */
export function savedMoments(json: unknown, field: string, n: number, min: number | null, max: number | null): Moments {
  const o = checkObject(RESTORE, field, json);
  const scale = o["scale"];
  if (typeof scale !== "number" || !Number.isInteger(scale) || scale < 0 || scale > 1074) fail(RESTORE, `${field}.scale`, scale, "a whole number from 0 to 1074");
  const sum = savedWhole(o["sum"], `${field}.sum`);
  const sumSq = savedWhole(o["sumSq"], `${field}.sumSq`);
  if (n === 0 && (sum !== 0n || sumSq !== 0n)) fail(RESTORE, `${field}.sum`, o["sum"], "0 without durations");
  // durations that sum to 0 are all 0: whole numbers of ms
  if (sum === 0n && scale !== 0) fail(RESTORE, `${field}.scale`, scale, "0 for durations that are all 0 (or none)");
  if (BigInt(n) * sumSq < sum * sum) fail(RESTORE, `${field}.sumSq`, o["sumSq"], "a sum of squares of which the sum gives a variance ≥ 0");
  if (n > 0 && min !== null && max !== null) {
    const a = wholeAt(min, scale);
    const b = wholeAt(max, scale);
    if (a === null || b === null) fail(RESTORE, `${field}.scale`, scale, `a scale at which the durations, ${min} to ${max} ms, are whole numbers of 2^-scale ms`);
    const m = BigInt(n) - 1n;
    if (sum < m * a + b || sum > a + m * b) fail(RESTORE, `${field}.sum`, o["sum"], `a sum of ${n} durations from ${min} to ${max} ms (from ${m * a + b} to ${a + m * b} at scale ${scale})`);
    if (sumSq < m * a * a + b * b || sumSq > a * a + m * b * b) fail(RESTORE, `${field}.sumSq`, o["sumSq"], `a sum of the squares of ${n} durations from ${min} to ${max} ms (from ${m * a * a + b * b} to ${a * a + m * b * b} at scale ${scale})`);
    const spread = BigInt(n) * sumSq - sum * sum;
    const range = (b - a) * (b - a);
    if (2n * spread < BigInt(n) * range || 4n * spread > BigInt(n) * BigInt(n) * range) {
      fail(RESTORE, `${field}.sumSq`, o["sumSq"], `a sum of squares giving ${n} durations from ${min} to ${max} ms a spread they can have (n·Σx² − (Σx)² from n(max − min)²/2 to n²(max − min)²/4)`);
    }
  }
  return { ...createMoments(), sum, sumSq, scale };
}

/** The sums of `values` (finite, ≥ 0). O(n). */
export function momentsOf(values: readonly number[]): Moments {
  const m = createMoments();
  for (const x of values) addMoment(m, x);
  return m;
}
