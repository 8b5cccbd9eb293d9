/**
 * The `slaCompliance` KPI of summarize: each ticket evaluated as by evaluateSla against a policy,
 * achieved, breached and active targets counted per metric, slaCompliance per metric.
 *
 * @module
 */
import { checkConfidence, fail } from "../../_lib/check.js";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { slaComplianceOfCounts, type SlaComplianceResult } from "../../operations/slaCompliance/slaCompliance.js";
import type { ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";
import { slaStatusReader, type SlaTargetStatus } from "../../tickets/evaluateSla/evaluateSla.js";
import { readPolicy, SLA_METRICS, type SlaMetric, type SlaPolicy } from "../../tickets/evaluateSla/policy.js";
import { recordField, renamed } from "../_lib/errors.js";
import { addCounts, checkNone, checkRecords, savedCounts, type KpiDescriptor, type Within } from "../_lib/kpi.js";
import type { RecordView } from "../_lib/view.js";

/** Options of the `slaCompliance` KPI of {@link summarize}. */
export interface SlaKpiOptions extends ConfidenceOptions {
  /** The SLA policy each ticket is evaluated against with `evaluateSla`. */
  readonly policy: SlaPolicy;
  /** The time of the report: required when a target is still running. */
  readonly now?: TimestampInput | undefined;
  /** As in `evaluateSla` (default `true`). */
  readonly excludeAutomated?: boolean | undefined;
}

/** The result of the `slaCompliance` KPI: {@link slaCompliance} per metric of the policy. */
export type SlaKpiResult = Readonly<Partial<Record<SlaMetric, SlaComplianceResult>>>;

type Tally = Record<"achieved" | "breached" | "active", number>;
type SlaState = Partial<Record<SlaMetric, Tally>>;

const OUTCOMES = ["achieved", "breached", "active"] as const;
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/**
 * The saved outcomes of `metric`, checked: a ticket has at most one target of a metric (next
 * reply aside: one per wait), and without `now` no target is still running (or paused).
 */
function savedTally(json: unknown, field: string, metric: SlaMetric, withNow: boolean, within: Within): Tally {
  const t = savedCounts(json, field, OUTCOMES);
  if (metric !== "next-reply") checkRecords(field, t.achieved + t.breached + t.active, within, ["tickets"], "no", "achieved + breached + active");
  if (!withNow) checkNone(`${field}.active`, t.active, "without options.now every target has ended (a running one needs now)");
  return t;
}

/**
 * `slaCompliance`: every ticket evaluated against `policy` as {@link evaluateSla} does, at `now`
 * (required while a target runs), in the aggregator's time zone; per metric of the policy,
 * {@link slaCompliance} of the outcomes (paused targets count as active). Options `policy`
 * (required), `now`, `excludeAutomated`, `confidence`.
 */
export const slaComplianceKpi: KpiDescriptor<SlaKpiOptions, SlaKpiResult> = {
  options: ["policy", "now", "confidence", "excludeAutomated"],
  setup(options, { timeZone, optionField }) {
    if (options.policy === undefined) fail("slaCompliance", "options.policy", undefined, "an SLA policy { targets, calendar?, pauseOn? }");
    readPolicy("slaCompliance", options.policy);
    const level = checkConfidence("slaCompliance", options.confidence);
    const { excludeAutomated } = options;
    if (excludeAutomated !== undefined && typeof excludeAutomated !== "boolean") fail("slaCompliance", "options.excludeAutomated", excludeAutomated, "true, false or undefined");
    const now = options.now === undefined ? undefined : toEpochMs(options.now, timeZone, { kpi: "slaCompliance", field: "options.now" });
    // saved as JSON gives it back: the policy through a round trip, now as epoch ms
    const policy = json(options.policy) as SlaPolicy;
    const saved = { ...options, policy, ...(now === undefined ? {} : { now }) };
    const metrics = SLA_METRICS.filter((m) => policy.targets.some((t) => t.metric === m));
    // The policy is read once, in the aggregator's zone; each ticket is evaluated as the view
    // read it (the same validation evaluateSla runs), with the view's status history, without
    // the dates evaluateSla adds.
    const statuses = slaStatusReader(policy, { now, timeZone, excludeAutomated });
    const rename = (field: string): string => (field.startsWith("options.") ? optionField(field) : recordField(field));
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
    let view: RecordView;
    const historyOf = () => view.history;
    const merge = (into: SlaState, from: SlaState): void => {
      for (const m of metrics) addCounts(into[m] as Tally, from[m] as Tally);
    };
    return {
      saved,
      create,
      read(record) {
        const ticket = record.ticket;
        if (ticket === null) return undefined;
        for (const m of metrics) {
          const t = delta[m] as Tally;
          t.achieved = t.breached = t.active = 0;
        }
        view = record;
        renamed(record.kpi, () => statuses(ticket, historyOf, count), rename, record.index, record.id);
        return delta;
      },
      apply(state, from) {
        merge(state, from);
        return 0;
      },
      merge,
      toJSON: (state) => Object.fromEntries(metrics.map((m) => [m, { ...state[m] }])),
      fromJSON: (saved, field, within) => Object.fromEntries(metrics.map((m) => [m, savedTally((saved as Record<string, unknown> | null)?.[m], `${field}.${m}`, m, now !== undefined, within)])),
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
  },
};
