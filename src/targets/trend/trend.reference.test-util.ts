/**
 * The definition of trend(), pair by pair, for the tests that hold the fast paths to it
 * (trend.fast.test-prop.ts) and for the expected results of the large cases
 * (trend.fast.expected.test-util.ts, checked by trend.fast.reference.test.ts).
 */
import { twoSidedNormalP, zForConfidence } from "../../stats/distributions/normal.js";
import type { TrendPoint, TrendResult } from "./trend.js";

/**
 * trend() against the definition, pair by pair: S over all pairs, the tie-corrected variance,
 * every pairwise slope sorted, its median and the interval's ranks. O(n²), independent of the
 * library's fast paths (the normal quantile and p-value are the library's: they are not what
 * is under test).
 */
export function reference(series: readonly number[] | readonly TrendPoint[], options: { period?: number; confidence?: number; alpha?: number } = {}): TrendResult {
  const points = (series as readonly (number | TrendPoint)[])
    .map((p, i) => (typeof p === "number" ? { x: i, y: p } : { x: p.t as number, y: p.value }))
    .sort((a, b) => a.x - b.x);
  const n = points.length;
  const period = options.period ?? null;
  const seasons = period ?? 1;
  const level = options.confidence ?? 0.95;
  const blank = { s: null, varS: null, z: null, pValue: null, tau: null, direction: null, slope: null, intercept: null, slopeCi: null };
  if (n < 3) return { n, period, ...blank, reason: "too-few-points" };
  if (n < 2 * seasons) return { n, period, ...blank, reason: "too-few-points-in-season" };
  let s = 0;
  let varS = 0;
  let tauDen = 0;
  const slopes: number[] = [];
  for (let season = 0; season < seasons; season++) {
    const xs = points.filter((_, k) => k % seasons === season).map((p) => p.x);
    const ys = points.filter((_, k) => k % seasons === season).map((p) => p.y);
    const m = ys.length;
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        s += Math.sign(ys[j]! - ys[i]!);
        slopes.push((ys[j]! - ys[i]!) / (xs[j]! - xs[i]!));
      }
    }
    const counts = new Map<number, number>();
    for (const v of ys) counts.set(v, (counts.get(v) ?? 0) + 1);
    let tieTerm = 0;
    let tied = 0;
    for (const v of [...counts.keys()].sort((a, b) => a - b)) {
      const t = counts.get(v)!;
      tieTerm += t * (t - 1) * (2 * t + 5);
      tied += (t * (t - 1)) / 2;
    }
    varS += (m * (m - 1) * (2 * m + 5) - tieTerm) / 18;
    const pairs = (m * (m - 1)) / 2;
    tauDen += Math.sqrt((pairs - tied) * pairs);
  }
  const z = s === 0 || varS === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varS);
  const pValue = twoSidedNormalP(z);
  const sorted = Float64Array.from(slopes).sort();
  const big = sorted.length;
  const mid = Math.floor(big / 2);
  const slope = big % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const halfEven = (v: number): number => {
    const r = Math.round(v);
    return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
  };
  const c = zForConfidence(level) * Math.sqrt(varS);
  const lo = halfEven((big - c) / 2);
  const up = halfEven((big + c) / 2 + 1);
  const residuals = Float64Array.from(points, (p) => p.y - slope * p.x).sort();
  const half = n >> 1;
  return {
    n,
    period,
    s,
    varS,
    z,
    pValue,
    tau: tauDen === 0 ? null : s / tauDen,
    direction: pValue < (options.alpha ?? 0.05) ? (s > 0 ? "increasing" : "decreasing") : "no trend",
    slope,
    intercept: n % 2 === 1 ? residuals[half]! : (residuals[half - 1]! + residuals[half]!) / 2,
    slopeCi: lo < 1 || up > big ? null : { lower: sorted[lo - 1]!, upper: sorted[up - 1]!, level },
    reason: null,
  };
}

/** A random walk of small steps, so that values repeat (seeded: the same series every run). */
export function walk(n: number, seed: number, step = 1): number[] {
  let state = seed;
  let v = 0;
  return Array.from({ length: n }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    v += (Math.floor((state / 2_147_483_648) * 3) - 1) * step;
    return v;
  });
}

/**
 * The large cases: thousands of points, where `reference` takes seconds (millions of pairs). Their
 * results are kept in trend.fast.expected.test-util.ts, which trend.fast.reference.test.ts holds
 * equal to `reference` in every test run, so that trend.fast.test-prop.ts (run against every mutant of the
 * mutation runs) compares with them in milliseconds.
 */
export const LARGE = {
  "a random walk of 3,000 whole numbers": { series: () => walk(3000, 11), options: {} },
  "the same walk with weekly seasons, and at 99 %": { series: () => walk(3000, 12), options: { period: 7, confidence: 0.99 } },
  "500 seasons of six points: many small groups": { series: () => walk(3000, 14), options: { period: 500 } },
  "hourly points in days (times not exact in binary) with values in tenths": {
    series: () => walk(2000, 13, 0.1).map((value, i) => ({ t: 20_000 + i / 24, value })),
    options: {},
  },
  "a flat series": { series: () => Array.from({ length: 2500 }, () => 4), options: {} },
  "a staircase: large groups of equal slopes": { series: () => Array.from({ length: 2500 }, (_, i) => Math.floor(i / 3)), options: {} },
  "a line: every slope equal": { series: () => Array.from({ length: 2500 }, (_, i) => 5 - 2 * i), options: {} },
} satisfies Record<string, { series: () => readonly number[] | readonly TrendPoint[]; options: { period?: number; confidence?: number } }>;
