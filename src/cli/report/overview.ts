/**
 * The review's headline: one tile per KPI of the latest period with records (or of the whole
 * report without a period), with its interval, the team's target and the change against the
 * comparison (`--compare`). Durations show the statistic their target names, else the median.
 *
 * @module
 */
import type { SummaryResult, SummaryRow } from "../../aggregate/summarize/types.js";
import type { Period } from "../../_lib/time/periods.js";
import { kindOf, measureLabel } from "../../report/measures.js";
import type { ReviewOverview, ReviewTile } from "../../report/types.js";
import { compareSummary, type CompareWith } from "./compare.js";
import { DURATION_KPIS } from "./kpis.js";
import { VALUE_KPIS, groupLabel, valueOf, type Measure } from "./measures.js";
import { checkTargets, type ReportTarget } from "./targets.js";

type Kpi = Record<string, unknown> | null;
const num = (x: unknown): number | null => (typeof x === "number" && Number.isFinite(x) ? x : null);
const ciOf = (x: Kpi): ReviewTile["ci"] => {
  const ci = x?.["ci"] as { lower?: unknown; upper?: unknown; level?: unknown } | null | undefined;
  const [lower, upper, level] = [num(ci?.lower), num(ci?.upper), num(ci?.level)];
  return lower === null || upper === null || level === null ? null : { lower, upper, level };
};

/**
 * The measures of a row shown as tiles, in the report's column order: every KPI with a value, and
 * every measure a target applying to the row names (with a value or not). A duration KPI shows
 * the statistics its targets name, else its median.
 */
function measuresOf(row: SummaryRow, targeted: readonly string[]): { name: string; measure: Measure | null; of: Kpi }[] {
  const kpi = (name: string): Kpi => (row[name] ?? null) as Kpi;
  const out: { name: string; measure: Measure | null; of: Kpi }[] = [{ name: "n", measure: null, of: null }];
  for (const name of Object.keys(VALUE_KPIS)) if (num(kpi(name)?.["value"]) !== null || targeted.includes(name)) out.push({ name, measure: { kpi: name, field: null, duration: false }, of: kpi(name) });
  for (const name of Object.keys(DURATION_KPIS)) {
    const named = targeted.filter((t) => t.startsWith(`${name}.`)).map((t) => t.slice(name.length + 1));
    const fields = named.length > 0 ? named : (num(kpi(name)?.["n"]) ?? 0) > 0 ? ["p50"] : [];
    for (const field of fields) out.push({ name: `${name}.${field}`, measure: { kpi: name, field, duration: true }, of: kpi(name) });
  }
  const sla = kpi("slaCompliance");
  for (const metric of Object.keys(sla ?? {})) out.push({ name: `slaCompliance.${metric}`, measure: { kpi: "slaCompliance", field: metric, duration: false }, of: (sla?.[metric] ?? null) as Kpi });
  for (const name of ["serviceLevel", "abandonmentRate", "averageSpeedOfAnswer", "uniqueCustomers"]) if (kpi(name) !== null) out.push({ name, measure: { kpi: name, field: null, duration: false }, of: kpi(name) });
  const backlog = kpi("backlog");
  if (backlog !== null) out.push({ name: "backlog", measure: null, of: backlog });
  return out;
}

/**
 * The headline tiles of `scope` (the report by period alone, or its main view without a period):
 * the latest period with records, each KPI's value, interval, target and change.
 */
export function overviewOf(scope: SummaryResult, period: Period | undefined, targets: readonly ReportTarget[] | undefined, compareWith: CompareWith | undefined): ReviewOverview {
  const periods = period === undefined ? [] : scope.rows.filter((r) => typeof r.group["period"] === "string" && r.n > 0);
  const row = periods.at(-1) ?? scope.total;
  const key = JSON.stringify(row.group);
  const comparisons = compareWith === undefined ? [] : compareSummary(scope, period, compareWith).filter((c) => JSON.stringify(c.group) === key);
  const checked = targets === undefined ? [] : checkTargets(targets, scope).filter((t) => JSON.stringify(t.group) === key);
  // the row compared with: the previous period's (or the year before's) row, or the saved report's
  const against = comparisons[0]?.against;
  const beforeRow = against === undefined ? undefined : compareWith?.kind === "file" ? [...compareWith.saved.rows, compareWith.saved.total].find((r) => JSON.stringify(r.group) === JSON.stringify(against)) : scope.rows.find((r) => JSON.stringify(r.group) === JSON.stringify(against));
  const tiles = measuresOf(row, checked.map((t) => t.kpi)).map(({ name, measure, of }): ReviewTile => {
    const value = name === "n" ? row.n : name === "backlog" ? num(of?.["openAtEnd"]) : measure === null ? null : valueOf(row, measure);
    const target = checked.find((t) => t.kpi === name);
    // a percentile the comparison has no test for: its change alone, from the row compared with
    const before = beforeRow === undefined || measure === null ? null : valueOf(beforeRow, measure);
    const c = comparisons.find((x) => x.kpi === name) ?? (against === undefined || before === null ? undefined : { against, before, change: value === null ? null : value - before, pValue: null, test: null });
    return {
      kpi: name,
      label: name === "backlog" ? "Backlog at the end" : measureLabel(name),
      value,
      kind: kindOf(name),
      ci: measure?.field === null || name.startsWith("slaCompliance.") ? ciOf(of) : null,
      n: name === "n" ? null : name === "backlog" ? null : num(of?.["n"]),
      target: target === undefined ? null : { target: target.target, status: target.status, gap: target.gap },
      change: c === undefined ? null : { against: groupLabel(c.against), before: c.before, change: c.change, pValue: c.pValue, test: c.test },
    };
  });
  // a KPI without a value in that period (no customer ids, no answers) gets no tile unless a target names it
  return { period: periods.length === 0 ? null : String(row.group["period"]), tiles: tiles.filter((t) => t.value !== null || t.target !== null) };
}
