/**
 * Error-free transformations of doubles (Knuth's two-sum, Dekker's two-product) and the exact
 * sign of a sum of doubles (Shewchuk 1997, "Adaptive precision floating-point arithmetic and
 * fast robust geometric predicates": grow-expansion with zero elimination). Exact as long as
 * nothing overflows and no product falls below 2^-960.
 *
 * @module
 */

/** 2^27 + 1: splits a double into two halves of 26 bits for {@link twoProductError}. */
const SPLITTER = 134_217_729;

/** a·b − fl(a·b) exactly, given `p` = fl(a·b). */
export function twoProductError(a: number, b: number, p: number): number {
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  return al * bl - (p - ah * bh - al * bh - ah * bl);
}

/** a + b − fl(a + b) exactly, given `s` = fl(a + b). */
export function twoSumError(a: number, b: number, s: number): number {
  const bv = s - a;
  return a - (s - bv) + (b - bv);
}

const EXPANSION = new Float64Array(64);

/** The sign (−1, 0 or 1) of the exact sum of `count` terms. */
export function signOfSum(terms: Float64Array, count: number): number {
  const h = EXPANSION;
  let m = 0;
  for (let i = 0; i < count; i++) {
    let q = terms[i] as number;
    let k = 0;
    for (let j = 0; j < m; j++) {
      const hj = h[j] as number;
      const s = q + hj;
      const e = twoSumError(q, hj, s);
      if (e !== 0) h[k++] = e;
      q = s;
    }
    if (q !== 0) h[k++] = q;
    m = k;
  }
  return m === 0 ? 0 : Math.sign(h[m - 1] as number);
}
