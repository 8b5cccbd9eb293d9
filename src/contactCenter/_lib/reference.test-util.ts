/**
 * Test support for the contact-center calculators: a seeded generator of call records and an
 * independent Wilson interval, written from the textbook formula rather than taken from the
 * library.
 */
import type { Call } from "../../records/call.js";

/** Mulberry32: a small seeded generator, so "random" test data is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A call whose wait is known (every answered call, most abandoned ones). */
export type TimedCall = Call & { readonly waitMs: number };

/** `count` calls with whole-ms waits up to two minutes, about one in four abandoned. */
export function randomCalls(random: () => number, count: number): TimedCall[] {
  return Array.from({ length: count }, () => ({
    waitMs: Math.floor(random() * 120_001),
    outcome: random() < 0.25 ? "abandoned" : "answered",
  }));
}

/** The same calls with the wait of about `share` of the abandoned ones left out (unknown). */
export function dropAbandonedWaits(random: () => number, calls: readonly TimedCall[], share: number): Call[] {
  return calls.map((c) => (c.outcome === "abandoned" && random() < share ? { outcome: "abandoned" } : c));
}

/** z for a two-sided 95 % interval (the normal 0.975 quantile). */
export const Z95 = 1.959963984540054;

/**
 * Wilson's score interval in percent (Wilson 1927): centre (p + z²/2n) / (1 + z²/n), half-width
 * z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²).
 */
export function wilsonPercent(successes: number, n: number, z = Z95): { lower: number; upper: number } {
  const p = successes / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lower: Math.max(0, centre - half) * 100, upper: Math.min(1, centre + half) * 100 };
}
