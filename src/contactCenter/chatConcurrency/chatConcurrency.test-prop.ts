import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { chatConcurrency, type ChatTime } from "./chatConcurrency.js";

/** A consistent entry: engaged time between a share of the work and all of it. */
const entry = (whole: boolean): fc.Arbitrary<ChatTime> =>
  fc
    .record({
      chatMs: whole ? fc.integer({ min: 0, max: 36_000_000 }) : fc.double({ min: 0, max: 1e9, noNaN: true }),
      wrapUpMs: whole ? fc.integer({ min: 0, max: 3_600_000 }) : fc.double({ min: 0, max: 1e8, noNaN: true }),
      share: fc.double({ min: 0.05, max: 1, noNaN: true }),
      chats: fc.integer({ min: 0, max: 500 }),
    })
    .map(({ chatMs, wrapUpMs, share, chats }) => {
      const work = chatMs + wrapUpMs;
      const engagedMs = Math.min(work, whole ? Math.ceil(work * share) : work * share);
      return { chatMs, wrapUpMs, engagedMs: engagedMs === 0 ? work : engagedMs, chats };
    });
const entries = fc.array(fc.oneof(entry(true), entry(false)), { maxLength: 40 });
const wholeEntries = fc.array(entry(true), { maxLength: 40 });

test.prop([entries])("concurrency is at least 1, and null only without engaged time", (es) => {
  const r = chatConcurrency(es);
  if (r.engagedMs === 0) expect(r.value).toBeNull();
  else expect(r.value!).toBeGreaterThanOrEqual(1);
});

test.prop([entries])("adjusted handle time is handle time / concurrency, never more than handle time", (es) => {
  const r = chatConcurrency(es);
  if (r.handleMs === null || r.adjustedHandleMs === null) return;
  expect(r.adjustedHandleMs).toBeLessThanOrEqual(r.handleMs * (1 + 1e-12));
  expect(Math.abs(r.adjustedHandleMs - r.handleMs / r.value!)).toBeLessThanOrEqual(1e-9 * r.handleMs + 1e-9);
});

test.prop([wholeEntries])("pooled totals equal one big object", (es) => {
  const total = (k: "chatMs" | "wrapUpMs" | "engagedMs" | "chats") => es.reduce((s, e) => s + (e[k] ?? 0), 0);
  expect(chatConcurrency(es)).toEqual(chatConcurrency({ chatMs: total("chatMs"), wrapUpMs: total("wrapUpMs"), engagedMs: total("engagedMs"), chats: total("chats") }));
});

test.prop([wholeEntries.chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length })))])(
  "order independence",
  ([es, shuffled]) => {
    expect(chatConcurrency(shuffled)).toEqual(chatConcurrency(es));
  },
);
