import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { planMilestones } from "./planMilestones.js";

const MIN = 60_000;

describe("planMilestones", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(planMilestones({ current: 180_000, goal: 60_000, start: "2026-01-01", end: "2026-05-01", interval: "month" }).map((m) => [m.date, m.target])).toEqual([
      ["2026-02-01", 150_000],
      ["2026-03-01", 120_000],
      ["2026-04-01", 90_000],
      ["2026-05-01", 60_000],
    ]);
  });

  it("matches the issue's example: 3 minutes to 1 minute in 30-second monthly steps", () => {
    // The issue: "3 minutes to 1 minute in monthly steps" → 2:30, 2:00, 1:30, 1:00.
    const plan = planMilestones({ current: 3 * MIN, goal: 1 * MIN, start: "2026-03-15T09:00:00Z", end: "2026-07-15T09:00:00Z", interval: "month" });
    const mmss = (ms: number) => `${Math.floor(ms / MIN)}:${String((ms % MIN) / 1000).padStart(2, "0")}`;
    expect(plan.map((m) => mmss(m.target))).toEqual(["2:30", "2:00", "1:30", "1:00"]);
    expect(plan.map((m) => m.at)).toEqual(["2026-04-15T09:00:00.000Z", "2026-05-15T09:00:00.000Z", "2026-06-15T09:00:00.000Z", "2026-07-15T09:00:00.000Z"]);
  });

  it("steps on the local calendar of a time zone, across DST", () => {
    // Amsterdam: 09:00 CET in February (08:00Z), 09:00 CEST in April (07:00Z).
    const plan = planMilestones({ current: 70, goal: 85, start: "2026-02-01T09:00", end: "2026-05-01T09:00", interval: "month", timeZone: "Europe/Amsterdam" });
    expect(plan).toEqual([
      { date: "2026-03-01", at: "2026-03-01T08:00:00.000Z", target: 75 },
      { date: "2026-04-01", at: "2026-04-01T07:00:00.000Z", target: 80 },
      { date: "2026-05-01", at: "2026-05-01T07:00:00.000Z", target: 85 },
    ]);
  });

  it("clamps the day of month, steps by weeks and quarters, and handles a partial last step", () => {
    expect(planMilestones({ current: 0, goal: 2, start: "2026-01-31", end: "2026-03-31", interval: "month" }).map((m) => m.date)).toEqual(["2026-02-28", "2026-03-31"]);
    expect(planMilestones({ current: 10, goal: 4, start: "2026-01-05", end: "2026-01-26", interval: "week" }).map((m) => m.target)).toEqual([8, 6, 4]);
    expect(planMilestones({ current: 60, goal: 80, start: "2026-01-01", end: "2027-01-01", interval: "quarter" }).map((m) => [m.date, m.target])).toEqual([
      ["2026-04-01", 65], ["2026-07-01", 70], ["2026-10-01", 75], ["2027-01-01", 80],
    ]);
    // 2.5 weeks: steps of (4 − 9) / 2.5 = −2 per week, then the goal at end.
    expect(planMilestones({ current: 9, goal: 4, start: "2026-01-05", end: "2026-01-22T12:00:00Z", interval: "week" }).map((m) => m.target)).toEqual([7, 5, 4]);
    // End before the first step: one milestone, the goal.
    expect(planMilestones({ current: 9, goal: 4, start: "2026-01-05", end: "2026-01-07", interval: "month" })).toEqual([{ date: "2026-01-07", at: "2026-01-07T00:00:00.000Z", target: 4 }]);
    // Weeks keep the start's time of day.
    expect(planMilestones({ current: 1, goal: 3, start: "2026-01-05T09:30", end: "2026-01-19T09:30", interval: "week" }).map((m) => m.at)).toEqual([
      "2026-01-12T09:30:00.000Z",
      "2026-01-19T09:30:00.000Z",
    ]);
  });

  it("gives at most 10,000 milestones", () => {
    // 10,000 weeks from 5 January 2026 (a Monday) is 70,000 days: 9,999 weekly milestones and the end.
    const start = Date.UTC(2026, 0, 5);
    const end = start + 70_000 * 86_400_000;
    const plan = planMilestones({ current: 0, goal: 10_000, start, end, interval: "week" });
    expect(plan.length).toBe(10_000);
    expect(plan.slice(0, 2).map((m) => m.target)).toEqual([1, 2]);
    expect(inputErrorOf(() => planMilestones({ current: 0, goal: 1, start, end: end + 86_400_000, interval: "week" }))).toMatchObject({
      field: "interval",
      expected: "an interval giving at most 10000 milestones between start and end",
    });
  });

  it("rejects bad input with the field", () => {
    const ok = { current: 1, goal: 2, start: "2026-01-01", end: "2026-06-01", interval: "month" } as const;
    expect(inputErrorOf(() => planMilestones({ ...ok, current: Number.NaN }))).toMatchObject({ kpi: "planMilestones", field: "current" });
    expect(inputErrorOf(() => planMilestones({ ...ok, goal: Number.NEGATIVE_INFINITY }))).toMatchObject({ field: "goal" });
    expect(inputErrorOf(() => planMilestones({ ...ok, end: "2025-12-01" }))).toMatchObject({ field: "end", value: "2025-12-01" });
    expect(inputErrorOf(() => planMilestones({ ...ok, end: ok.start }))).toMatchObject({ field: "end" });
    expect(inputErrorOf(() => planMilestones({ ...ok, start: "not a date" }))).toMatchObject({ field: "start" });
    expect(inputErrorOf(() => planMilestones({ ...ok, interval: "day" as never }))).toMatchObject({ field: "interval" });
    expect(inputErrorOf(() => planMilestones({ ...ok, timeZone: "Mars/Olympus" }))).toMatchObject({ field: "timeZone" });
    expect(inputErrorOf(() => planMilestones({ ...ok, start: 0, end: 8e15, interval: "week" }))).toMatchObject({ field: "interval" });
  });
});
