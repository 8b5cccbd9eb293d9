/**
 * The tables of `servicekpi report`: one row per group with the KPIs a support lead reads, in
 * the units people read them in (minutes, hours, percent); columns no group has a value for are
 * left out.
 *
 * @module
 */
import type { SummaryResult, SummaryRow } from "../../aggregate/summarize/types.js";
import type { Cell, Table } from "../_lib/render.js";

type Row = SummaryRow;
type Pick = (row: Row) => number | null | undefined;

const MIN = 60_000;
const HOUR = 3_600_000;
const kpi = (row: Row, name: string): Record<string, unknown> | null => (row[name] ?? null) as Record<string, unknown> | null;
const num = (x: unknown): number | null => (typeof x === "number" ? x : null);
const per = (x: unknown, unit: number): number | null => (typeof x === "number" ? x / unit : null);
const rate = (row: Row, name: string, key = "value"): number | null => num(kpi(row, name)?.[key]);
const responseRate = (row: Row, name: string): number | null => num((kpi(row, name)?.responseRate as { value?: unknown } | null | undefined)?.value);
const percentile = (row: Row, name: string, p: string): unknown => (kpi(row, name)?.percentiles as Record<string, unknown> | undefined)?.[p];
const sla = (row: Row, metric: string): number | null => num((kpi(row, "slaCompliance")?.[metric] as { value?: unknown } | undefined)?.value);

/** The KPI columns, in reading order: key, label, and how to read it off a row. */
const COLUMNS: readonly (readonly [string, string, Pick])[] = [
  ["n", "records", (r) => r.n],
  ["csat", "CSAT %", (r) => rate(r, "csat")],
  ["csatN", "CSAT answers", (r) => rate(r, "csat", "n")],
  ["csatResponse", "CSAT response %", (r) => responseRate(r, "csat")],
  ["nps", "NPS", (r) => rate(r, "nps")],
  ["npsN", "NPS answers", (r) => rate(r, "nps", "n")],
  ["ces", "CES", (r) => rate(r, "ces")],
  ["frtP50", "FRT p50 min", (r) => per(kpi(r, "firstResponseTime")?.medianMs, MIN)],
  ["frtP90", "FRT p90 min", (r) => per(percentile(r, "firstResponseTime", "p90"), MIN)],
  ["resolutionP50", "resolution p50 h", (r) => per(kpi(r, "resolutionTime")?.medianMs, HOUR)],
  ["resolved", "resolved %", (r) => rate(r, "resolutionRate")],
  ["fcr", "FCR %", (r) => rate(r, "firstContactResolution")],
  ["slaFirstReply", "SLA first reply %", (r) => sla(r, "first-reply")],
  ["slaResolution", "SLA resolution %", (r) => sla(r, "resolution")],
  ["openAtEnd", "open at end", (r) => num(kpi(r, "backlog")?.openAtEnd)],
];

/** The duration KPI a column reads, when it is a percentile (so it may come from a sketch). */
const SKETCHED: Readonly<Record<string, string>> = { frtP50: "firstResponseTime", frtP90: "firstResponseTime", resolutionP50: "resolutionTime" };

/** The group label of a row: its dimension values joined, "total" for the total row. */
function label(row: Row, dims: readonly string[]): string {
  return dims.length === 0 ? "total" : dims.map((d) => String(row.group[d] ?? "(none)")).join(" · ");
}

/** A table of a summary: the group dimensions, then every KPI column that has a value somewhere. */
export function summaryTable(title: string, summary: SummaryResult, dims: readonly string[]): Table {
  const all = [...summary.rows, summary.total];
  const has = (pick: Pick): boolean => all.some((r) => (pick(r) ?? null) !== null);
  // A count column ("CSAT answers") is shown only beside its KPI.
  const used = COLUMNS.filter(([key, , pick], i) => has(pick) && (!key.endsWith("N") || has((COLUMNS[i - 1] as (typeof COLUMNS)[number])[2])));
  const cells = (r: Row, group: string): Record<string, Cell> => {
    const out: Record<string, Cell> = { group };
    for (const [key, , pick] of used) out[key] = pick(r) ?? null;
    return out;
  };
  // percentiles from a sketch (past the --max-exact budget) are within 1 %: the label says so
  const approximate = (key: string): boolean => SKETCHED[key] !== undefined && all.some((r) => kpi(r, SKETCHED[key] as string)?.["exact"] === false);
  // labels (tags): a record counts in each of its groups, once in the total; the title says so
  const overlap = summary.overlapping ?? [];
  const note = overlap.length === 0 ? "" : ` (groups by ${overlap.join(" and ")} overlap: a record counts in each of its ${overlap.join(" and ")}, once in the total)`;
  return {
    title: `${title}${note}`,
    columns: [{ key: "group", label: dims.length === 0 ? "group" : dims.join(" · ") }, ...used.map(([key, text]) => ({ key, label: approximate(key) ? `${text} ≈` : text }))],
    rows: summary.rows.map((r) => cells(r, label(r, dims))),
    totals: [cells(summary.total, "total")],
  };
}
