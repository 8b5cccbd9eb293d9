/**
 * `servicekpi report --compare previous|year|FILE.json`: each KPI of each row beside the same
 * group's value in the previous period, the same period a year earlier, or a saved report, with
 * the change and, where the library has a test for it, whether the change is significant.
 *
 * @module
 */
import type { SummaryResult, SummaryRow } from "../../aggregate/summarize/types.js";
import { periodLabel, type Period } from "../../_lib/time/periods.js";
import { compareProportions } from "../../stats/compareProportions/compareProportions.js";
import { studentTCdf } from "../../stats/distributions/studentT.js";
import { npsDifference } from "../../survey/npsDifference/npsDifference.js";
import { kpiBalance, type KpiSnapshot } from "../../targets/kpiBalance/kpiBalance.js";
import type { Cell, Table } from "../_lib/render.js";
import { readJsonOption } from "../_lib/mapping.js";
import { InputError, UsageError } from "../_lib/usage.js";
import { DURATION_KPIS, UNITS, type ReportKpi, type Unit } from "./kpis.js";
import { groupLabel, RATE_KPIS } from "./measures.js";

const DAY = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, "0");

const isObject = (x: unknown): boolean => x !== null && typeof x === "object" && !Array.isArray(x);

/** What a report is compared with. */
export type CompareWith = { readonly kind: "previous" | "year" } | { readonly kind: "file"; readonly file: string; readonly saved: SummaryResult };

/** `--compare previous|year|FILE.json` (a report saved with `--format json`). */
export async function readCompare(text: string | undefined, period: Period | undefined): Promise<CompareWith | undefined> {
  if (text === undefined) return undefined;
  if (text === "previous" || text === "year") {
    if (period === undefined) throw new UsageError(`--compare ${text}: add a period to --by (day, week, month, quarter or year)`);
    return { kind: text };
  }
  const json = await readJsonOption("--compare", text);
  const summary = (json as { summary?: { rows?: unknown; total?: unknown } | null } | null)?.summary;
  // every row, and the total, an object with its group (an object of dimension values)
  const isRow = (row: unknown): boolean => isObject(row) && isObject((row as { group?: unknown }).group);
  if (summary === undefined || summary === null || !Array.isArray(summary.rows) || !summary.rows.every(isRow) || !isRow(summary.total)) {
    throw new InputError(`--compare ${text}: expected a report saved with --format json (with summary.rows and summary.total), or previous, or year`);
  }
  return { kind: "file", file: text, saved: summary as SummaryResult };
}

/** The first day (days since 1970-01-01) of the ISO week `week` of ISO year `year`. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return Math.round((jan4 - weekday * DAY) / DAY) + (week - 1) * 7;
}

/** The label of the period before `label`, or of the same period a year earlier; `null` when there is none (29 February, ISO week 53). */
export function shiftedLabel(label: string, period: Period, by: "previous" | "year"): string | null {
  if (period === "year") return String(Number(label) - 1);
  if (period === "quarter") {
    const [y, q] = [Number(label.slice(0, 4)), Number(label.slice(6))];
    return by === "year" ? `${y - 1}-Q${q}` : q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  if (period === "month") {
    const [y, m] = [Number(label.slice(0, 4)), Number(label.slice(5, 7))];
    return by === "year" ? `${y - 1}-${pad(m)}` : m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  }
  if (period === "day") {
    const [y, m, d] = [Number(label.slice(0, 4)), Number(label.slice(5, 7)), Number(label.slice(8, 10))];
    const t = by === "year" ? Date.UTC(y - 1, m - 1, d) : Date.UTC(y, m - 1, d - 1);
    const out = new Date(t).toISOString().slice(0, 10);
    return by === "year" && out.slice(5) !== label.slice(5) ? null : out;
  }
  const [y, w] = [Number(label.slice(0, 4)), Number(label.slice(6))];
  if (by === "previous") return periodLabel(isoWeekMonday(y, w) - 7, "week");
  const out = `${y - 1}-W${pad(w)}`;
  return periodLabel(isoWeekMonday(y - 1, w), "week") === out ? out : null;
}

/** A comparison of one KPI of one row. */
export interface Comparison {
  readonly group: Readonly<Record<string, unknown>>;
  /** The group it is compared with (its period, or the saved report's group). */
  readonly against: Readonly<Record<string, unknown>>;
  readonly kpi: string;
  readonly value: number | null;
  readonly before: number | null;
  /** value − before, in the KPI's units (points for rates, ms for durations). */
  readonly change: number | null;
  /** The change as a percentage of `before` (`null` when before is 0 or missing). */
  readonly changePercent: number | null;
  /** Two-sided p-value of the test named in `test`, or `null` when the KPI has none here. */
  readonly pValue: number | null;
  readonly test: string | null;
}

type Row = SummaryRow;
const obj = (row: Row, kpi: string): Record<string, unknown> | null => (row[kpi] ?? null) as Record<string, unknown> | null;
const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);


/** The comparisons of one row against another: rates and SLA by compareProportions, NPS by npsDifference, the rest by their change alone. */
function compareRows(now: Row, then: Row, against: Readonly<Record<string, unknown>>): Comparison[] {
  const out: Comparison[] = [];
  const push = (kpi: string, value: number | null, before: number | null, pValue: number | null, test: string | null): void => {
    if (value === null && before === null) return;
    const change = value === null || before === null ? null : value - before;
    out.push({ group: now.group, against, kpi, value, before, change, changePercent: change === null || before === 0 || before === null ? null : (change * 100) / Math.abs(before), pValue, test });
  };
  push("n", now.n, then.n, null, null);
  const proportion = (kpi: string, a: Record<string, unknown> | null, b: Record<string, unknown> | null): void => {
    const [va, na, vb, nb] = [num(a?.["value"]), num(a?.["n"]), num(b?.["value"]), num(b?.["n"])];
    // successes from the percentage: value × n / 100 is a whole number up to rounding
    const p = va === null || vb === null || na === null || nb === null ? null : compareProportions({ successes: Math.round((va * na) / 100), n: na }, { successes: Math.round((vb * nb) / 100), n: nb }).pValue;
    push(kpi, va, vb, p, p === null ? null : "two-proportion z-test");
  };
  for (const kpi of RATE_KPIS) if (obj(now, kpi) !== null || obj(then, kpi) !== null) proportion(kpi, obj(now, kpi), obj(then, kpi));
  const sla = obj(now, "slaCompliance");
  const slaThen = obj(then, "slaCompliance");
  for (const metric of Object.keys(sla ?? slaThen ?? {})) proportion(`slaCompliance.${metric}`, (sla?.[metric] ?? null) as Record<string, unknown> | null, (slaThen?.[metric] ?? null) as Record<string, unknown> | null);
  const [a, b] = [obj(now, "nps"), obj(then, "nps")];
  if (a !== null || b !== null) {
    const counts = (x: Record<string, unknown> | null) => (x === null || num(x["n"]) === 0 ? null : { promoters: num(x["promoters"]) ?? 0, passives: num(x["passives"]) ?? 0, detractors: num(x["detractors"]) ?? 0 });
    const [ca, cb] = [counts(a), counts(b)];
    const p = ca === null || cb === null ? null : npsDifference(ca, cb).pValue;
    push("nps", num(a?.["value"]), num(b?.["value"]), p, p === null ? null : "NPS difference z-test (Rocks 2016)");
  }
  if (obj(now, "ces") !== null || obj(then, "ces") !== null) push("ces", num(obj(now, "ces")?.["value"]), num(obj(then, "ces")?.["value"]), null, null);
  for (const kpi of Object.keys(DURATION_KPIS)) {
    const [x, y] = [obj(now, kpi), obj(then, kpi)];
    if (x === null && y === null) continue;
    const p = welchPValue(x, y);
    push(`${kpi}.mean`, num(x?.["meanMs"]), num(y?.["meanMs"]), p, p === null ? null : "Welch's t-test");
    push(`${kpi}.p50`, num(x?.["medianMs"]), num(y?.["medianMs"]), null, null);
  }
  return out;
}

/**
 * Welch's t-test of two means from each group's n, mean and sample standard deviation (the
 * duration KPIs' `n`, `meanMs`, `sdMs`): t = (m₁ − m₂) / √(s₁²/n₁ + s₂²/n₂), degrees of freedom
 * by Welch–Satterthwaite; the two-sided p-value. `null` under two values a side, or when both
 * spreads are 0 (t is undefined).
 *
 * @see Welch, B. L. (1947). The generalization of "Student's" problem when several different
 *   population variances are involved. Biometrika 34, 28–35.
 */
export function welchPValue(a: Record<string, unknown> | null, b: Record<string, unknown> | null): number | null {
  const [n1, m1, s1, n2, m2, s2] = [num(a?.["n"]), num(a?.["meanMs"]), num(a?.["sdMs"]), num(b?.["n"]), num(b?.["meanMs"]), num(b?.["sdMs"])];
  if (n1 === null || m1 === null || s1 === null || n2 === null || m2 === null || s2 === null || n1 < 2 || n2 < 2) return null;
  const [v1, v2] = [(s1 * s1) / n1, (s2 * s2) / n2];
  if (v1 + v2 === 0) return null;
  const t = (m1 - m2) / Math.sqrt(v1 + v2);
  const df = ((v1 + v2) * (v1 + v2)) / ((v1 * v1) / (n1 - 1) + (v2 * v2) / (n2 - 1));
  return 2 * studentTCdf(-Math.abs(t), df);
}

const without = (group: Readonly<Record<string, unknown>>, key: string): string => JSON.stringify(Object.entries(group).filter(([k]) => k !== key).sort(([p], [q]) => (p < q ? -1 : 1)));

/**
 * Every row of `summary` compared: with the same group's row of the previous period (or a year
 * earlier) in the same summary, or with the saved report's row of the same group (its period
 * aside), the total with the saved total. Rows without a counterpart are left out.
 */
export function compareSummary(summary: SummaryResult, period: Period | undefined, how: CompareWith): Comparison[] {
  if (how.kind === "file") {
    const saved = new Map(how.saved.rows.map((r) => [without(r.group, "period"), r]));
    const pairs: [Row, Row][] = summary.rows.flatMap((r): [Row, Row][] => {
      const then = saved.get(without(r.group, "period"));
      return then === undefined ? [] : [[r, then]];
    });
    pairs.push([summary.total, how.saved.total]);
    return pairs.flatMap(([now, then]) => compareRows(now, then, then.group));
  }
  const byKey = new Map(summary.rows.map((r) => [JSON.stringify(r.group), r]));
  return summary.rows.flatMap((r) => {
    const label = r.group["period"];
    if (typeof label !== "string") return [];
    const before = shiftedLabel(label, period as Period, how.kind);
    const then = before === null ? undefined : byKey.get(JSON.stringify({ ...r.group, period: before }));
    return then === undefined ? [] : compareRows(r, then, then.group);
  });
}


/** The comparison table: durations in the unit of their columns, significance at `alpha`. */
export function compareTable(title: string, comparisons: readonly Comparison[], unitOf: Partial<Record<ReportKpi, Unit>>, alpha = 0.05): Table {
  const scale = (kpi: string): { per: number; label: string } => {
    const name = kpi.split(".")[0] as ReportKpi;
    if (DURATION_KPIS[name] === undefined) return { per: 1, label: kpi };
    const unit = UNITS[unitOf[name] ?? "minutes"];
    return { per: unit.ms, label: `${kpi} (${unit.short})` };
  };
  const cell = (x: number | null, per: number): Cell => (x === null ? null : x / per);
  return {
    title,
    noCharts: true,
    columns: ["group", "against", "KPI", "value", "before", "change", "change %", "p", "significant"].map((label) => ({ key: label, label })),
    rows: comparisons.map((c) => {
      const { per, label } = scale(c.kpi);
      return {
        group: groupLabel(c.group), against: groupLabel(c.against), KPI: label, value: cell(c.value, per), before: cell(c.before, per), change: cell(c.change, per), "change %": c.changePercent,
        p: c.pValue, significant: c.pValue === null ? (c.test === null ? "no test" : null) : c.pValue < alpha ? "yes" : "no",
      };
    }),
  };
}

/**
 * kpiBalance's warnings for each compared row: one KPI improved at another's cost (handle time
 * down while FCR or CSAT fell, first replies faster …), as lines naming the group.
 */
export function balanceWarnings(comparisons: readonly Comparison[]): string[] {
  const rows = new Map<string, { group: Readonly<Record<string, unknown>>; against: Readonly<Record<string, unknown>>; now: KpiSnapshot; then: KpiSnapshot }>();
  const key: Readonly<Record<string, keyof KpiSnapshot>> = { "handleTime.mean": "handleTimeMs", firstContactResolution: "fcr", csat: "csat", "firstResponseTime.mean": "firstReplyMs" };
  for (const c of comparisons) {
    const k = key[c.kpi];
    if (k === undefined || c.value === null || c.before === null) continue;
    const id = JSON.stringify([c.group, c.against]);
    const entry = rows.get(id) ?? { group: c.group, against: c.against, now: {}, then: {} };
    rows.set(id, { ...entry, now: { ...entry.now, [k]: c.value }, then: { ...entry.then, [k]: c.before } });
  }
  return [...rows.values()].flatMap(({ group, against, now, then }) => kpiBalance(now, then).warnings.map((w) => `${groupLabel(group)} against ${groupLabel(against)}: ${w.message}`));
}
