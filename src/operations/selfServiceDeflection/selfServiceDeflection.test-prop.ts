import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { selfServiceDeflection } from "./selfServiceDeflection.js";

const M = 60_000;
const record = fc.record({ customerId: fc.integer({ min: 1, max: 5 }), startedAt: fc.integer({ min: 0, max: 7 * 24 * 60 }).map((m) => m * M) });
const lists = fc.array(record, { maxLength: 50 });
const windows = fc.integer({ min: 1, max: 3 * 24 * 60 * M });

test.prop([lists, lists, windows])("value is in [0, 100] or null, counts add up, and equal the O(n × m) definition", (sessions, contacts, windowMs) => {
  const r = selfServiceDeflection(sessions, contacts, { windowMs });
  expect(r.n).toBe(sessions.length);
  expect(r.deflected + r.followedByContact).toBe(r.n);
  const followed = sessions.filter((s) => contacts.some((c) => c.customerId === s.customerId && c.startedAt >= s.startedAt && c.startedAt - s.startedAt <= windowMs)).length;
  expect(r.followedByContact).toBe(followed);
  if (r.n === 0) {
    expect(r.value).toBeNull();
    expect(r.ci).toBeNull();
  } else {
    expect(r.value).toBeGreaterThanOrEqual(0);
    expect(r.value).toBeLessThanOrEqual(100);
    expect(r.ci!.lower).toBeLessThanOrEqual(r.value! + 1e-9);
    expect(r.ci!.upper).toBeGreaterThanOrEqual(r.value! - 1e-9);
  }
});

test.prop([lists, lists, windows, windows])("a longer window never deflects more sessions", (sessions, contacts, a, b) => {
  const short = selfServiceDeflection(sessions, contacts, { windowMs: Math.min(a, b) });
  const long = selfServiceDeflection(sessions, contacts, { windowMs: Math.max(a, b) });
  expect(long.deflected).toBeLessThanOrEqual(short.deflected);
});

test.prop([lists, lists, windows, fc.integer(), fc.integer()])("the order of sessions and contacts changes nothing", (sessions, contacts, windowMs, s1, s2) => {
  const shuffle = <T>(list: readonly T[], seed: number): T[] =>
    list.map((x, i) => [x, Math.imul(i + 1, seed | 1) >>> 0] as const).sort((p, q) => p[1] - q[1]).map(([x]) => x);
  expect(selfServiceDeflection(shuffle(sessions, s1), shuffle(contacts, s2), { windowMs })).toEqual(selfServiceDeflection(sessions, contacts, { windowMs }));
});
