/**
 * Order statistics of the pairwise slopes σ = (y_j − y_i) / (x_j − x_i), x_i < x_j, of one or
 * more groups of points (the seasons of a seasonal test), without listing the n(n−1)/2 pairs:
 * randomised slope selection (Matoušek 1991; Dillencourt, Mount & Netanyahu 1992) in
 * O(n log n) expected time and O(n) memory, equal to sorting every pair's σ as computed in
 * floating point.
 *
 * How. Counting the pairs whose real slope r is below a threshold t is counting inversions:
 * r_ij < t ⟺ y_j − t·x_j < y_i − t·x_i, so sort the points by K = y − t·x (a radix sort) and
 * count the pairs out of x order (a Fenwick tree). K is compared exactly: double-double keys,
 * and an exact sign of a sum of doubles where two keys are too close to tell. The pairs with r
 * between two thresholds are the inversions between the two orders: they can be counted,
 * sampled uniformly and listed (an insertion sort, O(n + pairs)). Each round samples n pairs
 * of the interval that holds the wanted ranks, counts at sample slopes about three standard
 * deviations either side of each rank, and keeps the sub-interval that holds it: about √n/3
 * times fewer pairs each round (two rounds for a million points). When at most 32 pairs per
 * point are left they are listed and the ranks selected (quickselect; past 2^18 slopes, a
 * reservoir sample first brackets each rank, so that only the slopes in the bracket are kept).
 *
 * Exactness. σ is r rounded. When every difference y_j − y_i and x_j − x_i is exact in
 * floating point ("exact differences": whole numbers, plain series, daily timestamps), σ =
 * fl(r) is monotone in r: the k-th σ is fl(k-th r), read among the pairs listed, or found by
 * counting r against the midpoints between doubles when a huge group of pairs shares one slope
 * (a staircase: ⅓). Otherwise σ is within 3.01 units of rounding of r, so a pair whose r is
 * below (above) a threshold t has σ below (above) t·(1 ± 2^-49); the k-th σ is read among the
 * pairs of the closed interval, checked clear of those bounds, else of a band 2^-46 wider. When
 * that band holds more than 16 pairs per point (a series linear to the last bit, such as 0.1·i)
 * the result is fl(k-th r): within 4 units of rounding of the k-th σ, usually equal to it.
 * Magnitudes beyond 2^±400 (slopes, values, times) take the direct path: every pair's σ listed
 * (up to 2^22 of them) or counted by bisection on the doubles. Values must not be −0.
 *
 * @module
 */
import { signOfSum, twoProductError, twoSumError } from "./exactSign.js";
import { fromOrdinal, hasEvenSignificand, lowestBitExponent, ordinal, RadixSpace, sortByKey } from "./floatOrder.js";

/** Points in groups: group g is `x`, `y` at [starts[g], starts[g + 1]), x strictly ascending, no y −0. */
export interface SlopeSet {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly starts: Int32Array;
  /** Σ n_g(n_g − 1)/2: the number of pairs (within groups). */
  readonly pairs: number;
  /** Every y_j − y_i and x_j − x_i is exact in floating point. */
  readonly exactDifferences: boolean;
  /** Magnitudes keep every slope, product and key of the fast path clear of overflow and underflow. */
  readonly safe: boolean;
}

/** Tuning of {@link selectPairSlopes}; the defaults suit every size (tests shrink them). */
export interface SelectOptions {
  /** Narrowing stops when at most this many pairs are left (they are then listed). */
  readonly budget?: number;
  /** Up to this many pairs, all of them are listed and sorted (the direct path). */
  readonly directPairs?: number;
  /** Pairs sampled per round. */
  readonly sampleSize?: number;
  /** Inexact differences: at most this many pairs in a rank's rounding band are listed; beyond, fl(k-th real slope). */
  readonly streamLimit?: number;
  /** Up to this many listed slopes are held in memory at once and selected among. */
  readonly hold?: number;
  /** The random numbers in [0, 1) that sampling and pivots draw on (a seeded generator by default). */
  readonly random?: () => number;
  /** Counters the selection adds its work to (tests hold it to the bounds the design promises). */
  readonly work?: SelectWork;
}

/** The work of a selection: the fast path's cuts (each O(n log n)), pairs listed and sampled. */
export interface SelectWork {
  cuts: number;
  listed: number;
  sampled: number;
}

const BOUND = 2 ** 400;
const TINY = 2 ** -400;

/** Sorts the groups' points out: pair count, exact differences, and the magnitude guard. */
export function slopeSet(x: Float64Array, y: Float64Array, starts: Int32Array): SlopeSet {
  let pairs = 0;
  let minGap = Infinity;
  for (let g = 0; g + 1 < starts.length; g++) {
    const s = starts[g] as number;
    const e = starts[g + 1] as number;
    pairs += ((e - s) * (e - s - 1)) / 2;
    for (let i = s + 1; i < e; i++) minGap = Math.min(minGap, (x[i] as number) - (x[i - 1] as number));
  }
  const xs = spread(x);
  const ys = spread(y);
  // The bounds keep a margin of 2^±600 to overflow and underflow: at exactly 2^±400 either side
  // of a comparison is safe.
  // Stryker disable next-line EqualityOperator: equivalent, at the bound itself both paths are exact
  const magnitudes = xs.maxAbs <= BOUND && xs.minAbs >= TINY && ys.maxAbs <= BOUND && ys.minAbs >= TINY;
  // nonzero |r| ≥ 2^(lowest bit of y) / x span, and ≤ y span / least x gap
  // Stryker disable next-line EqualityOperator: equivalent, at the bound itself both paths are exact
  const slopes = ys.span / minGap <= BOUND && 2 ** ys.lowBit / xs.span >= TINY;
  const safe = magnitudes && (ys.span === 0 || slopes);
  // Stryker disable next-line ConditionalExpression: speed only, the inexact path reads exact differences right too (it checks more)
  return { x, y, starts, pairs, exactDifferences: xs.exact && ys.exact, safe };
}

function spread(v: Float64Array): { maxAbs: number; minAbs: number; span: number; lowBit: number; exact: boolean } {
  let min = Infinity;
  let max = -Infinity;
  let minAbs = Infinity;
  let lowBit = Infinity;
  for (const d of v) {
    min = Math.min(min, d);
    max = Math.max(max, d);
    if (d !== 0) {
      minAbs = Math.min(minAbs, Math.abs(d));
      lowBit = Math.min(lowBit, lowestBitExponent(d));
    }
  }
  const span = max - min;
  // every difference is a multiple of 2^lowBit no larger than the span: exact below 2^(lowBit + 53)
  // (at 2^(lowBit + 53) too). Of this line's mutants, those that call inexact differences exact
  // change results, and the crowd tests of pairSlopes.work.test.ts kill them (checked by hand:
  // `>=`, the bound one bit higher, the test forced true); those that survive only call exact
  // differences inexact, which the other path reads right too.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,ArithmeticOperator: speed only, see above
  return { maxAbs: Math.max(max, -min), minAbs, span, lowBit, exact: lowBit === Infinity || span < 2 ** (lowBit + 53) };
}

/** The slope of the pair i, j (x_i < x_j), computed as every path and the definition compute it. */
function slopeOf(x: Float64Array, y: Float64Array, i: number, j: number): number {
  return ((y[j] as number) - (y[i] as number)) / ((x[j] as number) - (x[i] as number));
}

/**
 * A threshold t = t1 + t2 and the points ordered by K = y − t·x, equal keys by x descending, so
 * that the pairs out of x order are those with r ≤ t. `eq[p]` marks a key equal to the one
 * before it (same group). lt, le: the pairs with r < t and r ≤ t. t1 = ±∞ orders by x.
 */
interface Cut {
  readonly t1: number;
  readonly t2: number;
  readonly ord: Uint32Array;
  readonly eq: Uint8Array | null;
  readonly lt: number;
  readonly le: number;
}

/** Everything one selection shares: the points, scratch arrays, the options, a seeded generator. */
interface Context {
  readonly set: SlopeSet;
  readonly n: number;
  readonly groupOf: Uint32Array | null;
  readonly budget: number;
  readonly sampleSize: number;
  readonly streamLimit: number;
  readonly hold: number;
  readonly radix: RadixSpace;
  readonly h: Float64Array;
  readonly m: Float64Array;
  /** Per point: 1 where h + m is not the exact key. Per group: the largest |key − (h + m)|. */
  readonly inexact: Uint8Array;
  readonly groupErr: Float64Array;
  readonly fen: Int32Array;
  readonly a: Uint32Array;
  readonly b: Uint32Array;
  readonly c: Uint32Array;
  readonly d: Uint32Array;
  readonly e: Uint32Array;
  readonly terms: Float64Array;
  /** The sample's slopes, and listed slopes (grown on demand): reused, not reallocated. */
  readonly sample: Float64Array;
  list: Float64Array;
  readonly random: () => number;
  readonly work: SelectWork;
  readonly below: Cut;
  readonly above: Cut;
}

/**
 * The values at 0-based `ranks` of the sorted pairwise slopes of `set` (every rank below
 * `set.pairs`), equal to sorting every pair's σ with `Float64Array#sort` (but for the series
 * linear to the last bit that the module notes describe).
 */
export function selectPairSlopes(set: SlopeSet, ranks: readonly number[], options: SelectOptions = {}): number[] {
  // Stryker disable next-line EqualityOperator: speed only, both paths give every rank
  if (!set.safe || set.pairs <= (options.directPairs ?? 2048)) {
    // Listing every pair or counting them by bisection gives the same ranks; the cap on what
    // is listed keeps memory bounded (a huge unsafe set is counted, not listed).
    // Stryker disable next-line MethodExpression,LogicalOperator: memory and speed only, listed or counted the ranks are the same
    return directSelect(set, ranks, Math.min(options.streamLimit ?? options.budget ?? defaultBudget(set.x.length), 1 << 22));
  }
  const ctx = context(set, options);
  const out = new Map<number, number>();
  solve(ctx, [...new Set(ranks)].sort((p, q) => p - q), ctx.below, ctx.above, out);
  return ranks.map((k) => out.get(k) as number);
}

/** The pairs of `set` (safe) with real slope below, and at most, t: what a cut counts (for tests). */
export function countSlopesAt(set: SlopeSet, t: number): { readonly lt: number; readonly le: number } {
  const { lt, le } = cutAt(context(set, {}), t, 0);
  return { lt, le };
}

/** Pairs left when narrowing stops: listing 32 per point costs about what a round does. */
function defaultBudget(n: number): number {
  return Math.max(4096, 32 * n);
}

function context(set: SlopeSet, options: SelectOptions): Context {
  const n = set.x.length;
  const budget = options.budget ?? defaultBudget(n);
  const sampleSize = options.sampleSize ?? Math.max(1024, n);
  const groups = set.starts.length - 1;
  let groupOf: Uint32Array | null = null;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, one group needs no partition (it is one already)
  if (groups > 1) {
    groupOf = new Uint32Array(n);
    // Stryker disable next-line EqualityOperator: equivalent, a turn past the last group fills from its end (nothing)
    for (let g = 0; g < groups; g++) groupOf.fill(g, set.starts[g], set.starts[g + 1]);
  }
  return {
    set, n, groupOf, budget,
    streamLimit: options.streamLimit ?? Math.max(budget, 16 * n),
    hold: options.hold ?? 1 << 18,
    sampleSize,
    radix: new RadixSpace(n),
    h: new Float64Array(n), m: new Float64Array(n), inexact: new Uint8Array(n), groupErr: new Float64Array(set.starts.length),
    fen: new Int32Array(n + 1),
    a: new Uint32Array(n), b: new Uint32Array(n), c: new Uint32Array(n), d: new Uint32Array(n), e: new Uint32Array(n),
    terms: new Float64Array(12),
    sample: new Float64Array(sampleSize),
    list: new Float64Array(0),
    random: options.random ?? generator(0x9e3779b9),
    // Stryker disable next-line ObjectLiteral: equivalent, the counters are only read by the caller who passed them
    work: options.work ?? { cuts: 0, listed: 0, sampled: 0 },
    below: infiniteCut(set, -Infinity),
    above: infiniteCut(set, Infinity),
  };
}

/** A small seeded generator of doubles in [0, 1) (mulberry32, two draws for 53 bits). */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => ((next() >>> 5) * 67_108_864 + (next() >>> 6)) / 9_007_199_254_740_992;
}

// ---------------------------------------------------------------------------------------------
// The direct path: every pair listed (small sets), or counted pass by pass (extreme magnitudes).

function directSelect(set: SlopeSet, ranks: readonly number[], streamLimit: number): number[] {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: memory and speed only, listed or counted the ranks are the same
  if (set.pairs <= streamLimit) {
    const all = new Float64Array(set.pairs);
    let at = 0;
    forEachPair(set, (s) => {
      all[at++] = s;
    });
    all.sort();
    return ranks.map((k) => all[k] as number);
  }
  // σ ≤ d in the order of Float64Array#sort (−0 before +0), by bisection on the doubles
  return ranks.map((k) =>
    bisect(ordinal(-Infinity), ordinal(Infinity), k, (d) => {
      let count = 0;
      forEachPair(set, (s) => {
        if (atMost(s, d)) count++;
      });
      return count;
    }),
  );
}

/** s ≤ d in the order of Float64Array#sort, where −0 comes before 0. */
function atMost(s: number, d: number): boolean {
  return s < d || (s === d && !(Object.is(d, -0) && Object.is(s, 0)));
}

function forEachPair(set: SlopeSet, sink: (slope: number) => void): void {
  const { x, y, starts } = set;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, a turn past the last group reads an undefined end and lists nothing
  for (let g = 0; g + 1 < starts.length; g++) {
    const e = starts[g + 1] as number;
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, the last point has no later point to pair with
    for (let i = starts[g] as number; i < e - 1; i++) for (let j = i + 1; j < e; j++) sink(slopeOf(x, y, i, j));
  }
}

/**
 * The least double d in [ordinal lo, hi] with count(d) > k (the caller knows one is there),
 * trying `guess` (and the double below it) first.
 */
function bisect(lo: bigint, hi: bigint, k: number, count: (d: number) => number, guess = hi): number {
  // The probes only save steps: any probe keeps lo and hi bounds of the answer (a count at a
  // probe below lo is at most k, so lo = probe + 1 stays at or below the answer).
  // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: speed only, the probes are guesses
  const probes = [guess, guess - 1n];
  while (lo < hi) {
    // Stryker disable next-line LogicalOperator: speed only, the probes are guesses
    const probe = probes.shift() ?? hi;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, any probe keeps the bounds
    const mid = probe >= lo && probe < hi ? probe : (lo + hi) >> 1n;
    if (count(fromOrdinal(mid)) > k) hi = mid;
    else lo = mid + 1n;
  }
  return fromOrdinal(lo);
}

// ---------------------------------------------------------------------------------------------
// Cuts: the points ordered at a threshold, and the pairs counted.

function infiniteCut(set: SlopeSet, t: number): Cut {
  const n = set.x.length;
  const ord = new Uint32Array(n);
  if (t < 0) for (let i = 0; i < n; i++) ord[i] = i;
  else reverseGroups(set, ord);
  return { t1: t, t2: 0, ord, eq: null, lt: t < 0 ? 0 : set.pairs, le: t < 0 ? 0 : set.pairs };
}

/** Each group's indices in descending order (x descending), in place of `ord`. */
function reverseGroups(set: SlopeSet, ord: Uint32Array): void {
  const { starts } = set;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, a turn past the last group reads an undefined end and does nothing
  for (let g = 0; g + 1 < starts.length; g++) {
    const s = starts[g] as number;
    const e = starts[g + 1] as number;
    for (let p = s; p < e; p++) ord[p] = s + e - 1 - p;
  }
}

/** Orders the points at t = t1 + t2 (both finite; t2 a power of two or 0) and counts. */
function cutAt(ctx: Context, t1: number, t2: number): Cut {
  const { set, n, h, m, inexact, groupErr } = ctx;
  ctx.work.cuts++;
  const { x, y, starts } = set;
  // K = y − t1·x − t2·x exactly = h + m + (a rest, 0 unless inexact)
  const split = 134_217_729;
  const tc = split * t1;
  const th = tc - (tc - t1);
  const tl = t1 - th;
  let g = 0;
  groupErr.fill(0);
  for (let i = 0; i < n; i++) {
    while (i === starts[g + 1]) g++;
    const xi = x[i] as number;
    const yi = y[i] as number;
    const ph = t1 * xi;
    const xc = split * xi;
    const xh = xc - (xc - xi);
    const xl = xi - xh;
    const pl = tl * xl - (ph - th * xh - tl * xh - th * xl);
    const a = yi - ph;
    const av = a - yi;
    const e1 = yi - (a - av) + (-ph - av);
    let hi: number;
    let lo: number;
    let rest: number;
    if (t2 === 0) {
      const s = e1 - pl;
      const sv = s - e1;
      rest = Math.abs(e1 - (s - sv) + (-pl - sv));
      hi = a + s;
      const hv = hi - a;
      lo = a - (hi - hv) + (s - hv);
    } else {
      const qh = t2 * xi;
      const ql = twoProductError(t2, xi, qh);
      const b = a - qh;
      const e2 = twoSumError(a, -qh, b);
      const s1 = e1 + e2;
      const f1 = twoSumError(e1, e2, s1);
      const s2 = s1 - pl;
      const f2 = twoSumError(s1, -pl, s2);
      const s3 = s2 - ql;
      const f3 = twoSumError(s2, -ql, s3);
      rest = (Math.abs(f1) + Math.abs(f2) + Math.abs(f3)) * (1 + 2 ** -50);
      hi = b + s3;
      lo = twoSumError(b, s3, hi);
    }
    h[i] = hi + 0;
    m[i] = lo;
    inexact[i] = rest === 0 ? 0 : 1;
    groupErr[g] = Math.max(groupErr[g] as number, rest);
  }
  const ord = new Uint32Array(n);
  reverseGroups(set, ord);
  sortByKey(h, ord, ctx.radix);
  if (ctx.groupOf !== null) partitionByGroup(ctx, ord);
  const eq = new Uint8Array(n);
  let le = 0;
  let ties = 0;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, a turn past the last group reads an undefined end and does nothing
  for (let g = 0; g + 1 < starts.length; g++) {
    const s = starts[g] as number;
    const e = starts[g + 1] as number;
    settleTies(ctx, t1, t2, ord, eq, s, e, groupErr[g] as number);
    let run = 1;
    for (let p = s + 1; p <= e; p++) {
      if (p < e && eq[p] === 1) run++;
      else {
        ties += (run * (run - 1)) / 2;
        run = 1;
      }
    }
    le += inversions(ctx, ord, s, e);
  }
  return { t1, t2, ord, eq, lt: le - ties, le };
}

/** Stable counting sort of `ord` by group. */
function partitionByGroup(ctx: Context, ord: Uint32Array): void {
  const groupOf = ctx.groupOf as Uint32Array;
  const next = Int32Array.from(ctx.set.starts);
  const out = ctx.a;
  for (const i of ord) out[next[groupOf[i] as number]!++] = i;
  ord.set(out);
}

/**
 * Within [s, e) of `ord` (sorted by h, x descending among equal h): sorts runs of equal h by m,
 * then, where the rest of a key could decide the order, sorts exactly; marks equal keys in `eq`.
 */
function settleTies(ctx: Context, t1: number, t2: number, ord: Uint32Array, eq: Uint8Array, s: number, e: number, maxErr: number): void {
  const { h, m, inexact } = ctx;
  for (let p = s; p < e; ) {
    let q = p + 1;
    const hp = h[ord[p] as number] as number;
    let mixed = false;
    while (q < e && h[ord[q] as number] === hp) {
      if (m[ord[q] as number] !== m[ord[p] as number]) mixed = true;
      q++;
    }
    if (mixed) sortSlice(ord, p, q, (i, j) => (m[i] as number) - (m[j] as number) || j - i);
    p = q;
  }
  // h + m is now ascending and exact up to maxErr; a cluster is a run of keys within 2·maxErr
  const twoErr = 2 * maxErr;
  for (let p = s; p < e; ) {
    let q = p + 1;
    let exact = inexact[ord[p] as number] === 0;
    while (q < e && !separated(ctx, ord[q - 1] as number, ord[q] as number, twoErr)) {
      exact &&= inexact[ord[q] as number] === 0;
      q++;
    }
    if (exact) {
      for (let r = p + 1; r < q; r++) eq[r] = h[ord[r] as number] === h[ord[r - 1] as number] && m[ord[r] as number] === m[ord[r - 1] as number] ? 1 : 0;
    } else {
      const compare = (i: number, j: number): number => exactCompare(ctx, t1, t2, i, j);
      sortSlice(ord, p, q, (i, j) => compare(i, j) || j - i);
      for (let r = p + 1; r < q; r++) eq[r] = compare(ord[r] as number, ord[r - 1] as number) === 0 ? 1 : 0;
    }
    p = q;
  }
}

/** Whether the key of j exceeds the key of i (i before j) by more than `twoErr`, exactly. */
function separated(ctx: Context, i: number, j: number, twoErr: number): boolean {
  const { h, m, terms } = ctx;
  const hi = h[i] as number;
  const hj = h[j] as number;
  const mi = m[i] as number;
  const mj = m[j] as number;
  if (twoErr === 0) return hj !== hi || mj !== mi;
  if (hj - hi > 4 * (Math.abs(mi) + Math.abs(mj) + twoErr)) return true;
  terms[0] = hj;
  terms[1] = -hi;
  terms[2] = mj;
  terms[3] = -mi;
  terms[4] = -twoErr;
  return signOfSum(terms, 5) > 0;
}

/** sgn(K_i − K_j) at t1 + t2, exactly. */
function exactCompare(ctx: Context, t1: number, t2: number, i: number, j: number): number {
  const { terms } = ctx;
  const { x, y } = ctx.set;
  let c = 0;
  for (const [k, sign] of [[i, 1], [j, -1]] as const) {
    const xk = x[k] as number;
    const ph = t1 * xk;
    const qh = t2 * xk;
    terms[c++] = sign * (y[k] as number);
    terms[c++] = -sign * ph;
    terms[c++] = -sign * twoProductError(t1, xk, ph);
    terms[c++] = -sign * qh;
    terms[c++] = -sign * twoProductError(t2, xk, qh);
  }
  return signOfSum(terms, c);
}

function sortSlice(ord: Uint32Array, p: number, q: number, compare: (i: number, j: number) => number): void {
  ord.set(Array.from(ord.subarray(p, q)).sort(compare), p);
}

/** Pairs p < q in [s, e) with ord[p] > ord[q] (a Fenwick tree over the group's indices). */
function inversions(ctx: Context, ord: Uint32Array, s: number, e: number): number {
  const size = e - s;
  const fen = ctx.fen;
  fen.fill(0, 0, size + 1);
  let count = 0;
  for (let q = 0; q < size; q++) {
    const v = (ord[s + q] as number) - s;
    let below = 0;
    for (let i = v + 1; i > 0; i -= i & -i) below += fen[i] as number;
    count += q - below;
    for (let i = v + 1; i <= size; i += i & -i) fen[i]!++;
  }
  return count;
}

/** `cut.ord` into `into` with each run of equal keys reversed: equal keys by x ascending. */
function ascending(cut: Cut, into: Uint32Array): Uint32Array {
  into.set(cut.ord);
  const eq = cut.eq;
  if (eq === null) return into;
  for (let p = 1; p <= into.length; p++) {
    if (p < into.length && eq[p] === 1) {
      // reverse the run of equal keys that starts at p − 1
      let q = p + 1;
      while (q < into.length && eq[q] === 1) q++;
      for (let i = p - 1, j = q - 1; i < j; i++, j--) {
        const t = into[i] as number;
        into[i] = into[j] as number;
        into[j] = t;
      }
      p = q;
    }
  }
  return into;
}

// ---------------------------------------------------------------------------------------------
// The pairs between two cuts: an open end excludes r = t, a closed end includes it.

/**
 * Fills ctx.c with the lower order and ctx.d with v: for each point in the lower order, its
 * position in the upper order within its group. The pairs between the cuts are the inversions
 * of v (proof: K_lo(j) ≥ K_lo(i) and K_hi(j) ≤ K_hi(i) force x_j > x_i when lo < hi).
 */
function between(ctx: Context, lower: Cut, lowerClosed: boolean, upper: Cut, upperClosed: boolean): Uint32Array {
  const a = lowerClosed ? ascending(lower, ctx.c) : lower.ord;
  const b = upperClosed ? upper.ord : ascending(upper, ctx.e);
  const { starts } = ctx.set;
  const pos = ctx.b;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, a turn past the last group reads an undefined end and does nothing
  for (let g = 0; g + 1 < starts.length; g++) {
    const s = starts[g] as number;
    const e = starts[g + 1] as number;
    // Stryker disable next-line EqualityOperator: equivalent, one turn more writes the next group's first position, which its own turn writes again
    for (let p = s; p < e; p++) pos[b[p] as number] = p - s;
  }
  // Stryker disable next-line ConditionalExpression: equivalent, copying ctx.c onto itself changes nothing
  if (a !== ctx.c) ctx.c.set(a);
  // Stryker disable next-line EqualityOperator: equivalent, a typed array ignores a write past its end
  for (let p = 0; p < ctx.n; p++) ctx.d[p] = pos[a[p] as number] as number;
  return b;
}

/**
 * Calls `sink` with the slope of every pair between the cuts. An insertion sort of each
 * group's v lists the inversions, one per step an element moves left: O(n + pairs listed).
 */
function listBetween(ctx: Context, lower: Cut, lowerClosed: boolean, upper: Cut, upperClosed: boolean, sink: (slope: number) => void): void {
  between(ctx, lower, lowerClosed, upper, upperClosed);
  const { x, y, starts } = ctx.set;
  // each point's v, x and y in the lower order (moved together, so that reads stay near)
  const val = ctx.d;
  const px = ctx.h;
  const py = ctx.m;
  // Stryker disable next-line EqualityOperator: equivalent, a typed array ignores a write past its end
  for (let p = 0; p < ctx.n; p++) {
    const i = ctx.c[p] as number;
    px[p] = x[i] as number;
    py[p] = y[i] as number;
  }
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, a turn past the last group reads an undefined end and does nothing
  for (let g = 0; g + 1 < starts.length; g++) {
    const s = starts[g] as number;
    const e = starts[g + 1] as number;
    // Stryker disable next-line ArithmeticOperator: equivalent, from s − 1 the first two turns move nothing (the inner loop stops at s)
    for (let q = s + 1; q < e; q++) {
      const v = val[q] as number;
      const xq = px[q] as number;
      const yq = py[q] as number;
      let i = q - 1;
      // Stryker disable next-line EqualityOperator: equivalent, v is a permutation: no two values are equal
      for (; i >= s && (val[i] as number) > v; i--) {
        const xi = px[i] as number;
        const yi = py[i] as number;
        sink((yq - yi) / (xq - xi));
        val[i + 1] = val[i] as number;
        px[i + 1] = xi;
        py[i + 1] = yi;
      }
      val[i + 1] = v;
      px[i + 1] = xq;
      py[i + 1] = yq;
    }
  }
}

/** The values at sorted `ranks` (0-based) of the `count` slopes of the pairs between the cuts. */
function pickBetween(ctx: Context, lower: Cut, lowerClosed: boolean, upper: Cut, upperClosed: boolean, count: number, ranks: readonly number[]): number[] {
  return streamSelect(ctx, count, ranks, (sink) => {
    ctx.work.listed += count;
    listBetween(ctx, lower, lowerClosed, upper, upperClosed, sink);
  });
}

/**
 * The values at sorted `ranks` of `count` numbers that `list` can list again and again (never
 * NaN or −0), holding few of them: a first listing keeps a reservoir sample, whose order
 * statistics bracket each rank; a second counts the numbers below a bracket and keeps those in
 * it, then selects among them. A bracket that misses its rank (a chance of about 1 in 10^4)
 * is taken again four times wider.
 */
function streamSelect(ctx: Context, count: number, ranks: readonly number[], list: (sink: (v: number) => void) => void): number[] {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: memory and speed only, the second way is right for any count
  if (count <= ctx.hold) {
    const all = held(ctx, count).subarray(0, count);
    let at = 0;
    list((v) => {
      all[at++] = v;
    });
    return pickRanks(all, ranks, ctx.random);
  }
  // Stryker disable next-line MethodExpression: speed only, a reservoir of another size only brackets the ranks less or more closely
  const size = Math.min(ctx.sample.length, ctx.hold >> 2);
  const reservoir = ctx.sample.subarray(0, size);
  // Li's algorithm L: a uniform reservoir, the gaps between replacements drawn geometrically.
  // What the reservoir holds only steers the brackets; each bracket is checked by its count and
  // widened until it holds its ranks (the adversarial generators of pairSlopes.work.test.ts).
  // Stryker disable all: speed only, see above
  const random = ctx.random;
  let w = Math.exp(Math.log(1 - random()) / size);
  let seen = 0;
  let next = size + Math.floor(Math.log(1 - random()) / Math.log(1 - w));
  list((v) => {
    if (seen < size) reservoir[seen] = v;
    else if (seen === next) {
      reservoir[Math.floor(random() * size)] = v;
      w *= Math.exp(Math.log(1 - random()) / size);
      next += Math.floor(Math.log(1 - random()) / Math.log(1 - w)) + 1;
    }
    seen++;
  });
  // Stryker restore all
  const out = new Map<number, number>();
  for (const b of bracketRanks(ranks, count, size, 0)) {
    // about four standard deviations of the sample rank either side; four times wider if missed
    // (how a bracket is drawn is speed only: the count below checks it, and growing by 4 it ends
    // at ±Infinity, which hold every rank; values equal to an end are kept on one side or the
    // other consistently)
    // Stryker disable next-line ArithmeticOperator: speed only, see above
    for (let delta = 2 * Math.sqrt(size) + 1; ; delta *= 4) {
      // Stryker disable next-line ArithmeticOperator: speed only, see above
      const below = Math.floor(b.below - delta);
      // Stryker disable all: speed only, see above
      const above = Math.ceil(b.above + delta);
      const at = [below, above].filter((j) => j >= 0 && j < size);
      const bounds = pickRanks(reservoir, at, ctx.random);
      const lo = below >= 0 ? (bounds[0] as number) : -Infinity;
      const hi = above < size ? (bounds[bounds.length - 1] as number) : Infinity;
      // Stryker restore all
      let under = 0;
      let kept = 0;
      let keep = held(ctx, ctx.hold);
      list((v) => {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
        if (v < lo) {
          under++;
          return;
        }
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
        if (v <= hi) {
          if (kept === keep.length) keep = grow(ctx, kept);
          keep[kept++] = v;
        }
      });
      if (b.ranks.every((k) => k >= under && k < under + kept)) {
        const picked = pickRanks(keep.subarray(0, kept), b.ranks.map((k) => k - under), ctx.random);
        b.ranks.forEach((k, i) => out.set(k, picked[i] as number));
        break;
      }
    }
  }
  return ranks.map((k) => out.get(k) as number);
}

/** ctx.list, at least `size` long. */
function held(ctx: Context, size: number): Float64Array {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a new array of the same size serves as well
  if (ctx.list.length < size) ctx.list = new Float64Array(size);
  return ctx.list;
}

/** ctx.list doubled, its first `kept` values kept. */
function grow(ctx: Context, kept: number): Float64Array {
  const bigger = new Float64Array(2 * kept);
  bigger.set(ctx.list.subarray(0, kept));
  ctx.list = bigger;
  return bigger;
}

/**
 * For sorted ranks among `count`, the positions in a uniform sample of `size` that bracket
 * them: `delta` either side of the expected position. Overlapping brackets merge.
 */
function bracketRanks(ranks: readonly number[], count: number, size: number, delta: number): { below: number; above: number; ranks: number[] }[] {
  const brackets: { below: number; above: number; ranks: number[] }[] = [];
  // (where a bracket lies and which merge only steers the work: each is checked by its count,
  // or serves only to choose pivots)
  for (const k of ranks) {
    // Stryker disable next-line ArithmeticOperator: speed only, see above
    const j = ((k + 0.5) / count) * size;
    const below = Math.floor(j - delta);
    const above = Math.ceil(j + delta);
    // Stryker disable next-line ArithmeticOperator: speed only, see above
    const last = brackets[brackets.length - 1];
    // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, see above
    if (last !== undefined && below <= last.above) {
      last.above = above;
      last.ranks.push(k);
    } else brackets.push({ below, above, ranks: [k] });
  }
  return brackets;
}

/**
 * The values at sorted 0-based `ranks` of `values` as sorted (reorders `values`): quickselect
 * with three-way partitions and random pivots, each rank searched right of the one before.
 * Values are never NaN or −0.
 */
export function pickRanks(values: Float64Array, ranks: readonly number[], random: () => number): number[] {
  let from = 0;
  return ranks.map((k) => {
    let lo = from;
    let hi = values.length - 1;
    // Stryker disable next-line EqualityOperator: equivalent, a range of one value partitions to itself
    while (lo < hi) {
      const pivot = values[lo + Math.floor(random() * (hi - lo + 1))] as number;
      // [lo, lt) < pivot, [lt, gt] = pivot, (gt, hi] > pivot
      let lt = lo;
      let gt = hi;
      let i = lo;
      while (i <= gt) {
        const v = values[i] as number;
        if (v < pivot) {
          values[i++] = values[lt] as number;
          values[lt++] = v;
        } else if (v > pivot) {
          values[i] = values[gt] as number;
          values[gt--] = v;
        } else i++;
      }
      // (k at an end of the pivot's block: the range left out of the next turn excludes k, whose
      // value, the pivot, is in place)
      // Stryker disable next-line EqualityOperator: equivalent, see above
      if (k < lt) {
        hi = lt - 1;
        continue;
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, see above
      if (k > gt) {
        lo = gt + 1;
        continue;
      }
      break;
    }
    from = k;
    return values[k] as number;
  });
}

/**
 * `count` integers drawn uniformly from [0, total), one call at a time in ascending order (the
 * order statistics of uniforms, each from the last: U(i) = 1 − (1 − U(i−1))·V^(1/(count − i))).
 */
function sortedDraws(random: () => number, count: number, total: number): () => number {
  let u = 0;
  let left = count;
  return () => {
    // Stryker disable next-line UpdateOperator: speed only, the draws choose which pairs are sampled
    u = 1 - (1 - u) * Math.pow(random(), 1 / left--);
    return Math.min(total - 1, Math.floor(u * total));
  };
}

/** The slopes of `count` pairs drawn uniformly (with replacement) among the pairs strictly between the cuts, in no order. */
function sampleBetween(ctx: Context, lower: Cut, upper: Cut, count: number): Float64Array {
  const { x, y, starts } = ctx.set;
  const out = ctx.sample.subarray(0, count);
  ctx.work.sampled += count;
  // Which pairs the sample holds is speed only: each slope becomes a pivot through `inside`,
  // strictly between the cuts, and any pivot there splits the interval correctly; the marks
  // below are on the lines where a mutant survived for that reason. (Others fail the tests: a
  // sample slope that is NaN at an infinite end, where `inside` cannot clamp it, breaks the
  // counts, and a poor sample breaks the work bounds of pairSlopes.work.test.ts.)
  let next = 0;
  let cumulative = 0;
  // Stryker disable next-line ConditionalExpression,UnaryOperator,BlockStatement: speed only, the general way samples every pair too
  if (lower.t1 === -Infinity && upper.t1 === Infinity) {
    // every pair: so many draws per group, then two distinct points of it at random
    const draw = sortedDraws(ctx.random, count, ctx.set.pairs);
    let drawn = draw();
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: speed only, which pairs are sampled
    for (let g = 0; g + 1 < starts.length; g++) {
      const s = starts[g] as number;
      const size = (starts[g + 1] as number) - s;
      // Stryker disable next-line AssignmentOperator,ArithmeticOperator: speed only, which pairs are sampled
      cumulative += (size * (size - 1)) / 2;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: speed only, which pairs are sampled
      for (; next < count && drawn < cumulative; next++, drawn = draw()) {
        // Stryker disable next-line ArithmeticOperator: speed only, which pairs are sampled
        const i = s + Math.floor(ctx.random() * size);
        const j = s + (i - s + 1 + Math.floor(ctx.random() * (size - 1))) % size;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a slope is the same read from either end (fl(a − b) = −fl(b − a))
        out[next] = i < j ? slopeOf(x, y, i, j) : slopeOf(x, y, j, i);
      }
    }
    return out;
  }
  // Stryker disable next-line BooleanLiteral: speed only, a sample from the closed band is clamped by `inside` like any other
  const upperOrder = between(ctx, lower, false, upper, false);
  const order = ctx.c;
  const v = ctx.d;
  const above = ctx.a; // per position: earlier positions with a larger v
  const fen = ctx.fen;
  let total = 0;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent, a turn past the last group reads an undefined end and does nothing
  for (let g = 0; g + 1 < starts.length; g++) {
    const s = starts[g] as number;
    const size = (starts[g + 1] as number) - s;
    fen.fill(0, 0, size + 1);
    for (let q = 0; q < size; q++) {
      const val = v[s + q] as number;
      let below = 0;
      for (let i = val + 1; i > 0; i -= i & -i) below += fen[i] as number;
      above[s + q] = q - below;
      total += q - below;
      for (let i = val + 1; i <= size; i += i & -i) fen[i]!++;
    }
  }
  const draw = sortedDraws(ctx.random, count, total);
  let drawn = draw();
  // Stryker disable next-line LogicalOperator,EqualityOperator,ConditionalExpression,ArithmeticOperator: speed only, which pairs are sampled
  for (let g = 0; g + 1 < starts.length && next < count; g++) {
    const s = starts[g] as number;
    const size = (starts[g + 1] as number) - s;
    fen.fill(0, 0, size + 1);
    let top = 1;
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: speed only, which pairs are sampled
    while (top * 2 <= size) top *= 2;
    // Stryker disable next-line EqualityOperator: speed only, which pairs are sampled
    for (let q = 0; q < size; q++) {
      const val = v[s + q] as number;
      const c = above[s + q] as number;
      // Stryker disable next-line EqualityOperator: speed only, which pairs are sampled
      for (; next < count && drawn < cumulative + c; next++, drawn = draw()) {
        // the (offset + 1)-th smallest value above val among the earlier positions
        let want = q - c + (drawn - cumulative) + 1;
        let at = 0;
        for (let step = top; step > 0; step >>= 1) {
          // Stryker disable next-line EqualityOperator: speed only, which pairs are sampled
          if (at + step <= size && (fen[at + step] as number) < want) {
            at += step;
            want -= fen[at] as number;
          }
        }
        out[next] = slopeOf(x, y, upperOrder[s + at] as number, order[s + q] as number);
      }
      cumulative += c;
      for (let i = val + 1; i <= size; i += i & -i) fen[i]!++;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Selection: narrow the interval of each rank, then read it off.

const NARROW = 512n;

/** Both finite and at most 512 doubles apart. */
function isNarrow(lo: number, hi: number): boolean {
  // When narrowing stops changes how a rank is read (listed, or counted by bisection between
  // the cuts), not its value, but in the regime the module notes leave approximate (crowded
  // slopes with inexact differences, beyond streamLimit), where it is fl(r_k) either way.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: speed only, see above
  return lo > -Infinity && hi < Infinity && ordinal(hi) - ordinal(lo) <= NARROW;
}

/** A pivot strictly between lo and hi (not narrow): the sample slope, or just inside the end it passed. */
function inside(slope: number, lo: number, hi: number): number {
  if (slope > lo && slope < hi) return slope;
  return slope <= lo ? lo + Math.max(Math.abs(lo) * 2 ** -49, 2 ** -520) : hi - Math.max(Math.abs(hi) * 2 ** -49, 2 ** -520);
}

/**
 * Thresholds strictly between the cuts, ascending, that bracket each rank closely: sample
 * slopes about three standard deviations of the sample rank below and above it.
 */
function pivots(ctx: Context, ranks: number[], lo: Cut, hi: Cut, count: number): number[] {
  const size = Math.min(ctx.sampleSize, count);
  const sample = sampleBetween(ctx, lo, hi, size);
  // Which sample positions become pivots is speed only: any pivot strictly between the cuts
  // (`inside` sees to that) splits the interval correctly, however well it brackets a rank.
  // Stryker disable all: speed only, see above
  // about 3 standard deviations of the sample's rank either side of each wanted rank
  const brackets = bracketRanks(ranks.map((k) => k - lo.le), count, size, 1.5 * Math.sqrt(size) + 1);
  const wanted = new Set<number>();
  for (const { below, above } of brackets) {
    if (below >= 0) wanted.add(below);
    if (above < size) wanted.add(above);
  }
  if (wanted.size === 0) wanted.add(size >> 1);
  // Stryker restore all
  // (the positions are added in ascending order, pickRanks gives ascending values for them, and
  // `inside` is monotone: both sorts only make the order plain)
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: equivalent, already ascending
  const at = [...wanted].sort((p, q) => p - q);
  const chosen = new Set(pickRanks(sample, at, ctx.random).map((slope) => inside(slope, lo.t1, hi.t1)));
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: equivalent, already ascending
  return [...chosen].sort((p, q) => p - q);
}

/** Ranks k with lo.le ≤ k < hi.lt: the slopes with r strictly between the cuts hold them. */
function solve(ctx: Context, ranks: number[], lo: Cut, hi: Cut, out: Map<number, number>): void {
  const count = hi.lt - lo.le;
  // Stryker disable next-line EqualityOperator: speed only, one pair more or less is listed or narrowed
  if (count <= ctx.budget || isNarrow(lo.t1, hi.t1)) {
    finish(ctx, ranks, lo, hi, count, out);
    return;
  }
  const bounds = [lo, ...pivots(ctx, ranks, lo, hi, count).map((t) => cutAt(ctx, t, 0)), hi];
  const parts: { ranks: number[]; lo: Cut; hi: Cut }[] = [];
  for (const k of ranks) {
    let i = 1;
    // (the last bound, hi, has hi.le ≥ hi.lt > k: the walk stops there without the index test)
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, see above
    while (i < bounds.length - 1 && (bounds[i] as Cut).le <= k) i++;
    const cut = bounds[i] as Cut;
    // Stryker disable next-line ArithmeticOperator: speed only, a rank in a part of its own is solved the same
    const last = parts[parts.length - 1];
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, hi.lt > k
    if (i < bounds.length - 1 && cut.lt <= k) {
      finishTie(ctx, k, cut, out);
      continue;
    }
    // (a mark must precede a statement: Stryker does not see one before an `else if`)
    // Stryker disable next-line ConditionalExpression: speed only, a rank in a part of its own is solved the same
    if (last !== undefined && last.hi === cut) last.ranks.push(k);
    else parts.push({ ranks: [k], lo: bounds[i - 1] as Cut, hi: cut });
  }
  bounds.length = 0;
  // one part at a time, letting the cuts of the others go
  for (let part = parts.shift(); part !== undefined; part = parts.shift()) solve(ctx, part.ranks, part.lo, part.hi, out);
}

/** Rank k has r_k = t exactly (t a pivot): with exact differences, or t = 0, σ_k = fl(t) = t. */
function finishTie(ctx: Context, k: number, cut: Cut, out: Map<number, number>): void {
  // (reading the band instead is right in every case: the shortcut is speed only)
  // Stryker disable next-line ConditionalExpression,LogicalOperator: speed only, see above
  if (ctx.set.exactDifferences || cut.t1 === 0) out.set(k, cut.t1);
  else band(ctx, [k], cut, cut, 0, out);
}

/** The interval between the cuts holds at most `budget` pairs, or is narrow. */
function finish(ctx: Context, ranks: number[], lo: Cut, hi: Cut, count: number, out: Map<number, number>): void {
  // (the path for inexact differences reads exact ones right too; listing more than the budget
  // costs memory, not correctness)
  // Stryker disable next-line ConditionalExpression,BlockStatement: speed only, see above
  if (ctx.set.exactDifferences) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, see above
    if (count <= ctx.budget) {
      const picked = pickBetween(ctx, lo, false, hi, false, count, ranks.map((k) => k - lo.le));
      ranks.forEach((k, i) => out.set(k, picked[i] as number));
    } else for (const k of ranks) out.set(k, roundedRank(ctx, k, lo.t1, hi.t1, guess(ctx, k, lo, hi, count)));
    return;
  }
  // the band of the cuts themselves (closed) serves when each rank's σ is clear of its ends
  const width = hi.le - lo.lt;
  // (without the shortcut, `band` reads the ranks from a band at least as wide)
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: speed only, see above
  if (width <= ctx.streamLimit) {
    const picked = pickBetween(ctx, lo, true, hi, true, width, ranks.map((k) => k - lo.lt));
    if (picked.every((w) => w >= sigmaCeiling(lo.t1) && w <= sigmaFloor(hi.t1))) {
      ranks.forEach((k, i) => out.set(k, picked[i] as number));
      return;
    }
  }
  band(ctx, ranks, lo, hi, count, out);
}

/** Above every σ of a pair with r < t (t ≤ 0 or ≥ 2^-400: |σ − r| ≤ 3.01 units of rounding). */
function sigmaCeiling(t: number): number {
  // (an infinite end gives NaN without its test, and no σ passes a comparison with NaN: the
  // band is read instead; a wider margin only sends more ranks to the band)
  // Stryker disable next-line BlockStatement,EqualityOperator,UnaryOperator: speed only, see above
  return t === -Infinity ? t : t + Math.abs(t) * 2 ** -49;
}

/** Below every σ of a pair with r > t. */
function sigmaFloor(t: number): number {
  // Stryker disable next-line BlockStatement,EqualityOperator,UnaryOperator: speed only, as for sigmaCeiling
  return t === Infinity ? t : t - Math.abs(t) * 2 ** -49;
}

/** A likely k-th slope among the pairs between the cuts: a small sample's order statistic. */
// Stryker disable all: speed only, the guess is bisect's first probe
function guess(ctx: Context, k: number, lo: Cut, hi: Cut, count: number): number {
  const size = Math.min(count, 255);
  return pickRanks(sampleBetween(ctx, lo, hi, size), [Math.floor(((k - lo.le + 0.5) / count) * size)], ctx.random)[0] as number;
}
// Stryker restore all

/**
 * fl(r_k), the k-th real slope rounded, knowing it lies in [low, high] (a few doubles): the
 * least double d with more than k pairs at fl(r) ≤ d, i.e. r below the midpoint m of d and the
 * next double (or at m when round-half-even gives d).
 */
function roundedRank(ctx: Context, k: number, low: number, high: number, likely: number): number {
  const count = (d: number): number => {
    const half = (fromOrdinal(ordinal(d) + 1n) - d) / 2;
    const cut = cutAt(ctx, d, half);
    return hasEvenSignificand(d) ? cut.le : cut.lt;
  };
  return bisect(ordinal(low), ordinal(high), k, count, ordinal(likely));
}

/**
 * Differences not exact: the k-th σ among the pairs with r in a band 2^-46 wider than the cuts
 * (or the tie). Below the band σ < ceiling, above it σ > floor (|σ − r| ≤ 3.01 units of
 * rounding), and the k-th σ lies between those, so it is read among the band's pairs.
 */
function band(ctx: Context, ranks: number[], lo: Cut, hi: Cut, count: number, out: Map<number, number>): void {
  // (a wider band only lists more pairs)
  // Stryker disable next-line ArithmeticOperator,UnaryOperator: speed only, see above
  const alpha = lo.t1 - Math.abs(lo.t1) * 2 ** -46;
  // Stryker disable next-line ArithmeticOperator,UnaryOperator: speed only, see above
  const beta = hi.t1 + Math.abs(hi.t1) * 2 ** -46;
  // Stryker disable next-line ConditionalExpression: speed only, see above
  const low = alpha === -Infinity ? ctx.below : cutAt(ctx, alpha, 0);
  const high = beta === Infinity ? ctx.above : cutAt(ctx, beta, 0);
  const width = high.le - low.lt;
  if (width <= ctx.streamLimit) {
    const picked = pickBetween(ctx, low, true, high, true, width, ranks.map((k) => k - low.lt));
    ranks.forEach((k, i) => out.set(k, picked[i] as number));
    return;
  }
  // So many slopes within 2^-46 of each other, with inexact differences, that reading them
  // would cost more than all else: fl(r_k) instead, within 4 units of rounding of the k-th σ.
  for (const k of ranks) {
    // (a tie's interval is narrow too, and both ways of rounding the k-th real slope agree)
    // Stryker disable next-line ConditionalExpression,BlockStatement: speed only, see above
    if (lo === hi) {
      out.set(k, lo.t1);
      continue;
    }
    // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent, both ways give fl(r_k)
    if (isNarrow(lo.t1, hi.t1)) {
      out.set(k, roundedRank(ctx, k, lo.t1, hi.t1, guess(ctx, k, lo, hi, count)));
      continue;
    }
    const near = pickBetween(ctx, lo, false, hi, false, count, [k - lo.le])[0] as number;
    // Stryker disable next-line ArithmeticOperator,UnaryOperator: speed only, a wider bracket for bisection
    out.set(k, roundedRank(ctx, k, near - Math.abs(near) * 2 ** -48, near + Math.abs(near) * 2 ** -48, near));
  }
}
