import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { controlChart } from "./controlChart.js";

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 });
const subgroup = fc.integer({ min: 1, max: 500 }).chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));
const subgroups = fc.array(subgroup, { minLength: 2, maxLength: 40 });

test.prop([values])("xmr limits are symmetric around the center and equal for every point", (xs) => {
  const r = controlChart(xs, { type: "xmr" });
  for (const p of r.points) {
    expect(Math.abs(r.center! - p.lower! - (p.upper! - r.center!))).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(r.center!) + p.upper! - p.lower!));
    expect(p.upper).toBe(r.points[0]!.upper);
  }
  expect(r.movingRangeUpper!).toBeCloseTo(3.267 * r.movingRange!, 6);
});

test.prop([values, fc.double({ min: -1e3, max: 1e3, noNaN: true })])("shifting xmr values shifts the center and keeps MR̄ (up to rounding)", (xs, c) => {
  const a = controlChart(xs, { type: "xmr" });
  const b = controlChart(xs.map((x) => x + c), { type: "xmr" });
  expect(Math.abs(b.center! - a.center! - c)).toBeLessThanOrEqual(1e-6);
  expect(Math.abs(b.movingRange! - a.movingRange!)).toBeLessThanOrEqual(1e-6);
});

test.prop([subgroups, fc.constantFrom("p" as const, "laney-p" as const)])("p and laney-p limits stay within 0–100 % and around the center", (gs, type) => {
  const r = controlChart(gs, { type });
  for (const p of r.points) {
    expect(p.lower!).toBeGreaterThanOrEqual(0);
    expect(p.upper!).toBeLessThanOrEqual(100);
    expect(p.lower!).toBeLessThanOrEqual(r.center! + 1e-9);
    expect(p.upper!).toBeGreaterThanOrEqual(r.center! - 1e-9);
    expect(p.signal.includes("beyond-limits")).toBe(p.value < p.lower! || p.value > p.upper!);
  }
});

test.prop([subgroups.chain((gs) => fc.tuple(fc.constant(gs), fc.shuffledSubarray(gs, { minLength: gs.length })))])(
  "order matters only through position: the center and each subgroup's p limits do not depend on it",
  ([gs, shuffled]) => {
    const a = controlChart(gs, { type: "p" });
    const b = controlChart(shuffled, { type: "p" });
    expect(b.center!).toBeCloseTo(a.center!, 9);
    for (let i = 0; i < gs.length; i++) {
      const j = shuffled.indexOf(gs[i]!);
      expect(b.points[j]!.upper!).toBeCloseTo(a.points[i]!.upper!, 9);
    }
  },
);

test.prop([subgroups])("Laney limits are the p limits widened by σ_z (where neither is clamped)", (gs) => {
  const p = controlChart(gs, { type: "p" });
  const l = controlChart(gs, { type: "laney-p" });
  if (l.sigmaZ === null) return;
  for (let i = 0; i < gs.length; i++) {
    const up = l.points[i]!.upper!;
    if (up < 100 && p.points[i]!.upper! < 100) expect(up - l.center!).toBeCloseTo((p.points[i]!.upper! - p.center!) * l.sigmaZ, 6);
  }
});
