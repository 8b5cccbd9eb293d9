import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { planMilestones } from "./planMilestones.js";

const value = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const DAY = 86_400_000;
const startMs = fc.integer({ min: 0, max: 4000 }).map((d) => Date.UTC(2000, 0, 1) + d * DAY);

test.prop([value, value, startMs, fc.integer({ min: 1, max: 1500 }), fc.constantFrom("week" as const, "month" as const, "quarter" as const)])(
  "milestones go monotonically from current to goal, end exactly at goal on end, dates ascending",
  (current, goal, start, days, interval) => {
    const end = start + days * DAY;
    const plan = planMilestones({ current, goal, start, end, interval });
    expect(plan.at(-1)!.target).toBe(goal);
    expect(plan.at(-1)!.at).toBe(new Date(end).toISOString());
    const sign = Math.sign(goal - current);
    let prev = current;
    let prevAt = start;
    for (const m of plan) {
      expect(Math.sign(m.target - prev) * sign).toBeGreaterThanOrEqual(0);
      expect(Math.min(current, goal) - 1e-6).toBeLessThanOrEqual(m.target);
      expect(m.target).toBeLessThanOrEqual(Math.max(current, goal) + 1e-6);
      expect(Date.parse(m.at)).toBeGreaterThan(prevAt);
      prev = m.target;
      prevAt = Date.parse(m.at);
    }
  },
);
