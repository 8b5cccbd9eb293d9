import { describe, expect, it } from "vitest";
import { erlangB, erlangBStep, erlangCMeasures } from "./erlang.js";
import { erlangAMeasures, MAX_QUEUE } from "./erlangA.js";
import { bigRatio, chainErlangA, exactErlangC, logSpaceErlangC } from "./erlangReference.test-util.js";

const relativeError = (x: number, ref: number): number => Math.abs(x - ref) / Math.abs(ref);

describe("erlangB", () => {
  it("matches the closed forms for one and two agents", () => {
    // B(1, A) = A / (1 + A); B(2, A) = (A²/2) / (1 + A + A²/2).
    for (const a of [0.1, 1, 2.5, 40]) {
      expect(relativeError(erlangB(a, 1), a / (1 + a))).toBeLessThan(1e-15);
      expect(relativeError(erlangB(a, 2), (a * a) / 2 / (1 + a + (a * a) / 2))).toBeLessThan(1e-15);
    }
    expect(erlangB(3, 0)).toBe(1);
    expect(erlangB(0, 5)).toBe(0);
  });

  it("stops once B underflows to 0 and stays there", () => {
    expect(erlangB(1, 400)).toBe(0);
    expect(erlangB(1, 10_000_000)).toBe(0);
    expect(erlangBStep(1, 0, 7)).toBe(0);
  });
});

describe("Erlang C against an exact BigInt computation (N ≤ 200)", () => {
  it("agrees to 1e-12 relative for every N from 1 to 200 and loads from 5 % to 99.9 %", () => {
    // The textbook formula with exact factorials and powers over rationals: A = p / q.
    let worst = 0;
    for (let n = 1; n <= 200; n += n < 30 ? 1 : 7) {
      for (const load of [0.05, 0.3, 0.6, 0.8, 0.9, 0.95, 0.99, 0.999]) {
        const q = 1000n;
        const p = BigInt(Math.round(n * load * 1000));
        const a = Number(p) / 1000;
        if (a <= 0) continue;
        const exact = exactErlangC(p, q, n);
        const c = erlangCMeasures(a, n, erlangB(a, n), 0.1).probabilityOfWaiting;
        worst = Math.max(worst, relativeError(c, exact));
      }
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it("reproduces the exact probability of waiting for Call Centre Helper's 10 Erlangs", () => {
    // A = 10, N = 11 … 15; the exact values are rationals computed here with BigInt.
    for (const n of [11, 12, 13, 14, 15]) {
      const exact = exactErlangC(10n, 1n, n);
      expect(relativeError(erlangCMeasures(10, n, erlangB(10, n), 1 / 9).probabilityOfWaiting, exact)).toBeLessThan(1e-14);
    }
    expect(exactErlangC(10n, 1n, 14)).toBeCloseTo(0.1741, 4);
  });

  it("bigRatio converts BigInt ratios to doubles", () => {
    expect(bigRatio(1n, 3n)).toBe(1 / 3);
    expect(bigRatio(0n, 5n)).toBe(0);
    expect(bigRatio(10n ** 30n, 10n ** 31n)).toBe(0.1);
  });
});

describe("Erlang C for thousands of agents against a log-space Poisson sum", () => {
  const cases: [number, number][] = [];
  for (const n of [1000, 2500, 5000, 10_000, 20_000]) {
    for (const spare of [0.5, 1, 3, 10, 0.5 * Math.sqrt(n), 2 * Math.sqrt(n)]) cases.push([n - spare, n]);
  }
  it.each(cases)("A = %f, N = %i: probability of waiting to 1e-9, finite measures", (a, n) => {
    const m = erlangCMeasures(a, n, erlangB(a, n), 20 / 180);
    const reference = logSpaceErlangC(a, n);
    expect(relativeError(m.probabilityOfWaiting, reference)).toBeLessThan(1e-9);
    const tau = 20 / 180;
    const referenceSl = (1 - reference * Math.exp(-(n - a) * tau)) * 100;
    expect(Math.abs(m.serviceLevel! - referenceSl)).toBeLessThan(1e-9 * 100);
    expect(relativeError(m.asa!, reference / (n - a))).toBeLessThan(1e-9);
    for (const v of Object.values(m)) expect(Number.isFinite(v)).toBe(true);
  });

  it("stays finite and in range near N = A and for traffic in the hundreds of thousands", () => {
    for (const [a, n] of [[19_999.999, 20_000], [250_000, 250_001], [1e6 - 0.5, 1e6], [0.001, 1]] as const) {
      const m = erlangCMeasures(a, n, erlangB(a, n), 0.1);
      expect(m.probabilityOfWaiting).toBeGreaterThan(0);
      expect(m.probabilityOfWaiting).toBeLessThanOrEqual(1);
      expect(m.serviceLevel).toBeGreaterThanOrEqual(0);
      expect(m.serviceLevel).toBeLessThanOrEqual(100);
      expect(Number.isFinite(m.asa)).toBe(true);
    }
  });
});

describe("Erlang A against a direct solution of the chain", () => {
  // [traffic, agents, r = AHT / patience, τ = threshold / AHT, queue states kept by the reference]
  const cases: [number, number, number, number, number][] = [
    [10, 14, 0.6, 1 / 9, 200], // pyworkforce's scenario: 100 calls / 30 min, AHT 3 min, patience 5 min
    [10, 10, 0.6, 1 / 9, 200],
    [8, 5, 0.2, 0.25, 400], // overloaded: abandonment keeps it stable
    [20, 22, 2, 0.05, 150],
    [3, 1, 0.1, 1, 600],
    [30, 28, 0.05, 0.2, 1500],
    [0.5, 2, 5, 0.5, 80],
    // heavy overload: the queue states outweigh states 0…N by about e^946, so the sum rescales
    [1000, 10, 1, 0.1, 1500],
  ];
  it.each(cases)("A = %f, N = %i, r = %f, τ = %f", (a, n, r, tau, maxQueue) => {
    const m = erlangAMeasures(a, n, r, tau)!;
    const ref = chainErlangA(a, n, r, tau, maxQueue);
    expect(relativeError(m.probabilityOfWaiting, ref.probabilityOfWaiting)).toBeLessThan(1e-12);
    expect(relativeError(m.probabilityOfAbandon, ref.probabilityOfAbandon)).toBeLessThan(1e-11);
    expect(relativeError(m.occupancy, ref.occupancy)).toBeLessThan(1e-12);
    expect(relativeError(m.averageWait, ref.averageWait)).toBeLessThan(1e-11);
    expect(relativeError(m.asa!, ref.asa)).toBeLessThan(1e-11);
    expect(Math.abs(m.serviceLevel! - ref.serviceLevel)).toBeLessThan(1e-9);
  });

  it("never answers more callers within τ than it answers at all, in heavy overload too", () => {
    for (const [a, n, r, tau] of [[1000, 10, 1, 0.1], [1000, 10, 0.01, 0.5], [50, 40, 0.2, 2]] as const) {
      const m = erlangAMeasures(a, n, r, tau)!;
      expect(m.serviceLevel! / 100).toBeLessThanOrEqual(1 - m.probabilityOfAbandon + 1e-12);
    }
  });

  it("sums a queue whose ratio stays within 1e-5 of 1 to the exact Erlang C (r = 0)", () => {
    // Geometric queue of ratio A/N: the stopping rule must see the whole tail, 1/(1 − A/N) terms.
    for (const [p, q, n] of [[9999n, 100n, 100], [99_999n, 10_000n, 10], [19_999n, 1000n, 20]] as const) {
      const a = Number(p) / Number(q);
      const c = exactErlangC(p, q, n);
      const m = erlangAMeasures(a, n, 0, undefined)!;
      expect(relativeError(m.probabilityOfWaiting, c)).toBeLessThan(1e-14);
      // ASA = C / (N − A) in AHTs; a million terms of rounding leave a few 1e-12
      expect(relativeError(m.asa!, c / (n - a))).toBeLessThan(1e-11);
      // and the mean queue length over A (Little), every caller being answered
      expect(relativeError(m.averageWait, c / (n - a))).toBeLessThan(1e-11);
    }
  });

  it("keeps the service level's Poisson weights in range for thousands of agents (r = 0: Erlang C)", () => {
    // N·τ of 500 to 1000: e^(−Nτ) underflows, so the weights are carried as mantissa × e^exponent.
    // Erlang C's service level 1 − C·e^(−(N − A)τ), with C from the log-space reference.
    for (const [a, n, tau] of [[9990, 10_000, 0.1], [4990, 5000, 0.1], [19_990, 20_000, 0.05]] as const) {
      const c = logSpaceErlangC(a, n);
      const m = erlangAMeasures(a, n, 0, tau)!;
      expect(relativeError(m.serviceLevel!, 100 * (1 - c * Math.exp(-(n - a) * tau)))).toBeLessThan(1e-12);
      expect(relativeError(m.probabilityOfWaiting, c)).toBeLessThan(1e-12);
      expect(relativeError(m.asa!, c / (n - a))).toBeLessThan(1e-12);
    }
  });

  it("tends to Erlang C as patience grows", () => {
    for (const n of [11, 14, 20]) {
      const c = erlangCMeasures(10, n, erlangB(10, n), 1 / 9);
      const m = erlangAMeasures(10, n, 1e-9, 1 / 9)!;
      expect(relativeError(m.probabilityOfWaiting, c.probabilityOfWaiting)).toBeLessThan(1e-7);
      expect(Math.abs(m.serviceLevel! - c.serviceLevel!)).toBeLessThan(1e-6);
      expect(relativeError(m.asa!, c.asa!)).toBeLessThan(1e-7);
      expect(relativeError(m.averageWait, c.asa!)).toBeLessThan(1e-7);
      expect(m.probabilityOfAbandon).toBeLessThan(1e-8);
    }
  });

  it("keeps the identities between abandonment, waits and occupancy for thousands of agents", () => {
    // Little's law and the tagged-caller view must agree: P(abandon) = r·E[queue]/A,
    // occupancy × N = A × (1 − P(abandon)), and E[wait of all] = P(abandon) / r.
    for (const [a, n, r, tau] of [[5000, 5050, 0.5, 0.1], [5000, 4000, 0.5, 0.1], [20_000, 20_100, 0.1, 0.1], [1000, 10, 1, 0.1], [2000, 2001, 1e-3, 0.2]] as const) {
      const m = erlangAMeasures(a, n, r, tau)!;
      expect(relativeError((m.occupancy * n) / 100, a * (1 - m.probabilityOfAbandon))).toBeLessThan(1e-9);
      expect(relativeError(m.averageWait, m.probabilityOfAbandon / r)).toBeLessThan(1e-12);
      for (const v of Object.values(m)) expect(Number.isFinite(v)).toBe(true);
      expect(m.serviceLevel).toBeGreaterThanOrEqual(0);
      expect(m.serviceLevel).toBeLessThanOrEqual(100);
    }
  });

  it("is Erlang C with r = 0 and more agents than traffic, and drops only the service level without τ", () => {
    for (const n of [11, 14, 30]) {
      const c = erlangCMeasures(10, n, erlangB(10, n), 1 / 9);
      const m = erlangAMeasures(10, n, 0, 1 / 9)!;
      expect(relativeError(m.probabilityOfWaiting, c.probabilityOfWaiting)).toBeLessThan(1e-13);
      expect(Math.abs(m.serviceLevel! - c.serviceLevel!)).toBeLessThan(1e-11);
      expect(relativeError(m.asa!, c.asa!)).toBeLessThan(1e-12);
      expect(m.probabilityOfAbandon).toBe(0);
      expect(erlangAMeasures(10, n, 0.3, undefined)).toEqual({ ...erlangAMeasures(10, n, 0.3, 1 / 9), serviceLevel: null });
    }
  });

  it("gives up when the tail would need more than MAX_QUEUE states", () => {
    // No abandonment and one agent for 0.9999999 Erlangs: the queue's geometric ratio is
    // 1 − 1e-7, and the sum would need hundreds of millions of states.
    expect(erlangAMeasures(0.9999999, 1, 0, undefined)).toBeNull();
  });

  it("handles no traffic, no agents and a queue too long to sum", () => {
    expect(erlangAMeasures(0, 0, 1, 0.1)).toEqual({ probabilityOfWaiting: 0, serviceLevel: 100, asa: 0, occupancy: 0, probabilityOfAbandon: 0, averageWait: 0 });
    expect(erlangAMeasures(5, 0, 0.5, undefined)).toEqual({ probabilityOfWaiting: 1, serviceLevel: null, asa: null, occupancy: 100, probabilityOfAbandon: 1, averageWait: 2 });
    expect(erlangAMeasures(1000, 10, 1e-6, 0.1)).toBeNull();
    expect(erlangAMeasures(1000, 999, 0, 0.1)).toBeNull();
    expect(MAX_QUEUE).toBe(10_000_000);
  });
});
