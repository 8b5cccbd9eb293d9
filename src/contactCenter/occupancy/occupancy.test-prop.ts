import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { occupancy, type OccupancyTime } from "./occupancy.js";

const time = (max: number, whole: boolean): fc.Arbitrary<OccupancyTime> =>
  (whole ? fc.integer({ min: 0, max }) : fc.double({ min: 0, max, noNaN: true })).chain((availableMs) =>
    (whole ? fc.integer({ min: 0, max: availableMs }) : fc.double({ min: 0, max: availableMs, noNaN: true })).map((handleMs) => ({ handleMs, availableMs })),
  );
const times = fc.array(fc.oneof(time(36_000_000, true), time(1e9, false)), { maxLength: 60 });
const wholeTimes = fc.array(time(36_000_000, true), { maxLength: 60 });

test.prop([times])("occupancy is in [0, 100], or null without staffed time", (ts) => {
  const r = occupancy(ts);
  if (ts.every((t) => t.availableMs === 0)) expect(r.value).toBeNull();
  else {
    expect(r.value).toBeGreaterThanOrEqual(0);
    expect(r.value).toBeLessThanOrEqual(100);
  }
});

test.prop([wholeTimes])("pooled occupancy equals one big object with the summed times", (ts) => {
  const handleMs = ts.reduce((s, t) => s + t.handleMs, 0);
  const availableMs = ts.reduce((s, t) => s + t.availableMs, 0);
  expect(occupancy(ts)).toEqual(occupancy({ handleMs, availableMs }));
});

test.prop([wholeTimes.chain((ts) => fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, { minLength: ts.length, maxLength: ts.length })))])(
  "order independence",
  ([ts, shuffled]) => {
    expect(occupancy(shuffled)).toEqual(occupancy(ts));
  },
);

test.prop([times])("pooled occupancy lies between the lowest and highest single occupancy", (ts) => {
  const singles = ts.filter((t) => t.availableMs > 0).map((t) => occupancy(t).value!);
  const r = occupancy(ts).value;
  if (singles.length === 0) return;
  expect(r!).toBeGreaterThanOrEqual(Math.min(...singles) - 1e-9);
  expect(r!).toBeLessThanOrEqual(Math.max(...singles) + 1e-9);
});

test.prop([time(36_000_000, true), fc.integer({ min: 1, max: 100 })])("scaling both times leaves occupancy unchanged", (t, k) => {
  const r = occupancy(t).value;
  const scaled = occupancy({ handleMs: t.handleMs * k, availableMs: t.availableMs * k }).value;
  if (r === null) expect(scaled).toBeNull();
  else expect(scaled!).toBeCloseTo(r, 10);
});
