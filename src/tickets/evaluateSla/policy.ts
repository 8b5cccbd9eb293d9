/**
 * SLA policies: their validation, and the choice of the target that applies to a ticket.
 *
 * @module
 */
import { checkArray, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import type { BusinessCalendar, BusinessCalendarDefinition } from "../../time/businessCalendar/businessCalendar.js";
import { readMeasure, type Measure } from "../_lib/clock.js";
import { TICKET_STATUSES, type TicketStatus } from "../../records/ticket.js";

/** The metrics an SLA target can measure. */
export const SLA_METRICS = /* @__PURE__ */ Object.freeze(["first-reply", "next-reply", "resolution", "requester-wait"] as const);
/** An SLA metric: `"first-reply"`, `"next-reply"`, `"resolution"` or `"requester-wait"`. */
export type SlaMetric = (typeof SLA_METRICS)[number];

/** One target of an {@link SlaPolicy}: a metric, the time allowed, and whom it applies to. */
export interface SlaTarget {
  /** What is measured. */
  readonly metric: SlaMetric;
  /** Time allowed, in ms (business ms when the policy has a calendar): a finite number > 0. */
  readonly targetMs: number;
  /** Applies only to tickets of this priority (exact match); absent: any priority. */
  readonly priority?: string | undefined;
  /** Applies only to tickets of this channel (exact match); absent: any channel. */
  readonly channel?: string | undefined;
}

/** An SLA policy for {@link evaluateSla}. */
export interface SlaPolicy {
  /** The targets; for each metric the most specific one that matches a ticket applies. */
  readonly targets: readonly SlaTarget[];
  /** Count time in business hours (see `businessCalendar`); default: wall-clock time. */
  readonly calendar?: BusinessCalendar | BusinessCalendarDefinition | undefined;
  /** Statuses that pause the resolution clock; default `["pending"]`. */
  readonly pauseOn?: readonly TicketStatus[] | undefined;
}

/** A validated target. */
export interface ReadTarget {
  readonly metric: SlaMetric;
  readonly targetMs: number;
  readonly priority: string | null;
  readonly channel: string | null;
}

/** A validated policy. */
export interface ReadPolicy {
  readonly targets: readonly ReadTarget[];
  readonly measure: Measure;
  readonly pauseOn: ReadonlySet<TicketStatus>;
}

function condition(kpi: string, field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value.length === 0) fail(kpi, field, value, "a non-empty string, or absent to match every ticket");
  return value;
}

/**
 * Checks that `value` is an SLA policy as {@link readPolicy} reads it, for callers that hold
 * parsed JSON (a policy file): afterwards it is typed as one. Throws what readPolicy throws.
 */
export function assertSlaPolicy(kpi: string, value: unknown): asserts value is SlaPolicy {
  readPolicy(kpi, value);
}

/**
 * Validates a policy: each target's metric, `targetMs` (finite, > 0), `priority` and `channel`;
 * no two targets with the same metric, priority and channel (which one would apply?); `pauseOn`
 * statuses; the calendar.
 */
export function readPolicy(kpi: string, policy: unknown): ReadPolicy {
  const p = checkObject(kpi, "policy", policy);
  const list = checkArray(kpi, "policy.targets", p.targets);
  const seen = new Map<string, number>();
  const targets = list.map((raw, i): ReadTarget => {
    const t = checkObject(kpi, "policy.targets", raw, i);
    const metric = checkOneOf(kpi, `policy.targets[${i}].metric`, t.metric, SLA_METRICS);
    const targetMs = t.targetMs;
    if (typeof targetMs !== "number" || !(targetMs > 0 && targetMs < Number.POSITIVE_INFINITY)) {
      fail(kpi, `policy.targets[${i}].targetMs`, targetMs, "a finite number of ms > 0");
    }
    const target = { metric, targetMs, priority: condition(kpi, `policy.targets[${i}].priority`, t.priority), channel: condition(kpi, `policy.targets[${i}].channel`, t.channel) };
    const key = JSON.stringify([metric, target.priority, target.channel]);
    const twin = seen.get(key);
    if (twin !== undefined) fail(kpi, "policy.targets", raw, `a target whose metric, priority and channel differ from policy.targets[${twin}]`, i);
    seen.set(key, i);
    return target;
  });
  const pauseOn = p.pauseOn === undefined ? ["pending" as const] : checkArray(kpi, "policy.pauseOn", p.pauseOn).map((s, i) => checkOneOf(kpi, "policy.pauseOn", s, TICKET_STATUSES, i));
  return { targets, measure: readMeasure(kpi, "policy.calendar", p.calendar), pauseOn: new Set(pauseOn) };
}

/**
 * The target for `metric` that applies to a ticket: among those whose priority and channel (when
 * set) equal the ticket's, the most specific: priority and channel, then priority only, then
 * channel only, then neither. Unique, since duplicates are rejected; `null` when none matches.
 */
export function pickTarget(targets: readonly ReadTarget[], metric: SlaMetric, priority: string | null, channel: string | null): ReadTarget | null {
  let best: ReadTarget | null = null;
  let bestRank = -1;
  for (const t of targets) {
    if (t.metric !== metric || (t.priority !== null && t.priority !== priority) || (t.channel !== null && t.channel !== channel)) continue;
    const rank = (t.priority === null ? 0 : 2) + (t.channel === null ? 0 : 1);
    if (rank > bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  return best;
}
