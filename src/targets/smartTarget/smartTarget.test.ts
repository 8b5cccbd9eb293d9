import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { smartTarget } from "./smartTarget.js";

const FRT = [{ at: "2026-01-01", value: 240_000 }, { at: "2026-02-01", value: 210_000 }, { at: "2026-03-01", value: 180_000 }];

describe("smartTarget", () => {
  it("reproduces the TSDoc example literally", () => {
    const r = smartTarget({ kpi: "firstResponseTime", direction: "lower-is-better", goal: 90_000, deadline: "2026-07-01", series: FRT });
    expect([r.onTrack, r.metNow, r.reason]).toEqual([true, false, null]);
  });

  it("projects with the median pairwise slope, by hand", () => {
    // Days from 1 January: 0, 31, 59. Slopes per day: −30,000/31, −30,000/28, −60,000/59;
    // median −60,000/59 ≈ −1,016.95 ms/day. Values minus slope × day: 240,000, 210,000 +
    // 31 × 1,016.95 = 241,525.42, 180,000 + 59 × 1,016.95 = 240,000: median 240,000.
    // 1 July is day 181: 240,000 − 181 × 60,000/59 = 55,932.20 ms.
    const r = smartTarget({ kpi: "firstResponseTime", direction: "lower-is-better", goal: 90_000, deadline: "2026-07-01", series: [...FRT].reverse() });
    expect(r.slopePerDay).toBeCloseTo(-60_000 / 59, 9);
    expect(r.projected).toBeCloseTo(55_932.2034, 3);
    expect(r).toMatchObject({ kpi: "firstResponseTime", goal: 90_000, deadline: "2026-07-01T00:00:00.000Z", current: 180_000, n: 3 });
    // A goal of 0:50 is beyond the projected 55.9 s by 1 July.
    expect(smartTarget({ kpi: "firstResponseTime", direction: "lower-is-better", goal: 50_000, deadline: "2026-07-01", series: FRT }).onTrack).toBe(false);
  });

  it("is robust to one outlier and works for higher-is-better KPIs", () => {
    // CSAT 80, 81, 60 (survey glitch), 83, 84 monthly: Sen's slope ≈ +1 point a month.
    const series = [80, 81, 60, 83, 84].map((value, i) => ({ at: Date.UTC(2026, i, 1), value }));
    const r = smartTarget({ kpi: "csat", direction: "higher-is-better", goal: 88, deadline: Date.UTC(2026, 9, 1), series });
    expect(r.onTrack).toBe(true);
    expect(r.metNow).toBe(false);
  });

  it("gives null projections with a reason for too few points, not an error", () => {
    expect(smartTarget({ kpi: "csat", direction: "higher-is-better", goal: 85, deadline: "2026-12-01", series: FRT.slice(0, 2) })).toMatchObject({
      slopePerDay: null, projected: null, onTrack: null, current: 210_000, n: 2, reason: "need at least 3 points, got 2",
    });
    expect(smartTarget({ kpi: "csat", direction: "higher-is-better", goal: 85, deadline: "2026-12-01", series: [] })).toMatchObject({ current: null, metNow: null, onTrack: null, n: 0 });
    const same = [1, 2, 3].map((value) => ({ at: "2026-01-01", value }));
    expect(smartTarget({ kpi: "csat", direction: "higher-is-better", goal: 85, deadline: "2026-12-01", series: same }).reason).toBe("all points are on the same date");
  });

  it("rejects bad input with the field", () => {
    const ok = { kpi: "csat", direction: "higher-is-better", goal: 85, deadline: "2026-12-01", series: FRT } as const;
    expect(inputErrorOf(() => smartTarget({ ...ok, direction: "up" as never }))).toMatchObject({ kpi: "smartTarget", field: "direction" });
    expect(inputErrorOf(() => smartTarget({ ...ok, goal: Number.NaN }))).toMatchObject({ field: "goal" });
    expect(inputErrorOf(() => smartTarget({ ...ok, deadline: "2025-12-01" }))).toMatchObject({ field: "deadline" });
    expect(inputErrorOf(() => smartTarget({ ...ok, deadline: "soon" }))).toMatchObject({ field: "deadline" });
    expect(inputErrorOf(() => smartTarget({ ...ok, series: [{ at: "x", value: 1 }] }))).toMatchObject({ field: "series.at", index: 0 });
    expect(inputErrorOf(() => smartTarget({ ...ok, series: [FRT[0]!, { at: "2026-01-02", value: Number.POSITIVE_INFINITY }] }))).toMatchObject({ field: "series.value", index: 1 });
    expect(inputErrorOf(() => smartTarget({ ...ok, minPoints: 1 }))).toMatchObject({ field: "minPoints" });
    expect(inputErrorOf(() => smartTarget({ ...ok, kpi: 7 as never }))).toMatchObject({ field: "kpi", expected: "a KPI name such as \"csat\"" });
    expect(inputErrorOf(() => smartTarget({ ...ok, deadline: "2025-12-01" }))).toMatchObject({ expected: "a timestamp at or after the last point of the series" });
  });

  it("reads dates without an offset in timeZone", () => {
    // Midnight of 1 July 2026 in New York (EDT, UTC−4) is 04:00 UTC.
    const r = smartTarget({ kpi: "firstResponseTime", direction: "lower-is-better", goal: 90_000, deadline: "2026-07-01", series: FRT, timeZone: "America/New_York" });
    expect(r.deadline).toBe("2026-07-01T04:00:00.000Z");
  });

  it("meets and is on track at the goal itself, and takes the largest value of the latest date in any order", () => {
    // 10, 11, 12 on 1–3 January: slope 1 a day, 12 on the last day, so 15 on 6 January.
    const line = [10, 11, 12].map((value, i) => ({ at: Date.UTC(2026, 0, 1 + i), value }));
    const at = (goal: number) => smartTarget({ kpi: "csat", direction: "higher-is-better", goal, deadline: Date.UTC(2026, 0, 6), series: line });
    expect(at(15)).toMatchObject({ projected: 15, onTrack: true, metNow: false });
    expect(at(15.000_001).onTrack).toBe(false);
    expect(at(12)).toMatchObject({ current: 12, metNow: true });
    // Two points on the latest date: `current` is the larger, whichever order they come in.
    const points = [{ at: "2026-01-01", value: 5 }, { at: "2026-01-03", value: 3 }, { at: "2026-01-03", value: 7 }];
    for (const order of [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]) {
      const series = order.map((i) => points[i]!);
      expect(smartTarget({ kpi: "csat", direction: "higher-is-better", goal: 9, deadline: "2026-02-01", series }).current).toBe(7);
    }
  });

  it("fits values near the largest double whose differences overflow, and rejects a trend beyond it", () => {
    // −1.5e308 on 1 January and 1.5e308 twenty days later: the difference (3e308) is beyond the
    // doubles, the line is not: 3e308 / 20 = 1.5e307 a day, and 1.5e308 at the last point.
    const wide = [{ at: "2026-01-01", value: -1.5e308 }, { at: "2026-01-21", value: 1.5e308 }];
    const r = smartTarget({ kpi: "x", direction: "higher-is-better", goal: 0, deadline: "2026-01-21", series: wide, minPoints: 2 });
    expect(r).toMatchObject({ slopePerDay: 1.5e308 / 10, projected: 1.5e308, onTrack: true, reason: null });
    // A finite slope whose projection overflows on the way only: from −1.5e308, 1e307 a day for
    // 20 days is 2e308 (beyond the doubles) but lands at 5e307.
    const rising = [{ at: "2026-01-01", value: -1.6e308 }, { at: "2026-01-02", value: -1.5e308 }];
    const far = smartTarget({ kpi: "x", direction: "higher-is-better", goal: 0, deadline: "2026-01-22", series: rising, minPoints: 2 });
    expect(Math.abs(far.slopePerDay! / 1e307 - 1)).toBeLessThan(1e-14);
    expect(Math.abs(far.projected! / 5e307 - 1)).toBeLessThan(1e-14);
    expect(far.onTrack).toBe(true);
    // One day apart the slope itself (3e308 a day) is beyond the doubles.
    const steep = [{ at: "2026-01-01", value: -1.5e308 }, { at: "2026-01-02", value: 1.5e308 }];
    expect(inputErrorOf(() => smartTarget({ kpi: "x", direction: "higher-is-better", goal: 0, deadline: "2026-01-02", series: steep, minPoints: 2 }))).toMatchObject({
      field: "series",
      expected: "values whose trend (slope per day and projection at the deadline) is finite",
    });
  });

  it("fits subnormal values at full scale: halving them would round their last bit", () => {
    // Values of 5, 7, 2, 3 and 6 units of 2⁻¹⁰⁷⁴ on five days. The pairwise slopes in units a day
    // (2, −1.5, −⅔, ¼, −5, −2, −⅓, 1, 2, 3) round to whole units: −5, −2, −2, −1, 0, 0, 1, 2, 2, 3,
    // median 0; the level is then the median value, 5 units, and so is the projection. Halved
    // first (2.5 → 2, 3.5 → 4, 1.5 → 2 by ties-to-even) the median would be 2 units, 4 once doubled.
    const unit = 2 ** -1074;
    const series = [5, 7, 2, 3, 6].map((units, k) => ({ at: `2026-01-0${k + 1}`, value: units * unit }));
    const r = smartTarget({ kpi: "x", direction: "higher-is-better", goal: 100 * unit, deadline: "2026-01-20", series });
    expect(r).toMatchObject({ slopePerDay: 0, projected: 5 * unit, onTrack: false, reason: null });
  });
});
