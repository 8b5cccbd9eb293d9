import { checkArray, checkCount, checkFinite, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { proportionLimits, xmrLimits, type Limits } from "../_lib/chartLimits.js";
import { CONTROL_CHART_SIGNALS, runRuleSignals, type ControlChartSignal } from "../_lib/runRules.js";

export type { ControlChartSignal };

/** Chart types of {@link controlChart}. */
export type ControlChartType = "xmr" | "p" | "laney-p";

/** One subgroup of a p or Laney p′ chart: `successes` (defectives, breaches …) out of `n`. */
export interface ProportionSubgroup {
  /** Number of successes (defectives, breaches …) in the subgroup, a whole number ≤ `n`. */
  readonly successes: number;
  /** Subgroup size, a whole number ≥ 1. */
  readonly n: number;
}

/** Options of {@link controlChart}. */
export interface ControlChartOptions<T extends ControlChartType> {
  /** `"xmr"` (individuals), `"p"` or `"laney-p"`. */
  readonly type: T;
  /** Run rules to apply; default both, `[]` for limits only. */
  readonly rules?: readonly ControlChartSignal[] | undefined;
}

/** One plotted point: its value, its limits, and the rules it triggers (`[]` for none). */
export interface ControlChartPoint {
  /** The plotted value: the point itself (xmr) or its proportion in percent (p, laney-p). */
  readonly value: number;
  /** Lower control limit at this point; `null` with too few points. */
  readonly lower: number | null;
  /** Upper control limit at this point; `null` with too few points. */
  readonly upper: number | null;
  /** The run rules this point triggers, `[]` for none. */
  readonly signal: ControlChartSignal[];
}

/** The result of {@link controlChart}. p-chart values, center and limits are percent (0–100). */
export interface ControlChartResult {
  /** The chart type: `"xmr"`, `"p"` or `"laney-p"`. */
  readonly type: ControlChartType;
  /** Number of points. */
  readonly n: number;
  /** Center line: the mean (xmr) or the pooled proportion Σx/Σn in percent; `null` with too few points. */
  readonly center: number | null;
  /** One entry per input point, in input order. */
  readonly points: ControlChartPoint[];
  /** MR̄: mean moving range of the values (xmr) or of the z-scores (laney-p); otherwise `null`. */
  readonly movingRange: number | null;
  /** Upper limit of the moving-range chart, 3.267·MR̄ (xmr only). */
  readonly movingRangeUpper: number | null;
  /** σ_z = MR̄(z)/1.128 (laney-p only; `null` when p̄ is 0 or 100 %). */
  readonly sigmaZ: number | null;
  /** `"too-few-points"` (xmr and laney-p need 2, p needs 1), otherwise `null`. */
  readonly reason: "too-few-points" | null;
}

const KPI = "controlChart";

function readRules(value: unknown): Set<ControlChartSignal> {
  if (value === undefined) return new Set(CONTROL_CHART_SIGNALS);
  const list = checkArray(KPI, "options.rules", value);
  return new Set(list.map((r, i) => checkOneOf(KPI, "options.rules", r, CONTROL_CHART_SIGNALS, i)));
}

/**
 * Shewhart control chart with run rules: XmR (individuals), p, or Laney p′ (Minitab's).
 *
 * @remarks
 * xmr: center x̄, limits x̄ ± 2.66·MR̄ with MR̄ = Σ|xᵢ − xᵢ₋₁|/(n − 1) (2.66 = 3/d₂, d₂ = 1.128);
 * the moving-range chart's upper limit is 3.267·MR̄. p: center p̄ = Σxᵢ/Σnᵢ, limits
 * p̄ ± 3·√(p̄(1 − p̄)/nᵢ) per point, clamped to [0, 1]. laney-p: zᵢ = (pᵢ − p̄)/σᵢ,
 * σ_z = MR̄(z)/1.128, limits p̄ ± 3·σᵢ·σ_z (Laney 2002; Minitab): it widens limits that
 * over-dispersion (large subgroups, varying days) makes too narrow, and narrows them on
 * under-dispersion. p-chart values, center and limits are percent, like every rate here.
 *
 * Signals: `"beyond-limits"` (rule 1: a point above the upper or below the lower limit) and
 * `"run-of-eight"` (rule 2: the 8th consecutive point on one side of the center, and each
 * further point of that run). Order matters only through position: moving ranges and runs
 * read neighbours; the center (and p-chart limits) do not depend on order. O(n).
 *
 * @param points - Values (xmr) or `{ successes, n }` subgroups (p, laney-p), in time order.
 * @throws {@link KpiInputError} for an unknown `type` or rule, a non-finite value, a count that is
 *   not a whole number, `n` < 1 or `successes` > `n` (fields `"points"`, `"points.successes"`, `"points.n"`),
 *   a hole in `points` (field `"points"` with its index), or xmr values so far apart (near
 *   ±1.8e308) that the limits overflow (field `"points"`; values within ±2.7e307 never do).
 * @example
 * ```ts
 * controlChart([10, 12, 11, 13], { type: "xmr" });
 * // center 11.5, movingRange 5/3, limits 11.5 ∓ 2.66·5/3 = 7.0667 … 15.9333, every signal []
 * controlChart([{ successes: 5, n: 50 }, { successes: 15, n: 50 }], { type: "p" }).center; // 20 (percent)
 * ```
 * @see Montgomery, Introduction to Statistical Quality Control, ch. 6–7; NIST/SEMATECH
 *   e-Handbook §6.3.2; Minitab, "Methods and formulas for Laney P′ Chart";
 *   docs/guides/trends-and-control-charts.md.
 * @category Trends
 */
export function controlChart(points: Iterable<number>, options: ControlChartOptions<"xmr">): ControlChartResult;
export function controlChart(points: Iterable<ProportionSubgroup>, options: ControlChartOptions<"p" | "laney-p">): ControlChartResult;
export function controlChart(points: Iterable<number> | Iterable<ProportionSubgroup>, options: ControlChartOptions<ControlChartType>): ControlChartResult {
  const opts = checkObject(KPI, "options", options);
  const type = checkOneOf(KPI, "options.type", opts.type, ["xmr", "p", "laney-p"] as const);
  const rules = readRules(opts.rules);
  const list = checkArray(KPI, "points", points);
  let limits: Limits | null = null;
  let values: number[];
  if (type === "xmr") {
    values = list.map((v, i) => checkFinite(KPI, "points", v, i));
    if (values.length >= 2) {
      limits = xmrLimits(values);
      // Finite in, finite out: limits beyond the largest double have no answer.
      if (![limits.movingRangeUpper as number, ...limits.lower, ...limits.upper].every(Number.isFinite)) {
        fail(KPI, "points", list, "values whose control limits (center ± 2.66·MR̄, 3.267·MR̄) are finite: values within ±2.7e307 always are");
      }
    }
  } else {
    const xs: number[] = [];
    const ns: number[] = [];
    list.forEach((p, i) => {
      const o = checkObject(KPI, "points", p, i);
      const n = checkCount(KPI, "points.n", o.n, i);
      if (n < 1) fail(KPI, "points.n", n, "a whole number ≥ 1", i);
      const x = checkCount(KPI, "points.successes", o.successes, i);
      if (x > n) fail(KPI, "points.successes", x, `at most n (${n})`, i);
      xs.push(x);
      ns.push(n);
    });
    values = xs.map((x, i) => (x * 100) / (ns[i] as number));
    if (xs.length >= (type === "p" ? 1 : 2)) limits = proportionLimits(xs, ns, type === "laney-p");
  }
  if (limits === null) {
    const bare = values.map((value) => ({ value, lower: null, upper: null, signal: [] }));
    return { type, n: values.length, center: null, points: bare, movingRange: null, movingRangeUpper: null, sigmaZ: null, reason: "too-few-points" };
  }
  const { center, lower, upper } = limits;
  const signals = runRuleSignals(limits.values, lower, upper, center, rules);
  return {
    type,
    n: values.length,
    center,
    points: limits.values.map((value, i) => ({ value, lower: lower[i] as number, upper: upper[i] as number, signal: signals[i] as ControlChartSignal[] })),
    movingRange: limits.movingRange,
    movingRangeUpper: limits.movingRangeUpper,
    sigmaZ: limits.sigmaZ,
    reason: null,
  };
}
