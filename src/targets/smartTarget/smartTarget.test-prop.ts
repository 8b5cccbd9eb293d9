import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { smartTarget } from "./smartTarget.js";

const DAY = 86_400_000;
const line = fc.record({ a: fc.integer({ min: -1000, max: 1000 }), b: fc.integer({ min: -50, max: 50 }), days: fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 20 }) });

test.prop([line, fc.integer({ min: 0, max: 500 })])("an exact line is projected exactly, whatever the order of points", ({ a, b, days }, ahead) => {
  const series = days.map((d) => ({ at: d * DAY, value: a + b * d }));
  const deadline = (Math.max(...days) + ahead) * DAY;
  const r = smartTarget({ kpi: "k", direction: "higher-is-better", goal: 0, deadline, series });
  expect(r.slopePerDay).toBeCloseTo(b, 9);
  expect(r.projected!).toBeCloseTo(a + b * (deadline / DAY), 6);
  expect(smartTarget({ kpi: "k", direction: "higher-is-better", goal: 0, deadline, series: [...series].reverse() })).toEqual(r);
});
