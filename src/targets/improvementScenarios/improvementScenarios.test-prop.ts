import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { improvementScenarios } from "./improvementScenarios.js";

const rates = fc.tuple(fc.double({ min: 0, max: 99, noNaN: true }), fc.double({ min: 0, max: 99, noNaN: true }), fc.double({ min: 0, max: 99, noNaN: true })).map((r) => r.sort((a, b) => a - b));
const direction = fc.constantFrom("higher-is-better" as const, "lower-is-better" as const);

test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 12 }), rates, direction])(
  "conservative ≤ realistic ≤ ambitious in improvement, every quarter, and each path moves the right way",
  (base, quarters, [c, r, a], dir) => {
    const s = improvementScenarios(base, { quarters, perQuarter: { conservative: c, realistic: r, ambitious: a }, direction: dir });
    const better = (x: number, y: number) => (dir === "higher-is-better" ? x >= y - 1e-9 * Math.abs(y) : x <= y + 1e-9 * Math.abs(y));
    for (let q = 0; q < quarters; q++) {
      expect(better(s.realistic.path[q]!.value, s.conservative.path[q]!.value)).toBe(true);
      expect(better(s.ambitious.path[q]!.value, s.realistic.path[q]!.value)).toBe(true);
      const prev = q === 0 ? base : s.conservative.path[q - 1]!.value;
      expect(better(s.conservative.path[q]!.value, prev)).toBe(true);
    }
  },
);
