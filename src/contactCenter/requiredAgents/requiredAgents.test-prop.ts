import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { erlangC, type ErlangAResult, type ErlangCResult } from "../erlangC/erlangC.js";
import { requiredAgents } from "./requiredAgents.js";

/** The measures of an erlangC result, without its traffic (requiredAgents does not repeat it). */
const measures = (r: ErlangCResult | ErlangAResult) => ({
  serviceLevel: r.serviceLevel,
  probabilityOfWaiting: r.probabilityOfWaiting,
  asaMs: r.asaMs,
  occupancy: r.occupancy,
  ...("probabilityOfAbandon" in r ? { probabilityOfAbandon: r.probabilityOfAbandon, averageWaitMs: r.averageWaitMs } : {}),
});

const question = fc.record({
  calls: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.double({ min: 0, max: 3000, noNaN: true })),
  intervalMs: fc.constantFrom(900_000, 1_800_000, 3_600_000),
  ahtMs: fc.integer({ min: 10_000, max: 900_000 }),
  thresholdMs: fc.integer({ min: 1000, max: 120_000 }),
  targetServiceLevel: fc.oneof(fc.double({ min: 1.01, max: 99.5, noNaN: true }), fc.double({ min: 0.01, max: 0.995, noNaN: true })),
  maxOccupancy: fc.option(fc.oneof(fc.double({ min: 30, max: 100, noNaN: true }), fc.double({ min: 0.3, max: 1, noNaN: true })), { nil: undefined }),
  shrinkage: fc.option(fc.double({ min: 0, max: 0.6, noNaN: true }), { nil: undefined }),
});
const percent = (v: number): number => (v <= 1 ? v * 100 : v);

test.prop([question])("agents is the fewest meeting the target, unless the occupancy cap raised it", (q) => {
  const r = requiredAgents(q);
  const load = { calls: q.calls, intervalMs: q.intervalMs, ahtMs: q.ahtMs, thresholdMs: q.thresholdMs };
  const target = percent(q.targetServiceLevel);
  const cap = q.maxOccupancy === undefined ? 100 : percent(q.maxOccupancy);
  expect(r.serviceLevel).toBeGreaterThanOrEqual(target);
  expect(r.occupancy).toBeLessThanOrEqual(cap);
  if (r.agents > 0) {
    const fewer = erlangC({ ...load, agents: r.agents - 1 });
    expect(fewer.serviceLevel! < target || fewer.occupancy > cap).toBe(true);
  }
});

test.prop([question])("the result is erlangC's for the agents found; scheduled agents cover shrinkage", (q) => {
  const r = requiredAgents(q);
  const c = measures(erlangC({ calls: q.calls, intervalMs: q.intervalMs, ahtMs: q.ahtMs, thresholdMs: q.thresholdMs, agents: r.agents }));
  expect(r).toEqual({ agents: r.agents, scheduledAgents: r.scheduledAgents, ...c });
  const s = q.shrinkage ?? 0;
  expect(r.scheduledAgents).toBeGreaterThanOrEqual(r.agents);
  expect(r.scheduledAgents * (1 - s)).toBeGreaterThanOrEqual(r.agents * (1 - 1e-12));
  if (r.scheduledAgents > 0) expect((r.scheduledAgents - 1) * (1 - s)).toBeLessThan(r.agents);
});

test.prop([question, question.map((q) => q.targetServiceLevel)])("a higher target never needs fewer agents", (q, other) => {
  const [lo, hi] = percent(q.targetServiceLevel) <= percent(other) ? [q.targetServiceLevel, other] : [other, q.targetServiceLevel];
  expect(requiredAgents({ ...q, targetServiceLevel: hi }).agents).toBeGreaterThanOrEqual(requiredAgents({ ...q, targetServiceLevel: lo }).agents);
});

test.prop([question, fc.integer({ min: 10_000, max: 1_200_000 })])("with patience: the fewest agents meeting target and cap under Erlang A", (q, patienceMs) => {
  const r = requiredAgents({ ...q, patienceMs });
  const load = { calls: q.calls, intervalMs: q.intervalMs, ahtMs: q.ahtMs, thresholdMs: q.thresholdMs, patienceMs };
  const target = percent(q.targetServiceLevel);
  const cap = q.maxOccupancy === undefined ? 100 : percent(q.maxOccupancy);
  const at = measures(erlangC({ ...load, agents: r.agents }));
  expect(r).toEqual({ agents: r.agents, scheduledAgents: r.scheduledAgents, ...at });
  expect(r.serviceLevel).toBeGreaterThanOrEqual(target);
  expect(r.occupancy).toBeLessThanOrEqual(cap);
  if (r.agents > 0) {
    const fewer = erlangC({ ...load, agents: r.agents - 1 });
    expect(fewer.serviceLevel! < target || fewer.occupancy > cap).toBe(true);
  }
});
