import { BENCHMARK_DATA, type Benchmark } from "../_lib/benchmarkData.js";
export type { Benchmark };
export type { Direction } from "../_lib/direction.js";

/**
 * Published customer-service benchmarks: a KPI, an optional channel, a level and the threshold
 * that reaches it, with the source of each.
 *
 * @remarks
 * Thresholds are in the library's units: milliseconds for response times, percent (0–100) for
 * CSAT, FCR, abandonment and service level, points for NPS. A benchmark is met when the value is
 * at or past `threshold` in `direction` (inclusive: "85 % or higher", "50 and above"). The list
 * and its entries are frozen. Benchmarks are rules of thumb from vendors and consultancies, not
 * statistics of a defined population: compare your own trend first. docs/kpis/benchmarks.md
 * quotes what each source says, including where sources disagree.
 *
 * Shipped: chat first response ≤ 1 min (excellent); email first response ≤ 1 h (excellent) and
 * ≤ 4 h (good); CSAT ≥ 85 % (strong) and ≥ 75 % (good); NPS ≥ 50 (world-class) and ≥ 0 (good);
 * FCR ≥ 80 % (world-class) and ≥ 70 % (good); phone abandonment ≤ 5 % (good) and ≤ 8 %
 * (industry-standard); phone service level ≥ 80 % within 20 s (common-target).
 *
 * @example
 * ```ts
 * benchmarks.find((b) => b.kpi === "nps")?.threshold; // 50
 * benchmarks.filter((b) => b.kpi === "firstResponseTime" && b.channel === "chat").map((b) => [b.level, b.threshold]);
 * // [["excellent", 60_000]]
 * ```
 * @see SQM Group, CXperts, Chatsy, Stealth Agents, Merren, Creditsafe, CustomerGauge, Convin,
 *   Uniphore, Fonolo: each entry's `source` has the URL; docs/kpis/benchmarks.md.
 * @category Targets
 */
export const benchmarks: readonly Benchmark[] = BENCHMARK_DATA;
