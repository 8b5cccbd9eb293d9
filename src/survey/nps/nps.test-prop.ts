import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { nps, type NpsIntervalMethod } from "./nps.js";

const METHODS: readonly NpsIntervalMethod[] = ["score", "adjusted-wald", "wald"];
const method = fc.constantFrom(...METHODS);
const scores = fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 300 });
const nonEmptyScores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });
const counts = fc.record({
  promoters: fc.integer({ min: 0, max: 5000 }),
  passives: fc.integer({ min: 0, max: 5000 }),
  detractors: fc.integer({ min: 0, max: 5000 }),
});
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const weight = fc.double({ min: 0.01, max: 100, noNaN: true });

/** Scores with one positive weight each. */
const weighted = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 10 }), weight), { minLength: 1, maxLength: 200 })
  .map((pairs) => ({ scores: pairs.map(([s]) => s), weights: pairs.map(([, w]) => w) }));

function toScores(c: { promoters: number; passives: number; detractors: number }): number[] {
  return [...Array<number>(c.promoters).fill(10), ...Array<number>(c.passives).fill(7), ...Array<number>(c.detractors).fill(0)];
}

test.prop([scores])("NPS is %promoters − %detractors, within ±100, and the shares sum to 100", (s) => {
  const r = nps(s);
  if (s.length === 0) {
    expect(r.value).toBeNull();
    return;
  }
  expect(r.value).toBeGreaterThanOrEqual(-100);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.value).toBeCloseTo(r.promoterPercent! - r.detractorPercent!, 10);
  expect(r.promoterPercent! + r.passivePercent! + r.detractorPercent!).toBeCloseTo(100, 10);
  expect(r.promoters + r.passives + r.detractors).toBe(r.n);
  expect(r.promoters).toBe(s.filter((x) => x >= 9).length);
  expect(r.detractors).toBe(s.filter((x) => x <= 6).length);
});

test.prop([weighted])("weighted NPS is the weighted %promoters − %detractors, within ±100", ({ scores: s, weights }) => {
  const r = nps(s, { weights });
  const total = weights.reduce((a, b) => a + b, 0);
  const share = (keep: (x: number) => boolean) => (100 * weights.reduce((a, w, i) => (keep(s[i]!) ? a + w : a), 0)) / total;
  expect(r.value).toBeGreaterThanOrEqual(-100);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.value).toBeCloseTo(share((x) => x >= 9) - share((x) => x <= 6), 8);
  expect(r.promoterPercent! + r.passivePercent! + r.detractorPercent!).toBeCloseTo(100, 10);
  expect(r.effectiveN).toBeGreaterThan(0);
  expect(r.effectiveN).toBeLessThanOrEqual(r.n * (1 + 1e-12));
});

test.prop([scores, method, fc.infiniteStream(fc.integer())])("the order of the answers never changes the result", (s, interval, keys) => {
  const k = Array.from(s, () => keys.next().value as number);
  const shuffled = s.map((x, i) => [k[i]!, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
  expect(nps(shuffled, { interval })).toEqual(nps(s, { interval }));
});

test.prop([weighted, fc.infiniteStream(fc.integer())])("the order of weighted answers never changes the result", ({ scores: s, weights }, keys) => {
  const order = s.map((_, i) => [keys.next().value as number, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
  const a = nps(s, { weights });
  const b = nps(order.map((i) => s[i]!), { weights: order.map((i) => weights[i]!) });
  expect(b.value).toBeCloseTo(a.value!, 9);
  expect(b.effectiveN).toBeCloseTo(a.effectiveN, 9);
  expect(b.ci!.lower).toBeCloseTo(a.ci!.lower, 8);
  expect(b.ci!.upper).toBeCloseTo(a.ci!.upper, 8);
});

const smallCounts = fc.record({
  promoters: fc.integer({ min: 0, max: 1000 }),
  passives: fc.integer({ min: 0, max: 1000 }),
  detractors: fc.integer({ min: 0, max: 1000 }),
});

test.prop([smallCounts, method, level])("the counts form equals the array form for every interval", (c, interval, confidence) => {
  expect(nps(c, { interval, confidence })).toEqual(nps(toScores(c), { interval, confidence }));
});

test.prop([counts, fc.constantFrom<NpsIntervalMethod>("score", "wald"), level])(
  "score and Wald intervals contain the value and stay within ±100",
  (c, interval, confidence) => {
    const r = nps(c, { interval, confidence });
    if (r.n === 0) return;
    expect(r.ci!.lower).toBeGreaterThanOrEqual(-100);
    expect(r.ci!.upper).toBeLessThanOrEqual(100);
    expect(r.ci!.lower).toBeLessThanOrEqual(r.value!);
    expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value!);
  },
);

test.prop([weighted, fc.constantFrom<NpsIntervalMethod>("score", "wald"), level])(
  "weighted score and Wald intervals contain the value and stay within ±100",
  ({ scores: s, weights }, interval, confidence) => {
    const r = nps(s, { weights, interval, confidence });
    expect(r.ci!.lower).toBeGreaterThanOrEqual(-100);
    expect(r.ci!.upper).toBeLessThanOrEqual(100);
    expect(r.ci!.lower).toBeLessThanOrEqual(r.value!);
    expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value!);
  },
);

test.prop([counts, level])("the adjusted Wald interval stays within ±100 and contains its adjusted centre", (c, confidence) => {
  const r = nps(c, { interval: "adjusted-wald", confidence });
  if (r.n === 0) return;
  const centre = ((c.promoters - c.detractors) / (r.n + 3)) * 100;
  expect(r.ci!.lower).toBeGreaterThanOrEqual(-100);
  expect(r.ci!.upper).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeLessThanOrEqual(centre + 1e-9);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(centre - 1e-9);
});

test.prop([counts, fc.double({ min: 0.95, max: 0.999, noNaN: true })])(
  "from 2 answers on, the 95 %+ adjusted Wald interval contains the value",
  (c, confidence) => {
    const r = nps(c, { interval: "adjusted-wald", confidence });
    fc.pre(r.n >= 2);
    expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
    expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
  },
);

test.prop([counts, method])("one more promoter never lowers NPS; one more detractor never raises it", (c, interval) => {
  const base = nps(c, { interval }).value ?? 0;
  expect(nps({ ...c, promoters: c.promoters + 1 }, { interval }).value).toBeGreaterThanOrEqual(base);
  expect(nps({ ...c, detractors: c.detractors + 1 }, { interval }).value).toBeLessThanOrEqual(base);
});

test.prop([counts, method])("swapping promoters and detractors mirrors the value and the interval", (c, interval) => {
  const r = nps(c, { interval });
  const m = nps({ promoters: c.detractors, passives: c.passives, detractors: c.promoters }, { interval });
  if (r.n === 0) return;
  expect(m.value).toBeCloseTo(-r.value!, 10);
  expect(m.ci!.lower).toBeCloseTo(-r.ci!.upper, 8);
  expect(m.ci!.upper).toBeCloseTo(-r.ci!.lower, 8);
});

test.prop([nonEmptyScores, weight, method])("equal weights give exactly the unweighted result", (s, w, interval) => {
  expect(nps(s, { interval, weights: s.map(() => w) })).toEqual(nps(s, { interval }));
});

test.prop([weighted, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), method])(
  "multiplying every weight by the same number changes nothing",
  ({ scores: s, weights }, k, interval) => {
    const a = nps(s, { weights, interval });
    const b = nps(s, { weights: weights.map((w) => w * k), interval });
    expect(b.value).toBeCloseTo(a.value!, 9);
    expect(b.effectiveN).toBeCloseTo(a.effectiveN, 8);
    expect(b.ci!.lower).toBeCloseTo(a.ci!.lower, 7);
    expect(b.ci!.upper).toBeCloseTo(a.ci!.upper, 7);
  },
);

test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 100 })])(
  "an integer weight k gives the shares of the answer repeated k times",
  (pairs) => {
    const a = nps(pairs.map(([s]) => s), { weights: pairs.map(([, k]) => k) });
    const b = nps(pairs.flatMap(([s, k]) => Array<number>(k).fill(s)));
    expect(a.value).toBeCloseTo(b.value!, 10);
    expect(a.promoterPercent).toBeCloseTo(b.promoterPercent!, 10);
    expect(a.effectiveN).toBeLessThanOrEqual(b.n);
  },
);

test.prop([counts, method, fc.double({ min: 0.5, max: 0.9, noNaN: true }), fc.double({ min: 0.001, max: 0.09, noNaN: true })])(
  "a higher confidence level never gives a narrower interval",
  (c, interval, low, step) => {
    const narrow = nps(c, { interval, confidence: low });
    const wide = nps(c, { interval, confidence: low + step });
    if (narrow.n === 0) return;
    expect(wide.ci!.lower).toBeLessThanOrEqual(narrow.ci!.lower + 1e-9);
    expect(wide.ci!.upper).toBeGreaterThanOrEqual(narrow.ci!.upper - 1e-9);
  },
);

test.prop([counts, fc.integer({ min: 2, max: 20 }), method])("more of the same answers never widens the interval", (c, k, interval) => {
  const n = c.promoters + c.passives + c.detractors;
  fc.pre(n > 0);
  const one = nps(c, { interval }).ci!;
  const many = nps({ promoters: c.promoters * k, passives: c.passives * k, detractors: c.detractors * k }, { interval }).ci!;
  if (interval !== "adjusted-wald") {
    expect(many.upper - many.lower).toBeLessThanOrEqual(one.upper - one.lower + 1e-9);
  }
  expect(nps({ promoters: c.promoters * k, passives: c.passives * k, detractors: c.detractors * k }).value).toBeCloseTo(nps(c).value!, 10);
});

// The R package NPS (Rocks, CRAN; R/nps.R) defines the variance of one answer as
// npvar = (p + d) − (p − d)² on proportions, nps.se = √(npvar / n), and nps.test's one-sample
// interval as nps ± z·se. Written out here on counts, on the −1…1 scale, then put in points.
test.prop([counts.filter((c) => c.promoters + c.passives + c.detractors > 0)])(
  "standard error and Wald interval equal the R NPS package's npvar / nps.se / nps.test",
  ({ promoters, passives, detractors }) => {
    const n = promoters + passives + detractors;
    const p = promoters / n;
    const d = detractors / n;
    const npvar = p + d - (p - d) ** 2;
    const se = Math.sqrt(npvar / n);
    const z = 1.959963984540054; // qnorm(0.975)
    const r = nps({ promoters, passives, detractors }, { interval: "wald" });
    expect(r.standardError).toBeCloseTo(se * 100, 9);
    expect(r.ci!.lower).toBeCloseTo(Math.max(-100, (p - d - z * se) * 100), 9);
    expect(r.ci!.upper).toBeCloseTo(Math.min(100, (p - d + z * se) * 100), 9);
  },
);
