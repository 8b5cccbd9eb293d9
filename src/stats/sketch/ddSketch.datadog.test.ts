import { DDSketch as DatadogSketch } from "@datadog/sketches-js";
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { DDSketch } from "./ddSketch.js";

// Outside reference: Datadog's own DDSketch for JavaScript (@datadog/sketches-js 2.1, default
// LogarithmicMapping: key ⌈log_γ v⌉, value 2γ^key/(1 + γ); getValueAtQuantile takes the bucket
// holding rank q·(n − 1) counted from below). It does not clamp to the exact min and max, which
// ours does, so its answer is clamped here before comparing.
const values = fc.array(
  fc.oneof(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.double({ min: -1e6, max: -1e-3, noNaN: true }), fc.constant(0)),
  { minLength: 1, maxLength: 400 },
);
const accuracy = fc.constantFrom(0.005, 0.01, 0.02, 0.05);

/**
 * The values not within 1e-9 of a bucket edge (log_γ |v| a whole number): there the two
 * implementations' logarithms (ours ln v / ln γ, theirs ln v · 1/log1p(γ − 1)) can round to
 * neighbouring buckets, both within α. Such values are left out of the comparison.
 */
const offEdges = (xs: readonly number[], alpha: number): number[] => {
  const lnGamma = Math.log((1 + alpha) / (1 - alpha));
  return xs.filter((v) => {
    if (v === 0) return true;
    const i = Math.log(Math.abs(v)) / lnGamma;
    return Math.abs(i - Math.round(i)) > 1e-9;
  });
};

/**
 * Whether rank (n − 1)·p lies within 1e-9 of a whole number without being one. sketches-js
 * counts the ranks of negative values from the top (n_neg − 1 − rank) and compares counts with
 * rank + 1; at a rank a hair below a whole number those sums round to the whole number, and it
 * takes the neighbouring order statistic (p = 0.9999999999999999 of two negative values gave
 * the larger one, where ⌊(n − 1)·p⌋ = 0 is the smaller). Such p are left out of the comparison.
 */
const nearWholeRank = (n: number, p: number): boolean => {
  const r = (n - 1) * p;
  return !Number.isInteger(r) && Math.abs(r - Math.round(r)) < 1e-9;
};

test.prop([values, accuracy, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 10 })])(
  "quantiles equal Datadog's sketches-js (clamped to min and max)",
  (all, relativeAccuracy, ps) => {
    const xs = offEdges(all, relativeAccuracy);
    if (xs.length === 0) return;
    const ours = DDSketch.create({ relativeAccuracy });
    const theirs = new DatadogSketch({ relativeAccuracy });
    for (const x of xs) {
      ours.add(x);
      theirs.accept(x);
    }
    const min = Math.min(...xs);
    const max = Math.max(...xs);
    for (const p of ps) {
      if (nearWholeRank(xs.length, p)) continue;
      const reference = Math.min(Math.max(theirs.getValueAtQuantile(p), min), max);
      const got = ours.quantile(p) as number;
      expect(Math.abs(got - reference)).toBeLessThanOrEqual(1e-12 * Math.abs(reference));
    }
    expect(ours.count).toBe(theirs.count);
  },
);

// sketches-js 2.1's own merge leaves the negative store out (BaseDDSketch.merge merges `store`
// only), so the reference for a merge is its sketch of the union, built in one pass.
test.prop([values, values, accuracy])("merging equals Datadog's sketch of the union", (rawA, rawB, relativeAccuracy) => {
  const [a, b] = [offEdges(rawA, relativeAccuracy), offEdges(rawB, relativeAccuracy)];
  if (a.length + b.length === 0) return;
  const ours = DDSketch.create({ relativeAccuracy });
  const oursB = DDSketch.create({ relativeAccuracy });
  const theirs = new DatadogSketch({ relativeAccuracy });
  for (const x of a) ours.add(x);
  for (const x of b) oursB.add(x);
  ours.merge(oursB);
  const all = [...a, ...b];
  for (const x of all) theirs.accept(x);
  for (const p of [0, 0.25, 0.5, 0.9, 0.99, 1]) {
    if (nearWholeRank(all.length, p)) continue;
    const reference = Math.min(Math.max(theirs.getValueAtQuantile(p), Math.min(...all)), Math.max(...all));
    expect(Math.abs((ours.quantile(p) as number) - reference)).toBeLessThanOrEqual(1e-12 * Math.abs(reference));
  }
});

test.prop([values])("ranks() gives the quantile of every rank, monotone", (xs) => {
  const s = DDSketch.create();
  for (const x of xs) s.add(x);
  const at = s.ranks();
  let previous = -Infinity;
  for (let r = 0; r < xs.length; r++) {
    const v = at(r);
    expect(v).toBeGreaterThanOrEqual(previous);
    previous = v;
  }
  // quantile(p) is the value at rank ⌊p(n − 1)⌋
  const n = xs.length;
  for (const p of [0, 0.5, 0.95, 1]) expect(s.quantile(p)).toBe(at(Math.floor(p * (n - 1))));
});
