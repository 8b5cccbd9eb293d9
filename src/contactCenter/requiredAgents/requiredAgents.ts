import { checkNonNegative, checkObject, fail } from "../../_lib/check.js";
import { abandonmentPerAht, checkPositive, EXPECTED, optionalPositive, readMaxOccupancy, readShrinkage, readTarget, scheduledAgentsFor, trafficOf, unreachable } from "../_lib/erlangInput.js";
import { solveStaffing, staffingFields } from "../_lib/staffing.js";

/** A staffing question for {@link requiredAgents}; durations in milliseconds. */
export interface RequiredAgentsInput {
  /** Calls offered in the interval (a forecast may be fractional), ≥ 0. */
  readonly calls: number;
  /** Length of the interval, e.g. `1_800_000` for 30 minutes. */
  readonly intervalMs: number;
  /** Average handle time (talk + hold + after-call work) per call. */
  readonly ahtMs: number;
  /**
   * Service level to reach, in percent like the result (80 for "80 % within 20 s"); a value
   * up to 1 is read as a fraction (0.8 = 80 %). Above 0 and below 100 %.
   */
  readonly targetServiceLevel: number;
  /** The "within" of the target: 20 s is `20_000`. */
  readonly thresholdMs: number;
  /** Highest acceptable occupancy, in percent (85); a value up to 1 is a fraction (0.85). */
  readonly maxOccupancy?: number | undefined;
  /** Share of paid time agents are off the phones (breaks, training, absence), 0 ≤ s < 1; default 0. */
  readonly shrinkage?: number | undefined;
  /** Mean patience before a waiting caller hangs up; given, the model is Erlang A. */
  readonly patienceMs?: number | undefined;
}

/** The result of {@link requiredAgents}. */
export interface RequiredAgentsResult {
  /** Agents needed on the phones: the smallest whole number meeting the target and the cap. */
  readonly agents: number;
  /** Agents to schedule so that `agents` remain after shrinkage: ⌈agents / (1 − shrinkage)⌉. */
  readonly scheduledAgents: number;
  /** Service level reached with `agents`, percent. */
  readonly serviceLevel: number;
  /** Probability (0–1) that a call waits, with `agents`. */
  readonly probabilityOfWaiting: number;
  /** Average speed of answer with `agents` (mean wait of answered calls), ms. */
  readonly asaMs: number;
  /** Occupancy with `agents`, percent. */
  readonly occupancy: number;
}

/** The result of {@link requiredAgents} with `patienceMs` (Erlang A). */
export interface RequiredAgentsWithAbandonmentResult extends RequiredAgentsResult {
  /** Probability (0–1) that a call hangs up before it is answered, with `agents`. */
  readonly probabilityOfAbandon: number;
  /** Mean time in queue over all calls, answered or abandoned, ms. */
  readonly averageWaitMs: number;
}

const KPI = "requiredAgents";

/**
 * Required agents (staffing) for one interval by Erlang C: the fewest agents that answer
 * `targetServiceLevel` percent of calls within `thresholdMs`, raised to respect `maxOccupancy`,
 * and the scheduled headcount after shrinkage. With `patienceMs`, by Erlang A.
 *
 * @remarks
 * agents = the smallest whole N with serviceLevel(N) ≥ targetServiceLevel (Erlang C, see
 * `erlangC`), then raised until occupancy(N) ≤ maxOccupancy; scheduledAgents = the smallest
 * whole S with S × (1 − shrinkage) ≥ agents, i.e. ⌈agents / (1 − shrinkage)⌉ (read to 1e-12,
 * so 21 agents at 30 % shrinkage schedule 30, not 31). The result's measures are those of
 * `erlangC` for `agents`, to the last bit.
 *
 * Units: `targetServiceLevel` and `maxOccupancy` are percentages, like the `serviceLevel` and
 * `occupancy` they are compared with; because fractions are common too, a value up to 1 is
 * read as a fraction (0.8 is 80 %, 1 is 100 %; a target of 1 % is written 0.01). Targets are
 * above 0 and below 100 %: while calls arrive, some of them wait, so 100 % is never reached.
 *
 * Erlang C search: from ⌊A⌋ + 1 upward, one Erlang B recursion step per agent: O(N) in all.
 * Erlang A search: from target × A (no fewer agents can answer that share) by doubling and
 * bisection: O((N + queue) · log N). No calls: 0 agents, service level 100.
 *
 * @param input - `{ calls, intervalMs, ahtMs, targetServiceLevel, thresholdMs, maxOccupancy?,
 *   shrinkage?, patienceMs? }`.
 * @returns `{ agents, scheduledAgents, serviceLevel, probabilityOfWaiting, asaMs, occupancy }`,
 *   plus `probabilityOfAbandon` and `averageWaitMs` with `patienceMs`.
 * @throws {@link KpiInputError} naming the field: `calls` not a finite number ≥ 0;
 *   `intervalMs`, `ahtMs`, `thresholdMs` or `patienceMs` not a finite number > 0;
 *   `targetServiceLevel` not above 0 and below 100 %; `maxOccupancy` not above 0 and at most
 *   100 %; `shrinkage` outside [0, 1); `targetServiceLevel` or `maxOccupancy` when meeting it
 *   would take more than 10,000,000 agents; `patienceMs` so short (a subnormal such as 5e-324)
 *   that ahtMs / patienceMs overflows.
 * @example
 * ```ts
 * // Call Centre Helper's example: 100 calls in 30 minutes, 3-minute AHT, 80/20, 85 %, 30 %.
 * requiredAgents({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80,
 *   thresholdMs: 20_000, maxOccupancy: 85, shrinkage: 0.3 });
 * // { agents: 14, scheduledAgents: 20, serviceLevel: 88.835…, probabilityOfWaiting: 0.1741…,
 * //   asaMs: 7835.9…, occupancy: 71.428… }
 * ```
 * @see Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example",
 *   https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm
 * @see Gans, Koole & Mandelbaum (2003), "Telephone call centers: tutorial, review, and research
 *   prospects", M&SOM 5(2); Garnett, Mandelbaum & Reiman (2002) for Erlang A.
 * @see docs/kpis/erlang-c.md, docs/guides/staffing.md
 * @category Contact center
 */
export function requiredAgents(input: RequiredAgentsInput & { readonly patienceMs: number }): RequiredAgentsWithAbandonmentResult;
export function requiredAgents(input: RequiredAgentsInput): RequiredAgentsResult;
export function requiredAgents(input: RequiredAgentsInput): RequiredAgentsResult | RequiredAgentsWithAbandonmentResult {
  const o = checkObject(KPI, "input", input);
  const calls = checkNonNegative(KPI, "calls", o.calls);
  const intervalMs = checkPositive(KPI, "intervalMs", o.intervalMs, EXPECTED.intervalMs);
  const ahtMs = checkPositive(KPI, "ahtMs", o.ahtMs, EXPECTED.ahtMs);
  const targetPercent = readTarget(KPI, "targetServiceLevel", o.targetServiceLevel);
  const thresholdMs = checkPositive(KPI, "thresholdMs", o.thresholdMs, EXPECTED.thresholdMs);
  const maxOccupancyPercent = readMaxOccupancy(KPI, "maxOccupancy", o.maxOccupancy);
  const shrinkage = readShrinkage(KPI, "shrinkage", o.shrinkage);
  const patienceMs = optionalPositive(KPI, "patienceMs", o.patienceMs, EXPECTED.patienceMs);
  const traffic = trafficOf(KPI, "calls", calls, ahtMs, intervalMs);
  const problem = { traffic, tau: thresholdMs / ahtMs, targetPercent, maxOccupancyPercent, abandonment: patienceMs === undefined ? undefined : abandonmentPerAht(KPI, "patienceMs", ahtMs, patienceMs) };
  const solution = solveStaffing(problem, (field) => fail(KPI, field, o[field], unreachable(field, traffic)));
  return staffingFields(solution, ahtMs, scheduledAgentsFor(solution.agents, shrinkage)) as RequiredAgentsResult;
}
