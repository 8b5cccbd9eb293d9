import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { erlangC } from "./erlangC.js";

const load = fc.record({
  calls: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 5000, noNaN: true })),
  intervalMs: fc.constantFrom(900_000, 1_800_000, 3_600_000),
  ahtMs: fc.integer({ min: 10_000, max: 900_000 }),
  thresholdMs: fc.integer({ min: 1000, max: 120_000 }),
});
const agents = fc.integer({ min: 0, max: 3000 });
const patienceMs = fc.integer({ min: 5_000, max: 1_200_000 });

test.prop([load, agents])("probabilities stay in [0, 1], percentages in [0, 100], nothing is NaN", (l, n) => {
  const r = erlangC({ ...l, agents: n });
  expect(r.probabilityOfWaiting).toBeGreaterThanOrEqual(0);
  expect(r.probabilityOfWaiting).toBeLessThanOrEqual(1);
  expect(r.serviceLevel!).toBeGreaterThanOrEqual(0);
  expect(r.serviceLevel!).toBeLessThanOrEqual(100);
  expect(r.occupancy).toBeGreaterThanOrEqual(0);
  expect(r.occupancy).toBeLessThanOrEqual(100);
  for (const v of Object.values(r)) expect(v === null || Number.isFinite(v)).toBe(true);
  expect(r.asaMs === null).toBe(r.trafficErlangs > 0 && n <= r.trafficErlangs);
});

test.prop([load, agents])("adding an agent never lowers the service level nor raises the ASA or the waiting probability", (l, n) => {
  const now = erlangC({ ...l, agents: n });
  const more = erlangC({ ...l, agents: n + 1 });
  expect(more.serviceLevel!).toBeGreaterThanOrEqual(now.serviceLevel! * (1 - 1e-12));
  expect(more.probabilityOfWaiting).toBeLessThanOrEqual(now.probabilityOfWaiting * (1 + 1e-12));
  if (now.asaMs !== null) expect(more.asaMs!).toBeLessThanOrEqual(now.asaMs * (1 + 1e-12));
  if (now.trafficErlangs > 0 && n + 1 > now.trafficErlangs) expect(more.occupancy).toBeLessThanOrEqual(now.occupancy);
});

test.prop([load, agents])("without a threshold the service level is null and the rest is unchanged", (l, n) => {
  const r = erlangC({ calls: l.calls, intervalMs: l.intervalMs, ahtMs: l.ahtMs, agents: n });
  expect(r).toEqual({ ...erlangC({ ...l, agents: n }), serviceLevel: null });
});

test.prop([load, fc.integer({ min: 0, max: 400 }), patienceMs])("Erlang A stays in range, finite and self-consistent", (l, n, p) => {
  const r = erlangC({ ...l, agents: n, patienceMs: p });
  for (const k of ["probabilityOfWaiting", "probabilityOfAbandon"] as const) {
    expect(r[k]).toBeGreaterThanOrEqual(0);
    expect(r[k]).toBeLessThanOrEqual(1);
  }
  expect(r.serviceLevel!).toBeGreaterThanOrEqual(0);
  expect(r.serviceLevel!).toBeLessThanOrEqual(100);
  expect(r.occupancy).toBeLessThanOrEqual(100);
  for (const v of Object.values(r)) expect(v === null || Number.isFinite(v)).toBe(true);
  // Exponential patience: abandonments per call = wait per call / mean patience.
  expect(r.probabilityOfAbandon).toBeCloseTo(r.averageWaitMs / p, 12);
  // Answered calls within the threshold cannot exceed answered calls.
  expect(r.serviceLevel! / 100).toBeLessThanOrEqual(1 - r.probabilityOfAbandon + 1e-12);
});

test.prop([load, fc.integer({ min: 0, max: 300 }), patienceMs])("under Erlang A, an extra agent raises the service level and lowers abandonment and occupancy", (l, n, p) => {
  const now = erlangC({ ...l, agents: n, patienceMs: p });
  const more = erlangC({ ...l, agents: n + 1, patienceMs: p });
  expect(more.serviceLevel!).toBeGreaterThanOrEqual(now.serviceLevel! - 1e-9);
  expect(more.probabilityOfAbandon).toBeLessThanOrEqual(now.probabilityOfAbandon + 1e-12);
  expect(more.averageWaitMs).toBeLessThanOrEqual(now.averageWaitMs * (1 + 1e-12));
  expect(more.occupancy).toBeLessThanOrEqual(now.occupancy + 1e-9);
});

test.prop([load, fc.integer({ min: 1, max: 300 }), patienceMs])("impatience helps those who stay: Erlang A never waits longer than Erlang C", (l, n, p) => {
  const c = erlangC({ ...l, agents: n });
  const a = erlangC({ ...l, agents: n, patienceMs: p });
  expect(a.probabilityOfWaiting).toBeLessThanOrEqual(c.probabilityOfWaiting * (1 + 1e-12));
  if (c.asaMs !== null) expect(a.asaMs!).toBeLessThanOrEqual(c.asaMs * (1 + 1e-9) + 1e-9);
});
