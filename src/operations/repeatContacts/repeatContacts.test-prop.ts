import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { repeatContacts } from "./repeatContacts.js";

const H = 3_600_000;

const contact = fc.record({
  id: fc.integer(),
  customerId: fc.integer({ min: 1, max: 4 }),
  topic: fc.constantFrom("billing", "login"),
  startedAt: fc.integer({ min: 0, max: 20 * 24 }).map((h) => h * H),
});
const logs = fc.array(contact, { maxLength: 60 });
const windows = fc.integer({ min: 1, max: 10 * 24 * H });

/** The definition, O(n²): followed by a strictly later contact with the same key within the window. */
const reference = (log: readonly { customerId: number; topic: string; startedAt: number }[], windowMs: number): boolean[] =>
  log.map((c) => log.some((d) => d.customerId === c.customerId && d.topic === c.topic && d.startedAt > c.startedAt && d.startedAt - c.startedAt <= windowMs));

test.prop([logs, windows])("flags exactly the contacts the definition flags, and FCR counts the others", (log, windowMs) => {
  const r = repeatContacts(log, { windowMs });
  const expected = reference(log, windowMs);
  expect(r.contacts.map((c) => c.repeat)).toEqual(expected);
  expect(r.fcr.n).toBe(log.length);
  if (log.length === 0) expect(r.fcr.value).toBeNull();
  else {
    expect(r.fcr.value).toBeCloseTo((expected.filter((x) => !x).length * 100) / log.length, 9);
    expect(r.fcr.value).toBeGreaterThanOrEqual(0);
    expect(r.fcr.value).toBeLessThanOrEqual(100);
  }
});

test.prop([logs, windows, windows])("a longer window never flags fewer contacts, and flags a superset", (log, a, b) => {
  const [short, long] = a <= b ? [a, b] : [b, a];
  const s = repeatContacts(log, { windowMs: short }).contacts;
  const l = repeatContacts(log, { windowMs: long }).contacts;
  s.forEach((c, i) => {
    if (c.repeat) expect(l[i]!.repeat).toBe(true);
  });
});

test.prop([logs.chain((log) => fc.tuple(fc.constant(log), fc.shuffledSubarray(log.map((c, i) => ({ ...c, id: i })), { minLength: log.length, maxLength: log.length }))), windows])(
  "each contact's flag does not depend on the input order",
  ([log, shuffled], windowMs) => {
    const byId = (list: readonly { id: number; repeat: boolean }[]) => Object.fromEntries(list.map((c) => [c.id, c.repeat]));
    const original = repeatContacts(log.map((c, i) => ({ ...c, id: i })), { windowMs });
    const permuted = repeatContacts(shuffled, { windowMs });
    expect(byId(permuted.contacts)).toEqual(byId(original.contacts));
    expect(permuted.fcr).toEqual(original.fcr);
  },
);
