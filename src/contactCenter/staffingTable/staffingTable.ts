import { checkArray, checkNonNegative, checkObject, fail, isPlainObject } from "../../_lib/check.js";
import { abandonmentPerAht, checkPositive, EXPECTED, optionalPositive, readMaxOccupancy, readShrinkage, readTarget, scheduledAgentsFor, trafficOf, unreachable } from "../_lib/erlangInput.js";
import { solveStaffing, staffingFields, type StaffingFields } from "../_lib/staffing.js";
import type { RequiredAgentsResult, RequiredAgentsWithAbandonmentResult } from "../requiredAgents/requiredAgents.js";
import { staffingTotals, type StaffingTotals, type StaffingTotalsWithAbandonment } from "./totals.js";

export type { StaffingTotals, StaffingTotalsWithAbandonment } from "./totals.js";

/** One forecast interval for {@link staffingTable}: its calls, and optionally its own AHT and a label. */
export interface StaffingInterval {
  /** Calls forecast for the interval (may be fractional), ≥ 0. */
  readonly calls: number;
  /** This interval's average handle time in ms; defaults to `options.ahtMs`. */
  readonly ahtMs?: number | undefined;
  /** A label passed through to the row as it is (e.g. `"08:30"`, a `Date`, epoch ms). */
  readonly start?: string | number | Date | undefined;
}

/** Options of {@link staffingTable}: the same targets for every interval. */
export interface StaffingTableOptions {
  /** Length of each interval in ms (`1_800_000` for half-hours). */
  readonly intervalMs: number;
  /** Default average handle time in ms, for intervals without their own `ahtMs`. */
  readonly ahtMs?: number | undefined;
  /** Service level to reach in every interval, percent (80), or a fraction up to 1 (0.8). */
  readonly targetServiceLevel: number;
  /** The "within" of the target in ms (`20_000` for 20 s). */
  readonly thresholdMs: number;
  /** Highest acceptable occupancy, percent (85), or a fraction up to 1 (0.85). */
  readonly maxOccupancy?: number | undefined;
  /** Share of paid time off the phones, 0 ≤ s < 1; default 0. */
  readonly shrinkage?: number | undefined;
  /** Mean patience in ms; given, every interval is staffed by Erlang A. */
  readonly patienceMs?: number | undefined;
}

/** One row of a {@link staffingTable}: the interval, its traffic and what `requiredAgents` returns for it. */
export type StaffingRow<R extends RequiredAgentsResult = RequiredAgentsResult> = {
  /** Position of the interval in the input, from 0. */
  readonly index: number;
  /** The interval's `start` label, when it had one. */
  readonly start?: string | number | Date;
  /** Calls forecast for the interval. */
  readonly calls: number;
  /** The AHT used for the interval, ms. */
  readonly ahtMs: number;
  /** Offered traffic in Erlangs: calls × ahtMs / intervalMs. */
  readonly trafficErlangs: number;
} & R;

/** The result of {@link staffingTable}: one row per interval and the day's totals. */
export interface StaffingTableResult<R extends RequiredAgentsResult = RequiredAgentsResult, T extends StaffingTotals = StaffingTotals> {
  /** One row per interval, in input order. */
  readonly rows: readonly StaffingRow<R>[];
  /** Sums, peaks and pooled rates over all rows. */
  readonly totals: T;
}

const KPI = "staffingTable";
const ENTRY = "a number of calls, or an object { calls, ahtMs?, start? }";

/**
 * Staffing table for a day (or any run) of forecast intervals: `requiredAgents` for each
 * interval, with the totals a workforce planner schedules from (agent hours, peaks, the
 * day's service level).
 *
 * @remarks
 * Each row is exactly `requiredAgents({ calls, intervalMs, ahtMs, targetServiceLevel,
 * thresholdMs, maxOccupancy, shrinkage, patienceMs })` for that interval (its own `ahtMs` if it
 * has one), with `index`, `start` (passed through), `calls`, `ahtMs` and `trafficErlangs`.
 * Totals: `calls` = Σ calls; `workloadMs` = Σ calls × ahtMs; `agentMs` = Σ agents × intervalMs
 * (on-phone time to staff; divide by 3,600,000 for agent hours); `scheduledAgentMs` = Σ
 * scheduledAgents × intervalMs (paid time including shrinkage); `peakAgents`,
 * `peakScheduledAgents` = the largest row values; `serviceLevel` = Σ calls × serviceLevel /
 * Σ calls (pooled over calls, not a mean of rows); `asaMs` = mean ASA weighted by answered calls;
 * `occupancy` = answered workload / agentMs × 100; with `patienceMs`, `probabilityOfAbandon` =
 * Σ calls × probabilityOfAbandon / Σ calls. Rates are `null` without calls (or agents).
 *
 * Each interval is staffed on its own (the steady-state assumption of Erlang C): a queue left
 * over from a busy interval does not carry into the next one. Cost: one `requiredAgents` per
 * interval, O(Σ agents) under Erlang C.
 *
 * @param intervals - Forecast calls per interval, as numbers or `{ calls, ahtMs?, start? }`
 *   objects (an array or any iterable).
 * @param options - `{ intervalMs, ahtMs?, targetServiceLevel, thresholdMs, maxOccupancy?,
 *   shrinkage?, patienceMs? }`; units as in `requiredAgents`.
 * @returns `{ rows, totals }`: one row per interval in input order, and the totals above
 *   (with `probabilityOfAbandon` in the rows and totals when `patienceMs` is given).
 * @throws {@link KpiInputError} for an entry that is neither a count nor an object (field
 *   `"intervals"`), a bad `calls`, `ahtMs` or `start` (`"intervals.calls"` …, with the index),
 *   an interval without an AHT when `options.ahtMs` is missing, a bad option (`"options.…"`),
 *   or a target that an interval cannot meet within 10,000,000 agents (with its index); and
 *   intervals whose totals (calls, workloadMs, agentMs …) exceed the largest double, 1.8e308
 *   (field `"intervals"`): the result is finite or it throws.
 * @example
 * ```ts
 * staffingTable([60, { calls: 100, start: "09:00" }, { calls: 40, ahtMs: 240_000 }], {
 *   intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, shrinkage: 0.3,
 * });
 * // rows: agents 9, 14, 8; scheduledAgents 13, 20, 12; rows[1] has start "09:00", trafficErlangs 10
 * // totals: { calls: 200, workloadMs: 38_400_000, agentMs: 55_800_000, scheduledAgentMs: 81_000_000,
 * //   peakAgents: 14, peakScheduledAgents: 20, serviceLevel: 86.667…, asaMs: 11421.06…, occupancy: 68.817… }
 * ```
 * @see docs/guides/staffing.md; Call Centre Helper, "Erlang C Formula – Made Simple With an Easy
 *   Worked Example", https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm
 * @category Contact center
 */
export function staffingTable(
  intervals: Iterable<number | StaffingInterval>,
  options: StaffingTableOptions & { readonly patienceMs: number },
): StaffingTableResult<RequiredAgentsWithAbandonmentResult, StaffingTotalsWithAbandonment>;
export function staffingTable(intervals: Iterable<number | StaffingInterval>, options: StaffingTableOptions): StaffingTableResult;
export function staffingTable(intervals: Iterable<number | StaffingInterval>, options: StaffingTableOptions): StaffingTableResult {
  const o = checkObject(KPI, "options", options);
  const intervalMs = checkPositive(KPI, "options.intervalMs", o.intervalMs, EXPECTED.intervalMs);
  const defaultAht = optionalPositive(KPI, "options.ahtMs", o.ahtMs, EXPECTED.ahtMs);
  const targetPercent = readTarget(KPI, "options.targetServiceLevel", o.targetServiceLevel);
  const thresholdMs = checkPositive(KPI, "options.thresholdMs", o.thresholdMs, EXPECTED.thresholdMs);
  const maxOccupancyPercent = readMaxOccupancy(KPI, "options.maxOccupancy", o.maxOccupancy);
  const shrinkage = readShrinkage(KPI, "options.shrinkage", o.shrinkage);
  const patienceMs = optionalPositive(KPI, "options.patienceMs", o.patienceMs, EXPECTED.patienceMs);
  const list = checkArray(KPI, "intervals", intervals);
  const rows: StaffingRow<RequiredAgentsResult & StaffingFields>[] = [];
  for (let i = 0; i < list.length; i++) {
    const { calls, ahtMs, start } = readInterval(list[i], i, defaultAht);
    const traffic = trafficOf(KPI, "intervals.calls", calls, ahtMs, intervalMs, i);
    const problem = { traffic, tau: thresholdMs / ahtMs, targetPercent, maxOccupancyPercent, abandonment: patienceMs === undefined ? undefined : abandonmentPerAht(KPI, "options.patienceMs", ahtMs, patienceMs, i) };
    const solution = solveStaffing(problem, (field) =>
      fail(KPI, `options.${field}`, o[field], unreachable(field, traffic), i),
    );
    const fields = staffingFields(solution, ahtMs, scheduledAgentsFor(solution.agents, shrinkage)) as RequiredAgentsResult & StaffingFields;
    rows.push({ index: i, ...(start === undefined ? {} : { start }), calls, ahtMs, trafficErlangs: traffic, ...fields });
  }
  const totals = staffingTotals(rows, intervalMs, patienceMs !== undefined);
  // Finite in, finite out: totals beyond the largest double have no answer.
  for (const [name, value] of Object.entries(totals)) {
    if (value !== null && !Number.isFinite(value)) fail(KPI, "intervals", intervals, `intervals whose total ${name} stays within the largest double, 1.8e308`);
  }
  return { rows, totals };
}

function readInterval(entry: unknown, i: number, defaultAht: number | undefined): { calls: number; ahtMs: number; start: string | number | Date | undefined } {
  if (typeof entry === "number") {
    const calls = checkNonNegative(KPI, "intervals", entry, i);
    return { calls, ahtMs: defaultAht ?? missingAht(i), start: undefined };
  }
  if (!isPlainObject(entry) || entry instanceof Date) fail(KPI, "intervals", entry, ENTRY, i);
  const e = entry;
  const calls = checkNonNegative(KPI, "intervals.calls", e.calls, i);
  const ahtMs = e.ahtMs === undefined ? (defaultAht ?? missingAht(i)) : checkPositive(KPI, "intervals.ahtMs", e.ahtMs, EXPECTED.ahtMs, i);
  const start = e.start;
  const validStart =
    start === undefined || typeof start === "string" || Number.isFinite(start) || (start instanceof Date && !Number.isNaN(start.getTime()));
  if (!validStart) fail(KPI, "intervals.start", start, "a label: a string, a finite number or a valid Date, or undefined", i);
  return { calls, ahtMs, start: start as string | number | Date | undefined };
}

function missingAht(i: number): never {
  return fail(KPI, "options.ahtMs", undefined, `${EXPECTED.ahtMs}: interval ${i} has no ahtMs of its own`, i);
}
