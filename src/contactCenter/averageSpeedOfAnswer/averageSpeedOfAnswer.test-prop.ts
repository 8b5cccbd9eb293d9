import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Call } from "../../records/call.js";
import type { TimedCall } from "../_lib/reference.test-util.js";
import { averageSpeedOfAnswer } from "./averageSpeedOfAnswer.js";

const outcome = fc.constantFrom<Call["outcome"]>("answered", "abandoned");
const call: fc.Arbitrary<TimedCall> = fc.record({ waitMs: fc.oneof(fc.integer({ min: 0, max: 3_600_000 }), fc.double({ min: 0, max: 1e9, noNaN: true })), outcome });
const calls = fc.array(call, { maxLength: 200 });
const wholeCalls = fc.array(fc.record({ waitMs: fc.integer({ min: 0, max: 3_600_000 }), outcome }), { maxLength: 200 });

test.prop([calls])("ASA lies within [min, max] of the answered waits, and n counts answered calls", (cs) => {
  const waits = cs.filter((c) => c.outcome === "answered").map((c) => c.waitMs);
  const r = averageSpeedOfAnswer(cs);
  expect(r.n).toBe(waits.length);
  if (waits.length === 0) {
    expect(r.value).toBeNull();
    return;
  }
  // A mean of doubles can land one rounding step outside; whole milliseconds never do.
  expect(r.value!).toBeGreaterThanOrEqual(Math.min(...waits) * (1 - 1e-15));
  expect(r.value!).toBeLessThanOrEqual(Math.max(...waits) * (1 + 1e-15));
});

test.prop([wholeCalls.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length })))])(
  "order independence (whole milliseconds: exactly)",
  ([cs, shuffled]) => {
    expect(averageSpeedOfAnswer(shuffled)).toEqual(averageSpeedOfAnswer(cs));
  },
);

test.prop([calls, fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { maxLength: 20 })])("abandoned calls never change the ASA", (cs, waits) => {
  const extra = waits.map((waitMs): Call => ({ waitMs, outcome: "abandoned" }));
  expect(averageSpeedOfAnswer([...cs, ...extra])).toEqual(averageSpeedOfAnswer(cs));
});

test.prop([wholeCalls, wholeCalls])("pooling two queues weights each by its answered calls", (a, b) => {
  const ra = averageSpeedOfAnswer(a);
  const rb = averageSpeedOfAnswer(b);
  const r = averageSpeedOfAnswer([...a, ...b]);
  expect(r.n).toBe(ra.n + rb.n);
  if (r.n > 0) expect(r.value!).toBeCloseTo(((ra.value ?? 0) * ra.n + (rb.value ?? 0) * rb.n) / r.n, 6);
});

test.prop([calls, fc.integer({ min: 1, max: 1000 })])("scaling every wait scales the ASA", (cs, k) => {
  const r = averageSpeedOfAnswer(cs);
  const scaled = averageSpeedOfAnswer(cs.map((c) => ({ ...c, waitMs: c.waitMs * k })));
  if (r.value === null) expect(scaled.value).toBeNull();
  // relative to the value, plus an absolute 1e-300: subnormal waits (4e-323 ms) have no relative precision
  else expect(Math.abs(scaled.value! - r.value * k)).toBeLessThanOrEqual(1e-12 * r.value * k + 1e-300);
});

test.prop([calls, fc.array(fc.constantFrom<Call>({ outcome: "abandoned" }, { waitMs: undefined, outcome: "abandoned" }), { maxLength: 20 }), fc.nat()])(
  "abandoned calls without a wait never change the ASA, wherever they are",
  (cs, unknown, at) => {
    const k = cs.length === 0 ? 0 : at % (cs.length + 1);
    expect(averageSpeedOfAnswer([...cs.slice(0, k), ...unknown, ...cs.slice(k)])).toEqual(averageSpeedOfAnswer(cs));
  },
);
