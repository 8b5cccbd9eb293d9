/**
 * The Mann–Kendall statistic S and its variance under H0 with the correction for tied values.
 *
 * @module
 */

/** S, its tie-corrected variance, and the tau-b denominator of one series. */
export interface MannKendallSums {
  /** S = Σ_{i<j} sgn(x_j − x_i) · sgn(y_j − y_i). */
  readonly s: number;
  /** Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over groups of t tied values. */
  readonly varS: number;
  /** tau-b denominator √((N0 − N1) · N0), N0 = n(n−1)/2, N1 = Σ t(t−1)/2; 0 when all values tie. */
  readonly tauDenominator: number;
  /** Number of pairs N0 = n(n−1)/2. */
  readonly pairs: number;
}

/**
 * Mann–Kendall sums over pairs of a series whose times are distinct and ascending (the caller
 * sorts), so sgn(x_j − x_i) = 1 and S counts rising minus falling pairs. O(n log n) (Knight
 * 1966): a stable merge sort of the values counts the falling pairs D (y_i > y_j, i < j), the
 * sorted values give the tie groups, and S = N0 − N1 − 2·D with N1 the tied pairs.
 */
export function mannKendallSums(y: ArrayLike<number>): MannKendallSums {
  const n = y.length;
  let values = Float64Array.from(y);
  let merged = new Float64Array(n);
  let falling = 0;
  // Stryker disable next-line EqualityOperator: equivalent, a pass of width n merges one block with nothing: a copy, no falling pair
  for (let width = 1; width < n; width *= 2) {
    // Stryker disable next-line EqualityOperator: equivalent, a block starting at n is empty
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if ((values[j] as number) < (values[i] as number)) {
          falling += mid - i;
          merged[k++] = values[j++] as number;
        } else merged[k++] = values[i++] as number;
      }
      while (i < mid) merged[k++] = values[i++] as number;
      // Stryker disable next-line EqualityOperator: equivalent, the extra write lands on the next block's first slot, which the next block writes again (or past the end of the typed array, where it is dropped)
      while (j < hi) merged[k++] = values[j++] as number;
    }
    [values, merged] = [merged, values];
  }
  let tieTerm = 0;
  let tiedPairs = 0;
  let run = 1;
  for (let i = 1; i <= n; i++) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, one past the end reads undefined, which equals no number
    if (i < n && values[i] === values[i - 1]) run++;
    else {
      tieTerm += run * (run - 1) * (2 * run + 5);
      tiedPairs += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  return {
    s: pairs - tiedPairs - 2 * falling,
    varS: (n * (n - 1) * (2 * n + 5) - tieTerm) / 18,
    tauDenominator: Math.sqrt((pairs - tiedPairs) * pairs),
    pairs,
  };
}

/**
 * Continuity-corrected z = (S − sgn S) / √Var(S); 0 when S = 0 (which Var(S) = 0, every value
 * tied, implies).
 */
export function continuityZ(s: number, varS: number): number {
  if (s === 0) return 0;
  return (s - Math.sign(s)) / Math.sqrt(varS);
}
