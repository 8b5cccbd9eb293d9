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
    const removed = cs.filter((c) => !(c.outcome === "abandoned" && (c.waitMs ?? Number.POSITIVE_INFINITY) < short));
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

// Abandoned calls without a wait (unknown, not zero): abandoned, never short.
const unknown: fc.Arbitrary<Call> = fc.constantFrom<Call>({ outcome: "abandoned" }, { waitMs: undefined, outcome: "abandoned" });
const mixed = fc.array(fc.oneof({ weight: 3, arbitrary: call }, { weight: 1, arbitrary: unknown }), { maxLength: 200 });
const hasWait = (c: Call): boolean => c.waitMs !== undefined;

test.prop([mixed, shortAbandonMs])("with unknown waits, counts add up: each call counted once, an unknown wait in abandoned", (cs, short) => {
  const r = abandonmentRate(cs, { shortAbandonMs: short });
  const abandonedCalls = cs.filter((c) => c.outcome === "abandoned").length;
  expect(r.n + r.shortAbandoned).toBe(cs.length);
  expect(r.abandoned + r.shortAbandoned).toBe(abandonedCalls);
  expect(r.unknownWait).toBe(cs.filter((c) => !hasWait(c)).length);
  expect(r.unknownWait).toBeLessThanOrEqual(r.abandoned);
  // The calls with a wait: the unknown ones are abandoned calls added to both sides.
  const timed = abandonmentRate(cs.filter(hasWait), { shortAbandonMs: short });
  expect([r.n, r.abandoned, r.shortAbandoned, timed.unknownWait]).toEqual([timed.n + r.unknownWait, timed.abandoned + r.unknownWait, timed.shortAbandoned, 0]);
});

test.prop([mixed.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))), shortAbandonMs])(
  "with unknown waits, order independence",
  ([cs, shuffled], short) => {
    expect(abandonmentRate(shuffled, { shortAbandonMs: short })).toEqual(abandonmentRate(cs, { shortAbandonMs: short }));
  },
);

test.prop([mixed, shortAbandonMs, fc.infiniteStream(fc.double({ min: 0, max: 1e7, noNaN: true }))])(
  "an unknown wait gives what any wait ≥ shortAbandonMs gives (any wait at all without it), unknownWait aside",
  (cs, short, extra) => {
    const it = extra[Symbol.iterator]();
    const filled = cs.map((c): Call => (hasWait(c) ? c : { waitMs: (short ?? 0) + (it.next().value as number), outcome: "abandoned" }));
    const { unknownWait, ...r } = abandonmentRate(cs, { shortAbandonMs: short });
    const { unknownWait: none, ...f } = abandonmentRate(filled, { shortAbandonMs: short });
    expect([unknownWait, none]).toEqual([cs.filter((c) => !hasWait(c)).length, 0]);
    expect(r).toEqual(f);
  },
);

test.prop([mixed, shortAbandonMs, fc.infiniteStream(fc.double({ min: 0, max: 1e7, noNaN: true }))])(
  "an unknown wait gives the highest rate any wait could give",
  (cs, short, waits) => {
    const it = waits[Symbol.iterator]();
    const filled = cs.map((c): Call => (hasWait(c) ? c : { waitMs: it.next().value as number, outcome: "abandoned" }));
    const r = abandonmentRate(cs, { shortAbandonMs: short });
    const f = abandonmentRate(filled, { shortAbandonMs: short });
    expect(r.n).toBeGreaterThanOrEqual(f.n);
    if (f.value !== null) expect(r.value!).toBeGreaterThanOrEqual(f.value - 1e-9);
  },
);
