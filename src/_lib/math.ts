/**
 * Percentage of `part` in `whole`, or `null` when `whole` is 0. Multiplying first keeps one
 * rounding for integer counts, so 412 of 500 is exactly 82.4 rather than 82.39999999999999
 * (a part so large that 100 × part overflows is divided first).
 */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const p = (part * 100) / whole;
  // part × 100 overflows for a part near the largest double: divide first there.
  return Number.isFinite(p) ? p : (part / whole) * 100;
}

/**
 * Sum with Neumaier's compensation: exact to the last bit for the sums a report meets, and
 * independent of order in all but the last ulp. With `scale`, the sum of the values each
 * multiplied by it (a power of two, as {@link mean} passes, keeps every value exact).
 */
export function sum(values: ArrayLike<number>, scale = 1): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = (values[i] as number) * scale;
    c += roundingError(s, x);
    s += x;
  }
  return s + c;
}

/**
 * The mean of finite `values` (at least one), finite however large they are: `total / n` (the
 * sum, computed here unless the caller has it), or, when the sum overflows (values near the
 * largest double, 1.8e308), the sum of the values scaled by 2^-m with 2^m ≥ n, which cannot
 * overflow, divided by n and scaled back. Scaling by a power of two is exact (short of the
 * subnormals, where a value is negligible next to the ones that overflowed), and the mean lies
 * between the smallest and the largest value, so it is finite. Finite in, finite out.
 */
export function mean(values: ArrayLike<number>, total = sum(values)): number {
  const n = values.length;
  if (Number.isFinite(total)) return total / n;
  const scale = sumScale(n);
  return sum(values, scale) / n / scale;
}

/**
 * Σ wᵢ·vᵢ / Σ wᵢ for finite weights ≥ 0 (not all 0) and finite values: the weighted mean, finite
 * however large they are. When a sum overflows, the weights are scaled first, by a power of two
 * that brings the largest to at most 1 / n, so neither sum can overflow; the ratio is the same.
 */
export function weightedMean(weights: ArrayLike<number>, values: ArrayLike<number>): number {
  const n = weights.length;
  const products = new Float64Array(n);
  for (let i = 0; i < n; i++) products[i] = (weights[i] as number) * (values[i] as number);
  const m = sum(products) / sum(weights);
  if (Number.isFinite(m)) return m;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, weights[i] as number);
  const scale = 2 ** -Math.ceil(Math.log2(max)) * sumScale(n);
  for (let i = 0; i < n; i++) products[i] = (weights[i] as number) * scale * (values[i] as number);
  return sum(products) / sum(weights, scale);
}

/**
 * 2^-m for the smallest m with 2^m ≥ n: scaled by it, n finite values sum without overflow
 * (each is below 1.8e308 / n), exactly as far as the scaling goes (a power of two).
 */
export function sumScale(n: number): number {
  return 2 ** -Math.ceil(Math.log2(n));
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
