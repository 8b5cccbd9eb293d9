import { erlangB, type QueueMeasures } from "./erlang.js";

/**
 * Erlang A (M/M/N+M, Palm's queue with exponential patience) numerics, in units of the average
 * handle time: service rate 1, arrival rate A, abandonment rate r = AHT / mean patience.
 *
 * The stationary distribution of the birth–death chain is summed relative to the loss system:
 * the states 0…N carry mass 1 in total with π(N) = B(N, A) (Erlang B), and the queue states
 * follow π(N + j) = π(N + j − 1) · A / (N + j·r). The sum runs until the geometric tail bound
 * is below 1e-16 of what it has, rescaling when terms grow large (heavy overload), so nothing
 * overflows and nothing is lost for any traffic.
 *
 * A caller who finds j callers waiting is answered after the j + 1 "advances" of rates
 * N + i·r (i = j … 0) unless their own Exp(r) patience runs out first:
 *   P(answered | j) = N / (N + (j + 1)·r)
 *   E[wait; answered | j] = P(answered | j) · Σ_{i=1}^{j+1} 1 / (N + i·r)
 *   P(answered within τ | j) = P(answered | j) · P(K ≥ j + 1),
 * where K is negative binomial with size N/r + 1 and success probability e^(−rτ): the density
 * of the advance time is proportional to e^(−Ns)(1 − e^(−rs))^j, which turns the integral into a
 * regularised incomplete beta function with an integer parameter. As r → 0, K becomes
 * Poisson(Nτ) and every formula becomes Erlang C's.
 *
 * @see Garnett, Mandelbaum & Reiman (2002), "Designing a call center with impatient
 *   customers", Manufacturing & Service Operations Management 4(3).
 * @see Mandelbaum & Zeltyn, "The Palm/Erlang-A queue, with applications to call centers".
 */

/** The longest queue (waiting callers) the chain is summed to before giving up. */
export const MAX_QUEUE = 10_000_000;

/** Erlang A measures: {@link QueueMeasures} plus abandonment. */
export interface AbandonmentMeasures extends QueueMeasures {
  /** Probability that an arriving call abandons, 0–1. */
  readonly probabilityOfAbandon: number;
  /** Mean time in queue over all calls, answered or abandoned, in AHTs. */
  readonly averageWait: number;
}

const BIG = 1e200;
const EPS = 1e-16;

/**
 * Erlang A measures for traffic `a`, `n` agents, abandonment rate `r` (per AHT) and threshold
 * `tau` (AHTs). Returns `null` when the queue would have to be summed beyond {@link MAX_QUEUE}
 * callers (patience so long, for so few agents, that the chain is practically unbounded).
 */
export function erlangAMeasures(a: number, n: number, r: number, tau: number | undefined): AbandonmentMeasures | null {
  const sl = (value: number): number | null => (tau === undefined ? null : value);
  if (a === 0) return { probabilityOfWaiting: 0, serviceLevel: sl(100), asa: 0, occupancy: 0, probabilityOfAbandon: 0, averageWait: 0 };
  // Stryker disable next-line EqualityOperator: equivalent, at (A − N)/r = MAX_QUEUE exactly the sum cannot end before j = MAX_QUEUE either: null both ways
  if ((a - n) / r > MAX_QUEUE) return null;
  if (n === 0) return { probabilityOfWaiting: 1, serviceLevel: sl(0), asa: null, occupancy: 100, probabilityOfAbandon: 1, averageWait: 1 / r };

  const b = erlangB(a, n);
  // Masses relative to the states 0…N (total 1): all states, waiting states, Σ j·π(N + j),
  // answered calls, wait of answered calls, calls answered within τ.
  let total = 1;
  let waiting = 0;
  let queued = 0;
  let answered = 1 - b;
  let answeredWait = 0;
  let within = 1 - b;
  let u = b;
  let advances = 0; // Σ_{i=1}^{j+1} 1 / (N + i·r)
  // Negative binomial pmf t_k = t_{k−1} · (N + k·r) · (x / r) / k, t_0 = e^(−(N + r)τ), kept as
  // mantissa × e^exponent so that e^(−Nτ) may underflow for thousands of agents.
  // Stryker disable next-line ConditionalExpression: equivalent, without τ the weights are never read (serviceLevel is null)
  const xOverR = tau === undefined ? 0 : r > 0 ? -Math.expm1(-r * tau) / r : tau;
  let tMantissa = 1;
  // Stryker disable next-line ConditionalExpression: equivalent, without τ the weights are never read (serviceLevel is null)
  let tExponent = tau === undefined ? 0 : -(n + r) * tau;
  let cdf = 0;
  for (let j = 0; ; j++) {
    if (j > 0) {
      u *= a / (n + j * r);
      total += u;
    }
    const rate = n + (j + 1) * r;
    const pAnswered = n / rate;
    advances += 1 / rate;
    waiting += u;
    queued += j * u;
    answered += u * pAnswered;
    answeredWait += u * pAnswered * advances;
    // Stryker disable next-line ConditionalExpression: equivalent, without τ `within` is never read (serviceLevel is null)
    if (tau !== undefined) {
      if (j > 0) {
        tMantissa *= ((n + j * r) * xOverR) / j;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, moving the mantissa into the exponent leaves the weight's value as it is, whenever it is done
        if (tMantissa > BIG) {
          tExponent += Math.log(tMantissa);
          tMantissa = 1;
        }
      }
      cdf += tMantissa * Math.exp(tExponent);
      within += u * pAnswered * Math.max(0, 1 - cdf);
    }
    // Stryker disable next-line EqualityOperator: equivalent, at u = BIG exactly rescaling or not gives the same ratios
    if (u > BIG) {
      u /= BIG;
      total /= BIG;
      // Stryker disable next-line AssignmentOperator: equivalent, a rescale means the queue outweighs states 0…N by 1e200, where P(wait) is 1 in doubles and min(1, …) below clamps any excess
      waiting /= BIG;
      queued /= BIG;
      answered /= BIG;
      answeredWait /= BIG;
      within /= BIG;
    }
    const ratio = a / (n + (j + 1) * r);
    // Stryker disable next-line EqualityOperator: equivalent, at ratio 1 the tail bound is Infinity and cannot stop the sum
    if (ratio < 1) {
      const geometric = ratio / (1 - ratio);
      const tail = u * geometric;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: precision only, the two tail bounds decide where the sum stops; each variant that survives moves the stop by terms below 1e-16 of the sums (erlang.test.ts holds them to exact Erlang C at A/N = 1 − 1e-5 and to the chain)
      if (tail <= EPS * total && tail * (j + 1 + 1 / (1 - ratio)) <= EPS * queued) break;
    }
    // Stryker disable next-line EqualityOperator: equivalent in effect, the cap is a budget of states: one more changes no answer a test or a user can reach
    if (j >= MAX_QUEUE) return null;
  }
  const lq = queued / total;
  const served = answered / total;
  return {
    probabilityOfWaiting: Math.min(1, waiting / total),
    serviceLevel: sl(Math.min(100, (within / total) * 100)),
    asa: answeredWait / answered,
    occupancy: Math.min(100, (a * served * 100) / n),
    probabilityOfAbandon: Math.min(1, (r * lq) / a),
    averageWait: lq / a,
  };
}
