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

  it.each(adversaries)("%s: the reservoir's brackets miss, and are widened until they hold their ranks", (_, make) => {
    // more listed slopes than `hold`: a reservoir sample of 1,024 brackets the ranks, and a
    // generator that is not random fills it with the first slopes listed, so brackets miss
    const y = Float64Array.from({ length: 150 }, (_, i) => Math.floor(Math.sin(i) * 4) + (i % 7) / 10);
    const set = slopeSet(Float64Array.from(y, (_, i) => i), y, Int32Array.from([0, 150]));
    const sorted = sortedSlopes(set);
    const ranks = [0, 1, 500, Math.floor(sorted.length / 2), sorted.length - 700, sorted.length - 1];
    const options = { directPairs: 0, budget: 100_000, sampleSize: 1024, hold: 4096 };
    expect(selectPairSlopes(set, ranks, { ...options, random: make() })).toStrictEqual(ranks.map((k) => sorted[k]));
  });

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
    expect(work.sampled).toBeGreaterThanOrEqual(n);
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

describe("the magnitude guard sends every extreme set to the direct path", () => {
  // Values, times and slopes beyond 2^±400 would overflow or underflow the fast path's keys
  // (y − t·x in double-double); the guard (`safe`) sends such sets to the direct path even when
  // the settings ask for the fast one. Each scale below breaks one clause of the guard alone.
  const scales = {
    "huge times": { gap: 1e300, y: 1 },
    "tiny times": { gap: 1e-300, y: 1 },
    "huge values": { gap: 1, y: 1e300 },
    "huge negative values": { gap: 1, y: -1e300 },
    "tiny values": { gap: 1, y: 1e-310 },
    "huge slopes (values over tiny gaps)": { gap: 2 ** -300, y: 2 ** 200 },
    "tiny slopes (values over huge gaps)": { gap: 2 ** 300, y: 2 ** -200 },
  };
  // only the magnitudes of the times or values are extreme: every slope is 0 (one value) or
  // moderate (a huge value plus steps whose slopes are of the order 2^352)
  const level = {
    "times near the largest double, one value": { x: (i: number) => i * 2 ** 1000, y: () => 5 },
    "times of 2^-1000, one value": { x: (i: number) => i * 2 ** -1000, y: () => 5 },
    "one value near the largest double": { x: (i: number) => i, y: () => 1.5e308 },
    "one value near the lowest double": { x: (i: number) => i, y: () => -1.5e308 },
    "one subnormal value": { x: (i: number) => i, y: () => 1e-310 },
    "values of 2^401 plus steps of 2^349": { x: (i: number) => i, y: (i: number) => 2 ** 401 + ((i * 7) % 5) * 2 ** 349 },
    // (the least gap between negative times, not the least sum of neighbours)
    "huge slopes at negative times": { x: (i: number) => (i - 40) * 2 ** -300, y: (i: number) => (((i * 7) % 9) - 4) * 2 ** 200 + 0 },
  };

  it.each(Object.entries(level))("%s", (_, { x: xAt, y: yAt }) => {
    const n = 40;
    const set = slopeSet(Float64Array.from({ length: n }, (_, i) => xAt(i)), Float64Array.from({ length: n }, (_, i) => yAt(i)), Int32Array.from([0, n]));
    expect(set.safe).toBe(false);
    const sorted = sortedSlopes(set);
    const ranks = [0, 7, Math.floor(sorted.length / 2), sorted.length - 1];
    expect(selectPairSlopes(set, ranks, { directPairs: 0, budget: 4, sampleSize: 16, hold: 64 })).toStrictEqual(ranks.map((k) => sorted[k]));
  });
  const squeezed: SelectOptions = { directPairs: 0, budget: 4, sampleSize: 16, hold: 64 };

  it.each(Object.entries(scales))("%s", (_, { gap, y: scale }) => {
    for (const seed of [3, 17, 29]) {
      let s = seed;
      const draw = () => (s = (s * 48_271) % 2_147_483_647) / 2_147_483_647;
      const n = 40;
      // a time 0 and a value 0 keep one small magnitude beside the extreme ones, as real data may
      const x = Float64Array.from({ length: n }, (_, i) => i * gap * (1 + Math.floor(draw() * 3)));
      for (let i = 1; i < n; i++) if (x[i]! <= x[i - 1]!) x[i] = x[i - 1]! + gap;
      const y = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 0 : (Math.floor(draw() * 9) - 4) * scale) + 0);
      const set = slopeSet(x, y, Int32Array.from([0, n]));
      expect(set.safe).toBe(false);
      const sorted = sortedSlopes(set);
      const ranks = [0, 7, Math.floor(sorted.length / 2), sorted.length - 1];
      expect(selectPairSlopes(set, ranks, squeezed)).toStrictEqual(ranks.map((k) => sorted[k]));
    }
  });
});

describe("crowds of slopes a few units of rounding apart, differences not exact", () => {
  // y = c·x rounded: every real slope is c within a few units of rounding, and the computed
  // slopes are not in the order of the real ones. With `streamLimit` large enough to list every
  // rank's band, the result must still be the k-th slope of the sorted list exactly. The
  // shapes: plain steps; a bump every fifth point; times with quarter steps; values spanning
  // 4–8 at the last bit of [2, 4) (just too wide for exact differences, at the bound's edge);
  // times i·(1 + 2^-47) (times and values both inexact).
  const settings: SelectOptions[] = [
    { directPairs: 0, budget: 4, sampleSize: 16, hold: 64, streamLimit: 1 << 20 },
    { directPairs: 0, budget: 64, sampleSize: 32, hold: 4096, streamLimit: 1 << 20 },
    { directPairs: 0, budget: 2, sampleSize: 8, streamLimit: 1 << 20 },
    { directPairs: 0, budget: 300, sampleSize: 64, hold: 40, streamLimit: 1 << 20 },
  ];
  const shapes: [string, (i: number) => number, (x: number, i: number, c: number, n: number) => number][] = [
    ["steps", (i) => i, (x, _, c) => c * x],
    ["a bump every fifth point", (i) => i, (x, i, c) => c * x + (i % 5 === 0 ? c : 0)],
    ["quarter steps in time", (i) => i + (i % 3) * 0.25, (x, _, c) => c * x],
    ["values over 4–8 with the last bit of [2, 4)", (i) => i, (x, _, c, n) => 2 + (6 / n) * (1 + c / 1000) * x],
    ["times i·(1 + 2^-47)", (i) => i * (1 + 2 ** -47), (x, _, c) => c * x],
  ];

  it.each(shapes)("%s", (_, xAt, yAt) => {
    for (const c of [0.1, -0.1, 0.3, -1 / 3, 0.7, -1.1, 2 / 3, -1e-3, 123.456]) {
      for (const n of [30, 61, 90]) {
        const x = Float64Array.from({ length: n }, (_, i) => xAt(i));
        const y = Float64Array.from({ length: n }, (_, i) => yAt(x[i]!, i, c, n) + 0);
        const set = slopeSet(x, y, Int32Array.from([0, n]));
        const sorted = sortedSlopes(set);
        const ranks = Array.from({ length: 15 }, (_, k) => Math.floor((k * (sorted.length - 1)) / 14));
        for (const options of settings) expect(selectPairSlopes(set, ranks, options)).toStrictEqual(ranks.map((k) => sorted[k]));
      }
    }
  });
});
