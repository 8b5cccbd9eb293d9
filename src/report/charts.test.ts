import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { distributionCharts, groupCharts, heatmapChart, pText, reviewCharts, trendChart } from "./charts.js";
import type { ReviewData, ReviewTrend } from "./types.js";

const MIN = 60_000;
const H = 3_600_000;
type Layer = { mark: { type: string }; encoding?: { y?: { field: string } } };
const valuesOf = (spec: Readonly<Record<string, unknown>>): Record<string, unknown>[] => (spec["data"] as { values: Record<string, unknown>[] }).values;

const TREND: ReviewTrend = {
  kpi: "firstResponseTime.mean",
  periods: ["2026-01", "2026-02", "2026-03", "2026-04"],
  values: [30 * MIN, 45 * MIN, 90 * MIN, 33 * MIN],
  direction: "no trend",
  pValue: 0.7341,
  slopePerPeriod: 0,
  chart: { type: "xmr", center: 50 * MIN, lower: [10 * MIN, 10 * MIN, 10 * MIN, 10 * MIN], upper: [80 * MIN, 80 * MIN, 80 * MIN, 80 * MIN], signals: ["2026-03 (beyond limits)"] },
};

describe("trendChart", () => {
  it("draws the values in the KPI's unit with the control limits, and marks the periods outside them", () => {
    const chart = trendChart(TREND, { settings: { units: { firstResponseTime: "minutes" } } });
    expect(chart).toMatchObject({ id: "trend-firstResponseTime.mean", section: "trends", title: "First response time, mean" });
    // in minutes: the ms values ÷ 60,000; 90 min is above the upper limit of 80 min, nothing below 10
    expect(valuesOf(chart.spec)).toEqual([
      { period: "2026-01", value: 30, lower: 10, upper: 80, center: 50, outside: false },
      { period: "2026-02", value: 45, lower: 10, upper: 80, center: 50, outside: false },
      { period: "2026-03", value: 90, lower: 10, upper: 80, center: 50, outside: true },
      { period: "2026-04", value: 33, lower: 10, upper: 80, center: 50, outside: false },
    ]);
    expect(chart.note).toBe("Mann–Kendall: no trend (p 0.734); XmR chart limits dashed, center dotted; outside the limits: 2026-03.");
    const layers = chart.spec["layer"] as Layer[];
    expect(layers.map((l) => [l.mark.type, l.encoding?.y?.field])).toEqual([["line", "upper"], ["line", "lower"], ["line", "center"], ["line", "value"], ["point", "value"]]);
    expect(JSON.stringify(chart.spec)).toContain("First response time, mean (min)");
  });

  it("picks a unit from the size of the values when the report names none, and says when there are too few periods", () => {
    const short = trendChart({ ...TREND, values: [3 * H, 4 * H], periods: ["a", "b"], direction: null, pValue: null, chart: { ...TREND.chart, lower: [null, null], upper: [null, null] } }, {});
    // 3 h is past 90 minutes and under 48 hours: hours
    expect(valuesOf(short.spec).map((v) => v["value"])).toEqual([3, 4]);
    expect(short.note).toMatch(/^too few periods for a trend test; XmR chart .* every period inside the limits\.$/);
    const rate = trendChart({ ...TREND, kpi: "csat", values: [80, 82], periods: ["a", "b"], chart: { type: "p", center: 81, lower: [70, 71], upper: [90, 91], signals: [] } }, {});
    expect(valuesOf(rate.spec).map((v) => v["value"])).toEqual([80, 82]);
    expect(rate.note).toContain("p chart limits");
  });

  test.prop([fc.array(fc.record({ value: fc.double({ min: -1e6, max: 1e6, noNaN: true }), lower: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true })), upper: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true })) }), { minLength: 1, maxLength: 30 })])(
    "keeps every period in order, each value scaled alone, outside exactly when past a limit",
    (points) => {
      const trend: ReviewTrend = { ...TREND, kpi: "csat", periods: points.map((_, i) => `p${i}`), values: points.map((p) => p.value), chart: { type: "p", center: 0, lower: points.map((p) => p.lower), upper: points.map((p) => p.upper), signals: [] } };
      const values = valuesOf(trendChart(trend, {}).spec);
      expect(values.map((v) => v["period"])).toEqual(trend.periods);
      values.forEach((v, i) => {
        const p = points[i] as (typeof points)[number];
        expect(v["value"]).toBe(p.value);
        expect(v["outside"]).toBe((p.lower !== null && p.value < p.lower) || (p.upper !== null && p.value > p.upper));
      });
    },
  );
});

describe("heatmapChart", () => {
  const values = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => (d === 6 && h === 23 ? null : d * 24 + h)));
  const heatmap = { measure: "volume", timeZone: "Europe/Amsterdam", weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], hours: Array.from({ length: 24 }, (_, h) => h), values };

  it("has a cell per weekday and hour with its value, empty cells as null, weekdays in their order", () => {
    const chart = heatmapChart({ heatmap }) as NonNullable<ReturnType<typeof heatmapChart>>;
    const cells = valuesOf(chart.spec);
    expect(cells).toHaveLength(168);
    expect(cells[0]).toEqual({ weekday: "mon", hour: 0, value: 0 });
    expect(cells[24 * 3 + 5]).toEqual({ weekday: "thu", hour: 5, value: 3 * 24 + 5 });
    expect(cells[167]).toEqual({ weekday: "sun", hour: 23, value: null });
    expect((chart.spec["encoding"] as { y: { sort: string[] } }).y.sort).toEqual(heatmap.weekdays);
    expect(chart.note).toBe("Weekdays and hours in Europe/Amsterdam; empty cells have no data.");
    expect(heatmapChart({})).toBeNull();
  });

  it("shows a duration measure in its unit", () => {
    const chart = heatmapChart({ heatmap: { ...heatmap, measure: "firstResponseTime.p50", values: values.map((row) => row.map((v) => (v === null ? null : v * MIN))) }, settings: { units: { firstResponseTime: "minutes" } } });
    expect(valuesOf(chart?.spec ?? {})[30]).toEqual({ weekday: "tue", hour: 6, value: 30 });
    expect(chart?.title).toBe("First response time, median by weekday and hour");
  });
});

describe("distributionCharts", () => {
  const buckets = [{ upToMs: 5 * MIN, count: 2, share: 20 }, { upToMs: 15 * MIN, count: 3, share: 30 }, { upToMs: H, count: 4, share: 40 }, { upToMs: null, count: 1, share: 10 }];
  const data: ReviewData = {
    summary: { rows: [], total: { group: {}, n: 10, firstResponseTime: { n: 10, buckets }, resolutionTime: { n: 0, buckets: buckets.map((b) => ({ ...b, count: 0, share: null })) }, csat: { value: 50 } } },
    settings: { clocks: { firstResponseTime: "business" } },
  };

  it("draws the share of each bucket, labelled by its bounds, for each duration KPI with values", () => {
    const charts = distributionCharts(data);
    // resolution time has no values (every count 0) and CSAT is no duration: one chart
    expect(charts.map((c) => c.id)).toEqual(["distribution-firstResponseTime"]);
    expect(valuesOf(charts[0]?.spec ?? {})).toEqual([
      { bucket: "≤ 5 min", order: 0, share: 20, count: 2 },
      { bucket: "5 min–15 min", order: 1, share: 30, count: 3 },
      { bucket: "15 min–1 h", order: 2, share: 40, count: 4 },
      { bucket: "> 1 h", order: 3, share: 10, count: 1 },
    ]);
    expect(charts[0]?.title).toBe("First response time (business time): distribution");
    expect(charts[0]?.note).toBe("Share of 10 values in each bucket; a bucket holds its upper bound.");
    expect(distributionCharts({})).toEqual([]);
  });
});

describe("groupCharts", () => {
  const row = (channel: string, value: number, lower: number, upper: number) => ({ group: { channel }, n: 10, csat: { value, n: 10, ci: { lower, upper, level: 0.95 } }, firstResponseTime: { n: 10, meanMs: 1 } });
  const view = { rows: [row("chat", 80, 70, 88), row("email", 60, 50, 69)], total: { group: {}, n: 20, csat: { value: 70, n: 20, ci: { lower: 62, upper: 77, level: 0.95 } }, firstResponseTime: { n: 20, meanMs: 1 } } };

  it("gives each rate with an interval per group of a dimension, the total as a line; never by period", () => {
    const charts = groupCharts({ summary: view });
    expect(charts.map((c) => c.id)).toEqual(["groups-channel-csat"]);
    expect(valuesOf(charts[0]?.spec ?? {})).toEqual([{ group: "chat", value: 80, lower: 70, upper: 88, n: 10 }, { group: "email", value: 60, lower: 50, upper: 69, n: 10 }]);
    expect(charts[0]?.note).toContain("the dotted line is the total (70)");
    // the same view by period, and a view with one group only, give no chart
    const byPeriod = { rows: view.rows.map((r) => ({ ...r, group: { period: String(r.group.channel) } })), total: view.total };
    expect(groupCharts({ summary: byPeriod, views: { period: byPeriod } })).toEqual([]);
    expect(groupCharts({ views: { channel: { rows: [view.rows[0] as never], total: view.total } } })).toEqual([]);
    expect(groupCharts({ summary: { rows: [], total: view.total }, views: { channel: view } }).map((c) => c.id)).toEqual(["groups-channel-csat"]);
  });

  it("puts the sections in the page's order", () => {
    const all = reviewCharts({ summary: view, trends: [TREND], heatmap: { measure: "volume", timeZone: "UTC", weekdays: ["mon"], hours: [0], values: [[1]] } });
    expect(all.map((c) => c.section)).toEqual(["trends", "heatmap", "groups"]);
    // one period is no line: its trend is left out
    const single = reviewCharts({ trends: [{ ...TREND, periods: ["2026-01"], values: [1], chart: { ...TREND.chart, lower: [0], upper: [2] } }] });
    expect(single).toEqual([]);
  });
});

describe("pText", () => {
  it("writes p to three decimals, and small ones as < 0.001", () => {
    expect([pText(0.04999), pText(0.0004), pText(1)]).toEqual(["0.050", "< 0.001", "1.000"]);
  });
});
