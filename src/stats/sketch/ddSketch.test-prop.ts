import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { quantile } from "../quantile/quantile.js";
import { DDSketch } from "./ddSketch.js";
import { logMapping } from "./mapping.js";

/** Float slack on the relative error (see ddSketch.test.ts): the bound α is met exactly at bucket edges. */
const SLACK = 1e-12;
const alpha = fc.oneof(fc.constantFrom(0.01, 0.05, 0.001), fc.double({ min: 1e-4, max: 0.5, noNaN: true }));

/**
 * Finite doubles with the guarantee: ±0, or a magnitude from minIndexable (γ·2^−1022, the
 * smallest bucketed magnitude at α ≤ 0.5) to maxIndexable (Number.MAX_VALUE/γ at α = 0.5).
 */
const { minIndexable, maxIndexable } = logMapping(0.5);
const magnitude = fc.oneof(
  fc.double({ min: minIndexable, max: maxIndexable, noNaN: true }),
  fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
  fc.integer({ min: 1, max: 100 }),
);
const value = fc.oneof(fc.constantFrom(0, -0), magnitude, magnitude.map((m) => -m));
const values = fc.array(value, { maxLength: 200 });
const p = fc.oneof(fc.constantFrom(0, 0.5, 0.9, 0.99, 1), fc.double({ min: 0, max: 1, noNaN: true }));

function sketchOf(xs: readonly number[], relativeAccuracy: number): DDSketch {
  const s = DDSketch.create({ relativeAccuracy });
  for (const x of xs) s.add(x);
  return s;
}
/** The state without `sum`, which depends on the order of float additions. */
function bins(s: DDSketch): object {
  return { ...s.toJSON(), sum: 0 };
}

test.prop([values, p, alpha])("|quantile(p) − exact lower quantile| ≤ α·|exact|", (xs, q, a) => {
  const got = sketchOf(xs, a).quantile(q);
  const exact = quantile(xs, q, { method: "lower" });
  if (exact === null) expect(got).toBeNull();
  else expect(Math.abs((got as number) - exact)).toBeLessThanOrEqual((a + SLACK) * Math.abs(exact));
});

test.prop([fc.array(fc.tuple(value, fc.integer({ min: 0, max: 3 })), { maxLength: 200 }), alpha])(
  "merging the sketches of any split gives the sketch of the whole",
  (tagged, a) => {
    const whole = sketchOf(tagged.map(([x]) => x), a);
    const parts = [0, 1, 2, 3].map((k) => sketchOf(tagged.filter(([, t]) => t === k).map(([x]) => x), a));
    const merged = parts.reduce((m, s) => m.merge(s), DDSketch.create({ relativeAccuracy: a }));
    expect(bins(merged)).toEqual(bins(whole));
    expect([merged.count, merged.min, merged.max]).toEqual([whole.count, whole.min, whole.max]);
    const reversed = [...parts].reverse().reduce((m, s) => m.merge(s), DDSketch.create({ relativeAccuracy: a }));
    expect(bins(reversed)).toEqual(bins(whole));
  },
);

test.prop([values.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))), p, alpha])(
  "order independence: a permutation gives the same buckets and quantiles",
  ([xs, shuffled], q, a) => {
    const s = sketchOf(xs, a);
    const t = sketchOf(shuffled, a);
    expect(bins(t)).toEqual(bins(s));
    expect(t.quantile(q)).toBe(s.quantile(q));
  },
);

test.prop([values, alpha])("JSON round trip restores the same state", (xs, a) => {
  const s = sketchOf(xs, a);
  expect(DDSketch.fromJSON(JSON.parse(JSON.stringify(s))).toJSON()).toEqual(s.toJSON());
});
