import { checkFinite, checkNonNegative, checkObject } from "../../_lib/check.js";

/** The KPIs {@link kpiBalance} compares; every field optional, in the library's units. */
export interface KpiSnapshot {
  /** Average handle time, ms. */
  readonly handleTimeMs?: number | undefined;
  /** First-contact resolution, percent. */
  readonly fcr?: number | undefined;
  /** CSAT, percent. */
  readonly csat?: number | undefined;
  /** Survey response rate, percent. */
  readonly responseRate?: number | undefined;
  /** First reply time, ms. */
  readonly firstReplyMs?: number | undefined;
  /** Share of first replies that were automated, percent. */
  readonly automatedFirstReplyShare?: number | undefined;
}

/** Options of {@link kpiBalance}: how large a change must be to count. */
export interface KpiBalanceOptions {
  /** Percentage points a rate (fcr, csat, responseRate, automatedFirstReplyShare) must move by, strictly more than; default 1. */
  readonly ratePoints?: number | undefined;
  /** Percent of its previous value a time (handleTimeMs, firstReplyMs) must move by, strictly more than; default 5. */
  readonly durationPercent?: number | undefined;
}

/** The codes of {@link kpiBalance} warnings. */
export type KpiBalanceCode = "handle-time-down-fcr-down" | "handle-time-down-csat-down" | "csat-up-response-rate-down" | "first-reply-down-automation-up";

/** One warning: an improvement that came with a loss elsewhere, with the numbers behind it. */
export interface KpiBalanceWarning {
  /** Which rule fired, e.g. `"handle-time-down-fcr-down"`. */
  readonly code: KpiBalanceCode;
  /** A plain-English explanation of the warning. */
  readonly message: string;
  /** The two KPIs' values in the current snapshot, in the library's units. */
  readonly current: Partial<Record<keyof KpiSnapshot, number>>;
  /** The two KPIs' values in the previous snapshot, in the library's units. */
  readonly previous: Partial<Record<keyof KpiSnapshot, number>>;
}

type Key = keyof KpiSnapshot;
const KPI = "kpiBalance";
const KEYS: readonly Key[] = ["handleTimeMs", "fcr", "csat", "responseRate", "firstReplyMs", "automatedFirstReplyShare"];
const DURATIONS = new Set<Key>(["handleTimeMs", "firstReplyMs"]);
const RULES: readonly { code: KpiBalanceCode; better: Key; betterWay: -1 | 1; worse: Key; worseWay: -1 | 1; message: string }[] = [
  { code: "handle-time-down-fcr-down", better: "handleTimeMs", betterWay: -1, worse: "fcr", worseWay: -1, message: "Handle time fell while first-contact resolution fell: shorter contacts may be leaving issues unresolved." },
  { code: "handle-time-down-csat-down", better: "handleTimeMs", betterWay: -1, worse: "csat", worseWay: -1, message: "Handle time fell while CSAT fell: customers may feel rushed." },
  { code: "csat-up-response-rate-down", better: "csat", betterWay: 1, worse: "responseRate", worseWay: -1, message: "CSAT rose while the survey response rate fell: the rise may come from who answers, not from better service." },
  { code: "first-reply-down-automation-up", better: "firstReplyMs", betterWay: -1, worse: "automatedFirstReplyShare", worseWay: 1, message: "First reply time fell while automated first replies rose: the gain may be automation, not agents answering sooner." },
];

/**
 * Warns when one KPI improves at another's cost between two periods: handle time down while FCR
 * or CSAT falls; CSAT up while the survey response rate falls; first reply time down while the
 * share of automated first replies rises.
 *
 * @remarks
 * A change counts when it is strictly larger than the tolerance: `ratePoints` percentage points
 * for rates (default 1) and `durationPercent` percent of the previous value for times (default
 * 5 %). A rule is checked only when both of its KPIs are present in both snapshots. Each warning
 * carries both KPIs' current and previous values. No warnings for identical snapshots, or when
 * both KPIs move the same (good or bad) way. O(1).
 *
 * @throws {@link KpiInputError} when a snapshot is not an object (field `"current"` or
 *   `"previous"`), a present KPI is not finite (`"current.csat"` …), or a tolerance is not a
 *   finite number ≥ 0 (`"options.ratePoints"`, `"options.durationPercent"`).
 * @example
 * ```ts
 * kpiBalance({ handleTimeMs: 240_000, fcr: 68 }, { handleTimeMs: 300_000, fcr: 74 });
 * // { warnings: [{ code: "handle-time-down-fcr-down", message: "Handle time fell while …",
 * //   current: { handleTimeMs: 240_000, fcr: 68 }, previous: { handleTimeMs: 300_000, fcr: 74 } }] }
 * kpiBalance({ csat: 90, responseRate: 20 }, { csat: 89.5, responseRate: 30 }); // { warnings: [] }
 * ```
 * @see SQM Group, "Call Center Metrics and World-Class Targets" (FCR, CSAT and AHT move
 *   together); Goodhart's law on targets; docs/guides/targets-and-trends.md.
 * @category Targets
 */
export function kpiBalance(current: KpiSnapshot, previous: KpiSnapshot, options: KpiBalanceOptions = {}): {
  /** One warning per rule that fired; `[]` when none did. */
  warnings: KpiBalanceWarning[];
} {
  const read = (field: "current" | "previous", snapshot: unknown): Partial<Record<Key, number>> => {
    const o = checkObject(KPI, field, snapshot);
    const out: Partial<Record<Key, number>> = {};
    for (const k of KEYS) if (o[k] !== undefined) out[k] = checkFinite(KPI, `${field}.${k}`, o[k]);
    return out;
  };
  const cur = read("current", current);
  const prev = read("previous", previous);
  const opts = checkObject(KPI, "options", options);
  const tolerance = (name: string, fallback: number): number => {
    return opts[name] === undefined ? fallback : checkNonNegative(KPI, `options.${name}`, opts[name]);
  };
  const points = tolerance("ratePoints", 1);
  const percent = tolerance("durationPercent", 5);
  /** +1 up, −1 down, 0 within tolerance. */
  const moved = (k: Key): number => {
    const delta = (cur[k] as number) - (prev[k] as number);
    const limit = DURATIONS.has(k) ? (Math.abs(prev[k] as number) * percent) / 100 : points;
    return Math.abs(delta) > limit ? Math.sign(delta) : 0;
  };
  const warnings: KpiBalanceWarning[] = [];
  for (const r of RULES) {
    // Stryker disable next-line ConditionalExpression,MethodExpression,ArrayDeclaration,ArrowFunction,LogicalOperator: equivalent, a missing value moves by NaN, which is no move, and every rule needs two moves; the line says so plainly
    if ([r.better, r.worse].some((k) => cur[k] === undefined || prev[k] === undefined)) continue;
    if (moved(r.better) === r.betterWay && moved(r.worse) === r.worseWay) {
      warnings.push({ code: r.code, message: r.message, current: { [r.better]: cur[r.better], [r.worse]: cur[r.worse] }, previous: { [r.better]: prev[r.better], [r.worse]: prev[r.worse] } });
    }
  }
  return { warnings };
}
