import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Call } from "../../records/call.js";
import { abandonmentRate } from "./abandonmentRate.js";

const waitMs = fc.oneof(fc.integer({ min: 0, max: 600_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constant(5_000));
const call: fc.Arbitrary<Call> = fc.record({ waitMs, outcome: fc.constantFrom<Call["outcome"]>("answered", "abandoned") });
const calls = fc.array(call, { maxLength: 200 });
const shortAbandonMs = fc.option(fc.oneof(fc.constant(5_000), fc.double({ min: 0, max: 1e6, noNaN: true })), { nil: undefined });

test.prop([calls, shortAbandonMs])("value in [0, 100] inside its interval, or null with n = 0", (cs, short) => {
  const r = abandonmentRate(cs, { shortAbandonMs: short });
  if (r.n === 0) {
    expect([r.value, r.ci]).toEqual([null, null]);
    return;
  }
  expect(r.value).toBeGreaterThanOrEqual(0);
  expect(r.value).toBeLessThanOrEqual(100);
  expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
  expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
});

test.prop([calls, shortAbandonMs])("counts add up: n + short = calls, and answered = n − abandoned", (cs, short) => {
  const r = abandonmentRate(cs, { shortAbandonMs: short });
  expect(r.n + r.shortAbandoned).toBe(cs.length);
  expect(r.n - r.abandoned).toBe(cs.filter((c) => c.outcome === "answered").length);
  expect(r.abandoned + r.shortAbandoned).toBe(cs.filter((c) => c.outcome === "abandoned").length);
});

test.prop([calls, fc.double({ min: 0, max: 1e6, noNaN: true })])(
  "short abandons leave numerator and denominator: same result as removing them from the calls",
  (cs, short) => {
    const { shortAbandoned, ...withOption } = abandonmentRate(cs, { shortAbandonMs: short });
    const removed = cs.filter((c) => !(c.outcome === "abandoned" && c.waitMs < short));
    const { shortAbandoned: none, ...withoutThem } = abandonmentRate(removed);
    expect(shortAbandoned).toBe(cs.length - removed.length);
    expect(none).toBe(0);
    expect(withOption).toEqual(withoutThem);
  },
);

test.prop([calls, shortAbandonMs])("excluding short abandons never raises the rate", (cs, short) => {
  const all = abandonmentRate(cs).value;
  const kept = abandonmentRate(cs, { shortAbandonMs: short }).value;
  if (all !== null && kept !== null) expect(kept).toBeLessThanOrEqual(all + 1e-9);
});

test.prop([calls.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))), shortAbandonMs])(
  "order independence",
  ([cs, shuffled], short) => {
    expect(abandonmentRate(shuffled, { shortAbandonMs: short })).toEqual(abandonmentRate(cs, { shortAbandonMs: short }));
  },
);
