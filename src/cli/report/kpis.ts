/**
 * The KPIs `servicekpi report` can show (`--kpis`), the summarize requests behind them, and the
 * units its duration columns are shown in (`--units`).
 *
 * @module
 */
import type { KpiRequest } from "../../aggregate/summarize/types.js";
import type { CesScaleName, CsatScaleName } from "../../schemas/types.js";
import { scaleKpiOptions } from "../../schemas/scaleKpiOptions.js";
import { UsageError } from "../_lib/usage.js";

/** Every KPI a report can show, in the order of its columns. */
export const REPORT_KPIS = [
  "count", "csat", "nps", "ces", "surveyDelay", "firstResponseTime", "nextReplyTime", "resolutionTime", "handleTime",
  "resolutionRate", "reopenRate", "oneTouchResolutionRate", "firstContactResolution", "complaintRate", "escalationRate",
  "reassignmentRate", "uniqueCustomers", "slaCompliance", "backlog",
] as const;
export type ReportKpi = (typeof REPORT_KPIS)[number];

/** The duration KPIs and the words their columns start with. */
export const DURATION_KPIS: Readonly<Partial<Record<ReportKpi, string>>> = {
  surveyDelay: "survey delay", firstResponseTime: "first response", nextReplyTime: "next reply", resolutionTime: "resolution", handleTime: "handle time",
};

/** The duration KPIs a business calendar applies to (`--calendar`): the waits a customer sees, as Zendesk's "within business hours" columns. */
export const BUSINESS_KPIS: readonly ReportKpi[] = ["firstResponseTime", "nextReplyTime", "resolutionTime"];

// The units of `--units`, and the unit chosen from a median, live with the review page, which
// shows durations in them too.
export { UNITS, unitFor, type Unit };
import { UNITS, unitFor, type Unit } from "../../report/units.js";

/** `--units`: one of {@link UNITS}. */
export function readUnit(text: string | undefined): Unit | undefined {
  if (text === undefined) return undefined;
  if (!Object.hasOwn(UNITS, text)) throw new UsageError(`--units: ${Object.keys(UNITS).join(", ")}; got "${text}"`);
  return text as Unit;
}

/** `--percentiles 50,90,95`: percent ranks above 0 and below 100, as probabilities. */
export function readPercentiles(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(",").map((p) => p.trim());
  return parts.map((p) => {
    const n = Number(p);
    if (!/^\d+(\.\d+)?$/.test(p) || !(n > 0 && n < 100)) throw new UsageError(`--percentiles: percent ranks between 0 and 100, comma-separated (50,90,95); got "${text}"`);
    return Number(`${p}e-2`); // scaled in decimal: 99.9 is 0.999, not 0.9990000000000001
  });
}

/** `--kpis a,b,…`: names of {@link REPORT_KPIS}, in the columns' order whatever the flag's. */
export function readKpiNames(text: string | undefined): ReportKpi[] | undefined {
  return pickNames(text, REPORT_KPIS);
}

/** `--kpis a,b,…` among `names` (a report's KPIs: tickets' or calls'), in the order of `names`. */
export function pickNames<K extends string>(text: string | undefined, names: readonly K[]): K[] | undefined {
  if (text === undefined) return undefined;
  const asked = text.split(",").map((k) => k.trim()).filter((k) => k !== "");
  const unknown = asked.filter((k) => !(names as readonly string[]).includes(k));
  if (unknown.length > 0 || asked.length === 0) throw new UsageError(`--kpis: KPIs among ${names.join(", ")}; got "${unknown.join(",") || text}"`);
  return names.filter((k) => asked.includes(k));
}

/** What a report computes: the KPIs shown, the scales its surveys are read on, the percentiles of its durations. */
export interface KpiChoice {
  readonly kpis?: readonly ReportKpi[] | undefined;
  readonly csatScale?: CsatScaleName | undefined;
  readonly cesScale?: CesScaleName | undefined;
  /** Probabilities (default 0.5 and 0.9). */
  readonly percentiles?: readonly number[] | undefined;
  /** A business calendar (definition) for the waits of {@link BUSINESS_KPIS}. */
  readonly calendar?: unknown;
  /** Bucket bounds in ms per duration KPI (`--buckets`). */
  readonly bucketsOf?: ((kpi: ReportKpi) => number[]) | undefined;
  /** Categories that make a ticket a complaint (`--complaint-categories`). */
  readonly complaintCategories?: readonly string[] | undefined;
}

/** The default percentiles of a report's duration columns: the median and p90. */
export const REPORT_PERCENTILES: readonly number[] = [0.5, 0.9];

/**
 * The summarize requests of the chosen KPIs other than `slaCompliance` and `backlog` (which need
 * a policy and a period, added by the report): csat and ces on the scales the records are read
 * with, the duration KPIs with their percentiles (and buckets, and the calendar for the waits),
 * complaints by category when given.
 */
export function reportKpis(choice: KpiChoice): KpiRequest[] {
  const o = scaleKpiOptions(choice);
  const percentiles = [...(choice.percentiles ?? REPORT_PERCENTILES)];
  const names = (choice.kpis ?? REPORT_KPIS).filter((k) => k !== "slaCompliance" && k !== "backlog");
  return names.map((k): KpiRequest => {
    if (k === "csat" && o.csat.scale !== undefined) return { kpi: "csat", ...o.csat };
    if (k === "ces" && o.ces.lowerIsEasier === true) return { kpi: "ces", ...o.ces };
    if (DURATION_KPIS[k] !== undefined) {
      const buckets = choice.bucketsOf?.(k);
      const calendar = choice.calendar !== undefined && BUSINESS_KPIS.includes(k) ? { calendar: choice.calendar } : {};
      return { kpi: k, percentiles, ...(buckets === undefined ? {} : { buckets }), ...calendar } as KpiRequest;
    }
    if (k === "complaintRate" && choice.complaintCategories !== undefined) return { kpi: k, categories: [...choice.complaintCategories] };
    return k;
  });
}
