/**
 * The charts of the review page as Vega-Lite specifications, data inline: each KPI over the
 * periods with its control limits, the weekday × hour heatmap, the distribution of each duration
 * KPI, and each rate per group with its interval. Pure: building a specification needs no
 * package; rendering one does (see render.ts).
 *
 * @module
 */
import { boundText, UNITS } from "./units.js";
import { kindOf, measureLabel, unitOf } from "./measures.js";
import type { ReviewChart, ReviewData, ReviewSummary, ReviewTrend, VegaLiteSpec } from "./types.js";

const BLUE = "#0969da";
const RED = "#cf222e";
const GREY = "#6e7781";
const LIMIT = "#bf8700";

/** What every chart shares: its size, font, and no frame around the plot. */
function base(title: string, width: number, height: number): Record<string, unknown> {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: title, anchor: "start", fontSize: 13, fontWeight: 600 },
    width,
    height,
    background: "white",
    config: { font: "system-ui, -apple-system, Segoe UI, sans-serif", view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11, gridColor: "#eaeef2" } },
  };
}

/** How a measure's numbers are scaled and titled on an axis: durations in their unit, others as they are. */
function axisOf(measure: string, data: ReviewData, sample: number | null): { per: number; title: string } {
  const kind = kindOf(measure);
  if (kind === "duration") {
    const unit = unitOf(measure, data.settings?.units, sample);
    return { per: UNITS[unit].ms, title: `${measureLabel(measure)} (${UNITS[unit].short})` };
  }
  return { per: 1, title: kind === "percent" ? `${measureLabel(measure)} (%)` : measureLabel(measure) };
}

const round = (x: number | null, per: number): number | null => (x === null || !Number.isFinite(x) ? null : x / per);

/** A p-value for a note: three decimals, "< 0.001" below. */
export const pText = (p: number): string => (p < 0.001 ? "< 0.001" : p.toFixed(3));

/**
 * One KPI over the periods: its values as a line, the control chart's center line (dotted) and
 * limits (dashed), and the periods outside the limits as red points.
 */
export function trendChart(t: ReviewTrend, data: ReviewData): ReviewChart {
  const { per, title } = axisOf(t.kpi, data, t.values[0] ?? null);
  const values = t.periods.map((period, i) => {
    const value = round(t.values[i] ?? null, per);
    const lower = round(t.chart.lower[i] ?? null, per);
    const upper = round(t.chart.upper[i] ?? null, per);
    const outside = value !== null && ((lower !== null && value < lower) || (upper !== null && value > upper));
    return { period, value, lower, upper, center: round(t.chart.center, per), outside };
  });
  const x = { field: "period", type: "ordinal", sort: [...t.periods], title: null, axis: { labelAngle: t.periods.length > 8 ? -45 : 0 } };
  const y = (field: string) => ({ field, type: "quantitative", title, scale: { zero: false } });
  const verdict = t.direction === null ? "too few periods for a trend test" : `Mann–Kendall: ${t.direction} (p ${pText(t.pValue ?? 1)})`;
  const chart = t.chart.type === "p" ? "p chart" : "XmR chart";
  const outside = values.filter((v) => v.outside).map((v) => v.period);
  return {
    id: `trend-${t.kpi}`,
    section: "trends",
    title: measureLabel(t.kpi),
    note: `${verdict}; ${chart} limits dashed, center dotted${outside.length === 0 ? ", every period inside the limits" : `; outside the limits: ${outside.join(", ")}`}.`,
    spec: {
      ...base(`${measureLabel(t.kpi)} by period`, 520, 200),
      data: { values },
      encoding: { x },
      layer: [
        { mark: { type: "line", color: LIMIT, strokeDash: [5, 4], strokeWidth: 1.2 }, encoding: { y: y("upper") } },
        { mark: { type: "line", color: LIMIT, strokeDash: [5, 4], strokeWidth: 1.2 }, encoding: { y: y("lower") } },
        { mark: { type: "line", color: GREY, strokeDash: [2, 3], strokeWidth: 1 }, encoding: { y: y("center") } },
        { mark: { type: "line", color: BLUE, strokeWidth: 2, point: { color: BLUE, size: 36 } }, encoding: { y: y("value") } },
        { transform: [{ filter: "datum.outside" }], mark: { type: "point", color: RED, filled: true, size: 90 }, encoding: { y: y("value") } },
      ],
    },
  };
}

/** The weekday × hour matrix as a heatmap: a cell per weekday and hour, darker for more. */
export function heatmapChart(data: ReviewData): ReviewChart | null {
  const h = data.heatmap;
  if (h === undefined) return null;
  const measure = h.measure === "volume" ? "n" : h.measure;
  const sample = h.values.flat().find((v): v is number => typeof v === "number") ?? null;
  const { per, title } = h.measure === "volume" ? { per: 1, title: "records" } : axisOf(measure, data, sample);
  const values = h.weekdays.flatMap((weekday, i) => h.hours.map((hour, j) => ({ weekday, hour, value: round(h.values[i]?.[j] ?? null, per) })));
  const label = h.measure === "volume" ? "Records" : measureLabel(measure);
  return {
    id: "heatmap",
    section: "heatmap",
    title: `${label} by weekday and hour`,
    note: `Weekdays and hours in ${h.timeZone}; empty cells have no data.`,
    spec: {
      ...base(`${label} by weekday and hour (${h.timeZone})`, 528, 196),
      data: { values },
      mark: { type: "rect", stroke: "white", strokeWidth: 1 },
      encoding: {
        x: { field: "hour", type: "ordinal", title: "hour of day", axis: { labelAngle: 0 } },
        y: { field: "weekday", type: "ordinal", sort: [...h.weekdays], title: null },
        color: { field: "value", type: "quantitative", title, scale: { scheme: "blues" } },
      },
    },
  };
}

interface Bucket { readonly upToMs: number | null; readonly count: number; readonly share: number | null }

/** Each duration KPI of the total that has buckets (`--buckets`): the share of its values in each bucket, as bars. */
export function distributionCharts(data: ReviewData): ReviewChart[] {
  const total = data.summary?.total;
  if (total === undefined) return [];
  return Object.keys(total).flatMap((kpi): ReviewChart[] => {
    const buckets = (total[kpi] as { buckets?: readonly Bucket[] } | null | undefined)?.buckets;
    // a KPI without values (surveys never sent) has empty buckets: nothing to draw
    if (kindOf(kpi) !== "duration" || buckets === undefined || !buckets.some((b) => b.count > 0)) return [];
    const bounds = buckets.flatMap((b) => (b.upToMs === null ? [] : [b.upToMs]));
    const labelOf = (i: number): string => {
      const b = buckets[i] as Bucket;
      if (b.upToMs === null) return `> ${boundText(bounds[bounds.length - 1] ?? 0)}`;
      return i === 0 ? `≤ ${boundText(b.upToMs)}` : `${boundText(bounds[i - 1] ?? 0)}–${boundText(b.upToMs)}`;
    };
    const values = buckets.map((b, i) => ({ bucket: labelOf(i), order: i, share: b.share, count: b.count }));
    const clock = data.settings?.clocks?.[kpi] === "business" ? " (business time)" : "";
    const name = `${measureLabel(kpi)}${clock}`;
    const n = buckets.reduce((sum, b) => sum + b.count, 0);
    return [{
      id: `distribution-${kpi}`,
      section: "distributions",
      title: `${name}: distribution`,
      note: `Share of ${n.toLocaleString("en-US")} values in each bucket; a bucket holds its upper bound.`,
      spec: {
        ...base(`${name}: share per bucket`, 420, 180),
        data: { values },
        encoding: {
          x: { field: "bucket", type: "ordinal", sort: values.map((v) => v.bucket), title: null, axis: { labelAngle: 0 } },
          y: { field: "share", type: "quantitative", title: "share of values (%)" },
        },
        layer: [
          { mark: { type: "bar", color: BLUE } },
          { mark: { type: "text", dy: -6, fontSize: 11, color: "#1f2328" }, encoding: { text: { field: "share", type: "quantitative", format: ".1f" } } },
        ],
      },
    }];
  });
}

/** The rates with an interval, per group of one dimension: a point and its 95 % interval per group. */
export function groupCharts(data: ReviewData): ReviewChart[] {
  const views: [string, ReviewSummary][] = [];
  const main = data.summary;
  const dims = main === undefined ? [] : Object.keys(main.rows[0]?.group ?? {});
  if (main !== undefined && dims.length === 1 && dims[0] !== "period") views.push([dims[0] as string, main]);
  for (const [dim, view] of Object.entries(data.views ?? {})) if (dim !== "period") views.push([dim, view]);
  return views.flatMap(([dim, view]) => {
    const kpis = Object.keys(view.total).filter((k) => {
      const v = view.total[k] as { ci?: unknown; value?: unknown } | null | undefined;
      return v !== null && typeof v === "object" && "ci" in v && typeof v.value === "number" && kindOf(k) !== "duration";
    });
    return kpis.flatMap((kpi): ReviewChart[] => {
      const values = view.rows.flatMap((r) => {
        const v = r[kpi] as { value?: number | null; ci?: { lower: number; upper: number } | null; n?: number } | null | undefined;
        return typeof v?.value === "number" ? [{ group: String(r.group[dim] ?? "(none)"), value: v.value, lower: v.ci?.lower ?? v.value, upper: v.ci?.upper ?? v.value, n: v.n ?? null }] : [];
      });
      if (values.length < 2) return [];
      const title = kindOf(kpi) === "percent" ? `${measureLabel(kpi)} (%)` : measureLabel(kpi);
      const totalValue = (view.total[kpi] as { value: number }).value;
      return [{
        id: `groups-${dim}-${kpi}`,
        section: "groups",
        title: `${measureLabel(kpi)} by ${dim}`,
        note: `Each ${dim}'s value with its 95 % interval; the dotted line is the total (${Math.round(totalValue * 10) / 10}).`,
        spec: {
          ...base(`${measureLabel(kpi)} by ${dim}`, 420, Math.max(60, values.length * 26)),
          data: { values },
          encoding: { y: { field: "group", type: "nominal", sort: values.map((v) => v.group), title: null } },
          layer: [
            { mark: { type: "rule", color: GREY, strokeWidth: 2 }, encoding: { x: { field: "lower", type: "quantitative", title, scale: { zero: false } }, x2: { field: "upper" } } },
            { mark: { type: "point", filled: true, color: BLUE, size: 70 }, encoding: { x: { field: "value", type: "quantitative" } } },
            { data: { values: [{ total: totalValue }] }, mark: { type: "rule", color: LIMIT, strokeDash: [2, 3] }, encoding: { x: { field: "total", type: "quantitative" }, y: null } },
          ],
        },
      }];
    });
  });
}

/**
 * Every chart of a review, in the page's order: the trends (with `--trends`, two periods or
 * more), the heatmap (with `--heatmap`), the distributions (with `--buckets`), and the rates per
 * group.
 *
 * @param data - A report as `servicekpi report --format json` writes it.
 * @returns One Vega-Lite specification per chart, data inline.
 *
 * @category Review
 */
export function reviewCharts(data: ReviewData): ReviewChart[] {
  const heatmap = heatmapChart(data);
  return [
    // a line needs two periods: a report of one period has no trend to draw
    ...(data.trends ?? []).filter((t) => t.periods.length >= 2).map((t) => trendChart(t, data)),
    ...(heatmap === null ? [] : [heatmap]),
    ...distributionCharts(data),
    ...groupCharts(data),
  ];
}

export type { VegaLiteSpec };
