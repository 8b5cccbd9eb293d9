import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { kpiBalance, type KpiSnapshot } from "./kpiBalance.js";

const rate = fc.double({ min: 0, max: 100, noNaN: true });
const ms = fc.double({ min: 1, max: 1e8, noNaN: true });
const snapshot: fc.Arbitrary<KpiSnapshot> = fc.record(
  { handleTimeMs: ms, fcr: rate, csat: rate, responseRate: rate, firstReplyMs: ms, automatedFirstReplyShare: rate },
  { requiredKeys: [] },
);

test.prop([snapshot])("the same snapshot twice gives no warning", (s) => {
  expect(kpiBalance(s, s)).toEqual({ warnings: [] });
});

test.prop([snapshot, fc.double({ min: 0, max: 10, noNaN: true })])("moving every rate the same way by the same points gives no warning", (s, d) => {
  const shift = (x: number | undefined, by: number) => (x === undefined ? undefined : x + by);
  const up: KpiSnapshot = { handleTimeMs: s.handleTimeMs, firstReplyMs: s.firstReplyMs, fcr: shift(s.fcr, d), csat: shift(s.csat, d), responseRate: shift(s.responseRate, d), automatedFirstReplyShare: s.automatedFirstReplyShare };
  expect(kpiBalance(up, s).warnings).toEqual([]);
  expect(kpiBalance(s, up).warnings.filter((w) => w.code === "csat-up-response-rate-down")).toEqual([]);
});

test.prop([snapshot, snapshot])("every warning's numbers are the snapshots' numbers", (a, b) => {
  for (const w of kpiBalance(a, b).warnings) {
    for (const [k, v] of Object.entries(w.current)) expect(a[k as keyof KpiSnapshot]).toBe(v);
    for (const [k, v] of Object.entries(w.previous)) expect(b[k as keyof KpiSnapshot]).toBe(v);
  }
});
