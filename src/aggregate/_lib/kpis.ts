/**
 * The `kpis` option: each request validated (by the calculator itself, on no data), turned into
 * its accumulator and into the JSON form a saved aggregator keeps.
 *
 * @module
 */
import { checkArray, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { durationStats } from "../../operations/durationStats/durationStats.js";
import { resolutionRate } from "../../operations/resolutionRate/resolutionRate.js";
import { ces } from "../../survey/ces/ces.js";
import { csat } from "../../survey/csat/csat.js";
import { nps } from "../../survey/nps/nps.js";
import { readPolicy } from "../../tickets/_lib/slaPolicy.js";
import { toEpochMs } from "../../time/_lib/instant.js";
import type { KpiName } from "../summarize/types.js";
import type { Accumulator } from "./accumulator.js";
import { backlogAccumulator } from "./acc/backlog.js";
import { durationAccumulator } from "./acc/duration.js";
import { countAccumulator, fcrAccumulator, resolutionRateAccumulator } from "./acc/simple.js";
import { slaAccumulator } from "./acc/sla.js";
import { surveyAccumulator } from "./acc/survey.js";
import { kpiOption, renamed } from "./errors.js";

/** The KPI names, in the order the docs list them. */
export const KPI_NAMES: readonly KpiName[] = [
  "count", "csat", "nps", "ces", "firstResponseTime", "resolutionTime", "handleTime", "resolutionRate", "firstContactResolution", "slaCompliance", "backlog",
];

const DURATION = ["percentiles", "method"];
const OPTIONS: Readonly<Record<KpiName, readonly string[]>> = {
  count: [],
  csat: ["scale", "satisfiedMin", "confidence"],
  nps: ["interval", "confidence"],
  ces: ["scale", "easyMin", "difficultMax", "easyMax", "difficultMin", "lowerIsEasier", "confidence"],
  firstResponseTime: DURATION,
  resolutionTime: DURATION,
  handleTime: DURATION,
  resolutionRate: ["confidence"],
  firstContactResolution: ["confidence"],
  slaCompliance: ["policy", "now", "confidence", "excludeAutomated"],
  backlog: [],
};
const RESERVED = new Set(["group", "n"]);

/** A validated KPI request: its accumulator and its JSON form. */
export interface ReadKpi {
  readonly accumulator: Accumulator;
  readonly saved: Readonly<Record<string, unknown>>;
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

function build(kpi: string, i: number, name: KpiName, column: string, o: Record<string, unknown>, timeZone: string): ReadKpi {
  const check = (run: () => unknown): void => void renamed(kpi, run, kpiOption(i));
  const saved: Record<string, unknown> = { ...o };
  let accumulator: Accumulator;
  if (name === "csat" || name === "nps" || name === "ces") {
    check(() => (name === "csat" ? csat([], o) : name === "nps" ? nps([], o) : ces([], o)));
    accumulator = surveyAccumulator(name, column, o) as Accumulator;
  } else if (name === "firstResponseTime" || name === "resolutionTime" || name === "handleTime") {
    check(() => durationStats([], o));
    if (o["percentiles"] !== undefined) saved["percentiles"] = Array.from(o["percentiles"] as Iterable<number>);
    accumulator = durationAccumulator(name, column, saved) as Accumulator;
  } else if (name === "resolutionRate" || name === "firstContactResolution") {
    check(() => resolutionRate({ resolved: 0, total: 0 }, o));
    accumulator = name === "resolutionRate" ? resolutionRateAccumulator(column, o) : fcrAccumulator(column, o);
  } else if (name === "slaCompliance") {
    if (o["policy"] === undefined) fail(kpi, `options.kpis[${i}].policy`, undefined, "an SLA policy { targets, calendar?, pauseOn? }");
    check(() => readPolicy("slaCompliance", o["policy"]));
    check(() => resolutionRate({ resolved: 0, total: 0 }, { confidence: o["confidence"] as number | undefined }));
    if (o["excludeAutomated"] !== undefined && typeof o["excludeAutomated"] !== "boolean") fail(kpi, `options.kpis[${i}].excludeAutomated`, o["excludeAutomated"], "true, false or undefined");
    const now = o["now"] === undefined ? undefined : toEpochMs(o["now"], timeZone, { kpi, field: `options.kpis[${i}].now` });
    saved["policy"] = json(o["policy"]);
    if (now !== undefined) saved["now"] = now;
    accumulator = slaAccumulator(column, i, { policy: saved["policy"] as never, now, confidence: o["confidence"] as number | undefined, excludeAutomated: o["excludeAutomated"] as boolean | undefined, timeZone }) as Accumulator;
  } else {
    accumulator = (name === "count" ? countAccumulator(column) : backlogAccumulator(column)) as Accumulator;
  }
  return { accumulator, saved };
}

/** Reads the `kpis` option (`timeZone`: checked, for `now`). */
export function readKpis(kpi: string, kpis: unknown, timeZone: string): ReadKpi[] {
  if (kpis === undefined) fail(kpi, "options.kpis", kpis, 'a list of KPIs, e.g. ["count", "csat", { kpi: "firstResponseTime", percentiles: [0.5, 0.9] }]');
  const columns = new Set<string>();
  return checkArray(kpi, "options.kpis", kpis).map((request, i) => {
    const spec = typeof request === "string" ? { kpi: request } : checkObject(kpi, "options.kpis", request, i);
    const name = checkOneOf(kpi, `options.kpis[${i}].kpi`, spec["kpi"], KPI_NAMES);
    const column = spec["as"] === undefined ? name : spec["as"];
    if (typeof column !== "string" || column.length === 0 || RESERVED.has(column)) fail(kpi, `options.kpis[${i}].as`, column, 'a non-empty column name other than "group" and "n"');
    if (columns.has(column)) fail(kpi, `options.kpis[${i}]`, request, `a KPI whose column differs from the others ("${column}" is taken; rename it with as)`);
    columns.add(column);
    const o: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(spec)) {
      if (key === "kpi" || key === "as" || value === undefined) continue;
      if (!OPTIONS[name].includes(key)) fail(kpi, `options.kpis[${i}].${key}`, value, `an option of ${name} (${OPTIONS[name].join(", ") || "none"})`);
      o[key] = value;
    }
    const read = build(kpi, i, name, column, o, timeZone);
    return { accumulator: read.accumulator, saved: { kpi: name, ...(spec["as"] === undefined ? {} : { as: column }), ...read.saved } };
  });
}
