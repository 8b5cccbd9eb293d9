/**
 * How the review page names and reads a report's measures (`csat`, `firstResponseTime.p90`,
 * `slaCompliance.first-reply`, `n`): their label, their kind (percent, score, duration, count)
 * and how a value of each reads.
 *
 * @module
 */
import { KPI_DEFINITIONS } from "./definitions.js";
import { durationIn, isUnit, numberText, unitFor, type Unit } from "./units.js";
import type { ReviewTile } from "./types.js";

/** The duration KPIs of a report (their values are milliseconds). */
export const DURATION_MEASURES: readonly string[] = ["surveyDelay", "firstResponseTime", "nextReplyTime", "resolutionTime", "handleTime", "averageSpeedOfAnswer"];

/** The KPIs whose value is a score rather than a percentage. */
const SCORES: readonly string[] = ["nps", "ces"];

/** The KPIs whose value is a count. */
const COUNTS: readonly string[] = ["n", "count", "uniqueCustomers", "backlog"];

/** The kind of a measure: what its numbers are. */
export function kindOf(measure: string): ReviewTile["kind"] {
  const kpi = measure.split(".")[0] ?? measure;
  if (DURATION_MEASURES.includes(kpi)) return "duration";
  if (SCORES.includes(kpi)) return "score";
  if (COUNTS.includes(kpi)) return "count";
  return "percent";
}

/** A percentile's words: `p50` is "median", `p90` "90th percentile", `mean` "mean". */
function statisticText(field: string): string {
  if (field === "mean") return "mean";
  if (field === "p50") return "median";
  const p = field.slice(1);
  const last = p.endsWith("1") && !p.endsWith("11") ? "st" : p.endsWith("2") && !p.endsWith("12") ? "nd" : p.endsWith("3") && !p.endsWith("13") ? "rd" : "th";
  return /^p\d+(\.\d+)?$/.test(field) ? `${p}${last} percentile` : field;
}

/** The name of a measure for a caption: "CSAT", "First response time, median", "SLA compliance: first-reply". */
export function measureLabel(measure: string): string {
  if (measure === "n") return "Records";
  const [kpi = measure, field] = measure.split(".");
  const name = KPI_DEFINITIONS[kpi]?.name ?? kpi;
  if (field === undefined) return name;
  return kpi === "slaCompliance" ? `${name}: ${field}` : `${name}, ${statisticText(field)}`;
}

/** The unit a duration KPI is shown in: the report's (settings.units), else one from the size of `ms`. */
export function unitOf(measure: string, units: Readonly<Record<string, string>> | undefined, ms: number | null): Unit {
  const given = units?.[measure.split(".")[0] ?? measure];
  if (isUnit(given)) return given;
  // a size to read: without one, the smallest unit (unitFor's "minutes" is for a KPI without data)
  return unitFor(ms === null ? 0 : Math.abs(ms));
}

/** A number to one decimal, with thousands separators: 36 is "36.0", 1204.56 "1,204.6". */
const oneDecimal = (x: number): string => x.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A value of a measure for reading: "42.2 %", "12.5", "2.4 h", "1,204"; "–" without data. */
export function valueText(value: number | null, kind: ReviewTile["kind"], unit: Unit): string {
  if (value === null) return "–";
  switch (kind) {
    case "percent":
      return `${oneDecimal(value)} %`;
    case "score":
      return oneDecimal(value);
    case "duration":
      return durationIn(value, unit);
    case "count":
      return numberText(Math.round(value * 10) / 10);
  }
}

/** A change for reading: signed, in points for percentages ("+3.1 pts"), in the unit for durations. */
export function changeText(change: number, kind: ReviewTile["kind"], unit: Unit): string {
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  const size = Math.abs(change);
  const body = kind === "percent" ? `${oneDecimal(size)} pts` : valueText(size, kind, unit);
  return `${sign}${body}`;
}
