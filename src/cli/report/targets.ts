/**
 * Targets and benchmarks of `servicekpi report`: each value of a report checked against the
 * team's own targets (`--targets targets.json`: met, at risk or missed, with the gap), and the
 * KPIs that have published benchmarks rated against them, with the source.
 *
 * @module
 */
import { normalizeChannel } from "../../aggregate/normalizeChannel/normalizeChannel.js";
import type { SummaryResult, SummaryRow } from "../../aggregate/summarize/types.js";
import { durationTextMs } from "../../_lib/durationText.js";
import { evaluateTarget } from "../../targets/evaluateTarget/evaluateTarget.js";
import { rateAgainstBenchmarks } from "../../targets/rateAgainstBenchmarks/rateAgainstBenchmarks.js";
import { benchmarks } from "../../targets/benchmarks/benchmarks.js";
import type { Target } from "../../targets/evaluateTarget/evaluateTarget.js";
import type { Cell, Table } from "../_lib/render.js";
import { readJsonOption } from "../_lib/mapping.js";
import { describeValue } from "../../errors.js";
import { InputError } from "../_lib/usage.js";
import { groupLabel, measureOf, valueOf, VALUE_KPIS, type Measure } from "./measures.js";

type Direction = Target["direction"];

/** A target as the file gives it, read. */
export interface ReportTarget {
  /** The measure as written: `"csat"`, `"firstResponseTime.p90"`. */
  readonly kpi: string;
  readonly measure: Measure;
  /** In the library's units: percent, points, ms. */
  readonly target: number;
  readonly direction: Direction;
  /** Short of the target by at most this much (same units) is "at risk" rather than "missed"; 0 by default. */
  readonly warning: number;
  /** Applies only to rows whose group has these values (`{ "channel": "chat" }`). */
  readonly group: Readonly<Record<string, string>> | null;
}

/** A number in the measure's units; durations also as text ("4h", "30m"). */
function amount(where: string, value: unknown, duration: boolean): number {
  const n = typeof value === "string" && duration ? durationTextMs(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n)) throw new InputError(`${where}: ${duration ? 'milliseconds or a duration text ("4h", "1d 2h")' : "a number (percent, or points for NPS and CES)"}; got ${describeValue(value)}`);
  return n;
}

/** `--targets FILE`: `{ "targets": [...] }` or the list itself. `cesLowerIsEasier`: the report reads CES on a scale where lower is easier. */
export async function readTargets(file: string, cesLowerIsEasier: boolean): Promise<ReportTarget[]> {
  const json = await readJsonOption("--targets", file);
  const list = Array.isArray(json) ? json : (json as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(list)) throw new InputError(`--targets ${file}: expected { "targets": [ { "kpi": "csat", "target": 85 }, … ] }`);
  return list.map((raw: unknown, i): ReportTarget => {
    const where = `--targets ${file}: targets[${i}]`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new InputError(`${where}: an object { kpi, target, direction?, warning?, group? }`);
    const t = raw as Record<string, unknown>;
    const measure = measureOf(`${where}.kpi`, t["kpi"], InputError);
    const usual: Direction = measure.duration ? "lower-is-better" : measure.kpi === "ces" && cesLowerIsEasier ? "lower-is-better" : (VALUE_KPIS[measure.kpi] ?? "higher-is-better");
    const d = t["direction"];
    if (d !== undefined && d !== "higher" && d !== "lower" && d !== "higher-is-better" && d !== "lower-is-better") throw new InputError(`${where}.direction: "higher" or "lower"; got ${describeValue(d)}`);
    const direction: Direction = d === undefined ? usual : d === "higher" || d === "higher-is-better" ? "higher-is-better" : "lower-is-better";
    const warning = t["warning"] === undefined ? 0 : amount(`${where}.warning`, t["warning"], measure.duration);
    if (warning < 0) throw new InputError(`${where}.warning: 0 or more; got ${describeValue(t["warning"])}`);
    const g = t["group"];
    if (g !== undefined && (g === null || typeof g !== "object" || Array.isArray(g) || !Object.values(g).every((v) => typeof v === "string"))) throw new InputError(`${where}.group: an object of dimension values, such as { "channel": "chat" }; got ${describeValue(g)}`);
    return { kpi: t["kpi"] as string, measure, target: amount(`${where}.target`, t["target"], measure.duration), direction, warning, group: (g as Record<string, string> | undefined) ?? null };
  });
}

/** met: at or past the target; at risk: short by no more than the warning band; missed: short by more. */
export type TargetStatus = "met" | "at risk" | "missed";

/** A target checked against one row. */
export interface TargetResult {
  readonly group: Readonly<Record<string, unknown>>;
  readonly kpi: string;
  readonly value: number | null;
  readonly target: number;
  readonly direction: Direction;
  /** `null` without data. */
  readonly status: TargetStatus | null;
  /** Past the target (positive) or short of it (negative), in the KPI's units (ms for durations). */
  readonly gap: number | null;
  readonly gapPercent: number | null;
}

const applies = (t: ReportTarget, row: SummaryRow): boolean =>
  t.group === null ? true : Object.entries(t.group).every(([d, v]) => Object.hasOwn(row.group, d) && String(row.group[d]) === v);

/**
 * Every target checked against the rows of `summary` and its total: a target with a `group`
 * only on the rows of that group; for one row and measure the most specific target wins (the
 * one naming the most dimensions, then the later in the file).
 */
export function checkTargets(targets: readonly ReportTarget[], summary: SummaryResult): TargetResult[] {
  const out: TargetResult[] = [];
  for (const row of [...summary.rows, summary.total]) {
    const chosen = new Map<string, ReportTarget>();
    for (const t of targets) {
      if (!applies(t, row)) continue;
      const key = t.kpi;
      const before = chosen.get(key);
      if (before === undefined || Object.keys(t.group ?? {}).length >= Object.keys(before.group ?? {}).length) chosen.set(key, t);
    }
    for (const t of chosen.values()) {
      const value = valueOf(row, t.measure);
      const e = value === null ? null : evaluateTarget(value, { kpi: t.kpi, value: t.target, direction: t.direction });
      const status: TargetStatus | null = e === null ? null : e.met ? "met" : -e.gap <= t.warning ? "at risk" : "missed";
      out.push({ group: row.group, kpi: t.kpi, value, target: t.target, direction: t.direction, status, gap: e?.gap ?? null, gapPercent: e?.gapPercent ?? null });
    }
  }
  return out;
}

/** A published benchmark met by a value of the report. */
export interface BenchmarkResult {
  readonly group: Readonly<Record<string, unknown>>;
  readonly kpi: string;
  readonly value: number;
  /** The best level met, or `null` when none is. */
  readonly level: string | null;
  readonly threshold: number | null;
  readonly source: string | null;
}

/** The measures benchmarks exist for, and the statistic rated (published figures are averages). */
const RATED: readonly [string, Measure][] = [
  ["csat", { kpi: "csat", field: null, duration: false }],
  ["nps", { kpi: "nps", field: null, duration: false }],
  ["firstContactResolution", { kpi: "firstContactResolution", field: null, duration: false }],
  ["firstResponseTime", { kpi: "firstResponseTime", field: "mean", duration: true }],
];

/**
 * The rows of `summary` (and its total) rated against the shipped benchmarks: CSAT, NPS, FCR,
 * and the mean first response time per channel (a row grouped by channel is rated against its
 * channel's benchmarks, the channel normalised: "Live chat" is chat).
 */
export function rateBenchmarks(summary: SummaryResult): BenchmarkResult[] {
  const out: BenchmarkResult[] = [];
  for (const row of [...summary.rows, summary.total]) {
    const raw = row.group["channel"];
    const channel = typeof raw === "string" ? normalizeChannel(raw) : undefined;
    for (const [kpi, m] of RATED) {
      const value = valueOf(row, m);
      if (value === null) continue;
      // only where a benchmark exists for the KPI (and the row's channel): none says nothing
      if (!benchmarks.some((b) => b.kpi === kpi && (b.channel === undefined || b.channel === channel))) continue;
      const r = rateAgainstBenchmarks(kpi, value, channel === undefined ? {} : { channel });
      out.push({ group: row.group, kpi: m.field === null ? kpi : `${kpi}.${m.field}`, value, level: r?.level ?? null, threshold: r?.benchmark.threshold ?? null, source: r?.benchmark.source ?? null });
    }
  }
  return out;
}

/** A value for the tables: durations in `unitMs`. */
const shown = (value: number | null, duration: boolean, unitMs: number): Cell => (value === null ? null : duration ? value / unitMs : value);

/** The table of target results; durations in the unit of each KPI's columns. */
export function targetsTable(results: readonly TargetResult[], unitMs: (kpi: string) => number | null): Table {
  return {
    title: "Targets",
    noCharts: true,
    columns: ["group", "KPI", "value", "target", "status", "gap", "gap %"].map((label) => ({ key: label, label })),
    rows: results.map((r) => {
      const ms = unitMs(r.kpi);
      return { group: groupLabel(r.group), KPI: ms === null ? r.kpi : `${r.kpi} (${unitLabel(ms)})`, value: shown(r.value, ms !== null, ms ?? 1), target: shown(r.target, ms !== null, ms ?? 1), status: r.status ?? "no data", gap: shown(r.gap, ms !== null, ms ?? 1), "gap %": r.gapPercent };
    }),
  };
}

const unitLabel = (ms: number): string => ({ 1000: "s", 60000: "min", 3600000: "h", 86400000: "d" })[ms] ?? "ms";

/** The table of benchmark ratings. */
export function benchmarksTable(results: readonly BenchmarkResult[], unitMs: (kpi: string) => number | null): Table {
  return {
    title: "Benchmarks",
    noCharts: true,
    columns: ["group", "KPI", "value", "level", "threshold", "source"].map((label) => ({ key: label, label })),
    rows: results.map((r) => {
      const ms = unitMs(r.kpi);
      return { group: groupLabel(r.group), KPI: ms === null ? r.kpi : `${r.kpi} (${unitLabel(ms)})`, value: shown(r.value, ms !== null, ms ?? 1), level: r.level ?? "below every level", threshold: shown(r.threshold, ms !== null, ms ?? 1), source: r.source };
    }),
  };
}
