/**
 * `servicekpi report --schema calls`: the KPIs of a call export (offered, answered, service
 * level by the formula asked for, abandonment rate, average speed of answer, handle time), and
 * the `interval:30m` dimension (the time of day a call came in, on the wall clock of `--tz`).
 *
 * @module
 */
import type { GroupFunction, KpiRequest } from "../../aggregate/summarize/types.js";
import { SERVICE_LEVEL_FORMULAS, type ServiceLevelFormula } from "../../contactCenter/serviceLevel/serviceLevel.js";
import { instantToWall } from "../../_lib/time/zone.js";
import { parseDuration, parseTarget, UsageError } from "../_lib/usage.js";
import { REPORT_PERCENTILES } from "./kpis.js";

/** The KPIs of a call report, in the order of their columns (SPEC §9a names them). */
export const CALL_KPIS = ["count", "serviceLevel", "abandonmentRate", "averageSpeedOfAnswer", "handleTime"] as const;
export type CallKpi = (typeof CALL_KPIS)[number];

/** `--sl 80/20s` (default 80/20s) and `--sl-formula`. */
export function readServiceLevel(text: string | undefined, formula: string | undefined): { target: number; thresholdMs: number; formula: ServiceLevelFormula } {
  const { targetServiceLevel, thresholdMs } = parseTarget("--sl", text ?? "80/20s");
  if (formula !== undefined && !(SERVICE_LEVEL_FORMULAS as readonly string[]).includes(formula)) throw new UsageError(`--sl-formula: one of ${SERVICE_LEVEL_FORMULAS.join(", ")}; got "${formula}"`);
  return { target: targetServiceLevel, thresholdMs, formula: (formula ?? "answered-of-offered") as ServiceLevelFormula };
}

/** The summarize requests of a call report. */
export function callKpis(sl: { thresholdMs: number; formula: ServiceLevelFormula }, percentiles: readonly number[] | undefined, chosen: readonly CallKpi[] = CALL_KPIS): KpiRequest[] {
  const requests: Record<CallKpi, KpiRequest> = {
    count: "count",
    serviceLevel: { kpi: "serviceLevel", thresholdMs: sl.thresholdMs, formula: sl.formula },
    abandonmentRate: "abandonmentRate",
    averageSpeedOfAnswer: "averageSpeedOfAnswer",
    handleTime: { kpi: "handleTime", percentiles: [...(percentiles ?? REPORT_PERCENTILES)] },
  };
  return chosen.map((k) => requests[k]);
}

/**
 * `interval:30m` in `--by`: a grouping function giving the start of the interval of the day a
 * call's `startedAt` falls in, on the wall clock of `timeZone` (`"09:30"`); `null` without one.
 * The interval divides the day (1 to 720 minutes: 15m, 30m, 1h …).
 */
export function intervalDim(spec: string, timeZone: string): { name: string; key: GroupFunction } {
  const ms = parseDuration("--by interval", spec);
  if (ms % 60_000 !== 0 || 86_400_000 % ms !== 0) throw new UsageError(`--by interval:${spec}: a whole number of minutes that divides the day (15m, 30m, 1h); got "${spec}"`);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return {
    name: "interval",
    key: (record) => {
      const at = (record as { startedAt?: unknown }).startedAt;
      if (!(at instanceof Date)) return null;
      const ofDay = ((instantToWall(timeZone, at.getTime()) % 86_400_000) + 86_400_000) % 86_400_000;
      const start = Math.floor(ofDay / ms) * ms;
      return `${pad(Math.floor(start / 3_600_000))}:${pad((start / 60_000) % 60)}`;
    },
  };
}
