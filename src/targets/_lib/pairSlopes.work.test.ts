/**
 * What the randomness of slope selection may and may not change. Sampling and pivots only steer
 * the work: the result is the sorted pairs' slopes whatever the random numbers are, and the work
 * stays within the design's bounds with the seeded generator (module notes of pairSlopes.ts:
 * about two rounds of sampling, at most 32 pairs per point listed per rank's interval).
 */
import { describe, expect, it } from "vitest";
import { generator, selectPairSlopes, slopeSet, type SelectOptions, type SelectWork } from "./pairSlopes.js";

/** mulberry32 (Tommy Ettinger, public domain), written here from its published definition. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A double in [0, 1) from two 32-bit draws: 27 high bits, then 26 (the 53-bit construction of genrand_res53). */
function res53(next: () => number): () => number {
  return () => {
    const a = next() >>> 5;
    const b = next() >>> 6;
    return (a * 2 ** 26 + b) / 2 ** 53;
  };
}

/** A line of n points whose values are drawn from a small Lehmer generator: many ties. */
function points(n: number, seed: number, groups = 1) {
  let s = seed;
  const draw = () => (s = (s * 48_271) % 2_147_483_647) / 2_147_483_647;
  const x = Float64Array.from({ length: n }, (_, i) => i);
  const y = Float64Array.from({ length: n }, (_, i) => Math.floor(draw() * 50) + Math.floor(i / 10));
  const starts = Int32Array.from({ length: groups + 1 }, (_, g) => Math.floor((g * n) / groups));
  return slopeSet(x, y, starts);
}

/** Every pair's slope within each group, sorted as Float64Array#sort sorts. */
function sortedSlopes(set: ReturnType<typeof slopeSet>): Float64Array {
  const out: number[] = [];
  for (let g = 0; g + 1 < set.starts.length; g++) {
    for (let i = set.starts[g]!; i < set.starts[g + 1]!; i++) {
      for (let j = i + 1; j < set.starts[g + 1]!; j++) out.push((set.y[j]! - set.y[i]!) / (set.x[j]! - set.x[i]!));
    }
  }
  return Float64Array.from(out).sort();
}

describe("the seeded generator", () => {
  it("is mulberry32's stream read 53 bits at a time, every value in [0, 1)", () => {
    for (const seed of [0x9e3779b9, 0, 1, 0xffffffff]) {
      const ours = generator(seed);
      const reference = res53(mulberry32(seed));
      for (let i = 0; i < 2000; i++) expect(ours()).toBe(reference());
    }
    const ours = generator(0x9e3779b9);
    let low = Infinity;
    let high = -Infinity;
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = ours();
      low = Math.min(low, u);
      high = Math.max(high, u);
      sum += u;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    // the mean of 100,000 uniforms is 0.5 with a standard deviation of 0.00091
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});

describe("random numbers change the work, never the result", () => {
  // squeezed settings reach every stage at small sizes: rounds of sampling, listing, the reservoir
  const settings: SelectOptions[] = [
    { directPairs: 0, budget: 4, sampleSize: 16, hold: 64 },
    { directPairs: 0, budget: 300, sampleSize: 64, hold: 40 },
  ];
  // the extremes of [0, 1), a stuck generator, and a zigzag between them
  const zigzag = (): (() => number) => {
    let i = 0;
    return () => (i++ % 2 === 0 ? 0 : 1 - 2 ** -53);
  };
  const adversaries: [string, () => () => number][] = [
    ["always 0", () => () => 0],
    ["always the largest double below 1", () => () => 1 - 2 ** -53],
    ["always ½", () => () => 0.5],
    ["0 and 1 − 2⁻⁵³ in turn", zigzag],
  ];

  it.each(adversaries)("%s", (_, make) => {
    for (const set of [points(90, 11), points(120, 5, 3), slopeSet(Float64Array.from({ length: 70 }, (_, i) => i), Float64Array.from({ length: 70 }, (_, i) => 0.1 * (i % 9) + Math.floor(i / 5)), Int32Array.from([0, 70]))]) {
      const sorted = sortedSlopes(set);
      const ranks = [0, 1, Math.floor(sorted.length / 3), Math.floor(sorted.length / 2), sorted.length - 2, sorted.length - 1];
      for (const options of settings) {
        expect(selectPairSlopes(set, ranks, { ...options, random: make() })).toStrictEqual(ranks.map((k) => sorted[k]));
      }
    }
  });
});

describe("the work stays within the design's bounds", () => {
  // 20,000 points: 2·10⁸ pairs (1/4 of them in the second case), four ranks in three brackets
  // (the 2.5 % and 97.5 % ranks of a 95 % interval, the two middle ranks of the median).
  it.each([
    ["one series", 1],
    ["four seasons", 4],
  ])("%s of 20,000 points: a few cuts, a few dozen pairs listed and a few sampled per point", (_, groups) => {
    const n = 20_000;
    const set = points(n, 3, groups);
    const p = set.pairs;
    const work: SelectWork = { cuts: 0, listed: 0, sampled: 0 };
    const ranks = [Math.floor(p * 0.025), Math.floor((p - 1) / 2), Math.floor(p / 2), Math.floor(p * 0.975)];
    const got = selectPairSlopes(set, ranks, { work });
    // two rounds of two cuts per bracket, at most one more per bracket for a third round
    expect(work.cuts).toBeLessThanOrEqual(16);
    expect(work.cuts).toBeGreaterThanOrEqual(6);
    // each bracket ends with at most 32 pairs per point, listed twice when more than `hold`
    // (once for a reservoir sample that brackets the ranks, once to keep those in the bracket)
    expect(work.listed).toBeLessThanOrEqual(2 * 3 * 32 * n);
    expect(work.listed).toBeGreaterThan(0);
    // a sample of n slopes in the first round, one per bracket in the next, rarely a third
    expect(work.sampled).toBeLessThanOrEqual(8 * n);
    // the slopes picked are ordered as their ranks
    for (let i = 1; i < got.length; i++) expect(got[i]!).toBeGreaterThanOrEqual(got[i - 1]!);
  });

  it("few pairs are listed and sorted directly, with no cut", () => {
    const work: SelectWork = { cuts: 0, listed: 0, sampled: 0 };
    const set = points(64, 9);
    const sorted = sortedSlopes(set);
    expect(selectPairSlopes(set, [0, 1000, 2015], { work })).toStrictEqual([sorted[0], sorted[1000], sorted[2015]]);
    expect(work).toStrictEqual({ cuts: 0, listed: 0, sampled: 0 });
  });
});
