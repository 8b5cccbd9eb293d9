/**
 * A small, local Sen-style projection for target checks: the median of the pairwise slopes
 * and Conover's intercept. No trend test here; `trend` (Mann–Kendall) lives elsewhere.
 *
 * @module
 */
import { median } from "./senSlope.js";

/**
 * Median of the slopes (y_j − y_i) / (x_j − x_i) over all pairs with x_i ≠ x_j, and the
 * intercept median(y − slope·x); `null` when no pair has distinct x. O(n² log n).
 */
export function medianPairwiseSlope(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } | null {
  const slopes: number[] = [];
  // Stryker disable next-line EqualityOperator: equivalent, one more turn of i pairs with no j
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      const dx = (xs[j] as number) - (xs[i] as number);
      if (dx !== 0) slopes.push(((ys[j] as number) - (ys[i] as number)) / dx);
    }
  }
  if (slopes.length === 0) return null;
  const slope = median(slopes);
  const intercept = median(ys.map((y, i) => y - slope * (xs[i] as number)));
  return { slope, intercept };
}
