/**
 * The options of summarize and createAggregator, validated once: the KPIs (each set up by its
 * descriptor), the dimensions, the period, the zone. Also their JSON form (what a saved
 * aggregator keeps) and the signature two aggregators must share to be merged.
 *
 * @module
 */
import { checkArray, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { PERIODS, type Period } from "../../_lib/time/periods.js";
import { checkTimeZone } from "../../_lib/time/zone.js";
import { kpiOption, renamed } from "./errors.js";
import { readBy, savedDims, type Dim } from "./groupKey.js";
import type { AnyKpiDescriptor, ExactValues, KpiParts, KpiRegistry } from "./kpi.js";
import type { PeriodOf } from "./view.js";

/** A KPI of the `kpis` option, set up: its descriptor's name, its column, its parts and its JSON form. */
export interface ReadKpi {
  readonly name: string;
  readonly column: string;
  readonly parts: KpiParts;
  /** The request as a saved aggregator keeps it: `{ kpi, as?, ...options }`. */
  readonly saved: Readonly<Record<string, unknown>>;
}

/** Validated options. */
export interface ReadOptions {
  readonly kpis: readonly ReadKpi[];
  readonly dims: readonly Dim[];
  readonly period: Period | null;
  readonly timeZone: string;
  readonly periodOf: PeriodOf;
  readonly ratingPolicy: "latest" | "first";
  /** Values kept for exact results before the KPIs that keep them turn to sketches. */
  readonly maxExactValues: number;
  /** `onInvalid: "exclude"`: a record a KPI cannot use is left out of it and counted, rather than thrown. */
  readonly exclude: boolean;
  /** `fillPeriods`: a row for every period from the first to the last, records or not. */
  readonly fillPeriods: boolean;
  /** The KPIs whose states the budget counts (the exactValues capability), with their index. */
  readonly exact: readonly { readonly j: number; readonly exactValues: ExactValues<unknown> }[];
  /** The JSON form: valid options again, except that functions are `{ function: name }`. */
  readonly saved: Readonly<Record<string, unknown>>;
  /** `saved` with sorted keys, plus the source of each function: equal for aggregators that may merge. */
  readonly signature: string;
}

const PERIOD_OF: readonly PeriodOf[] = ["createdAt", "resolvedAt", "respondedAt", "sentAt"];
const KNOWN = new Set(["kpis", "by", "period", "timeZone", "periodOf", "channel", "ratingPolicy", "ratings", "maxExactValues", "onInvalid", "fillPeriods"]);
/** Column names the rows use for themselves. */
const RESERVED = new Set(["group", "n"]);

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

/** Reads the `kpis` option: each request checked and set up by the descriptor of its name in `registry`. */
function readKpis(kpi: string, kpis: unknown, timeZone: string, registry: KpiRegistry): ReadKpi[] {
  if (kpis === undefined) fail(kpi, "options.kpis", kpis, 'a list of KPIs, e.g. ["count", "csat", { kpi: "firstResponseTime", percentiles: [0.5, 0.9] }]');
  const names = Object.keys(registry);
  const columns = new Set<string>();
  return checkArray(kpi, "options.kpis", kpis).map((request, i) => {
    const spec = typeof request === "string" ? { kpi: request } : checkObject(kpi, "options.kpis", request, i);
    const name = checkOneOf(kpi, `options.kpis[${i}].kpi`, spec["kpi"], names);
    const descriptor = registry[name] as AnyKpiDescriptor;
    const column = spec["as"] === undefined ? name : spec["as"];
    if (typeof column !== "string" || column.length === 0 || RESERVED.has(column)) fail(kpi, `options.kpis[${i}].as`, column, 'a non-empty column name other than "group" and "n"');
    if (columns.has(column)) fail(kpi, `options.kpis[${i}]`, request, `a KPI whose column differs from the others ("${column}" is taken; rename it with as)`);
    columns.add(column);
    const given: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(spec)) {
      if (key === "kpi" || key === "as" || value === undefined) continue;
      if (!descriptor.options.includes(key)) fail(kpi, `options.kpis[${i}].${key}`, value, `an option of ${name} (${descriptor.options.join(", ") || "none"})`);
      given[key] = value;
    }
    const optionField = kpiOption(i);
    const parts = renamed(kpi, () => descriptor.setup(given, { timeZone, optionField }), optionField);
    return { name, column, parts, saved: { kpi: name, ...(spec["as"] === undefined ? {} : { as: column }), ...(parts.saved ?? given) } };
  });
}

/**
 * Validates the options of summarize / createAggregator / restoreAggregator (`kpi` names the
 * caller); the KPIs are those of `registry`.
 */
export function readOptions(kpi: string, options: unknown, registry: KpiRegistry): ReadOptions {
  const o = checkObject(kpi, "options", options);
  for (const key of Object.keys(o)) if (!KNOWN.has(key) && o[key] !== undefined) fail(kpi, `options.${key}`, o[key], `an option of ${kpi} (${[...KNOWN].join(", ")})`);
  const timeZone = checkTimeZone(kpi, "options.timeZone", o["timeZone"] ?? "UTC");
  const period = o["period"] === undefined ? null : checkOneOf(kpi, "options.period", o["period"], PERIODS);
  const periodOf = o["periodOf"] === undefined ? "createdAt" : checkOneOf(kpi, "options.periodOf", o["periodOf"], PERIOD_OF);
  const channel = o["channel"] === undefined ? "as-written" : checkOneOf(kpi, "options.channel", o["channel"], ["as-written", "normalize"] as const);
  const ratingPolicy = readRatingPolicy(kpi, o);
  const maxExactValues = o["maxExactValues"] === undefined ? DEFAULT_MAX_EXACT_VALUES : o["maxExactValues"];
  if (typeof maxExactValues !== "number" || !Number.isSafeInteger(maxExactValues) || maxExactValues < 0) fail(kpi, "options.maxExactValues", maxExactValues, "a whole number ≥ 0 (values kept for exact percentiles)");
  const exclude = (o["onInvalid"] === undefined ? "throw" : checkOneOf(kpi, "options.onInvalid", o["onInvalid"], ["throw", "exclude"] as const)) === "exclude";
  const fillPeriods = o["fillPeriods"] ?? false;
  if (typeof fillPeriods !== "boolean") fail(kpi, "options.fillPeriods", fillPeriods, "true, false or undefined");
  if (fillPeriods && period === null) fail(kpi, "options.period", undefined, 'a period ("day", "week", "month", "quarter" or "year"): options.fillPeriods fills periods');
  const dims = readBy(kpi, o["by"], channel === "normalize");
  const kpis = readKpis(kpi, o["kpis"], timeZone, registry);
  const perPeriod = kpis.findIndex((k) => k.parts.perPeriod !== undefined);
  if (perPeriod >= 0 && period === null) {
    fail(kpi, "options.period", undefined, `a period ("day", "week", "month", "quarter" or "year"): the ${kpis[perPeriod]?.name} KPI (options.kpis[${perPeriod}]) is counted per period`);
  }
  const saved = {
    kpis: kpis.map((k) => k.saved),
    by: savedDims(dims),
    ...(period === null ? {} : { period }),
    timeZone,
    periodOf,
    channel,
    ratingPolicy,
    maxExactValues,
    ...(exclude ? { onInvalid: "exclude" } : {}),
    ...(fillPeriods ? { fillPeriods } : {}),
  };
  const sources = dims.map((d) => (d.kind === "function" ? String(d.key) : null));
  const exact = kpis.flatMap(({ parts: { exactValues } }, j) => (exactValues === undefined ? [] : [{ j, exactValues }]));
  return { kpis, dims, period, timeZone, periodOf, ratingPolicy, maxExactValues, exclude, fillPeriods, exact, saved, signature: canonical({ saved, sources }) };
}

/** Whether saved options name a function (which must be passed again to restore). */
export function savedFunctions(saved: unknown): number[] {
  const by = (saved as { by?: unknown } | null)?.by;
  return Array.isArray(by) ? by.flatMap((d, i) => (typeof d === "object" && d !== null ? [i] : [])) : [];
}
