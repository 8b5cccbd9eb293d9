import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { slaCompliance, type SlaOutcome } from "./slaCompliance.js";

const measurement = fc.record({
  elapsedMs: fc.double({ min: 0, max: 1e10, noNaN: true }),
  targetMs: fc.double({ min: 1e-3, max: 1e10, noNaN: true }),
});
const outcome: fc.Arbitrary<SlaOutcome> = fc.oneof(fc.constantFrom<SlaOutcome>("achieved", "breached", "active", "paused"), measurement);
const outcomes = fc.array(outcome, { maxLength: 300 });

test.prop([outcomes])("achieved + breached + active is the number of outcomes, and n = achieved + breached", (list) => {
  const r = slaCompliance(list);
  expect(r.achieved + r.breached + r.active).toBe(list.length);
  expect(r.n).toBe(r.achieved + r.breached);
});

test.prop([outcomes])("value is in [0, 100] and inside its interval, or null with nothing measured", (list) => {
  const r = slaCompliance(list);
  if (r.n === 0) {
    expect(r.value).toBeNull();
    expect(r.ci).toBeNull();
    return;
  }
  expect(r.value).toBeGreaterThanOrEqual(0);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeGreaterThanOrEqual(0);
  expect(r.ci!.upper).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
});

test.prop([outcomes.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })))])(
  "order independence: any permutation gives the same result",
  ([list, shuffled]) => {
    expect(slaCompliance(shuffled)).toEqual(slaCompliance(list));
  },
);

test.prop([outcomes, fc.integer({ min: 0, max: 20 }), fc.constantFrom<SlaOutcome>("active", "paused")])(
  "adding active or paused targets changes only the active count",
  (list, extra, running) => {
    const before = slaCompliance(list);
    const after = slaCompliance([...list, ...Array<SlaOutcome>(extra).fill(running)]);
    expect(after).toEqual({ ...before, active: before.active + extra });
  },
);

test.prop([outcomes])("a paused target counts exactly as an active one", (list) => {
  expect(slaCompliance(list)).toEqual(slaCompliance(list.map((o) => (o === "paused" ? "active" : o))));
});

test.prop([fc.array(measurement, { maxLength: 200 })])("measurements count as their status strings would", (list) => {
  const asStatus = list.map((m): SlaOutcome => (m.elapsedMs <= m.targetMs ? "achieved" : "breached"));
  expect(slaCompliance(list)).toEqual(slaCompliance(asStatus));
});

test.prop([outcomes])("one more achieved target never lowers compliance", (list) => {
  const before = slaCompliance(list);
  const after = slaCompliance([...list, "achieved"]);
  expect(after.value!).toBeGreaterThanOrEqual(before.value ?? 0);
});
