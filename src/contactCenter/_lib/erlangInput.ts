import { fail, isFiniteNumber } from "../../_lib/check.js";

/**
 * Validation shared by `erlangC`, `requiredAgents` and `staffingTable`: every check names the
 * field as the caller sees it (`prefix` is `""` for a single input object, `"options."` for an
 * options bag) and, for table rows, the index.
 */

/** A finite number > 0 (an interval, a handle time, a threshold, a patience). */
export function checkPositive(kpi: string, field: string, value: unknown, expected: string, index?: number): number {
  if (!isFiniteNumber(value) || value <= 0) fail(kpi, field, value, expected, index);
  return value;
}

/** An optional {@link checkPositive}: `undefined` stays `undefined`. */
export function optionalPositive(kpi: string, field: string, value: unknown, expected: string): number | undefined {
  return value === undefined ? undefined : checkPositive(kpi, field, value, expected);
}

/** Expected-value texts, one per field, so all three functions say the same thing. */
export const EXPECTED = {
  calls: "a finite number ≥ 0 (the calls offered in the interval; forecasts may be fractional)",
  intervalMs: "a finite number of milliseconds > 0 (a zero interval has no traffic rate)",
  ahtMs: "a finite number of milliseconds > 0 (the average handle time)",
  thresholdMs: "a finite number of milliseconds > 0 (a threshold of 0 or below cannot be met by any call that waits)",
  patienceMs: "a finite number of milliseconds > 0 (the mean time callers wait before hanging up), or undefined for Erlang C",
  target: "a service level above 0 and below 100 %: a percentage such as 80, or a fraction such as 0.8 (values up to 1 are read as fractions)",
  maxOccupancy: "an occupancy above 0 and at most 100 %: a percentage such as 85, or a fraction such as 0.85 (values up to 1 are read as fractions)",
  shrinkage: "a fraction from 0 up to, but not including, 1 (0.3 for 30 % of paid time off the phones)",
} as const;

/** Offered traffic A = calls × ahtMs / intervalMs, in Erlangs; it must stay finite. */
export function trafficOf(kpi: string, field: string, calls: number, ahtMs: number, intervalMs: number, index?: number): number {
  const a = (calls * ahtMs) / intervalMs;
  if (!Number.isFinite(a)) fail(kpi, field, calls, "a volume whose traffic (calls × ahtMs / intervalMs) is a finite number of Erlangs", index);
  return a;
}

/**
 * The abandonment rate per AHT, ahtMs / patienceMs (Erlang A's r), finite: a patience so short
 * next to the AHT that the ratio overflows (a subnormal such as 5e-324 ms) throws, naming
 * `field`.
 */
export function abandonmentPerAht(kpi: string, field: string, ahtMs: number, patienceMs: number, index?: number): number {
  const r = ahtMs / patienceMs;
  if (r === Infinity) fail(kpi, field, patienceMs, `a patience for which ahtMs / patienceMs is finite (at least ${ahtMs / Number.MAX_VALUE} ms for ahtMs ${ahtMs})`, index);
  return r;
}

/** A target service level as a percentage; values up to 1 are fractions. */
export function readTarget(kpi: string, field: string, value: unknown): number {
  if (!isFiniteNumber(value) || value <= 0 || value === 1 || value >= 100) fail(kpi, field, value, EXPECTED.target);
  // Stryker disable next-line EqualityOperator: equivalent, a target of exactly 1 is rejected above
  return value < 1 ? value * 100 : value;
}

/** An optional occupancy cap as a percentage; values up to 1 are fractions. */
export function readMaxOccupancy(kpi: string, field: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (!isFiniteNumber(value) || value <= 0 || value > 100) fail(kpi, field, value, EXPECTED.maxOccupancy);
  return value <= 1 ? value * 100 : value;
}

/** Shrinkage: a fraction in [0, 1), default 0. */
export function readShrinkage(kpi: string, field: string, value: unknown): number {
  if (value === undefined) return 0;
  if (!isFiniteNumber(value) || value < 0 || value >= 1) fail(kpi, field, value, EXPECTED.shrinkage);
  return value;
}

/**
 * Scheduled agents: the smallest whole S with S × (1 − shrinkage) ≥ agents, read with a
 * relative tolerance of 1e-12 so that binary rounding of decimal fractions never adds an agent
 * (21 / (1 − 0.3) is 30.000000000000004 in floating point; it means 30).
 */
export function scheduledAgentsFor(agents: number, shrinkage: number): number {
  return Math.ceil((agents / (1 - shrinkage)) * (1 - 1e-12));
}

/** What a target or cap that would need more than 10,000,000 agents should have been. */
export function unreachable(field: "targetServiceLevel" | "maxOccupancy", traffic: number): string {
  const what = field === "maxOccupancy" ? "an occupancy cap" : "a service level target";
  return `${what} that at most 10,000,000 agents can meet (the traffic is ${traffic} Erlangs)`;
}
