import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { signOfSum, twoProductError } from "./exactSign.js";
import { fromOrdinal, hasEvenSignificand, lowestBitExponent, ordinal, RadixSpace, sortByKey } from "./floatOrder.js";
import { countSlopesAt, pickRanks, selectPairSlopes, slopeSet, type SelectOptions } from "./pairSlopes.js";

/** Groups of points (x ascending within each) laid out one after another. */
function layout(groups: readonly { x: readonly number[]; y: readonly number[] }[]) {
  const starts = [0];
  for (const g of groups) starts.push(starts[starts.length - 1]! + g.x.length);
  return slopeSet(Float64Array.from(groups.flatMap((g) => g.x)), Float64Array.from(groups.flatMap((g) => g.y)), Int32Array.from(starts));
}

/** Every pair's slope within each group, sorted as Float64Array#sort sorts. */
function allSlopes(groups: readonly { x: readonly number[]; y: readonly number[] }[]): Float64Array {
  const out: number[] = [];
  for (const { x, y } of groups) for (let i = 0; i < x.length; i++) for (let j = i + 1; j < x.length; j++) out.push((y[j]! - y[i]!) / (x[j]! - x[i]!));
  return Float64Array.from(out).sort();
}

/** Times 0, 1, 2 … with gaps, split into `seasons` groups round robin. */
function seasons(y: readonly number[], gaps: readonly number[], count: number, unit = 1) {
  let t = 0;
  const x = y.map((_, i) => (t += (gaps[i % gaps.length] ?? 1) * unit));
  return Array.from({ length: count }, (_, g) => ({ x: x.filter((_, k) => k % count === g), y: y.filter((_, k) => k % count === g) }));
}

/** Small settings that force every stage at small sizes: rounds of sampling, listing, the reservoir. */
const tight: SelectOptions[] = [
  { directPairs: 0, budget: 4, sampleSize: 16, hold: 64 },
  { directPairs: 0, budget: 300, sampleSize: 64, hold: 40 },
  { directPairs: 0, budget: 2, sampleSize: 8 },
];

function expectRanks(groups: readonly { x: readonly number[]; y: readonly number[] }[], ranksOf: (pairs: number) => number[], options: SelectOptions): void {
  const set = layout(groups);
  const sorted = allSlopes(groups);
  if (sorted.length === 0) return;
  const ranks = ranksOf(sorted.length);
  const got = selectPairSlopes(set, ranks, options);
  expect(got).toStrictEqual(ranks.map((k) => sorted[k]));
}

const everyRank = (pairs: number): number[] => [0, Math.floor(pairs / 3), Math.floor(pairs / 2), pairs - 1];

describe("selectPairSlopes equals sorting every pair's slope", () => {
  const values = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 120 }),
    fc.array(fc.integer({ min: -30, max: 30 }).map((v) => v / 10), { minLength: 2, maxLength: 120 }),
  );
  test.prop([values, fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 3 }), fc.constantFrom(1, 1 / 24), fc.constantFrom(...tight)], { numRuns: 150 })(
    "small integers or tenths, uneven times, one to three groups, squeezed settings",
    (y, gaps, count, unit, options) => {
      expectRanks(seasons(y, gaps, count, unit), everyRank, options);
    },
  );

  it("staircases and lines: many exactly equal slopes, some not representable (⅓)", () => {
    for (const options of tight) {
      for (const y of [
        Array.from({ length: 90 }, (_, i) => Math.floor(i / 3)),
        Array.from({ length: 90 }, (_, i) => 3 * i),
        Array.from({ length: 90 }, () => 7),
        Array.from({ length: 90 }, (_, i) => (i % 4 === 0 ? 1 : 0) + Math.floor(i / 8)),
      ]) {
        expectRanks(seasons(y, [1], 1), (pairs) => Array.from({ length: 25 }, (_, k) => Math.floor((k * (pairs - 1)) / 24)), options);
      }
    }
  });

  it("keys that are not exact in double-double: a large offset, and ties among such keys", () => {
    // y near 2^30 with slopes of 1/3: y − t·x loses bits twice, and points on one line tie
    const third = 1 / 3;
    const x = Array.from({ length: 60 }, (_, i) => i + (i % 5 === 0 ? 0.5 : 0));
    const y = x.map((v, i) => 2 ** 30 + (i % 3 === 0 ? v * third : Math.floor(v) % 7));
    for (const options of tight) expectRanks([{ x, y }], everyRank, options);
    const line = Array.from({ length: 40 }, (_, i) => ({ x: 3 * i + 1, y: 1e9 + third * 2 ** (i % 3) }));
    expectRanks([{ x: line.map((p) => p.x), y: line.map((p) => p.y) }], everyRank, tight[0]!);
  });

  it("magnitudes beyond the fast path's guard take the direct path, listed or counted", () => {
    const groups = [
      { x: [0, 1, 2, 3, 4, 5], y: [1e300, -1e300, 0, 5, 1e300, 7] },
      { x: [1e-300, 2e-300, 3], y: [1, 2, 1] },
      { x: [0, 1, 2, 3], y: [1e-320, 0, -1e-320, 2] },
    ];
    for (const g of groups) {
      expect(layout([g]).safe).toBe(false);
      expectRanks([g], (pairs) => Array.from({ length: pairs }, (_, k) => k), {});
      expectRanks([g], (pairs) => Array.from({ length: pairs }, (_, k) => k), { streamLimit: 1 });
    }
    // −0 sorts before 0 on both direct paths
    const zeros = { x: [0, 1, 2, 1e-310], y: [0, -0, 0, 1] };
    const sorted = [zeros].map((g) => ({ x: [...g.x].sort((a, b) => a - b), y: [0, 1, -0, 0] }));
    expectRanks(sorted, (pairs) => Array.from({ length: pairs }, (_, k) => k), { streamLimit: 1 });
  });

  it("differences not exact and crowds of near-equal slopes: fl of the exact rank's slope, a few units of rounding off", () => {
    // 0.1·i: every slope is 0.1 up to rounding; beyond streamLimit the k-th σ is not listed
    const x = Array.from({ length: 80 }, (_, i) => i);
    const y = x.map((i) => 0.1 * i);
    const sorted = allSlopes([{ x, y }]);
    for (const options of [{ directPairs: 0, budget: 8, sampleSize: 16, streamLimit: 4 }, { directPairs: 0, budget: 4000, streamLimit: 4 }]) {
      const ranks = everyRank(sorted.length);
      const got = selectPairSlopes(layout([{ x, y }]), ranks, options);
      ranks.forEach((k, i) => expect(Math.abs(got[i]! - sorted[k]!)).toBeLessThanOrEqual(8 * 2 ** -52 * Math.abs(sorted[k]!)));
    }
    // within the limit the band is listed: exact
    expectRanks([{ x, y }], everyRank, { directPairs: 0, budget: 8, sampleSize: 16 });
    // a slope that many pairs share exactly (2), in data whose differences are not exact (a tenth)
    const line = x.map((i) => (i === 7 ? 0.1 : 2 * i));
    expectRanks([{ x, y: line }], everyRank, { directPairs: 0, budget: 4, sampleSize: 16, streamLimit: 4 });
  });

  it("many listed slopes: a reservoir sample brackets the ranks, then only those in between are kept", () => {
    const y = Array.from({ length: 150 }, (_, i) => Math.floor(Math.sin(i) * 4) + (i % 7) / 10);
    expectRanks([{ x: y.map((_, i) => i), y }], everyRank, { directPairs: 0, budget: 100_000, sampleSize: 1024, hold: 4096 });
    expectRanks([{ x: y.map((_, i) => i), y }], (pairs) => [0, 1, pairs - 2, pairs - 1], { directPairs: 0, budget: 100_000, sampleSize: 1024, hold: 4096 });
  });
});

/** d as n·2^e, exactly. */
function exact(d: number): { n: bigint; e: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, d);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n === 1n ? -1n : 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  return biased === 0 ? { n: sign * fraction, e: -1074 } : { n: sign * (fraction | (1n << 52n)), e: biased - 1075 };
}

/** sgn(y_j − y_i − t·(x_j − x_i)) in exact arithmetic. */
function exactSide(t: number, xi: number, yi: number, xj: number, yj: number): number {
  const T = exact(t);
  const terms = [exact(yj), { n: -exact(yi).n, e: exact(yi).e }, { n: -T.n * exact(xj).n, e: T.e + exact(xj).e }, { n: T.n * exact(xi).n, e: T.e + exact(xi).e }];
  const e = Math.min(...terms.map((v) => v.e));
  const sum = terms.reduce((acc, v) => acc + (v.n << BigInt(v.e - e)), 0n);
  return sum > 0n ? 1 : sum < 0n ? -1 : 0;
}

describe("countSlopesAt counts exactly, however close the keys", () => {
  test.prop([
    fc.double({ min: 0.1, max: 3, noNaN: true }),
    fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 30 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })), { maxLength: 10 }),
    fc.double({ min: 1e14, max: 1e17, noNaN: true }),
  ])("random points, near-ties y_b = fl(y_a + t·2^k), and one large value whose key carries a large rest", (t, ys, ties, big) => {
    const points = ys.map((y, i) => ({ x: 4 * i + 1, y }));
    for (const [at, k] of ties) {
      const a = points[at % ys.length]!;
      const x = a.x + 2 ** k;
      if (!points.some((p) => p.x === x)) points.push({ x, y: a.y + t * 2 ** k });
    }
    points.push({ x: 4 * ys.length + 7.3, y: big }, { x: 4 * ys.length + 9.1, y: big + t * 1.8 });
    points.sort((p, q) => p.x - q.x);
    const x = points.map((p) => p.x);
    const y = points.map((p) => p.y);
    let lt = 0;
    let le = 0;
    for (let i = 0; i < x.length; i++) {
      for (let j = i + 1; j < x.length; j++) {
        const side = exactSide(t, x[i]!, y[i]!, x[j]!, y[j]!);
        if (side < 0) lt++;
        if (side <= 0) le++;
      }
    }
    expect(countSlopesAt(layout([{ x, y }]), t)).toStrictEqual({ lt, le });
  });
});

describe("the tools underneath", () => {
  it("ordinal walks the doubles in the order of Float64Array#sort", () => {
    const values = [-Infinity, -1e300, -1, -5e-324, -0, 0, 5e-324, 1, 1 + 2 ** -52, Infinity];
    const ords = values.map(ordinal);
    for (let i = 1; i < ords.length; i++) expect(ords[i]! > ords[i - 1]!).toBe(true);
    expect(values.map((v) => Object.is(fromOrdinal(ordinal(v)), v))).toStrictEqual(values.map(() => true));
    expect(fromOrdinal(ordinal(1) + 1n)).toBe(1 + 2 ** -52);
    expect(fromOrdinal(ordinal(-0) + 1n)).toBe(0);
  });

  it("reads the lowest set bit and the last significand bit", () => {
    expect([1, 3, 0.75, 2 ** 60, 5e-324, 3 * 5e-324, 1 + 2 ** -52, 2 ** -1040].map(lowestBitExponent)).toStrictEqual([0, 0, -2, 60, -1074, -1074, -52, -1040]);
    expect([1, 1 + 2 ** -52, 3, -1].map(hasEvenSignificand)).toStrictEqual([true, false, true, true]);
  });

  test.prop([fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 })), { maxLength: 200 })])(
    "sortByKey sorts indices by key, stable",
    (keys) => {
      const key = Float64Array.from(keys, (k) => k + 0);
      const order = Uint32Array.from(keys, (_, i) => i);
      sortByKey(key, order, new RadixSpace(keys.length));
      const want = Array.from(keys, (_, i) => i).sort((a, b) => key[a]! - key[b]! || a - b);
      expect(Array.from(order)).toStrictEqual(want);
    },
  );

  test.prop([fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 100 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 })])(
    "pickRanks finds order statistics among repeated values",
    (values, at) => {
      const sorted = Float64Array.from(values).sort();
      const ranks = [...new Set(at.map((a) => a % values.length))].sort((a, b) => a - b);
      let seed = 1;
      const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
      expect(pickRanks(Float64Array.from(values), ranks, random)).toStrictEqual(ranks.map((k) => sorted[k]));
    },
  );

  it("signs sums exactly and recovers a product's rounding error", () => {
    const terms = Float64Array.from([1e16, 1, -1e16, -1, 2 ** -60]);
    expect(signOfSum(terms, 5)).toBe(1);
    expect(signOfSum(terms, 4)).toBe(0);
    expect(signOfSum(Float64Array.from([1, -1 - 2 ** -52]), 2)).toBe(-1);
    const a = 1 + 2 ** -30;
    const p = a * a;
    expect(twoProductError(a, a, p)).toBe(2 ** -60);
  });
});
