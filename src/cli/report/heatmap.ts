/**
 * The weekday × hour matrix of `servicekpi report --heatmap`: when the work comes in (records
 * per weekday and hour of the day, on the wall clock of `--tz`), or how a KPI fares by weekday
 * and hour. A table with a row per weekday and a column per hour; the HTML page colours its cells.
 *
 * @module
 */
import type { SummaryResult } from "../../aggregate/summarize/types.js";
import type { ReviewHeatmap } from "../../report/types.js";
import type { Cell, Table } from "../_lib/render.js";
import { UNITS, type Unit } from "./kpis.js";
import { measureOf, valueOf, type Measure } from "./measures.js";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** What the matrix shows: the records (volume), or a measure of the rows. */
export type HeatmapMeasure = { readonly name: "volume" } | { readonly name: string; readonly measure: Measure };

/** `--heatmap volume|<measure>` (`csat`, `firstResponseTime.p50` …). */
export function readHeatmap(text: string): HeatmapMeasure {
  return text === "volume" ? { name: "volume" } : { name: text, measure: measureOf("--heatmap", text) };
}

/** The matrix as JSON gives it: `values[weekday][hour]`, Monday first, hours 0–23, `null` without data; durations in ms (the review page's type). */
export type Heatmap = ReviewHeatmap;

/** The matrix of a summary grouped by weekday and hourOfDay. */
export function heatmapOf(summary: SummaryResult, what: HeatmapMeasure, timeZone: string): Heatmap {
  const cell = new Map(summary.rows.map((r) => [`${String(r.group["weekday"])} ${String(r.group["hourOfDay"])}`, r]));
  const values = WEEKDAYS.map((d) => HOURS.map((h) => {
    const row = cell.get(`${d} ${h}`);
    if (row === undefined) return what.name === "volume" ? 0 : null;
    return "measure" in what ? valueOf(row, what.measure) : row.n;
  }));
  return { measure: what.name, timeZone, weekdays: WEEKDAYS, hours: HOURS, values };
}

/** The matrix as a table: a row per weekday, a column per hour; durations in `unit`. */
export function heatmapTable(h: Heatmap, duration: boolean, unit: Unit): Table {
  const per = duration ? UNITS[unit].ms : 1;
  const what = h.measure === "volume" ? "records" : duration ? `${h.measure} (${UNITS[unit].short})` : h.measure;
  return {
    title: `${what} by weekday and hour (${h.timeZone})`,
    matrix: true,
    columns: [{ key: "weekday", label: "weekday" }, ...h.hours.map((hour) => ({ key: String(hour), label: String(hour).padStart(2, "0") }))],
    rows: h.weekdays.map((d, i) => {
      const out: Record<string, Cell> = { weekday: d };
      h.hours.forEach((hour, j) => {
        const v = h.values[i]?.[j] ?? null;
        out[String(hour)] = v === null ? null : v / per;
      });
      return out;
    }),
  };
}
