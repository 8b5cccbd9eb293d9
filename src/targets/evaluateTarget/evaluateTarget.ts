import { checkFinite, checkObject, fail, isFiniteNumber } from "../../_lib/check.js";
import { checkDirection, improvementOver, type Direction } from "../_lib/direction.js";
import { percent } from "../../_lib/math.js";

/** A target for one KPI: reach `value`, improving in `direction`. */
export interface Target {
  /** The KPI name, e.g. `"firstResponseTime"`; carried for reports, not interpreted. */
  readonly kpi: string;
  /** The target value, in the KPI's units (ms, percent, NPS points). */
  readonly value: number;
  /** Which way the KPI improves: `"higher-is-better"` or `"lower-is-better"`. */
  readonly direction: Direction;
}

/** The result of {@link evaluateTarget}. */
export interface TargetEvaluation {
  /** `true` when the value is at or past the target in its direction. */
  readonly met: boolean;
  /** How far past the target (positive) or short of it (negative), in the KPI's units. */
  readonly gap: number;
  /** `gap` as a percentage of |target|; `null` for a target of 0. */
  readonly gapPercent: number | null;
}

const KPI = "evaluateTarget";

/**
 * Checks a KPI value against a target: met or not, and by how much.
 *
 * @remarks
 * gap = value − target for `"higher-is-better"`, target − value for `"lower-is-better"`, so a
 * positive gap is always "better than the target" and `met` is `gap ≥ 0` (reaching the target
 * exactly meets it). gapPercent = gap / |target| × 100, `null` when the target is 0, or so near
 * 0 (a subnormal such as 5e-324) that the percentage is beyond the largest double. O(1).
 *
 * @param value - The current KPI value.
 * @param target - `{ kpi, value, direction }`.
 * @throws {@link KpiInputError} when `value` is not finite (field `"value"`), `target` is not an
 *   object (`"target"`), `target.kpi` is not a string (`"target.kpi"`), `target.value` is not
 *   finite (`"target.value"`), or `target.direction` is not `"higher-is-better"` or
 *   `"lower-is-better"` (`"target.direction"`); and when the gap is beyond the largest double,
 *   1.8e308 (field `"value"`).
 * @example
 * ```ts
 * evaluateTarget(150_000, { kpi: "firstResponseTime", value: 120_000, direction: "lower-is-better" });
 * // { met: false, gap: -30_000, gapPercent: -25 }
 * evaluateTarget(88, { kpi: "csat", value: 85, direction: "higher-is-better" });
 * // { met: true, gap: 3, gapPercent: 3.5294117647058822 }
 * ```
 * @see Doran, "There's a S.M.A.R.T. way to write management's goals and objectives",
 *   Management Review 70(11), 1981 (measurable targets); docs/guides/targets-and-trends.md.
 * @category Targets
 */
export function evaluateTarget(value: number, target: Target): TargetEvaluation {
  checkFinite(KPI, "value", value);
  const t = checkObject(KPI, "target", target);
  if (typeof t.kpi !== "string") fail(KPI, "target.kpi", t.kpi, "a KPI name such as \"csat\"");
  const goal = checkFinite(KPI, "target.value", t.value);
  const direction = checkDirection(KPI, "target.direction", t.direction);
  const gap = improvementOver(value, goal, direction);
  // Finite in, finite out: a gap or a percentage beyond the largest double has no answer.
  if (!Number.isFinite(gap)) fail(KPI, "value", value, `a value whose gap to the target (${goal}) is finite: the two within 1.8e308 of each other`);
  // A target so near 0 (a subnormal) that the percentage is beyond the doubles has none, as 0.
  const gapPercent = percent(gap, Math.abs(goal));
  return { met: gap >= 0, gap, gapPercent: isFiniteNumber(gapPercent) ? gapPercent : null };
}
