/**
 * Erlang B and Erlang C (M/M/N) numerics, in units of the average handle time.
 *
 * No factorials and no powers: Erlang B comes from its recursion on the number of agents,
 * B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)), which is forward-stable (each step damps the
 * rounding error of the previous one) and never overflows, for any traffic and any number of
 * agents. Erlang C follows from B in one step: C = N·B / (N − A·(1 − B)).
 *
 * @see Gans, Koole & Mandelbaum (2003), "Telephone call centers: tutorial, review, and research
 *   prospects", Manufacturing & Service Operations Management 5(2), section 4.1.
 */

/** The largest number of agents any function here evaluates (10 million). */
export const MAX_AGENTS = 10_000_000;

/** One step of the Erlang B recursion: B(k) from B(k − 1). */
export function erlangBStep(traffic: number, previous: number, k: number): number {
  const x = traffic * previous;
  return x / (k + x);
}

/**
 * Erlang B blocking probability B(N, A) by the recursion, O(N). Once B underflows to 0 it stays
 * 0, so the loop stops there (many agents for little traffic cost almost nothing).
 */
export function erlangB(traffic: number, agents: number): number {
  let b = 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, once B is 0 every further step keeps it 0
  for (let k = 1; k <= agents && b > 0; k++) b = erlangBStep(traffic, b, k);
  return b;
}

/** Queue measures of one staffing level; times in units of the average handle time. */
export interface QueueMeasures {
  /** Probability that an arriving call waits at all, 0–1. */
  readonly probabilityOfWaiting: number;
  /** Percentage of calls answered within the threshold, or `null` without a threshold. */
  readonly serviceLevel: number | null;
  /** Mean wait of answered calls, in AHTs; `null` when no call is ever answered. */
  readonly asa: number | null;
  /** Busy agents as a percentage of agents, 0–100. */
  readonly occupancy: number;
}

/**
 * Erlang C measures for traffic `a` (Erlangs), `n` agents and B = B(n, a), with the threshold
 * `tau` in AHTs (`undefined` for none). No traffic: nobody waits (service level 100, ASA 0,
 * occupancy 0). Agents at or below the traffic: the queue grows without bound (probability of
 * waiting 1, service level 0, ASA `null`, occupancy 100).
 */
export function erlangCMeasures(a: number, n: number, b: number, tau: number | undefined): QueueMeasures {
  if (a === 0) return { probabilityOfWaiting: 0, serviceLevel: tau === undefined ? null : 100, asa: 0, occupancy: 0 };
  if (n <= a) return { probabilityOfWaiting: 1, serviceLevel: tau === undefined ? null : 0, asa: null, occupancy: 100 };
  const spare = n - a;
  const c = Math.min(1, (n * b) / (spare + a * b));
  return {
    probabilityOfWaiting: c,
    serviceLevel: tau === undefined ? null : Math.max(0, (1 - c * Math.exp(-spare * tau)) * 100),
    asa: c / spare,
    occupancy: (a * 100) / n,
  };
}
