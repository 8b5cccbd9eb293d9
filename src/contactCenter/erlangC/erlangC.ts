import { checkCount, checkNonNegative, checkObject, fail } from "../../_lib/check.js";
import { erlangB, erlangCMeasures, MAX_AGENTS } from "../_lib/erlang.js";
import { erlangAMeasures } from "../_lib/erlangA.js";
import { abandonmentPerAht, checkPositive, EXPECTED, optionalPositive, trafficOf } from "../_lib/erlangInput.js";

/** The load and staffing of one interval for {@link erlangC}; durations in milliseconds. */
export interface ErlangCInput {
  /** Calls offered in the interval (a forecast may be fractional), ≥ 0. */
  readonly calls: number;
  /** Length of the interval, e.g. `1_800_000` for 30 minutes. */
  readonly intervalMs: number;
  /** Average handle time (talk + hold + after-call work) per call. */
  readonly ahtMs: number;
  /** Agents on the phones (after shrinkage), a whole number ≥ 0. */
  readonly agents: number;
  /** Service-level threshold ("answered within 20 s" is `20_000`); without it `serviceLevel` is `null`. */
  readonly thresholdMs?: number | undefined;
  /** Mean patience before a waiting caller hangs up; given, the model is Erlang A. */
  readonly patienceMs?: number | undefined;
}

/** The result of {@link erlangC}. */
export interface ErlangCResult {
  /** Offered traffic A = calls × ahtMs / intervalMs, in Erlangs. */
  readonly trafficErlangs: number;
  /** Probability (0–1) that a call waits at all. */
  readonly probabilityOfWaiting: number;
  /** Percentage (0–100) of calls answered within `thresholdMs`; `null` without a threshold. */
  readonly serviceLevel: number | null;
  /** Average speed of answer: mean wait of answered calls, ms; `null` when the queue never empties. */
  readonly asaMs: number | null;
  /** Percentage (0–100) of agent time spent handling calls. */
  readonly occupancy: number;
}

/** The result of {@link erlangC} with `patienceMs` (Erlang A). */
export interface ErlangAResult extends ErlangCResult {
  /** Probability (0–1) that a call hangs up before it is answered. */
  readonly probabilityOfAbandon: number;
  /** Mean time in queue over all calls, answered or abandoned, in ms. */
  readonly averageWaitMs: number;
}

const KPI = "erlangC";

/**
 * Erlang C (M/M/N) queue measures for one interval: probability of waiting, service level
 * (SL), average speed of answer (ASA) and occupancy for a given number of agents; with
 * `patienceMs`, Erlang A (M/M/N+M), which adds abandonment.
 *
 * @remarks
 * A = calls × ahtMs / intervalMs (Erlangs). Erlang B by the recursion B(0) = 1,
 * B(k) = A·B(k−1) / (k + A·B(k−1)); then C = N·B / (N − A·(1 − B)) = probabilityOfWaiting;
 * serviceLevel = (1 − C·e^(−(N − A)·thresholdMs / ahtMs)) × 100; asaMs = C·ahtMs / (N − A);
 * occupancy = A / N × 100. Cost O(N), stable for any N and A (no factorials, no powers).
 *
 * With N ≤ A the queue grows without bound: probabilityOfWaiting 1, serviceLevel 0,
 * asaMs `null`, occupancy 100 (also for 0 agents). With no calls: probabilityOfWaiting 0,
 * serviceLevel 100, asaMs 0, occupancy 0, whatever the agents.
 *
 * Erlang A (`patienceMs` given): callers hang up after an exponential patience with that mean.
 * The birth–death chain is summed to 1e-16; probabilityOfAbandon is the share of calls that hang
 * up; serviceLevel is calls answered within the threshold as a percentage of all calls offered
 * (abandoned calls count against it, as in the default formula of `serviceLevel`); asaMs is the
 * mean wait of answered calls; averageWaitMs the mean wait of all calls (answered or not);
 * occupancy = answered traffic / N × 100. N ≤ A is fine here: abandonment keeps the queue
 * finite. Cost O(N + queue length).
 *
 * @param input - `{ calls, intervalMs, ahtMs, agents, thresholdMs?, patienceMs? }`.
 * @returns `{ trafficErlangs, probabilityOfWaiting, serviceLevel, asaMs, occupancy }`, plus
 *   `probabilityOfAbandon` and `averageWaitMs` with `patienceMs`.
 * @throws {@link KpiInputError} naming the field: `calls` not a finite number ≥ 0; `intervalMs`,
 *   `ahtMs`, `thresholdMs` or `patienceMs` not a finite number > 0; `agents` not a whole number
 *   from 0 to 10,000,000; `patienceMs` so long, for so few agents, that more than 10,000,000
 *   callers would queue, or so short (a subnormal such as 5e-324) that ahtMs / patienceMs
 *   overflows.
 * @example
 * ```ts
 * // Call Centre Helper's example: 100 calls in 30 minutes, 3-minute AHT, 14 agents, 80/20.
 * erlangC({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000 });
 * // { trafficErlangs: 10, probabilityOfWaiting: 0.1741…, serviceLevel: 88.835…, asaMs: 7835.9…,
 * //   occupancy: 71.428… }
 * erlangC({ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000, patienceMs: 300_000 });
 * // { …, probabilityOfWaiting: 0.14526…, serviceLevel: 91.679…, probabilityOfAbandon: 0.013983…,
 * //   averageWaitMs: 4195.1…, occupancy: 70.429… }
 * ```
 * @see Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example",
 *   https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm
 * @see Gans, Koole & Mandelbaum (2003), "Telephone call centers: tutorial, review, and research
 *   prospects", M&SOM 5(2); ITU-T Recommendation E.500.
 * @see Garnett, Mandelbaum & Reiman (2002), "Designing a call center with impatient customers",
 *   M&SOM 4(3); Mandelbaum & Zeltyn, "The Palm/Erlang-A queue, with applications to call centers".
 * @see docs/kpis/erlang-c.md
 * @category Contact center
 */
export function erlangC(input: ErlangCInput & { readonly patienceMs: number }): ErlangAResult;
export function erlangC(input: ErlangCInput): ErlangCResult;
export function erlangC(input: ErlangCInput): ErlangCResult | ErlangAResult {
  const o = checkObject(KPI, "input", input);
  const calls = checkNonNegative(KPI, "calls", o.calls);
  const intervalMs = checkPositive(KPI, "intervalMs", o.intervalMs, EXPECTED.intervalMs);
  const ahtMs = checkPositive(KPI, "ahtMs", o.ahtMs, EXPECTED.ahtMs);
  const agents = checkCount(KPI, "agents", o.agents);
  if (agents > MAX_AGENTS) fail(KPI, "agents", agents, "a whole number from 0 to 10,000,000");
  const thresholdMs = optionalPositive(KPI, "thresholdMs", o.thresholdMs, EXPECTED.thresholdMs);
  const patienceMs = optionalPositive(KPI, "patienceMs", o.patienceMs, EXPECTED.patienceMs);
  const a = trafficOf(KPI, "calls", calls, ahtMs, intervalMs);
  const tau = thresholdMs === undefined ? undefined : thresholdMs / ahtMs;
  if (patienceMs === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, erlangCMeasures reads B only when agents > traffic
    const m = erlangCMeasures(a, agents, agents > a ? erlangB(a, agents) : 1, tau);
    return { trafficErlangs: a, probabilityOfWaiting: m.probabilityOfWaiting, serviceLevel: m.serviceLevel, asaMs: m.asa === null ? null : m.asa * ahtMs, occupancy: m.occupancy };
  }
  const m = erlangAMeasures(a, agents, abandonmentPerAht(KPI, "patienceMs", ahtMs, patienceMs), tau);
  if (m === null) fail(KPI, "patienceMs", patienceMs, "a patience for which fewer than 10,000,000 callers queue (a shorter patience, or more agents)");
  return {
    trafficErlangs: a,
    probabilityOfWaiting: m.probabilityOfWaiting,
    serviceLevel: m.serviceLevel,
    asaMs: m.asa === null ? null : m.asa * ahtMs,
    occupancy: m.occupancy,
    probabilityOfAbandon: m.probabilityOfAbandon,
    averageWaitMs: m.averageWait * ahtMs,
  };
}
