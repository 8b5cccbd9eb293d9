/**
 * The `slaCompliance` accumulator: each ticket evaluated as by evaluateSla against the policy,
 * achieved, breached and active targets counted per metric.
 *
 * @module
 */
import { checkConfidence } from "../../../_lib/check.js";
import { slaComplianceOfCounts, type SlaComplianceResult } from "../../../operations/slaCompliance/slaCompliance.js";
import { slaStatusReader, type SlaTargetStatus } from "../../../tickets/evaluateSla/evaluateSla.js";
import { SLA_METRICS, type SlaMetric, type SlaPolicy } from "../../../tickets/_lib/slaPolicy.js";
import { addCounts, savedCounts, type Accumulator } from "../accumulator.js";
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
  /** The aggregator's time zone. */
  readonly timeZone: string;
}

/** The `slaCompliance` KPI number `position` in the kpis option. */
export function slaAccumulator(column: string, position: number, o: SlaAccumulatorOptions): Accumulator<SlaState, SlaState> {
  const level = checkConfidence("slaCompliance", o.confidence); // (checked by readKpis already)
  const metrics = SLA_METRICS.filter((m) => o.policy.targets.some((t) => t.metric === m));
  const rename = (field: string): string => (field.startsWith("options.") ? kpiOption(position)(field) : recordField(field));
  // The policy is read once, in the aggregator's zone; each ticket is evaluated as read by
  // readRecord (the same validation evaluateSla runs), without the dates evaluateSla adds.
  const statuses = slaStatusReader(o.policy, { now: o.now, timeZone: o.timeZone, excludeAutomated: o.excludeAutomated });
  const create = (): SlaState => {
    const state: SlaState = {};
    for (const m of metrics) state[m] = { achieved: 0, breached: 0, active: 0 };
    return state;
  };
  // the delta: one record's counts, in a state of its own reused from record to record
  const delta = create();
  const count = (metric: SlaMetric, status: SlaTargetStatus): void => {
    (delta[metric] as Tally)[status === "paused" ? "active" : status]++;
  };
  const merge = (into: SlaState, from: SlaState): void => {
    for (const m of metrics) addCounts(into[m] as Tally, from[m] as Tally);
  };
  return {
    kpi: "slaCompliance",
    column,
    create,
    read(view) {
      const ticket = view.ticket;
      if (ticket === null) return undefined;
      for (const m of metrics) {
        const t = delta[m] as Tally;
        t.achieved = t.breached = t.active = 0;
      }
      renamed(view.kpi, () => statuses(ticket, count), rename, view.index, view.id);
      return delta;
    },
    apply(state, from) {
      merge(state, from);
      return 0;
    },
    merge,
    toJSON: (state) => Object.fromEntries(metrics.map((m) => [m, { ...state[m] }])),
    fromJSON: (json, field) => Object.fromEntries(metrics.map((m) => [m, savedCounts((json as Record<string, unknown>)?.[m], `${field}.${m}`, OUTCOMES)])),
    result(state) {
      // from the counts, as slaCompliance would count the outcomes one by one
      const out: Partial<Record<SlaMetric, SlaComplianceResult>> = {};
      for (const m of metrics) {
        const t = state[m] as Tally;
        out[m] = slaComplianceOfCounts(t.achieved, t.breached, t.active, level);
      }
      return out;
    },
  };
}
