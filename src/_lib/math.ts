/** Percentage of `part` in `whole`, or `null` when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
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
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}

/** Arithmetic mean (compensated sum / n), or `null` for no values. */
export function mean(values: ArrayLike<number>): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
}

/** Clamps `x` to `[lo, hi]`. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Finds the root of an increasing-or-decreasing `f` on `[lo, hi]` by bisection, given that
 * `f(lo)` and `f(hi)` have opposite signs. 200 halvings reach the spacing of doubles.
 */
export function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let fLo = f(lo);
  for (let i = 0; i < 200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const fMid = f(mid);
    if (fMid === 0) return mid;
    if (fMid < 0 === fLo < 0) {
      lo = mid;
      fLo = fMid;
    } else {
      hi = mid;
    }
  }
  return lo + (hi - lo) / 2;
}
