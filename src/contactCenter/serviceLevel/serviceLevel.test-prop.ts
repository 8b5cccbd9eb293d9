import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Call } from "../../records/call.js";
import { SERVICE_LEVEL_FORMULAS, serviceLevel, type ServiceLevelFormula } from "./serviceLevel.js";

const waitMs = fc.oneof(fc.integer({ min: 0, max: 600_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(0, 20_000, 5_000));
const call: fc.Arbitrary<Call> = fc.record({ waitMs, outcome: fc.constantFrom<Call["outcome"]>("answered", "abandoned") });
const calls = fc.array(call, { maxLength: 200 });
const formula = fc.constantFrom<ServiceLevelFormula>(...SERVICE_LEVEL_FORMULAS);
const options = fc.record(
  { thresholdMs: fc.oneof(fc.constant(20_000), fc.double({ min: 1e-3, max: 1e6, noNaN: true })), formula, shortAbandonMs: fc.oneof(fc.constant(5_000), fc.double({ min: 0, max: 1e6, noNaN: true })) },
  { requiredKeys: ["thresholdMs"] },
);

test.prop([calls, options])("every formula gives a value in [0, 100] inside its interval, or null with n = 0", (cs, o) => {
  const r = serviceLevel(cs, o);
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

test.prop([calls, options])("counts add up: answered + abandoned = calls, parts within their wholes", (cs, o) => {
  const r = serviceLevel(cs, o);
  expect(r.answered + r.abandoned).toBe(cs.length);
  expect(r.answeredWithin).toBeLessThanOrEqual(r.answered);
  expect(r.abandonedWithin).toBeLessThanOrEqual(r.abandoned);
  expect(r.shortAbandoned).toBeLessThanOrEqual(r.abandoned);
  if (o.shortAbandonMs === undefined) expect(r.shortAbandoned).toBe(0);
  expect(r.n).toBeLessThanOrEqual(cs.length);
});

test.prop([calls.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))), options])(
  "order independence: any permutation gives the same result",
  ([cs, shuffled], o) => {
    expect(serviceLevel(shuffled, o)).toEqual(serviceLevel(cs, o));
  },
);

test.prop([calls, options, fc.integer({ min: 1, max: 20 })])("more calls answered within the threshold never lower the service level", (cs, o, extra) => {
  const before = serviceLevel(cs, o);
  const added: Call[] = Array.from({ length: extra }, (_, i) => ({ waitMs: (o.thresholdMs * i) / extra, outcome: "answered" }));
  const after = serviceLevel([...cs, ...added], o);
  expect(after.answeredWithin).toBe(before.answeredWithin + extra);
  expect(after.value!).toBeGreaterThanOrEqual((before.value ?? 0) - 1e-9);
});

test.prop([calls, options])("a late answer or a late abandon never raises the service level", (cs, o) => {
  const before = serviceLevel(cs, o).value;
  for (const outcome of ["answered", "abandoned"] as const) {
    const after = serviceLevel([...cs, { waitMs: o.thresholdMs * 2 + 1, outcome }], o).value;
    if (before !== null && after !== null) expect(after).toBeLessThanOrEqual(before + 1e-9);
  }
});

test.prop([calls, fc.double({ min: 1e-3, max: 1e6, noNaN: true })])("the formulas are ordered as their denominators are", (cs, thresholdMs) => {
  const v = (f: ServiceLevelFormula) => serviceLevel(cs, { thresholdMs, formula: f }).value;
  const offered = v("answered-of-offered");
  if (offered === null) return;
  // Same numerator, denominators offered ≥ offered − abandoned within ≥ answered.
  expect(v("exclude-abandoned-within") ?? 0).toBeGreaterThanOrEqual(offered - 1e-9);
  const answered = v("answered-of-answered");
  if (answered !== null) expect(answered).toBeGreaterThanOrEqual((v("exclude-abandoned-within") ?? 0) - 1e-9);
  expect(v("within-of-offered")!).toBeGreaterThanOrEqual(offered - 1e-9);
  expect(v("exclude-short-abandons")).toBe(offered); // no shortAbandonMs: nothing is short
});

test.prop([calls, calls, options])("merging two call sets adds their counts", (a, b, o) => {
  const ra = serviceLevel(a, o);
  const rb = serviceLevel(b, o);
  const r = serviceLevel([...a, ...b], o);
  expect([r.n, r.answered, r.answeredWithin, r.abandoned, r.abandonedWithin, r.shortAbandoned]).toEqual([
    ra.n + rb.n,
    ra.answered + rb.answered,
    ra.answeredWithin + rb.answeredWithin,
    ra.abandoned + rb.abandoned,
    ra.abandonedWithin + rb.abandonedWithin,
    ra.shortAbandoned + rb.shortAbandoned,
  ]);
});

// Abandoned calls without a wait (unknown, not zero): a late abandon under every formula.
const unknown: fc.Arbitrary<Call> = fc.constantFrom<Call>({ outcome: "abandoned" }, { waitMs: undefined, outcome: "abandoned" });
const mixed = fc.array(fc.oneof({ weight: 3, arbitrary: call }, { weight: 1, arbitrary: unknown }), { maxLength: 200 });
const hasWait = (c: Call): boolean => c.waitMs !== undefined;

test.prop([mixed, options])("with unknown waits, counts add up: each call counted once, an unknown wait never within T nor short", (cs, o) => {
  const r = serviceLevel(cs, o);
  const missing = cs.filter((c) => !hasWait(c)).length;
  expect(r.answered + r.abandoned).toBe(cs.length);
  expect(r.unknownWait).toBe(missing);
  expect(r.abandonedWithin + r.unknownWait).toBeLessThanOrEqual(r.abandoned);
  expect(r.shortAbandoned + r.unknownWait).toBeLessThanOrEqual(r.abandoned);
  // The calls with a wait give the same counts but for the unknown ones, which are abandoned.
  const timed = serviceLevel(cs.filter(hasWait), o);
  expect([r.answered, r.answeredWithin, r.abandoned, r.abandonedWithin, r.shortAbandoned, timed.unknownWait]).toEqual([
    timed.answered,
    timed.answeredWithin,
    timed.abandoned + missing,
    timed.abandonedWithin,
    timed.shortAbandoned,
    0,
  ]);
});

test.prop([mixed.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }))), options])(
  "with unknown waits, order independence",
  ([cs, shuffled], o) => {
    expect(serviceLevel(shuffled, o)).toEqual(serviceLevel(cs, o));
  },
);

test.prop([mixed, options, fc.infiniteStream(fc.double({ min: 0, max: 1e7, noNaN: true }))])(
  "an unknown wait gives what any wait later than T and not short gives (unknownWait aside)",
  (cs, o, extra) => {
    const late = Math.max(o.thresholdMs, o.shortAbandonMs ?? 0);
    const it = extra[Symbol.iterator]();
    // later than T (strictly) and ≥ shortAbandonMs (both at most 1e6, so + 1 is exact), plus any amount
    const filled = cs.map((c): Call => (hasWait(c) ? c : { waitMs: late + 1 + (it.next().value as number), outcome: "abandoned" }));
    const { unknownWait, ...r } = serviceLevel(cs, o);
    const { unknownWait: none, ...f } = serviceLevel(filled, o);
    expect([unknownWait, none]).toEqual([cs.filter((c) => !hasWait(c)).length, 0]);
    expect(r).toEqual(f);
  },
);

test.prop([mixed, options, fc.infiniteStream(fc.double({ min: 0, max: 1e7, noNaN: true }))])(
  "an unknown wait gives the lowest value any wait could give; exact for the formulas that ignore abandoned waits",
  (cs, o, waits) => {
    const it = waits[Symbol.iterator]();
    const filled = cs.map((c): Call => (hasWait(c) ? c : { waitMs: it.next().value as number, outcome: "abandoned" }));
    const r = serviceLevel(cs, o);
    const f = serviceLevel(filled, o);
    const formula = o.formula ?? "answered-of-offered";
    if (formula === "answered-of-offered" || formula === "answered-of-answered") {
      expect([r.value, r.n]).toEqual([f.value, f.n]);
    } else {
      expect(r.n).toBeGreaterThanOrEqual(f.n);
      if (f.value !== null) expect(r.value!).toBeLessThanOrEqual(f.value + 1e-9);
    }
  },
);

test.prop([mixed, mixed, options])("with unknown waits, merging two call sets adds their counts", (a, b, o) => {
  const ra = serviceLevel(a, o);
  const rb = serviceLevel(b, o);
  const r = serviceLevel([...a, ...b], o);
  expect([r.n, r.abandoned, r.abandonedWithin, r.shortAbandoned, r.unknownWait]).toEqual([
    ra.n + rb.n,
    ra.abandoned + rb.abandoned,
    ra.abandonedWithin + rb.abandonedWithin,
    ra.shortAbandoned + rb.shortAbandoned,
    ra.unknownWait + rb.unknownWait,
  ]);
});
