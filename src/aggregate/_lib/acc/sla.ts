/**
 * The `slaCompliance` accumulator: each ticket evaluated as by evaluateSla against the policy,
 * achieved, breached and active targets counted per metric.
 *
 * @module
 */
import { slaCompliance, type SlaOutcome } from "../../../operations/slaCompliance/slaCompliance.js";
import { slaEvaluator, type SlaTargetEvaluation } from "../../../tickets/evaluateSla/evaluateSla.js";
import { SLA_METRICS, type SlaMetric, type SlaPolicy } from "../../../tickets/_lib/slaPolicy.js";
import type { Ticket } from "../../../tickets/_lib/ticket.js";
import { addCounts, resetCounts, savedCounts, type Accumulator } from "../accumulator.js";
import { kpiOption, recordField, renamed } from "../errors.js";

type Tally = Record<"achieved" | "breached" | "active", number>;
type SlaState = Partial<Record<SlaMetric, Tally>>;

const OUTCOMES = ["achieved", "breached", "active"] as const;

/** Options of the accumulator: validated, `now` as epoch ms. */
export interface SlaAccumulatorOptions {
  readonly policy: SlaPolicy;
  readonly now: number | undefined;
  readonly confidence: number | undefined;
  readonly excludeAutomated: boolean | undefined;
}

/** The `slaCompliance` KPI number `position` in the kpis option. */
export function slaAccumulator(column: string, position: number, o: SlaAccumulatorOptions): Accumulator<SlaState> {
  const metrics = SLA_METRICS.filter((m) => o.policy.targets.some((t) => t.metric === m));
  const rename = (field: string): string => (field.startsWith("options.") ? kpiOption(position)(field) : recordField(field));
  // the policy read once per time zone (an aggregator has one), not once per ticket
  const evaluators = new Map<string, (ticket: Ticket) => SlaTargetEvaluation[]>();
  const evaluatorFor = (timeZone: string): ((ticket: Ticket) => SlaTargetEvaluation[]) => {
    let evaluate = evaluators.get(timeZone);
    if (evaluate === undefined) {
      evaluate = slaEvaluator(o.policy, { now: o.now, timeZone, excludeAutomated: o.excludeAutomated });
      evaluators.set(timeZone, evaluate);
    }
    return evaluate;
  };
  return {
    kpi: "slaCompliance",
    column,
    create: () => {
      const state: SlaState = {};
      for (const m of metrics) state[m] = { achieved: 0, breached: 0, active: 0 };
      return state;
    },
    reset(state) {
      for (const m of metrics) resetCounts(state[m] as Tally);
    },
    add(state, view) {
      if (view.ticket === null) return;
      const entries = renamed(view.kpi, () => evaluatorFor(view.timeZone)(view.effective as unknown as Ticket), rename, view.index, view.id);
      for (const e of entries) (state[e.metric] as Tally)[e.status === "paused" ? "active" : e.status]++;
    },
    merge(into, from) {
      for (const m of metrics) addCounts(into[m] as Tally, from[m] as Tally);
    },
    toJSON: (state) => Object.fromEntries(metrics.map((m) => [m, { ...state[m] }])),
    fromJSON: (json, field) => Object.fromEntries(metrics.map((m) => [m, savedCounts((json as Record<string, unknown>)?.[m], `${field}.${m}`, OUTCOMES)])),
    result(state) {
      const out: Partial<Record<SlaMetric, ReturnType<typeof slaCompliance>>> = {};
      for (const m of metrics) {
        const t = state[m] as Tally;
        const outcomes: SlaOutcome[] = [];
        for (const status of OUTCOMES) for (let k = 0; k < t[status]; k++) outcomes.push(status);
        out[m] = slaCompliance(outcomes, { confidence: o.confidence });
      }
      return out;
    },
  };
}
