/**
 * Internals shared by `quantile`, `percentiles` and `durationStats` (not exported from the
 * package): the method table, the quantile of an already sorted sample, and the checks.
 *
 * The arithmetic follows numpy 2.x step for step so results agree to the last bit: virtual
 * positions are computed in float64 in numpy's operation order (so `100 * 0.07 - 1` is
 * 6.000000000000001, not 6), and interpolation uses numpy's two-sided lerp.
 *
 * @module
 */
import { checkArray, checkFinite, checkNonNegative, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { QUANTILE_METHODS, type QuantileMethod } from "./methods.js";

/** A method that picks one order statistic: returns its 0-based index (clamped by the caller). */
interface PickRule {
  readonly pick: (n: number, p: number) => number;
}

/**
 * A method that interpolates between the order statistics around a 0-based virtual position.
 * `weight` turns the fractional part of the position into the interpolation weight (default:
 * the fractional part itself).
 */
interface InterpolateRule {
  readonly position: (n: number, p: number) => number;
  readonly weight?: (fraction: number, position: number) => number;
}

type Rule = PickRule | InterpolateRule;

/**
 * Position of Hyndman & Fan's continuous types 4–9 with plotting constants alpha and beta,
 * 0-based: n·p + (alpha + p·(1 − alpha − beta)) − 1, evaluated in exactly this order.
 */
function plottingPosition(alpha: number, beta: number): (n: number, p: number) => number {
  const slope = 1 - alpha - beta;
  return (n, p) => n * p + (alpha + p * slope) - 1;
}

/** Python's `%` for a divisor of 2: 0 or 1, also for negative integers. */
function isOdd(k: number): boolean {
  return ((k % 2) + 2) % 2 === 1;
}

/** Rounds half to even, as numpy's `around` does. */
function roundHalfEven(x: number): number {
  const down = Math.floor(x);
  const fraction = x - down; // exact for doubles
  if (fraction < 0.5) return down;
  if (fraction > 0.5) return down + 1;
  return isOdd(down) ? down + 1 : down;
}

/** The index below `h` when `takeLower(fraction, floor)` holds, else the one above it. */
function boundary(h: number, takeLower: (fraction: number, floor: number) => boolean): number {
  const below = Math.floor(h);
  return takeLower(h - below, below) ? below : below + 1;
}

/** The method table: how each named method turns (n, p) into a value of the sorted sample. */
const RULES: Readonly<Record<QuantileMethod, Rule>> = {
  // Type 1: the empirical CDF inverted; at a jump (whole position) take the lower value.
  inverted_cdf: { pick: (n, p) => boundary(n * p - 1, (g) => g === 0) },
  // Type 2: as type 1, averaging the two neighbours at a whole position.
  averaged_inverted_cdf: { position: (n, p) => n * p - 1, weight: (g) => (g === 0 ? 0.5 : 1) },
  // Type 3: nearest order statistic; at a tie the even (1-based) one, i.e. an odd 0-based index.
  closest_observation: { pick: (n, p) => boundary(n * p - 1 - 0.5, (g, k) => g === 0 && isOdd(k)) },
  interpolated_inverted_cdf: { position: plottingPosition(0, 1) },
  hazen: { position: plottingPosition(0.5, 0.5) },
  weibull: { position: plottingPosition(0, 0) },
  // Type 7 uses (n − 1)·p directly: the same in exact arithmetic, fewer roundings in float.
  linear: { position: (n, p) => (n - 1) * p },
  median_unbiased: { position: plottingPosition(1 / 3, 1 / 3) },
  normal_unbiased: { position: plottingPosition(3 / 8, 3 / 8) },
  lower: { pick: (n, p) => Math.floor((n - 1) * p) },
  higher: { pick: (n, p) => Math.ceil((n - 1) * p) },
  nearest: { pick: (n, p) => roundHalfEven((n - 1) * p) },
  midpoint: {
    position: (n, p) => {
      const h = (n - 1) * p;
      return 0.5 * (Math.floor(h) + Math.ceil(h));
    },
    weight: (_g, position) => (position % 1 === 0 ? 0 : 0.5),
  },
};

/**
 * numpy's lerp: a + (b − a)·t for t < 0.5 and b − (b − a)·(1 − t) otherwise, so that t = 1
 * gives b exactly. When b − a overflows (values near ±1.8e308) the weighted mean is used
 * instead, which stays finite where numpy would return ±Infinity or NaN.
 */
function lerp(a: number, b: number, t: number): number {
  const d = b - a;
  if (!Number.isFinite(d)) return (1 - t) * a + t * b;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

/**
 * The p-quantile of a non-empty, ascending, finite sample by `method`. O(1).
 * The caller has checked `p` (a number in [0, 1]) and `method`.
 */
export function quantileSorted(sorted: Float64Array, p: number, method: QuantileMethod): number {
  return quantileOfRanks(sorted.length, (i) => sorted[i] as number, p, method);
}

/**
 * The p-quantile by `method` of n ≥ 1 values known through `at(i)`, the value of 0-based rank i
 * (ascending in i): one or two calls of `at`. Every method is the value at one rank or a
 * weighted mean of two neighbouring ranks, so when `at` is off by at most α·|x| for each rank
 * (a sketch), the quantile of non-negative values is off by at most α times the exact one.
 */
export function quantileOfRanks(n: number, at: (rank: number) => number, p: number, method: QuantileMethod): number {
  const last = n - 1;
  const rule = RULES[method];
  if ("pick" in rule) {
    // For p ≤ 1 no rule picks past the last rank ((n − 1)·p and n·p − 1 are at most n − 1).
    const i = rule.pick(n, p);
    // Stryker disable next-line EqualityOperator: equivalent, at i = 0 both give rank 0
    return at(i < 0 ? 0 : i);
  }
  const h = rule.position(n, p);
  if (h >= last) return at(last);
  if (h < 0) return at(0);
  const below = Math.floor(h);
  const fraction = h - below;
  const t = rule.weight === undefined ? fraction : rule.weight(fraction, h);
  return lerp(at(below), at(below + 1), t);
}

/**
 * Validates `values` (finite numbers, or finite numbers ≥ 0 with `nonNegative`) and returns an
 * ascending Float64Array copy; the input is never touched. −0 is stored as 0, so no result is
 * ever −0. O(n log n).
 */
export function sortedSample(kpi: string, field: string, values: unknown, nonNegative = false): Float64Array {
  const list = checkArray(kpi, field, values);
  const out = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    out[i] = (nonNegative ? checkNonNegative(kpi, field, list[i], i) : checkFinite(kpi, field, list[i], i)) + 0;
  }
  return out.sort();
}

/** A probability p in [0, 1] (−0 is read as 0). */
export function checkProbability(kpi: string, field: string, value: unknown, index?: number): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    fail(kpi, field, value, "a number from 0 to 1 (0.9 for the 90th percentile)", index);
  }
  return value + 0;
}

/** A list of probabilities, each in [0, 1]. */
export function checkProbabilities(kpi: string, field: string, values: unknown): number[] {
  const list = checkArray(kpi, field, values);
  // Stryker disable next-line ArrayDeclaration: equivalent, every element is set below
  const out = new Array<number>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = checkProbability(kpi, field, list[i], i);
  return out;
}

/** The options bag of the quantile functions: returns the method, default `"linear"`. */
export function checkQuantileMethod(kpi: string, options: unknown): QuantileMethod {
  if (options === undefined) return "linear";
  const method = checkObject(kpi, "options", options).method;
  return method === undefined ? "linear" : checkOneOf(kpi, "options.method", method, QUANTILE_METHODS);
}
