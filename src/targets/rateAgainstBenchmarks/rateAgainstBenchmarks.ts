import { checkArray, checkFinite, checkObject, fail, isFiniteNumber } from "../../_lib/check.js";
import { BENCHMARK_DATA, type Benchmark } from "../_lib/benchmarkData.js";
import { checkDirection, improvementOver } from "../_lib/direction.js";

/** Options of {@link rateAgainstBenchmarks}. */
export interface RateAgainstBenchmarksOptions {
  /** The channel of the value (`"chat"`, `"email"` …); channel-specific benchmarks need it. */
  readonly channel?: string | undefined;
  /** Benchmarks to rate against instead of the shipped {@link benchmarks}. */
  readonly benchmarks?: readonly Benchmark[] | undefined;
}

/** The result of {@link rateAgainstBenchmarks}: the best level met and its benchmark. */
export interface BenchmarkRating {
  /** The KPI name that was rated, as passed in. */
  readonly kpi: string;
  /** The value that was rated, in the library's units (ms, percent, NPS points). */
  readonly value: number;
  /** The level of the best benchmark met, e.g. `"excellent"`. */
  readonly level: string;
  /** The best benchmark the value meets, with its threshold and source. */
  readonly benchmark: Benchmark;
}

const KPI = "rateAgainstBenchmarks";

/**
 * Rates a KPI value against published benchmarks: the best level it meets, with the benchmark.
 *
 * @remarks
 * Candidates are the benchmarks of `kpi` with no channel, plus those whose channel equals
 * `options.channel` (a chat benchmark never rates an email value, and without a channel the
 * channel-specific ones are skipped). A benchmark is met when the value is at or past its
 * threshold (≤ for lower-is-better, ≥ for higher-is-better). Of those met, the best is the
 * strictest threshold (the first listed of equal ones). `null` when none is met or there is no benchmark for the KPI. O(b).
 *
 * @param kpi - The KPI name as in {@link benchmarks} (`"csat"`, `"firstResponseTime"` …).
 * @param value - The value in the library's units (ms, percent, NPS points).
 * @throws {@link KpiInputError} when `kpi` is not a string (field `"kpi"`), `value` is not
 *   finite (`"value"`), `options.channel` is not a string (`"options.channel"`), or a custom
 *   benchmark is malformed (`"options.benchmarks"`, with its index).
 * @example
 * ```ts
 * rateAgainstBenchmarks("firstResponseTime", 45_000, { channel: "chat" })?.level; // "excellent"
 * rateAgainstBenchmarks("firstResponseTime", 3 * 3_600_000, { channel: "email" })?.level; // "good"
 * rateAgainstBenchmarks("csat", 88)?.level; // "strong"
 * rateAgainstBenchmarks("csat", 60); // null
 * ```
 * @see docs/kpis/benchmarks.md for every benchmark and its source.
 * @category Targets
 */
export function rateAgainstBenchmarks(kpi: string, value: number, options: RateAgainstBenchmarksOptions = {}): BenchmarkRating | null {
  if (typeof kpi !== "string") fail(KPI, "kpi", kpi, "a KPI name such as \"csat\"");
  checkFinite(KPI, "value", value);
  const opts = checkObject(KPI, "options", options);
  const channel = opts.channel;
  if (channel !== undefined && typeof channel !== "string") fail(KPI, "options.channel", channel, "a channel name such as \"chat\"");
  const list = opts.benchmarks === undefined ? BENCHMARK_DATA : checkArray(KPI, "options.benchmarks", opts.benchmarks);
  let best: Benchmark | null = null;
  list.forEach((entry, i) => {
    const b = checkObject(KPI, "options.benchmarks", entry, i) as unknown as Benchmark;
    if (typeof b.kpi !== "string" || typeof b.level !== "string" || !isFiniteNumber(b.threshold)) {
      fail(KPI, "options.benchmarks", entry, "a benchmark { kpi, level, threshold, direction, source }", i);
    }
    const direction = checkDirection(KPI, "options.benchmarks.direction", b.direction);
    if (b.kpi !== kpi || (b.channel !== undefined && b.channel !== channel)) return;
    if (improvementOver(value, b.threshold, direction) < 0) return;
    if (best === null || improvementOver(b.threshold, best.threshold, direction) > 0) best = b;
  });
  const found = best as Benchmark | null;
  return found === null ? null : { kpi, value, level: found.level, benchmark: found };
}
