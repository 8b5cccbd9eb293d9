/**
 * The bits of doubles: their position in the total order of doubles, the lowest set bit, and a
 * stable radix sort of indices by a double key (the sorts behind Sen's slope at any length).
 *
 * @module
 */

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const I64 = new BigInt64Array(F64.buffer);
/** Word order of a double in memory: [low, high] on little-endian machines. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

/** The raw bits of a double (sign included) as a signed 64-bit integer. */
function bitsOf(d: number): bigint {
  F64[0] = d;
  return I64[0] as bigint;
}

function fromBits(b: bigint): number {
  I64[0] = b;
  return F64[0] as number;
}

/**
 * Position of `d` in the total order of doubles (as `Float64Array#sort` orders them): −0 is 0,
 * +0 is 1, each step up is the next double. Strictly increasing; NaN is not expected.
 */
export function ordinal(d: number): bigint {
  if (d < 0) return -bitsOf(-d);
  return Object.is(d, -0) ? 0n : bitsOf(d) + 1n;
}

/** The double at a position of {@link ordinal}. */
export function fromOrdinal(o: bigint): number {
  // Stryker disable next-line EqualityOperator: equivalent, at 0 both branches give −0 (−fromBits(0) and the −0 below)
  if (o < 0n) return -fromBits(-o);
  return o === 0n ? -0 : fromBits(o - 1n);
}

/** Whether the last bit of the significand of `d` is 0 (the double round-half-even picks). */
export function hasEvenSignificand(d: number): boolean {
  F64[0] = d;
  return ((U32[LO] as number) & 1) === 0;
}

/** Trailing zero bits of a non-zero 32-bit word. */
function trailingZeros(w: number): number {
  return 31 - Math.clz32(w & -w);
}

/** e such that the finite, non-zero `d` is an odd multiple of 2^e. */
export function lowestBitExponent(d: number): number {
  F64[0] = d;
  const lo = U32[LO] as number;
  const hi = U32[HI] as number;
  const e = (hi >>> 20) & 0x7ff;
  // Stryker disable next-line ConditionalExpression: equivalent, a subnormal with a zero low word has a non-zero high significand, whose lowest set bit lies below the implicit bit either way
  const tz = lo !== 0 ? trailingZeros(lo) : 32 + trailingZeros((hi & 0xfffff) | (e === 0 ? 0 : 0x100000));
  return (e === 0 ? 1 : e) - 1075 + tz;
}

/** Scratch arrays of one size for {@link sortByKey}, reused from call to call. */
export class RadixSpace {
  readonly keys: Float64Array;
  readonly keysOut: Float64Array;
  readonly indexOut: Uint32Array;
  readonly counts = new Uint32Array(6 * 2048);
  constructor(size: number) {
    this.keys = new Float64Array(size);
    this.keysOut = new Float64Array(size);
    this.indexOut = new Uint32Array(size);
  }
}

/**
 * Sorts `order` (indices into `key`) by `key[index]` ascending, stable: equal keys keep their
 * order. Least-significant-digit radix sort on the 64 bits (six 11-bit digits, a digit all
 * elements share is skipped). Keys are finite and never −0. O(n).
 */
export function sortByKey(key: Float64Array, order: Uint32Array, space: RadixSpace): void {
  const n = order.length;
  let words = new Uint32Array(space.keys.buffer, 0, 2 * n);
  let wordsOut = new Uint32Array(space.keysOut.buffer, 0, 2 * n);
  let index = order;
  let indexOut = space.indexOut.subarray(0, n);
  const counts = space.counts;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    F64[0] = key[order[i] as number] as number;
    let hi = U32[HI] as number;
    let lo = U32[LO] as number;
    // order-preserving map of the bits: flip every bit of a negative, the sign bit of a positive
    if (hi >>> 31 === 1) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else hi = (hi | 0x80000000) >>> 0;
    words[2 * i] = lo;
    words[2 * i + 1] = hi;
    counts[lo & 2047]!++;
    counts[2048 + ((lo >>> 11) & 2047)]!++;
    counts[4096 + (lo >>> 22)]!++;
    counts[6144 + (hi & 2047)]!++;
    counts[8192 + ((hi >>> 11) & 2047)]!++;
    counts[10240 + (hi >>> 22)]!++;
  }
  for (let digit = 0; digit < 6; digit++) {
    const word = digit < 3 ? 0 : 1;
    const shift = (digit % 3) * 11;
    const base = digit * 2048;
    const first = ((words[word] as number) >>> shift) & 2047;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: speed only, a pass where every key has the same digit (or there are no keys) keeps the order, the counting pass being stable
    if (n === 0 || counts[base + first] === n) continue;
    let sum = 0;
    for (let b = base; b < base + 2048; b++) {
      const c = counts[b] as number;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const lo = words[2 * i] as number;
      const hi = words[2 * i + 1] as number;
      const b = base + ((((word === 0 ? lo : hi) >>> shift) & 2047));
      const at = counts[b] as number;
      counts[b] = at + 1;
      wordsOut[2 * at] = lo;
      wordsOut[2 * at + 1] = hi;
      indexOut[at] = index[i] as number;
    }
    [words, wordsOut] = [wordsOut, words];
    [index, indexOut] = [indexOut, index];
  }
  // Stryker disable next-line ConditionalExpression: equivalent, copying the order onto itself changes nothing
  if (index !== order) order.set(index);
}
