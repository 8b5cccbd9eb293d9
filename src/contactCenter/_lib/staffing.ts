import { erlangB, erlangBStep, erlangCMeasures, MAX_AGENTS, type QueueMeasures } from "./erlang.js";
import { erlangAMeasures, type AbandonmentMeasures } from "./erlangA.js";

/** A staffing problem in units of the average handle time, already validated. */
export interface StaffingProblem {
  /** Offered traffic A in Erlangs. */
  readonly traffic: number;
  /** Service-level threshold in AHTs. */
  readonly tau: number;
  /** Target service level in percent, above 0 and below 100. */
  readonly targetPercent: number;
  /** Occupancy cap in percent, or `undefined` for none. */
  readonly maxOccupancyPercent: number | undefined;
  /** Abandonment rate per AHT (AHT / mean patience), or `undefined` for Erlang C. */
  readonly abandonment: number | undefined;
}

/** The smallest staffing meeting a {@link StaffingProblem}, with its measures. */
export interface StaffingSolution {
  readonly agents: number;
  readonly measures: QueueMeasures | AbandonmentMeasures;
}

/** Which requirement could not be met within {@link MAX_AGENTS} agents. */
export type StaffingFailure = "targetServiceLevel" | "maxOccupancy";

/**
 * Solves a staffing problem, or calls `unreachable` (which throws) when it would take more than
 * {@link MAX_AGENTS} agents.
 *
 * Erlang C: the service level is 0 up to the traffic, so the search starts at ⌊A⌋ + 1 and steps
 * one agent at a time, carrying Erlang B along (one recursion step per agent): O(N) in all,
 * and every measure equals what `erlangC` computes for the same count, bit for bit.
 *
 * Erlang A: the service level cannot exceed the answered fraction, which is below N / A, so
 * nothing under target × A agents can meet the target. From there the search gallops (1, 2,
 * 4 … agents up) and then bisects, relying on the service level rising and the occupancy
 * falling with every agent added: O((N + queue) · log N).
 */
export function solveStaffing(problem: StaffingProblem, unreachable: (why: StaffingFailure) => never): StaffingSolution {
  const { traffic: a, tau, targetPercent, maxOccupancyPercent: maxOcc, abandonment: r } = problem;
  if (a === 0) return { agents: 0, measures: r === undefined ? erlangCMeasures(0, 0, 1, tau) : erlangAMeasures(0, 0, r, tau)! };
  const occupancyOk = (m: QueueMeasures): boolean => maxOcc === undefined || m.occupancy <= maxOcc;
  // Necessary conditions, checked first so that hopeless searches fail at once: the service
  // level needs N ≥ target × A (Erlang A; N > A for Erlang C) and the cap N ≥ A / cap.
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, at N = target × A exactly the service level is below the target (it is below N / A); and speed only, as without this check the search fails the same way at its start (N > A ≥ target × A > MAX_AGENTS)
  if ((targetPercent / 100) * a > MAX_AGENTS) unreachable("targetServiceLevel");
  // (no cap: A / ∞ = 0)
  if ((a * 100) / (maxOcc ?? Infinity) > MAX_AGENTS) unreachable("maxOccupancy");
  if (r === undefined) {
    // Stryker disable next-line ArithmeticOperator: speed only, up to A agents the service level is 0 and the loop steps on
    let n = Math.floor(a) + 1;
    if (n > MAX_AGENTS) unreachable("targetServiceLevel");
    let b = erlangB(a, n);
    let m = erlangCMeasures(a, n, b, tau);
    // The cap is met by ⌈A / cap⌉ ≤ MAX_AGENTS agents (checked above), so only the target can fail.
    while (!((m.serviceLevel as number) >= targetPercent && occupancyOk(m))) {
      if (++n > MAX_AGENTS) unreachable("targetServiceLevel");
      b = erlangBStep(a, b, n);
      m = erlangCMeasures(a, n, b, tau);
    }
    return { agents: n, measures: m };
  }
  const at = (n: number): AbandonmentMeasures | null => erlangAMeasures(a, n, r, tau);
  const meetsTarget = (n: number): boolean => {
    const m = at(n);
    return m !== null && (m.serviceLevel as number) >= targetPercent;
  };
  const meetsCap = (n: number): boolean => {
    const m = at(n);
    // Stryker disable next-line ConditionalExpression: equivalent, the cap is searched from a level whose queue could be summed, and more agents only shorten it
    return m !== null && occupancyOk(m);
  };
  // Stryker disable next-line MethodExpression: speed only, a search from 0 or below gallops up to the same answer
  const floor = Math.max(0, Math.ceil((targetPercent / 100) * a) - 1);
  const first = smallestFrom(floor, meetsTarget, "targetServiceLevel", unreachable);
  const agents = meetsCap(first) ? first : smallestFrom(first, meetsCap, "maxOccupancy", unreachable);
  return { agents, measures: at(agents) as AbandonmentMeasures };
}

/**
 * The smallest n > `known` with `ok(n)`, for a predicate that is false at `known` and stays
 * true once true: gallop by doubling steps, then bisect. Gives up past {@link MAX_AGENTS}.
 */
function smallestFrom(known: number, ok: (n: number) => boolean, why: StaffingFailure, unreachable: (why: StaffingFailure) => never): number {
  let lo = known;
  let step = 1;
  // Stryker disable next-line ArithmeticOperator: speed only, a first probe below `known` is false too and the gallop goes on from it
  let hi = lo + step;
  while (!ok(hi)) {
    lo = hi;
    step *= 2;
    if (lo >= MAX_AGENTS) unreachable(why);
    // Stryker disable next-line MethodExpression: speed only, a probe straight at MAX_AGENTS is bisected down to the same answer
    hi = Math.min(lo + step, MAX_AGENTS);
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The fields `requiredAgents` returns (and `staffingTable` repeats per row). */
export interface StaffingFields {
  readonly agents: number;
  readonly scheduledAgents: number;
  readonly serviceLevel: number;
  readonly probabilityOfWaiting: number;
  readonly asaMs: number;
  readonly occupancy: number;
  readonly probabilityOfAbandon?: number;
  readonly averageWaitMs?: number;
}

/**
 * Result fields of a solution: times back in ms, scheduled agents after shrinkage, and the
 * Erlang A fields only when the model is Erlang A.
 */
export function staffingFields(solution: StaffingSolution, ahtMs: number, scheduledAgents: number): StaffingFields {
  const m = solution.measures;
  const base = {
    agents: solution.agents,
    scheduledAgents,
    serviceLevel: m.serviceLevel as number,
    probabilityOfWaiting: m.probabilityOfWaiting,
    asaMs: (m.asa as number) * ahtMs,
    occupancy: m.occupancy,
  };
  if (!("probabilityOfAbandon" in m)) return base;
  return { ...base, probabilityOfAbandon: m.probabilityOfAbandon, averageWaitMs: m.averageWait * ahtMs };
}
