import { describe, expect, it } from "vitest";
import { npsBounds, npsStandardError, tangoBounds } from "./npsInterval.js";

const Z95 = 1.959963984540054;

describe("tangoBounds", () => {
  it.each([1, 3.5, 40, 1e6])("has the closed form ±z²/(n + z²) with no discordant answers (n = %f)", (n) => {
    // p = d = 0: T(δ) = −√(nδ/(1 − δ)) above 0 and √(n|δ|/(1 + δ)) below, so |T| = z at
    // δ = ±z²/(n + z²). Works for non-integer (effective) n too.
    const [lower, upper] = tangoBounds(0, 0, 0, n, Z95);
    expect(upper).toBeCloseTo((Z95 * Z95) / (n + Z95 * Z95), 14);
    expect(lower).toBeCloseTo(-(Z95 * Z95) / (n + Z95 * Z95), 14);
  });

  it("is exactly ±1 on the side of a one-group estimate", () => {
    expect(tangoBounds(1, 0, 1, 7, Z95)[1]).toBe(1);
    expect(tangoBounds(0, 1, -1, 7, Z95)[0]).toBe(-1);
    expect(tangoBounds(1, 0, 1, 7, Z95)[0]).toBeGreaterThan(0);
  });

  it("approaches the Wald interval for a large sample", () => {
    // Both are asymptotically the same interval; at n = 1e9 they agree to ~1e-9.
    const [lower, upper] = tangoBounds(0.5, 0.2, 0.3, 1e9, Z95);
    const half = Z95 * npsStandardError(0.5, 0.2, 1e9);
    expect(lower).toBeCloseTo(0.3 - half, 8);
    expect(upper).toBeCloseTo(0.3 + half, 8);
  });

  it("always brackets the estimate it is given", () => {
    const [lower, upper] = tangoBounds(0.1, 0.3, -0.2, 25, Z95);
    expect(lower).toBeLessThan(-0.2);
    expect(upper).toBeGreaterThan(-0.2);
  });
});

describe("npsBounds", () => {
  it("reports points and the level", () => {
    // Wald by hand: p = 0.5, d = 0.3, n = 10: SE = √((0.8 − 0.04)/10) = 0.275681.
    const ci = npsBounds("wald", 0.5, 0.3, 0.2, 10, 0.95);
    expect(ci.level).toBe(0.95);
    expect(ci.lower).toBeCloseTo(20 - Z95 * Math.sqrt(0.076) * 100, 9);
    expect(ci.upper).toBeCloseTo(20 + Z95 * Math.sqrt(0.076) * 100, 9);
  });

  it("never gives NaN for one-group shares", () => {
    for (const [p, d] of [
      [1, 0],
      [0, 1],
      [0, 0],
      [0.7, 0.3],
    ] as const) {
      expect(Number.isNaN(npsStandardError(p, d, 3))).toBe(false);
      for (const method of ["score", "adjusted-wald", "wald"] as const) {
        const ci = npsBounds(method, p, d, p - d, 3, 0.95);
        expect(Number.isNaN(ci.lower) || Number.isNaN(ci.upper)).toBe(false);
      }
    }
  });
});
