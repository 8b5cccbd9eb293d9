import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { signOfSum, twoProductError, twoSumError } from "./exactSign.js";

// The reference: every finite double is m · 2^e with m and e integers, so sums and products of
// doubles are exact in BigInt arithmetic. Written here from the IEEE 754 layout, apart from the
// code under test (which never leaves floating point).

const view = new DataView(new ArrayBuffer(8));

/** A finite double as m · 2^e, exactly. */
function exact(x: number): { m: bigint; e: number } {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const m = biased === 0 ? fraction : fraction | (1n << 52n);
  return { m: negative ? -m : m, e: (biased === 0 ? 1 : biased) - 1075 };
}

/** The exact sum of doubles and products of two doubles, as m · 2^e. */
function exactSum(parts: readonly { m: bigint; e: number }[]): { m: bigint; e: number } {
  const e = Math.min(...parts.map((p) => p.e));
  return { m: parts.reduce((acc, p) => acc + (p.m << BigInt(p.e - e)), 0n), e };
}

const times = (a: { m: bigint; e: number }, b: { m: bigint; e: number }) => ({ m: a.m * b.m, e: a.e + b.e });
const negate = (a: { m: bigint; e: number }) => ({ m: -a.m, e: a.e });
const sign = (m: bigint) => (m > 0n ? 1 : m < 0n ? -1 : 0);

/** Doubles over a wide range of magnitudes whose products stay far from overflow and 2^-960. */
const moderate = fc.oneof(
  fc.double({ min: -1e100, max: 1e100, noNaN: true }).filter((x) => x === 0 || Math.abs(x) > 1e-100),
  fc.integer({ min: -(2 ** 30), max: 2 ** 30 }).map((i) => i / 3),
  fc.constantFrom(0.1, 1 / 3, 2 ** 53 - 1, 134_217_729, 1 + 2 ** -52),
);

describe("exactSign", () => {
  test.prop([moderate, moderate])("a·b = fl(a·b) + twoProductError exactly (Dekker)", (a, b) => {
    const p = a * b;
    const error = twoProductError(a, b, p);
    // p + error − a·b = 0, exactly
    expect(exactSum([exact(p), exact(error), negate(times(exact(a), exact(b)))]).m).toBe(0n);
  });

  test.prop([moderate, moderate])("a + b = fl(a + b) + twoSumError exactly (Knuth)", (a, b) => {
    const s = a + b;
    expect(exactSum([exact(s), exact(twoSumError(a, b, s)), negate(exact(a)), negate(exact(b))]).m).toBe(0n);
  });

  // Terms drawn with their negations and tiny companions, so that the exact sum often cancels
  // to 0 or to a remainder far below the largest term: where the floating-point sum is wrong.
  const cancelling = fc
    .array(fc.tuple(moderate, fc.boolean(), fc.integer({ min: -80, max: 80 })), { minLength: 1, maxLength: 8 })
    .map((draws) => draws.flatMap(([x, twin, shift]) => (twin ? [x, -x, x * 2 ** shift] : [x])))
    .map((terms) => terms.slice(0, 24));

  test.prop([cancelling])("signOfSum is the sign of the exact sum (Shewchuk)", (terms) => {
    const buffer = Float64Array.from(terms);
    expect(signOfSum(buffer, terms.length)).toBe(sign(exactSum(terms.map(exact)).m));
  });

  it("finds the sign that floating point loses", () => {
    // 1 + 1e-20 − 1: the float sum is 0, the exact sum 1e-20 > 0.
    expect(signOfSum(Float64Array.from([1, 1e-20, -1]), 3)).toBe(1);
    expect(signOfSum(Float64Array.from([1, -1e-20, -1]), 3)).toBe(-1);
    // 1 − 1 + 1e-20, and an exact 0 (1 − 1 + 0.1 − 0.1).
    expect(signOfSum(Float64Array.from([1, -1, 1e-20]), 3)).toBe(1);
    expect(signOfSum(Float64Array.from([1, -1, 0.1, -0.1]), 4)).toBe(0);
    expect(signOfSum(Float64Array.from([]), 0)).toBe(0);
    // (2^27 + 1)² = 2^54 + 2^28 + 1: the product rounds the 1 away, the error is exactly 1.
    const a = 134_217_729;
    expect(twoProductError(a, a, a * a)).toBe(1);
    // 0.1 · 0.1 against 0.01: the sign of 0.1·0.1 − 0.01 is that of the exact products'.
    const p = 0.1 * 0.1;
    const terms = [p, twoProductError(0.1, 0.1, p), -0.01];
    expect(signOfSum(Float64Array.from(terms), 3)).toBe(sign(exactSum([times(exact(0.1), exact(0.1)), negate(exact(0.01))]).m));
  });
});
