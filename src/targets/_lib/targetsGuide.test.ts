/** The worked example of docs/guides/targets-and-trends.md, number by number. */
import { expect, it } from "vitest";
import { baseline } from "../baseline/baseline.js";
import { improvementScenarios } from "../improvementScenarios/improvementScenarios.js";
import { kpiBalance } from "../kpiBalance/kpiBalance.js";
import { planMilestones } from "../planMilestones/planMilestones.js";
import { rateAgainstBenchmarks } from "../rateAgainstBenchmarks/rateAgainstBenchmarks.js";
import { smartTarget } from "../smartTarget/smartTarget.js";
import { trend } from "../trend/trend.js";

it("docs/guides/targets-and-trends.md: baseline → milestones → scenarios → balance → trend verdict", () => {
  const months = [
    { at: "2026-01-01", value: 200_000 },
    { at: "2026-02-01", value: 180_000 },
    { at: "2026-03-01", value: 160_000 },
  ];
  const base = baseline(months);
  expect(base).toEqual({ mean: 180_000, median: 180_000, min: 160_000, max: 200_000, n: 3, reason: null });
  expect(rateAgainstBenchmarks("firstResponseTime", base.mean!, { channel: "chat" })).toBeNull();
  const plan = planMilestones({ current: base.mean!, goal: 60_000, start: "2026-04-01", end: "2026-08-01", interval: "month", timeZone: "Europe/Amsterdam" });
  expect(plan).toEqual([
    { date: "2026-05-01", at: "2026-04-30T22:00:00.000Z", target: 150_000 },
    { date: "2026-06-01", at: "2026-05-31T22:00:00.000Z", target: 120_000 },
    { date: "2026-07-01", at: "2026-06-30T22:00:00.000Z", target: 90_000 },
    { date: "2026-08-01", at: "2026-07-31T22:00:00.000Z", target: 60_000 },
  ]);
  const s = improvementScenarios(base, { quarters: 2 });
  expect([s.conservative, s.realistic, s.ambitious].map((p) => p.path.map((q) => q.value))).toEqual([
    [162_000, 145_800],
    [153_000, 130_050],
    [144_000, 115_200],
  ]);
  const balance = kpiBalance({ firstReplyMs: 120_000, automatedFirstReplyShare: 35, csat: 84, responseRate: 18 }, { firstReplyMs: 180_000, automatedFirstReplyShare: 10, csat: 84.5, responseRate: 19 });
  expect(balance.warnings.map((w) => w.code)).toEqual(["first-reply-down-automation-up"]);
  const verdict = smartTarget({ kpi: "firstResponseTime", direction: "lower-is-better", goal: 60_000, deadline: "2026-08-01", series: months });
  expect(verdict.slopePerDay).toBeCloseTo(-40_000 / 59, 9);
  expect(verdict.projected).toBeCloseTo(200_000 - (212 * 40_000) / 59, 6);
  expect(Math.round(verdict.projected!)).toBe(56_271);
  expect(verdict.onTrack).toBe(true);
  // Mann–Kendall on the same three months, by hand: S = −3 (every pair falls), Var(S) =
  // 3·2·11/18 = 11/3, z = (S + 1)/√Var(S) = −2/√(11/3) = −1.0445, two-sided p = 0.2963.
  const mk = trend(months.map((m) => m.value));
  expect(mk.s).toBe(-3);
  expect(mk.varS).toBeCloseTo(11 / 3, 12);
  expect(mk.z).toBeCloseTo(-2 / Math.sqrt(11 / 3), 12);
  expect(mk.pValue).toBeCloseTo(0.2963, 4);
  expect([mk.direction, mk.slope]).toEqual(["no trend", -20_000]);
});
