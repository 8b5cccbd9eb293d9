/**
 * The measures of a report's rows that targets and the heatmap name: a rate or score (`csat`),
 * a duration's mean or percentile (`firstResponseTime.p90`), an SLA metric
 * (`slaCompliance.first-reply`); and how to read one off a summary row.
 *
 * @module
 */
import type { SummaryRow } from "../../aggregate/summarize/types.js";
import type { Target } from "../../targets/evaluateTarget/evaluateTarget.js";
import { describeValue } from "../../errors.js";
import { UsageError } from "../_lib/usage.js";
import { DURATION_KPIS } from "./kpis.js";

type Direction = Target["direction"];

/** A measure of a row a target can name: `csat`, `firstResponseTime.p90`, `slaCompliance.first-reply` … */
export type Measure = { readonly kpi: string; readonly field: string | null; readonly duration: boolean };

/** KPIs whose value is a rate or score read from `value`, and their usual direction. */
export const VALUE_KPIS: Readonly<Record<string, Direction>> = {
  csat: "higher-is-better", nps: "higher-is-better", ces: "higher-is-better", resolutionRate: "higher-is-better",
  firstContactResolution: "higher-is-better", reopenRate: "lower-is-better", complaintRate: "lower-is-better",
  escalationRate: "lower-is-better", reassignmentRate: "lower-is-better", oneTouchResolutionRate: "higher-is-better",
};

/**
 * The measure `name` (`--heatmap`'s value, a target's kpi), or an error listing what can be
 * named: a `Fault` (a usage error for a flag, an input error for a file), `where` naming the flag
 * or the file and the place in it.
 */
export function measureOf(where: string, name: unknown, Fault: new (message: string) => Error = UsageError): Measure {
  if (typeof name === "string") {
    if (Object.hasOwn(VALUE_KPIS, name)) return { kpi: name, field: null, duration: false };
    const [kpi = "", field = ""] = name.split(".");
    if (kpi === "slaCompliance" && field !== "") return { kpi, field, duration: false };
    if (Object.hasOwn(DURATION_KPIS, kpi) && /^(mean|p\d+(\.\d+)?)$/.test(field)) return { kpi, field, duration: true };
  }
  throw new Fault(`${where}: a KPI of the report: ${Object.keys(VALUE_KPIS).join(", ")}, a duration's mean or percentile (firstResponseTime.mean, resolutionTime.p90), or slaCompliance.<metric> (slaCompliance.first-reply); got ${describeValue(name)}`);
}

/** The value of a measure in a row (ms for durations), or `null` without data. */
export function valueOf(row: SummaryRow, m: Measure): number | null {
  const kpi = row[m.kpi] as Record<string, unknown> | null | undefined;
  if (kpi === null || kpi === undefined) return null;
  const v = m.field === null ? kpi["value"]
    : m.kpi === "slaCompliance" ? (kpi[m.field] as { value?: unknown } | undefined)?.value
    : m.field === "mean" ? kpi["meanMs"] : (kpi["percentiles"] as Record<string, unknown> | undefined)?.[m.field];
  return typeof v === "number" ? v : null;
}

/**
 * The rate KPIs: a percentage of counted records (`value` of `n`), so that the counts behind it
 * are `value × n / 100`; compared by a two-proportion test and charted on a p chart.
 */
export const RATE_KPIS: readonly string[] = ["csat", "resolutionRate", "reopenRate", "oneTouchResolutionRate", "firstContactResolution", "complaintRate", "escalationRate", "reassignmentRate"];

/** A row's group for a table: its values joined, "total" for the total row. */
export const groupLabel = (group: Readonly<Record<string, unknown>>): string => (Object.keys(group).length === 0 ? "total" : Object.values(group).map((v) => String(v ?? "(none)")).join(" · "));
