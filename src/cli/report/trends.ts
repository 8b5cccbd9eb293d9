/**
 * Trends of `servicekpi report` over its periods: for each KPI of the total by period, the
 * Mann–Kendall test with Sen's slope (`trend`), and a control chart's limits with the periods
 * that signal (`controlChart`: a p chart for rates, whose limits follow each period's n; XmR for
 * the other values).
 *
 * @module
 */
import type { SummaryResult } from "../../aggregate/summarize/types.js";
import { controlChart } from "../../targets/controlChart/controlChart.js";
import { trend } from "../../targets/trend/trend.js";
import type { ReviewTrend } from "../../report/types.js";
import type { Table } from "../_lib/render.js";
import { DURATION_KPIS, UNITS, type ReportKpi, type Unit } from "./kpis.js";
import { RATE_KPIS, valueOf, VALUE_KPIS, type Measure } from "./measures.js";

/** The trend of one KPI over the periods: the review page's type, which draws it. */
export type KpiTrend = ReviewTrend;


/** The measures followed over the periods: records, every rate and score, each duration's mean. */
function measures(summary: SummaryResult): [string, Measure | null][] {
  const has = (kpi: string): boolean => summary.rows.some((r) => (r[kpi] ?? null) !== null);
  return [
    ["n", null],
    ...Object.keys(VALUE_KPIS).filter(has).map((k): [string, Measure] => [k, { kpi: k, field: null, duration: false }]),
    ...Object.keys(DURATION_KPIS).filter(has).map((k): [string, Measure] => [`${k}.mean`, { kpi: k, field: "mean", duration: true }]),
  ];
}

/** The trends of a summary by period (rows grouped by `period` alone), in period order. */
export function trendsOf(byPeriod: SummaryResult): KpiTrend[] {
  const rows = byPeriod.rows.filter((r) => typeof r.group["period"] === "string" && r.n > 0);
  return measures(byPeriod).flatMap(([kpi, m]): KpiTrend[] => {
    const points = rows.flatMap((r, i) => {
      const value = m === null ? r.n : valueOf(r, m);
      return value === null ? [] : [{ i, period: r.group["period"] as string, value, row: r }];
    });
    if (points.length === 0) return [];
    const t = trend(points.map((p) => ({ t: p.i, value: p.value })));
    // rates: a p chart on the counts behind each percentage; else XmR on the values
    const rate = m !== null && RATE_KPIS.includes(m.kpi);
    const chart = rate
      ? controlChart(points.map((p) => {
          const n = (p.row[m.kpi] as { n: number }).n;
          return { successes: Math.round((p.value * n) / 100), n };
        }), { type: "p" })
      : controlChart(points.map((p) => p.value), { type: "xmr" });
    return [{
      kpi,
      periods: points.map((p) => p.period),
      values: points.map((p) => p.value),
      direction: t.direction,
      pValue: t.pValue,
      slopePerPeriod: t.slope,
      chart: {
        type: rate ? "p" : "xmr",
        center: chart.center, // p charts are in percent, as the rates
        lower: chart.points.map((p) => p.lower),
        upper: chart.points.map((p) => p.upper),
        signals: chart.points.flatMap((p, i) => (p.signal.length > 0 ? [`${points[i]?.period ?? ""} (${p.signal.join(", ")})`] : [])),
      },
    }];
  });
}

/** The trends as a table: durations in the unit of their columns. */
export function trendsTable(trends: readonly KpiTrend[], unitOf: Partial<Record<ReportKpi, Unit>>): Table {
  return {
    title: "Trends over the periods (Mann–Kendall, Sen's slope; control chart limits)",
    noCharts: true,
    columns: ["KPI", "periods", "direction", "p", "slope per period", "center", "lower", "upper", "signals"].map((label) => ({ key: label, label })),
    rows: trends.map((t) => {
      const name = t.kpi.split(".")[0] as ReportKpi;
      const per = DURATION_KPIS[name] === undefined ? 1 : UNITS[unitOf[name] ?? "minutes"].ms;
      const label = per === 1 ? t.kpi : `${t.kpi} (${UNITS[unitOf[name] ?? "minutes"].short})`;
      const d = (x: number | null): number | null => (x === null ? null : x / per);
      // the limits of the last period (a p chart's vary with n)
      return {
        KPI: label, periods: t.periods.length, direction: t.direction ?? "too few periods", p: t.pValue, "slope per period": d(t.slopePerPeriod),
        center: d(t.chart.center), lower: d(t.chart.lower.at(-1) ?? null), upper: d(t.chart.upper.at(-1) ?? null), signals: t.chart.signals.join("; ") || "none",
      };
    }),
  };
}
