import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { csat } from "./csat.js";

/** A scale, a satisfiedMin on it, and ratings on it. */
const scaled = fc
  .record({ min: fc.integer({ min: -20, max: 20 }), width: fc.integer({ min: 1, max: 12 }) })
  .chain(({ min, width }) =>
    fc.record({
      scale: fc.constant({ min, max: min + width }),
      satisfiedMin: fc.integer({ min, max: min + width }),
      ratings: fc.array(fc.integer({ min, max: min + width }), { maxLength: 200 }),
    }),
  );

const permuted = <T>(values: T[]) => fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length });

test.prop([scaled])("value, satisfied, mean and ci stay in range", ({ scale, satisfiedMin, ratings }) => {
  const r = csat(ratings, { scale, satisfiedMin });
  expect(r.n).toBe(ratings.length);
  expect(r.satisfied).toBe(ratings.filter((x) => x >= satisfiedMin).length);
  if (r.n === 0) {
    expect(r).toEqual({ value: null, n: 0, satisfied: 0, mean: null, ci: null });
    return;
  }
  expect(r.value).toBeGreaterThanOrEqual(0);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.mean).toBeGreaterThanOrEqual(scale.min);
  expect(r.mean).toBeLessThanOrEqual(scale.max);
  expect(r.ci!.lower).toBeGreaterThanOrEqual(0);
  expect(r.ci!.upper).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
});

test.prop([scaled.filter((s) => s.ratings.length > 0), fc.nat(), fc.nat()])(
  "a more satisfied answer never lowers CSAT or the mean",
  ({ scale, satisfiedMin, ratings }, at, up) => {
    const i = at % ratings.length;
    const old = ratings[i]!;
    const raised = ratings.slice();
    raised[i] = old + (up % (scale.max - old + 1));
    const before = csat(ratings, { scale, satisfiedMin });
    const after = csat(raised, { scale, satisfiedMin });
    expect(after.value!).toBeGreaterThanOrEqual(before.value!);
    expect(after.mean!).toBeGreaterThanOrEqual(before.mean!);
    expect(after.satisfied).toBeGreaterThanOrEqual(before.satisfied);
  },
);

test.prop([scaled.chain((s) => fc.tuple(fc.constant(s), permuted(s.ratings)))])(
  "the order of the ratings never changes the result",
  ([{ scale, satisfiedMin, ratings }, shuffled]) => {
    expect(csat(shuffled, { scale, satisfiedMin })).toEqual(csat(ratings, { scale, satisfiedMin }));
  },
);

test.prop([scaled, fc.integer({ min: -1000, max: 1000 })])("shifting scale, threshold and ratings keeps CSAT and shifts the mean", (s, k) => {
  const a = csat(s.ratings, { scale: s.scale, satisfiedMin: s.satisfiedMin });
  const b = csat(
    s.ratings.map((x) => x + k),
    { scale: { min: s.scale.min + k, max: s.scale.max + k }, satisfiedMin: s.satisfiedMin + k },
  );
  expect(b.value).toBe(a.value);
  expect(b.ci).toEqual(a.ci);
  if (a.mean === null) expect(b.mean).toBeNull();
  else expect(b.mean!).toBeCloseTo(a.mean + k, 9);
});

test.prop([scaled, scaled])("pooling two samples adds the counts (percentages are never averaged)", (a, b) => {
  const scale = { min: -40, max: 40 };
  const ra = csat(a.ratings, { scale, satisfiedMin: 0 });
  const rb = csat(b.ratings, { scale, satisfiedMin: 0 });
  const pooled = csat([...a.ratings, ...b.ratings], { scale, satisfiedMin: 0 });
  expect(pooled.n).toBe(ra.n + rb.n);
  expect(pooled.satisfied).toBe(ra.satisfied + rb.satisfied);
});

const goodBad = fc.array(fc.boolean(), { maxLength: 200 });

test.prop([goodBad.chain((v) => fc.tuple(fc.constant(v), fc.array(fc.nat(2), { minLength: v.length, maxLength: v.length })))])(
  "binary spellings are equivalent: true, \"good\" and 1 (false, \"bad\" and 0)",
  ([values, spellings]) => {
    const mixed = values.map((good, i) => [good, good ? "good" : "bad", good ? 1 : 0][spellings[i]!]!);
    const a = csat(values, { scale: "binary" });
    expect(csat(mixed as never, { scale: "binary" })).toEqual(a);
    expect(csat(values.map((g) => (g ? "good" : "bad")), { scale: "binary" })).toEqual(a);
    expect(a.satisfied).toBe(values.filter(Boolean).length);
  },
);

test.prop([goodBad])("binary equals a 0–1 scale with satisfiedMin 1, whose mean is the share", (values) => {
  const binary = csat(values, { scale: "binary" });
  const numeric = csat(values.map(Number), { scale: { min: 0, max: 1 }, satisfiedMin: 1 });
  expect(binary.value).toBe(numeric.value);
  expect(binary.ci).toEqual(numeric.ci);
  expect(binary.mean).toBeNull();
  if (values.length > 0) expect(numeric.mean! * 100).toBeCloseTo(numeric.value!, 9);
});
