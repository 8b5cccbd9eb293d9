import { percent, sum, weightedMean } from "../../_lib/math.js";
import type { StaffingFields } from "../_lib/staffing.js";

/** The totals of a `staffingTable`, over all its intervals. */
export interface StaffingTotals {
  /** Calls forecast over all intervals. */
  readonly calls: number;
  /** Handle time the calls bring: Σ calls × ahtMs, ms. */
  readonly workloadMs: number;
  /** Agent time to staff on the phones: Σ agents × intervalMs, ms (÷ 3,600,000 for agent hours). */
  readonly agentMs: number;
  /** Paid agent time to schedule, shrinkage included: Σ scheduledAgents × intervalMs, ms. */
  readonly scheduledAgentMs: number;
  /** The most agents any interval needs on the phones. */
  readonly peakAgents: number;
  /** The most agents any interval needs scheduled. */
  readonly peakScheduledAgents: number;
  /** Service level over all calls, percent: Σ calls × serviceLevel / Σ calls; `null` without calls. */
  readonly serviceLevel: number | null;
  /** ASA over all answered calls, ms (rows weighted by answered calls); `null` without calls. */
  readonly asaMs: number | null;
  /** Answered workload as a percentage of `agentMs`; `null` when no agent is needed. */
  readonly occupancy: number | null;
}

/** {@link StaffingTotals} under Erlang A (`patienceMs` given). */
export interface StaffingTotalsWithAbandonment extends StaffingTotals {
  /** Share of all calls that abandon, 0–1: Σ calls × probabilityOfAbandon / Σ calls; `null` without calls. */
  readonly probabilityOfAbandon: number | null;
}

interface TotalsRow extends StaffingFields {
  readonly calls: number;
  readonly ahtMs: number;
}

/** Totals of staffing rows; pooled rates weight each row by its calls (or answered calls). */
export function staffingTotals(rows: readonly TotalsRow[], intervalMs: number, abandonment: boolean): StaffingTotals | StaffingTotalsWithAbandonment {
  const total = (f: (row: TotalsRow) => number): number => sum(rows.map(f));
  // Means weighted by calls (or answered calls), finite whatever the weights: see weightedMean.
  const mean = (weight: (row: TotalsRow) => number, value: (row: TotalsRow) => number): number => weightedMean(rows.map(weight), rows.map(value));
  const callsOf = (row: TotalsRow): number => row.calls;
  const answered = (row: TotalsRow): number => row.calls * (1 - (row.probabilityOfAbandon ?? 0));
  const calls = total(callsOf);
  const answeredCalls = total(answered);
  const agentMs = total((row) => row.agents * intervalMs);
  const totals: StaffingTotals = {
    calls,
    workloadMs: total((row) => row.calls * row.ahtMs),
    agentMs,
    scheduledAgentMs: total((row) => row.scheduledAgents * intervalMs),
    peakAgents: rows.reduce((peak, row) => Math.max(peak, row.agents), 0),
    peakScheduledAgents: rows.reduce((peak, row) => Math.max(peak, row.scheduledAgents), 0),
    serviceLevel: calls === 0 ? null : Math.min(100, mean(callsOf, (row) => row.serviceLevel)),
    asaMs: answeredCalls === 0 ? null : mean(answered, (row) => row.asaMs),
    // percent has no value for 0 agent time
    occupancy: percent(total((row) => answered(row) * row.ahtMs), agentMs),
  };
  if (!abandonment) return totals;
  return { ...totals, probabilityOfAbandon: calls === 0 ? null : mean(callsOf, (row) => row.probabilityOfAbandon as number) };
}
