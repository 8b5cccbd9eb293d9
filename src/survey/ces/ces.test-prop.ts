import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { ces } from "./ces.js";

/** A scale and answers on it. */
const scaled = fc
  .record({ min: fc.integer({ min: -10, max: 10 }), width: fc.integer({ min: 1, max: 10 }) })
  .chain(({ min, width }) =>
    fc.record({
      scale: fc.constant({ min, max: min + width }),
      ratings: fc.array(fc.integer({ min, max: min + width }), { maxLength: 150 }),
    }),
  );

const permuted = <T>(values: T[]) => fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length });

test.prop([scaled, fc.boolean()])("mean, shares, netEasy and ci stay in range", ({ scale, ratings }, lowerIsEasier) => {
  const r = ces(ratings, { scale, lowerIsEasier });
  expect(r.n).toBe(ratings.length);
  if (r.n === 0) {
    expect(r).toEqual({ value: null, n: 0, mean: null, easyPercent: null, difficultPercent: null, netEasy: null, ci: null });
    return;
  }
  expect(r.value).toBe(r.mean);
  expect(r.mean).toBeGreaterThanOrEqual(scale.min);
  expect(r.mean).toBeLessThanOrEqual(scale.max);
  expect(r.easyPercent! + r.difficultPercent!).toBeLessThanOrEqual(100 + 1e-9);
  expect(r.netEasy).toBe(r.easyPercent! - r.difficultPercent!);
  expect(r.netEasy).toBeGreaterThanOrEqual(-100);
  expect(r.netEasy).toBeLessThanOrEqual(100);
  if (r.n < 2) {
    expect(r.ci).toBeNull();
  } else {
    expect(r.ci!.lower).toBeLessThanOrEqual(r.mean!);
    expect(r.ci!.upper).toBeGreaterThanOrEqual(r.mean!);
    // symmetric around the mean
    expect(r.mean! - r.ci!.lower).toBeCloseTo(r.ci!.upper - r.mean!, 9);
  }
});

test.prop([scaled])("lowerIsEasier on the mirrored answers (x → min + max − x) mirrors everything", ({ scale, ratings }) => {
  const higher = ces(ratings, { scale });
  const mirrored = ratings.map((x) => scale.min + scale.max - x);
  const lower = ces(mirrored, { scale, lowerIsEasier: true });
  expect(lower.easyPercent).toBe(higher.easyPercent);
  expect(lower.difficultPercent).toBe(higher.difficultPercent);
  expect(lower.netEasy).toBe(higher.netEasy);
  if (higher.mean === null) return;
  expect(lower.mean!).toBeCloseTo(scale.min + scale.max - higher.mean, 9);
  if (higher.ci === null) return;
  expect(lower.ci!.upper - lower.ci!.lower).toBeCloseTo(higher.ci.upper - higher.ci.lower, 9);
});

test.prop([scaled.chain((s) => fc.tuple(fc.constant(s), permuted(s.ratings))), fc.boolean()])(
  "the order of the answers never changes the result",
  ([{ scale, ratings }, shuffled], lowerIsEasier) => {
    expect(ces(shuffled, { scale, lowerIsEasier })).toEqual(ces(ratings, { scale, lowerIsEasier }));
  },
);

test.prop([scaled.filter((s) => s.ratings.length > 0), fc.nat(), fc.nat()])(
  "an easier answer never lowers the mean or easy%, nor raises difficult%",
  ({ scale, ratings }, at, up) => {
    const i = at % ratings.length;
    const old = ratings[i]!;
    const raised = ratings.slice();
    raised[i] = old + (up % (scale.max - old + 1));
    const before = ces(ratings, { scale });
    const after = ces(raised, { scale });
    expect(after.mean!).toBeGreaterThanOrEqual(before.mean!);
    expect(after.easyPercent!).toBeGreaterThanOrEqual(before.easyPercent!);
    expect(after.difficultPercent!).toBeLessThanOrEqual(before.difficultPercent!);
  },
);

test.prop([scaled, fc.integer({ min: -1000, max: 1000 })])("shifting scale and answers shifts mean and ci, keeps the shares", ({ scale, ratings }, k) => {
  const a = ces(ratings, { scale });
  const b = ces(
    ratings.map((x) => x + k),
    { scale: { min: scale.min + k, max: scale.max + k } },
  );
  expect(b.easyPercent).toBe(a.easyPercent);
  expect(b.difficultPercent).toBe(a.difficultPercent);
  if (a.mean !== null) expect(b.mean!).toBeCloseTo(a.mean + k, 9);
  if (a.ci !== null) {
    expect(b.ci!.lower).toBeCloseTo(a.ci.lower + k, 8);
    expect(b.ci!.upper).toBeCloseTo(a.ci.upper + k, 8);
  }
});

/** Two-pass sample standard deviation (divisor n − 1), independent of the code under test. */
function sampleSd(xs: readonly number[]): number {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

test.prop([scaled.filter((s) => s.ratings.length >= 2)])(
  "the ci half-width is t · s / √n: the implied t depends only on n and the level",
  ({ scale, ratings }) => {
    const n = ratings.length;
    const implied = (xs: readonly number[], confidence: number): number => {
      const ci = ces(xs, { scale, confidence }).ci!;
      return (ci.upper - ci.lower) / 2 / (sampleSd(xs) / Math.sqrt(n));
    };
    if (sampleSd(ratings) === 0) {
      const ci = ces(ratings, { scale }).ci!;
      expect(ci.upper - ci.lower).toBe(0);
      return;
    }
    // A reference sample of the same size with a spread: one answer at the top, the rest at the bottom.
    const reference = Array.from({ length: n }, (_, i) => (i === 0 ? scale.max : scale.min));
    expect(implied(ratings, 0.95)).toBeCloseTo(implied(reference, 0.95), 6);
    expect(implied(ratings, 0.99)).toBeGreaterThan(implied(ratings, 0.95));
  },
);
