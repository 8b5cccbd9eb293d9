import { describe, expectTypeOf, it } from "vitest";
import { planMilestones, type Milestone } from "./planMilestones.js";

describe("planMilestones types", () => {
  it("returns milestones and takes a typed interval", () => {
    expectTypeOf(planMilestones({ current: 3, goal: 1, start: new Date(0), end: "2026-01-01", interval: "week" })).toEqualTypeOf<Milestone[]>();
    // @ts-expect-error: "day" is not a milestone interval
    planMilestones({ current: 3, goal: 1, start: 0, end: 1, interval: "day" });
  });
});
