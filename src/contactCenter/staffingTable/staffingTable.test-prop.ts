import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { requiredAgents } from "../requiredAgents/requiredAgents.js";
import { staffingTable, type StaffingInterval } from "./staffingTable.js";

const calls = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.double({ min: 0, max: 600, noNaN: true }));
const interval: fc.Arbitrary<number | StaffingInterval> = fc.oneof(
  calls,
  fc.record({ calls, ahtMs: fc.integer({ min: 30_000, max: 900_000 }), start: fc.string() }, { requiredKeys: ["calls"] }),
);
const options = fc.record({
  intervalMs: fc.constantFrom(900_000, 1_800_000, 3_600_000),
  ahtMs: fc.integer({ min: 30_000, max: 900_000 }),
  targetServiceLevel: fc.oneof(fc.double({ min: 1.01, max: 99, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true })),
  thresholdMs: fc.integer({ min: 1000, max: 120_000 }),
  maxOccupancy: fc.option(fc.double({ min: 40, max: 100, noNaN: true }), { nil: undefined }),
  shrinkage: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: undefined }),
  patienceMs: fc.option(fc.integer({ min: 20_000, max: 900_000 }), { nil: undefined }),
});

test.prop([fc.array(interval, { maxLength: 12 }), options])("every row equals requiredAgents for its interval", (intervals, o) => {
  const t = staffingTable(intervals, o);
  expect(t.rows).toHaveLength(intervals.length);
  intervals.forEach((entry, i) => {
    const own = typeof entry === "number" ? { calls: entry } : entry;
    const ahtMs = own.ahtMs ?? o.ahtMs;
    const row = t.rows[i]!;
    expect(row).toEqual({ index: i, ...(own.start === undefined ? {} : { start: own.start }), calls: own.calls, ahtMs, trafficErlangs: row.trafficErlangs, ...requiredAgents({ ...o, calls: own.calls, ahtMs }) });
    expect(row.trafficErlangs).toBe((own.calls * ahtMs) / o.intervalMs);
  });
});

test.prop([fc.array(interval, { maxLength: 12 }), options])("totals add up the rows and stay in range", (intervals, o) => {
  const { rows, totals } = staffingTable(intervals, o);
  expect(totals.peakAgents).toBe(Math.max(0, ...rows.map((r) => r.agents)));
  expect(totals.peakScheduledAgents).toBeGreaterThanOrEqual(totals.peakAgents);
  expect(totals.agentMs).toBe(rows.reduce((s, r) => s + r.agents, 0) * o.intervalMs);
  expect(totals.scheduledAgentMs).toBeGreaterThanOrEqual(totals.agentMs);
  if (totals.serviceLevel !== null) {
    expect(totals.serviceLevel).toBeGreaterThanOrEqual(Math.min(...rows.filter((r) => r.calls > 0).map((r) => r.serviceLevel)) - 1e-9);
    expect(totals.serviceLevel).toBeLessThanOrEqual(100);
  }
  if (totals.occupancy !== null) expect(totals.occupancy).toBeLessThanOrEqual(100 + 1e-9);
});
