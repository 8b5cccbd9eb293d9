/**
 * The options of summarize and createAggregator, validated once: the KPIs, the dimensions, the
 * period, the zone. Also their JSON form (what a saved aggregator keeps) and the signature two
 * aggregators must share to be merged.
 *
 * @module
 */
import { checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { checkTimeZone } from "../../time/_lib/zone.js";
import type { PeriodOf } from "../summarize/types.js";
import { isSized, type SizedAccumulator } from "./accumulator.js";
import { readBy, savedDims, type Dim } from "./groupKey.js";
import { readKpis, type ReadKpi } from "./kpis.js";
import { PERIODS, type Period } from "./period.js";

/** Validated options. */
export interface ReadOptions {
  readonly kpis: readonly ReadKpi[];
  readonly dims: readonly Dim[];
  readonly period: Period | null;
  readonly timeZone: string;
  readonly periodOf: PeriodOf;
  readonly ratingPolicy: "latest" | "first";
  /** The JSON form: valid options again, except that functions are `{ function: name }`. */
  /** Values kept for exact results before the sized KPIs turn to sketches. */
  readonly maxExactValues: number;
  /** The KPIs whose states the budget counts, with their index. */
  readonly sized: readonly { readonly j: number; readonly accumulator: SizedAccumulator }[];
  readonly saved: Readonly<Record<string, unknown>>;
  /** `saved` with sorted keys, plus the source of each function: equal for aggregators that may merge. */
  readonly signature: string;
}

const PERIOD_OF: readonly PeriodOf[] = ["createdAt", "resolvedAt", "respondedAt", "sentAt"];
const KNOWN = new Set(["kpis", "by", "period", "timeZone", "periodOf", "channel", "ratingPolicy", "ratings", "maxExactValues"]);

/** The default of `maxExactValues`: a million durations, 8 MB as doubles. */
export const DEFAULT_MAX_EXACT_VALUES = 1_000_000;

/** JSON text with object keys sorted, so that key order never makes two equal values differ. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function readRatingPolicy(kpi: string, o: Record<string, unknown>): "latest" | "first" {
  const values = [o["ratingPolicy"], o["ratings"]].filter((v) => v !== undefined);
  const [policy] = values;
  if (policy === undefined) return "latest";
  const field = o["ratingPolicy"] === undefined ? "options.ratings" : "options.ratingPolicy";
  if (values.length === 2 && values[0] !== values[1]) fail(kpi, "options.ratings", o["ratings"], `the same as options.ratingPolicy (${JSON.stringify(policy)}), or left out`);
  return checkOneOf(kpi, field, policy, ["latest", "first"] as const);
}

/** Validates the options of summarize / createAggregator / restoreAggregator (`kpi` names the caller). */
export function readOptions(kpi: string, options: unknown): ReadOptions {
  const o = checkObject(kpi, "options", options);
  for (const key of Object.keys(o)) if (!KNOWN.has(key) && o[key] !== undefined) fail(kpi, `options.${key}`, o[key], `an option of ${kpi} (${[...KNOWN].join(", ")})`);
  const timeZone = checkTimeZone(kpi, "options.timeZone", o["timeZone"] ?? "UTC");
  const period = o["period"] === undefined ? null : checkOneOf(kpi, "options.period", o["period"], PERIODS);
  const periodOf = o["periodOf"] === undefined ? "createdAt" : checkOneOf(kpi, "options.periodOf", o["periodOf"], PERIOD_OF);
  const channel = o["channel"] === undefined ? "as-written" : checkOneOf(kpi, "options.channel", o["channel"], ["as-written", "normalize"] as const);
  const ratingPolicy = readRatingPolicy(kpi, o);
  const maxExactValues = o["maxExactValues"] === undefined ? DEFAULT_MAX_EXACT_VALUES : o["maxExactValues"];
  if (typeof maxExactValues !== "number" || !Number.isSafeInteger(maxExactValues) || maxExactValues < 0) fail(kpi, "options.maxExactValues", maxExactValues, "a whole number ≥ 0 (values kept for exact percentiles)");
  const dims = readBy(kpi, o["by"], channel === "normalize");
  const kpis = readKpis(kpi, o["kpis"], timeZone);
  const backlog = kpis.findIndex((k) => k.accumulator.kpi === "backlog");
  if (backlog >= 0 && period === null) fail(kpi, "options.period", undefined, `a period ("day", "week", "month", "quarter" or "year"): the backlog KPI (options.kpis[${backlog}]) is counted per period`);
  const saved = {
    kpis: kpis.map((k) => k.saved),
    by: savedDims(dims),
    ...(period === null ? {} : { period }),
    timeZone,
    periodOf,
    channel,
    ratingPolicy,
    maxExactValues,
  };
  const sources = dims.map((d) => (d.kind === "function" ? String(d.key) : null));
  const sized = kpis.flatMap((k, j) => (isSized(k.accumulator) ? [{ j, accumulator: k.accumulator }] : []));
  return { kpis, dims, period, timeZone, periodOf, ratingPolicy, maxExactValues, sized, saved, signature: canonical({ saved, sources }) };
}

/** Whether saved options name a function (which must be passed again to restore). */
export function savedFunctions(saved: unknown): number[] {
  const by = (saved as { by?: unknown } | null)?.by;
  return Array.isArray(by) ? by.flatMap((d, i) => (typeof d === "object" && d !== null ? [i] : [])) : [];
}
