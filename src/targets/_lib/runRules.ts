/**
 * Run rules of Shewhart control charts (Western Electric 1956; Montgomery, Introduction to
 * Statistical Quality Control, §5.3.6): rule 1, a point beyond a control limit; rule 2, eight
 * points in a row on one side of the center line.
 *
 * @module
 */

/** A special-cause signal a point triggers: `"beyond-limits"` (rule 1) or `"run-of-eight"` (rule 2). */
export type ControlChartSignal = "beyond-limits" | "run-of-eight";

/** Every signal name, in rule order. */
export const CONTROL_CHART_SIGNALS: readonly ControlChartSignal[] = /* @__PURE__ */ Object.freeze(["beyond-limits", "run-of-eight"]);

/** Points in a row on one side of the center that make rule 2. */
export const RUN_LENGTH = 8;

/**
 * Signals per point. Rule 1: value < lower or value > upper (a point on a limit is inside).
 * Rule 2: the 8th point of a run strictly on one side of `center` and every later point of
 * that run; a point on the center line ends the run. O(n).
 */
export function runRuleSignals(
  values: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
  center: number,
  rules: ReadonlySet<ControlChartSignal>,
): ControlChartSignal[][] {
  let side = 0;
  let run = 0;
  return values.map((v, i) => {
    const signal: ControlChartSignal[] = [];
    if (rules.has("beyond-limits") && (v < (lower[i] as number) || v > (upper[i] as number))) signal.push("beyond-limits");
    const s = Math.sign(v - center);
    // a point on the center line belongs to no side: it ends a run and starts none
    if (s === 0) run = 0;
    else run = s === side ? run + 1 : 1;
    side = s;
    if (rules.has("run-of-eight") && run >= RUN_LENGTH) signal.push("run-of-eight");
    return signal;
  });
}
