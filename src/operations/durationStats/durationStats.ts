import { checkFinite, checkObject } from "../../_lib/check.js";
import { mean } from "../../_lib/math.js";
import type { QuantileMethod } from "../../stats/quantile/methods.js";
import {
  checkProbabilities,
  checkQuantileMethod,
  quantileSorted,
  sortedSample,
} from "../../stats/quantile/quantileSorted.js";

/** Options of {@link durationStats}. */
export interface DurationStatsOptions {
  /**
   * Probabilities of the percentiles to report, from 0 to 1 (0.9 for the 90th percentile);
   * default `[0.5, 0.9, 0.95]`.
   */
  readonly percentiles?: Iterable<number> | undefined;
  /** The sample-quantile definition, for the percentiles and the median; default `"linear"`. */
  readonly method?: QuantileMethod | undefined;
}

/** The result of {@link durationStats}; every duration in milliseconds. */
export interface DurationStats {
  /** Number of durations. */
  readonly n: number;
  /** Arithmetic mean, or `null` without durations. */
  readonly meanMs: number | null;
  /** The 50th percentile by the chosen method, or `null` without durations. */
  readonly medianMs: number | null;
  /** Shortest duration, or `null` without durations. */
  readonly minMs: number | null;
  /** Longest duration, or `null` without durations. */
  readonly maxMs: number | null;
  /**
   * One entry per requested probability, keyed `"p"` + the percentage (`"p50"`, `"p90"`,
   * `"p99.9"`); `null` values without durations.
   */
  readonly percentiles: Readonly<Record<string, number | null>>;
}

/** The percentiles reported when none are asked for (also by the summaries' sketches). */
export const DEFAULT_PERCENTILES: readonly number[] = [0.5, 0.9, 0.95];

/**
 * The key under which {@link durationStats} reports the percentile of probability `p`.
 *
 * @remarks
 * `"p"` + 100·p written with at most 10 significant digits, so float noise never shows
 * (0.07·100 is 7.000000000000001 in floating point, the key is `"p7"`). Probabilities that
 * differ only past the 10th significant digit of the percentage share a key. Any finite `p`
 * has a key; a `p` that is not a finite number throws {@link KpiInputError} (field `"p"`).
 *
 * @example
 * ```ts
 * percentileKey(0.9); // "p90"
 * percentileKey(0.999); // "p99.9"
 * percentileKey(0.07); // "p7"
 * percentileKey(0); // "p0"
 * percentileKey(1); // "p100"
 * ```
 * @category Operations
 */
export function percentileKey(p: number): string {
  checkFinite("percentileKey", "p", p);
  return `p${String(Number((p * 100).toPrecision(10)))}`;
}

/**
 * Summary of a set of durations (first response times, handle times, resolution times): count,
 * mean, median, minimum, maximum and percentiles such as p90 and p95, in milliseconds.
 *
 * @remarks
 * meanMs = sum of durations / n; medianMs = the 0.5 quantile; percentiles by the chosen
 * `method` (default `"linear"`, Hyndman & Fan type 7, as Excel PERCENTILE.INC, numpy and R).
 * Every duration counts once in every statistic; pass only the items that have the duration
 * (tickets with a first reply, say), since a missing duration is not a zero.
 *
 * Durations are skewed: a few tickets answered after a weekend pull the mean far above what a
 * typical customer waited. Report the median and a high percentile (p90) beside the mean;
 * see docs/kpis/percentiles.md. Percentiles of segments cannot be averaged or merged; compute
 * them again over the pooled durations.
 *
 * The durations are copied and sorted once: O(n log n). The mean uses a compensated sum over
 * the sorted copy, so it does not depend on the order of the input, and is kept within
 * [minMs, maxMs] despite rounding; a sum beyond the largest double (durations near 1.8e308 ms)
 * is summed scaled down, so the mean stays finite (`[9e307, 9e307]` has mean 9e307). A result without durations has `n: 0` and `null`
 * everywhere else, the percentile keys included.
 *
 * @param durationsMs - Durations in milliseconds: finite and ≥ 0, in any order. Not modified.
 * @param options - `percentiles` (probabilities, default `[0.5, 0.9, 0.95]`, repeats allowed)
 *   and `method` (see {@link QUANTILE_METHODS}).
 * @throws {@link KpiInputError} when a duration is negative, `NaN` or infinite (field
 *   `"durationsMs"`, with its index), when a requested percentile is not a number in [0, 1]
 *   (field `"options.percentiles"`, with its index), or when `method` is unknown (field
 *   `"options.method"`).
 * @example
 * ```ts
 * // first response times of 21 tickets, in minutes: the mean (21) is four times the median (5)
 * const minutes = [1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 10, 12, 15, 20, 30, 60, 241];
 * durationStats(minutes.map((m) => m * 60_000));
 * // { n: 21, meanMs: 1_260_000, medianMs: 300_000, minMs: 60_000, maxMs: 14_460_000,
 * //   percentiles: { p50: 300_000, p90: 1_800_000, p95: 3_600_000 } }
 * durationStats([], { percentiles: [0.99] });
 * // { n: 0, meanMs: null, medianMs: null, minMs: null, maxMs: null, percentiles: { p99: null } }
 * ```
 * @see docs/kpis/percentiles.md; Hyndman, R. J. and Fan, Y. (1996), "Sample quantiles in
 *   statistical packages", The American Statistician 50(4):361–365.
 * @category Operations
 */
export function durationStats(durationsMs: Iterable<number>, options: DurationStatsOptions = {}): DurationStats {
  const kpi = "durationStats";
  const sorted = sortedSample(kpi, "durationsMs", durationsMs, true);
  const opts = checkObject(kpi, "options", options);
  const ps =
    opts.percentiles === undefined ? DEFAULT_PERCENTILES : checkProbabilities(kpi, "options.percentiles", opts.percentiles);
  const method = checkQuantileMethod(kpi, opts);
  const n = sorted.length;

  const byKey: Record<string, number | null> = {};
  for (const p of ps) byKey[percentileKey(p)] = n === 0 ? null : quantileSorted(sorted, p, method);
  if (n === 0) return { n, meanMs: null, medianMs: null, minMs: null, maxMs: null, percentiles: byKey };

  const minMs = sorted[0] as number;
  const maxMs = sorted[n - 1] as number;
  const meanMs = mean(sorted);
  return {
    n,
    // Stryker disable next-line EqualityOperator: equivalent, at equality both branches give the same number
    meanMs: meanMs < minMs ? minMs : meanMs > maxMs ? maxMs : meanMs,
    medianMs: quantileSorted(sorted, 0.5, method),
    minMs,
    maxMs,
    percentiles: byKey,
  };
}
