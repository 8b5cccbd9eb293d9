import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { retention } from "./retention.js";

/** A consistent customer base: S at the start, r of them kept, N new ones still there at the end. */
const base = fc
  .integer({ min: 0, max: 10_000_000 })
  .chain((atStart) =>
    fc.record({ atStart: fc.constant(atStart), retained: fc.integer({ min: 0, max: atStart }), acquired: fc.integer({ min: 0, max: 10_000_000 }) }),
  );

test.prop([base])("rates are in [0, 100], add up to 100, and the counts come back", ({ atStart, retained, acquired }) => {
  const r = retention({ atStart, atEnd: retained + acquired, acquired });
  expect(r.n).toBe(atStart);
  expect(r.retained).toBe(retained);
  expect(r.lost).toBe(atStart - retained);
  if (atStart === 0) {
    expect(r.retentionRate).toBeNull();
    expect(r.churnRate).toBeNull();
    return;
  }
  expect(r.retentionRate).toBeGreaterThanOrEqual(0);
  expect(r.retentionRate).toBeLessThanOrEqual(100);
  expect(r.churnRate).toBeGreaterThanOrEqual(0);
  expect(r.churnRate).toBeLessThanOrEqual(100);
  expect(r.retentionRate! + r.churnRate!).toBeCloseTo(100, 9);
});

test.prop([base, fc.integer({ min: 1, max: 1000 })])("more acquisitions, with the end count rising by as many, change nothing", ({ atStart, retained, acquired }, more) => {
  const a = retention({ atStart, atEnd: retained + acquired, acquired });
  const b = retention({ atStart, atEnd: retained + acquired + more, acquired: acquired + more });
  expect(b).toEqual(a);
});

test.prop([base, fc.integer({ min: 2, max: 100 })])("scaling every count keeps the rates", ({ atStart, retained, acquired }, k) => {
  fc.pre(atStart > 0);
  const a = retention({ atStart, atEnd: retained + acquired, acquired });
  const b = retention({ atStart: atStart * k, atEnd: (retained + acquired) * k, acquired: acquired * k });
  expect(b.retentionRate!).toBeCloseTo(a.retentionRate!, 9);
  expect(b.churnRate!).toBeCloseTo(a.churnRate!, 9);
});

test.prop([base])("an end count one above the consistent range throws on atEnd", ({ atStart, retained, acquired }) => {
  fc.pre(retained === atStart);
  expect(() => retention({ atStart, atEnd: retained + acquired + 1, acquired })).toThrow(expect.objectContaining({ field: "atEnd" }));
});
