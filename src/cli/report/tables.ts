/**
 * The tables of `servicekpi report`: one row per group with the chosen KPIs, rates in percent,
 * durations as mean and percentiles in one unit per KPI (named in the column label); columns no
 * group has a value for are left out.
 *
 * @module
 */
import type { SummaryResult, SummaryRow } from "../../aggregate/summarize/types.js";
import { SLA_METRICS } from "../../tickets/evaluateSla/policy.js";
import type { Cell, Table } from "../_lib/render.js";
import { DURATION_KPIS, REPORT_KPIS, UNITS, unitFor, type ReportKpi, type Unit } from "./kpis.js";

type Row = SummaryRow;
type Pick = (row: Row) => number | null | undefined;

/** A column of the table: its key, its label, how to read it off a row, and the duration KPI it reads (for the ≈ mark). */
interface Column {
  readonly key: string;
  readonly label: string;
  readonly pick: Pick;
  /** A count shown only beside the column before it ("CSAT answers" beside "CSAT %"). */
  readonly companion?: boolean;
  readonly duration?: string;
}

const kpi = (row: Row, name: string): Record<string, unknown> | null => (row[name] ?? null) as Record<string, unknown> | null;
const num = (x: unknown): number | null => (typeof x === "number" ? x : null);
const field = (row: Row, name: string, key = "value"): number | null => num(kpi(row, name)?.[key]);
const responseRate = (row: Row, name: string): number | null => num((kpi(row, name)?.responseRate as { value?: unknown } | null | undefined)?.value);
const sla = (row: Row, metric: string): number | null => num((kpi(row, "slaCompliance")?.[metric] as { value?: unknown } | undefined)?.value);

const SLA_LABELS: Readonly<Record<string, string>> = { "first-reply": "first reply", "next-reply": "next reply", resolution: "resolution", "requester-wait": "requester wait" };

/** The columns of one KPI; duration KPIs in `unit`. */
function columnsOf(name: string, unit: Unit, percentiles: readonly string[], business: boolean): Column[] {
  const duration = DURATION_KPIS[name as ReportKpi];
  if (duration !== undefined) {
    const { ms } = UNITS[unit];
    const short = business ? `${UNITS[unit].short}, business` : UNITS[unit].short;
    const per = (x: unknown): number | null => (typeof x === "number" ? x / ms : null);
    return [
      { key: `${name}.mean.${unit}`, label: `${duration} mean (${short})`, pick: (r) => per(kpi(r, name)?.["meanMs"]), duration: name },
      ...percentiles.map((p) => ({ key: `${name}.${p}.${unit}`, label: `${duration} ${p} (${short})`, pick: (r: Row) => per((kpi(r, name)?.["percentiles"] as Record<string, unknown> | undefined)?.[p]), duration: name })),
    ];
  }
  switch (name) {
    case "count":
      return [{ key: "n", label: "records", pick: (r) => r.n }];
    case "serviceLevel":
      return [
        { key: "serviceLevel", label: "service level %", pick: (r) => field(r, "serviceLevel") },
        { key: "serviceLevel.answered", label: "answered", pick: (r) => field(r, "serviceLevel", "answered"), companion: true },
        { key: "serviceLevel.abandoned", label: "abandoned", pick: (r) => field(r, "serviceLevel", "abandoned"), companion: true },
      ];
    case "abandonmentRate":
      return [{ key: "abandonmentRate", label: "abandoned %", pick: (r) => field(r, "abandonmentRate") }];
    case "averageSpeedOfAnswer":
      return [{ key: "averageSpeedOfAnswer.seconds", label: "ASA (s)", pick: (r) => { const v = field(r, "averageSpeedOfAnswer"); return v === null ? null : v / 1000; } }];
    case "csat":
      return [
        { key: "csat", label: "CSAT %", pick: (r) => field(r, "csat") },
        { key: "csat.n", label: "CSAT answers", pick: (r) => field(r, "csat", "n"), companion: true },
        { key: "csat.responseRate", label: "CSAT response %", pick: (r) => responseRate(r, "csat"), companion: true },
      ];
    case "nps":
      return [
        { key: "nps", label: "NPS", pick: (r) => field(r, "nps") },
        { key: "nps.n", label: "NPS answers", pick: (r) => field(r, "nps", "n"), companion: true },
      ];
    case "ces":
      return [{ key: "ces", label: "CES", pick: (r) => field(r, "ces") }];
    case "resolutionRate":
      return [{ key: "resolutionRate", label: "resolved %", pick: (r) => field(r, "resolutionRate") }];
    case "reopenRate":
      return [{ key: "reopenRate", label: "reopened %", pick: (r) => field(r, "reopenRate") }];
    case "firstContactResolution":
      return [{ key: "firstContactResolution", label: "FCR %", pick: (r) => field(r, "firstContactResolution") }];
    case "oneTouchResolutionRate":
      return [{ key: "oneTouchResolutionRate", label: "one-touch %", pick: (r) => field(r, "oneTouchResolutionRate") }];
    case "complaintRate":
      return [{ key: "complaintRate", label: "complaints %", pick: (r) => field(r, "complaintRate") }];
    case "escalationRate":
      return [{ key: "escalationRate", label: "escalated %", pick: (r) => field(r, "escalationRate") }];
    case "reassignmentRate":
      return [
        { key: "reassignmentRate", label: "reassigned %", pick: (r) => field(r, "reassignmentRate") },
        { key: "reassignmentRate.meanReassignments", label: "reassignments per ticket", pick: (r) => field(r, "reassignmentRate", "meanReassignments"), companion: true },
      ];
    case "uniqueCustomers":
      return [
        { key: "uniqueCustomers", label: "customers", pick: (r) => field(r, "uniqueCustomers") },
        { key: "uniqueCustomers.ticketsPerCustomer", label: "tickets per customer", pick: (r) => field(r, "uniqueCustomers", "ticketsPerCustomer"), companion: true },
      ];
    case "slaCompliance":
      return SLA_METRICS.map((m) => ({ key: `slaCompliance.${m}`, label: `SLA ${SLA_LABELS[m] ?? m} %`, pick: (r: Row) => sla(r, m) }));
    default: // backlog
      return [{ key: "backlog.openAtEnd", label: "open at end", pick: (r) => num(kpi(r, "backlog")?.["openAtEnd"]) }];
  }
}

/** How a report's tables show its KPIs. */
export interface TableChoice {
  /** The KPIs shown (default all of them: columns without any value are left out). */
  readonly kpis?: readonly string[] | undefined;
  /** One unit for every duration column (default: per KPI, {@link unitFor} of the total's median). */
  readonly units?: Unit | undefined;
}

/** The unit of each duration KPI of a summary: the one asked for, else chosen from the total's median. */
export function durationUnits(summary: SummaryResult, units: Unit | undefined): Partial<Record<ReportKpi, Unit>> {
  const out: Partial<Record<ReportKpi, Unit>> = {};
  for (const name of Object.keys(DURATION_KPIS) as ReportKpi[]) {
    const stats = kpi(summary.total, name);
    if (stats !== null) out[name] = units ?? unitFor(num(stats["medianMs"]));
  }
  return out;
}

/** The group label of a row: its dimension values joined, "total" for the total row. */
function label(row: Row, dims: readonly string[]): string {
  return dims.length === 0 ? "total" : dims.map((d) => String(row.group[d] ?? "(none)")).join(" · ");
}

/** What the tables of a report show: the chosen KPIs, the unit of each duration KPI, and which are in business time. */
export type ShownKpis = TableChoice & { readonly unitOf: Partial<Record<ReportKpi, Unit>>; readonly business?: readonly ReportKpi[] | undefined };

/**
 * The columns of a summary: the records, then every column of the chosen KPIs that has a value
 * in some row, with ≈ on percentiles from a sketch.
 */
function shownColumns(summary: SummaryResult, choice: ShownKpis): Column[] {
  const all = [...summary.rows, summary.total];
  const has = (c: Column): boolean => all.some((r) => (c.pick(r) ?? null) !== null);
  const percentilesOf = (name: string): string[] => Object.keys((kpi(summary.total, name)?.["percentiles"] as Record<string, unknown> | undefined) ?? {});
  // the records of each group first, whichever KPIs are chosen (count is that column)
  const names = ["count", ...(choice.kpis ?? REPORT_KPIS).filter((k) => k !== "count")];
  const columns = names.flatMap((name) => columnsOf(name, choice.unitOf[name as ReportKpi] ?? "minutes", percentilesOf(name), choice.business?.includes(name as ReportKpi) === true));
  // a companion count is shown only beside its KPI
  const used: Column[] = [];
  let shown = false;
  for (const c of columns) {
    if (c.companion !== true) shown = has(c);
    if (c.companion === true ? shown && has(c) : shown) used.push(c);
  }
  // percentiles from a sketch (past the --max-exact budget) are within 1 %: the label says so
  const approximate = (c: Column): boolean => c.duration !== undefined && !c.key.startsWith(`${c.duration}.mean.`) && all.some((r) => kpi(r, c.duration as string)?.["exact"] === false);
  return used.map((c) => (approximate(c) ? { ...c, label: `${c.label} ≈` } : c));
}

const cellsOf = (columns: readonly Column[], r: Row, first: Record<string, Cell>): Record<string, Cell> => {
  const out: Record<string, Cell> = { ...first };
  for (const c of columns) out[c.key] = c.pick(r) ?? null;
  return out;
};

/**
 * A table of a summary: the group dimensions, then every chosen KPI column that has a value
 * somewhere. Without dimensions the table is the total row alone. Duration columns are in
 * `choice.unitOf[kpi]`.
 */
export function summaryTable(title: string, summary: SummaryResult, dims: readonly string[], choice: ShownKpis): Table {
  const used = shownColumns(summary, choice);
  // labels (tags): a record counts in each of its groups, once in the total; the title says so
  const overlap = summary.overlapping ?? [];
  const note = overlap.length === 0 ? "" : ` (groups by ${overlap.join(" and ")} overlap: a record counts in each of its ${overlap.join(" and ")}, once in the total)`;
  return {
    title: `${title}${note}`,
    columns: [{ key: "group", label: dims.length === 0 ? "group" : dims.join(" · ") }, ...used.map((c) => ({ key: c.key, label: c.label }))],
    rows: dims.length === 0 ? [] : summary.rows.map((r) => cellsOf(used, r, { group: label(r, dims) })),
    totals: [cellsOf(used, summary.total, { group: "total" })],
  };
}

/** One view of a report: its dimensions and its summary. */
export interface ReportView {
  readonly dims: readonly string[];
  readonly summary: SummaryResult;
}

/**
 * Every view of a report as one flat table, for CSV and spreadsheets: a `view` column (the
 * view's dimensions joined by " × ", or "total"), one column per dimension of any view (empty
 * where the view does not group by it, or the record had no value), then the KPI columns of the
 * first view (the one with every dimension), keyed by KPI and field, durations with their unit.
 * The total of the first view comes once, last.
 */
export function flatTable(views: readonly ReportView[], choice: ShownKpis): Table {
  const [main] = views;
  if (main === undefined) return { title: "", columns: [], rows: [] };
  const used = shownColumns(main.summary, choice);
  const dims = [...new Set(views.flatMap((v) => v.dims))];
  const keyed = (r: Row, view: readonly string[]): Record<string, Cell> => {
    const first: Record<string, Cell> = { view: view.length === 0 ? "total" : view.join(" × ") };
    for (const d of dims) first[d] = view.includes(d) ? ((r.group[d] ?? null) as Cell) : null;
    return cellsOf(used, r, first);
  };
  return {
    title: "KPIs",
    columns: [{ key: "view", label: "view" }, ...dims.map((d) => ({ key: d, label: d })), ...used.map((c) => ({ key: c.key, label: c.label }))],
    rows: [...views.flatMap((v) => (v.dims.length === 0 ? [] : v.summary.rows.map((r) => keyed(r, v.dims)))), keyed(main.summary.total, [])],
  };
}
