import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { evaluateTarget } from "./evaluateTarget.js";

const num = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const direction = fc.constantFrom("higher-is-better" as const, "lower-is-better" as const);

test.prop([num, num, direction])("gap ≥ 0 exactly when met, in both directions", (value, goal, dir) => {
  const r = evaluateTarget(value, { kpi: "k", value: goal, direction: dir });
  expect(r.met).toBe(r.gap >= 0);
  if (dir === "higher-is-better") expect(r.met).toBe(value >= goal);
  else expect(r.met).toBe(value <= goal);
  if (r.gapPercent !== null) expect(Math.sign(r.gapPercent)).toBe(Math.sign(r.gap));
});

test.prop([num, num])("flipping the direction flips the sign of the gap", (value, goal) => {
  const up = evaluateTarget(value, { kpi: "k", value: goal, direction: "higher-is-better" });
  const down = evaluateTarget(value, { kpi: "k", value: goal, direction: "lower-is-better" });
  expect(up.gap + down.gap).toBe(0);
});
