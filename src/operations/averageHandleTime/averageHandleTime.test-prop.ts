import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { averageHandleTime, type HandledContact } from "./averageHandleTime.js";

const ms = fc.oneof(fc.integer({ min: 0, max: 7_200_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
const contact: fc.Arbitrary<HandledContact> = fc.record(
  { talkMs: ms, holdMs: ms, afterWorkMs: ms },
  { requiredKeys: ["talkMs"] },
);
const contacts = fc.array(contact, { minLength: 1, maxLength: 50 });
const wholeMs = fc.integer({ min: 0, max: 7_200_000 });
const wholeContacts = fc.array(fc.record({ talkMs: wholeMs, holdMs: wholeMs, afterWorkMs: wholeMs }), { minLength: 1, maxLength: 50 });

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) + 1e-300;

test.prop([contacts])("AHT equals the sum of the component means", (cs) => {
  const r = averageHandleTime(cs);
  expect(close(r.value!, r.talkMs! + r.holdMs! + r.afterWorkMs!)).toBe(true);
});

test.prop([contacts])("AHT equals the mean of each contact's handle time, and n counts contacts", (cs) => {
  const r = averageHandleTime(cs);
  const naive = cs.reduce((s, c) => s + c.talkMs + (c.holdMs ?? 0) + (c.afterWorkMs ?? 0), 0) / cs.length;
  expect(r.n).toBe(cs.length);
  expect(close(r.value!, naive)).toBe(true);
});

test.prop([contacts])("each mean lies between the smallest and largest component", (cs) => {
  const r = averageHandleTime(cs);
  const talks = cs.map((c) => c.talkMs);
  expect(r.talkMs!).toBeGreaterThanOrEqual(Math.min(...talks) * (1 - 1e-15));
  expect(r.talkMs!).toBeLessThanOrEqual(Math.max(...talks) * (1 + 1e-15));
  expect(r.holdMs!).toBeGreaterThanOrEqual(0);
  expect(r.afterWorkMs!).toBeGreaterThanOrEqual(0);
});

test.prop([wholeContacts.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length })))])(
  "does not depend on the order of contacts (whole milliseconds: exactly)",
  ([cs, shuffled]) => {
    expect(averageHandleTime(shuffled)).toEqual(averageHandleTime(cs));
  },
);

test.prop([contacts, contact])("adding a contact longer than the AHT raises it, a shorter one lowers it", (cs, extra) => {
  const before = averageHandleTime(cs).value!;
  const after = averageHandleTime([...cs, extra]).value!;
  const handle = extra.talkMs + (extra.holdMs ?? 0) + (extra.afterWorkMs ?? 0);
  if (handle > before * (1 + 1e-9)) expect(after).toBeGreaterThan(before);
  if (handle < before * (1 - 1e-9)) expect(after).toBeLessThan(before);
});
