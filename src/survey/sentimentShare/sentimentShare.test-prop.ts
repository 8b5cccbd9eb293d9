import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { sentimentShare, type SentimentLabel } from "./sentimentShare.js";

const labels = fc.array(fc.constantFrom<SentimentLabel>("positive", "neutral", "negative"), { maxLength: 500 });

test.prop([labels])("counts add up to n and shares add up to 100", (list) => {
  const r = sentimentShare(list);
  expect(r.n).toBe(list.length);
  expect(r.positive + r.neutral + r.negative).toBe(r.n);
  if (r.n === 0) {
    expect([r.positivePercent, r.neutralPercent, r.negativePercent, r.net]).toEqual([null, null, null, null]);
    return;
  }
  expect(r.positivePercent! + r.neutralPercent! + r.negativePercent!).toBeCloseTo(100, 10);
  for (const share of [r.positivePercent!, r.neutralPercent!, r.negativePercent!]) {
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThanOrEqual(100);
  }
});

test.prop([labels])("net is positive% − negative%, within ±100", (list) => {
  const r = sentimentShare(list);
  fc.pre(r.n > 0);
  expect(r.net!).toBeCloseTo(r.positivePercent! - r.negativePercent!, 10);
  expect(Math.abs(r.net!)).toBeLessThanOrEqual(100);
});

test.prop([labels.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })))])(
  "order independence",
  ([list, shuffled]) => {
    expect(sentimentShare(shuffled)).toEqual(sentimentShare(list));
  },
);

test.prop([labels])("swapping positive and negative labels negates net exactly", (list) => {
  const swapped = list.map((l): SentimentLabel => (l === "positive" ? "negative" : l === "negative" ? "positive" : l));
  const a = sentimentShare(list);
  const b = sentimentShare(swapped);
  fc.pre(a.n > 0);
  expect(b.net).toBe(-a.net! + 0); // + 0 turns −0 into 0 for a net of 0
  expect(b.positivePercent).toBe(a.negativePercent);
});

test.prop([labels, fc.integer({ min: 2, max: 10 })])("repeating every label k times keeps the shares", (list, k) => {
  fc.pre(list.length > 0);
  const a = sentimentShare(list);
  const b = sentimentShare(list.flatMap((l) => Array<SentimentLabel>(k).fill(l)));
  expect(b.positivePercent!).toBeCloseTo(a.positivePercent!, 10);
  expect(b.net!).toBeCloseTo(a.net!, 10);
});
