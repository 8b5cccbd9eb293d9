/**
 * SLA policies: their validation, and the choice of the target that applies to a ticket.
 *
 * @module
 */
import { checkArray, checkObject, checkOneOf, fail } from "../../_lib/check.js";
import { durationTextMs } from "../../_lib/durationText.js";
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
  /**
   * Time allowed: a finite number of ms > 0, or a duration text such as `"2h"`, `"30m"`,
   * `"1d 4h"`, `"1h30m"` or `"1.5h"` (parts `<number><unit>` with no space inside a part, units
   * `d`, `h`, `m` or `min`, `s`, `ms`, each at most once and largest first). Measured on the
   * policy's clock: business ms when the policy has a calendar, so `"1d"` is 24 hours of business
   * time (three days of an 8-hour calendar), not one business day. Entries report it in ms.
   */
  readonly targetMs: number | string;
  /** Applies only to tickets of this priority, compared ignoring case and surrounding spaces (`"High"` matches `"high "`); absent: any priority. */
  readonly priority?: string | undefined;
  /** Applies only to tickets of this channel, compared ignoring case and surrounding spaces; absent: any channel. */
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

/** A validated target: `targetMs` in ms, `priority` and `channel` folded by {@link foldCondition}. */
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

/**
 * A priority or channel as targets compare it: trimmed and lower-cased (`" High"` → `"high"`).
 * Applied once to each target when the policy is read, and once to a ticket's values before
 * {@link pickTarget}.
 */
export const foldCondition = (value: string | null): string | null => (value === null ? null : value.trim().toLowerCase());

function condition(kpi: string, field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const folded = typeof value === "string" ? foldCondition(value) : "";
  if (folded === "") fail(kpi, field, value, "a non-blank string, or absent to match every ticket");
  return folded;
}

/**
 * Checks that `value` is an SLA policy as {@link readPolicy} reads it, for callers that hold
 * parsed JSON (a policy file): afterwards it is typed as one. Throws what readPolicy throws.
 */
export function assertSlaPolicy(kpi: string, value: unknown): asserts value is SlaPolicy {
  readPolicy(kpi, value);
}

/**
 * Validates a policy: each target's metric, `targetMs` (finite, > 0, or a duration text, read
 * into ms), `priority` and `channel` (non-blank, kept folded); no two targets with the same metric,
 * priority and channel once folded (which one would apply?); `pauseOn` statuses; the calendar.
 */
export function readPolicy(kpi: string, policy: unknown): ReadPolicy {
  const p = checkObject(kpi, "policy", policy);
  const list = checkArray(kpi, "policy.targets", p.targets);
  const seen = new Map<string, number>();
  const targets = list.map((raw, i): ReadTarget => {
    const t = checkObject(kpi, "policy.targets", raw, i);
    const metric = checkOneOf(kpi, `policy.targets[${i}].metric`, t.metric, SLA_METRICS);
    const targetMs = typeof t.targetMs === "string" ? durationTextMs(t.targetMs) : t.targetMs;
    if (typeof targetMs !== "number" || !(targetMs > 0 && targetMs < Number.POSITIVE_INFINITY)) {
      fail(kpi, `policy.targets[${i}].targetMs`, t.targetMs, 'a finite number of ms > 0, or a duration text like "1d 4h" or "30m" (units d, h, m or min, s, ms, largest first)');
    }
    const target = { metric, targetMs, priority: condition(kpi, `policy.targets[${i}].priority`, t.priority), channel: condition(kpi, `policy.targets[${i}].channel`, t.channel) };
    const key = JSON.stringify([metric, target.priority, target.channel]);
    const twin = seen.get(key);
    if (twin !== undefined) fail(kpi, "policy.targets", raw, `a target whose metric, priority and channel differ from policy.targets[${twin}] (ignoring case)`, i);
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
 * `priority` and `channel` are the ticket's values already folded by {@link foldCondition} (the
 * targets' are), so the loop compares strings only.
 */
export function pickTarget(targets: readonly ReadTarget[], metric: SlaMetric, priority: string | null, channel: string | null): ReadTarget | null {
  let best: ReadTarget | null = null;
  let bestRank = -1;
  for (const t of targets) {
    if (t.metric !== metric || (t.priority !== null && t.priority !== priority) || (t.channel !== null && t.channel !== channel)) continue;
    const rank = (t.priority === null ? 0 : 2) + (t.channel === null ? 0 : 1);
    // Stryker disable next-line EqualityOperator: equivalent, two matching targets never share a rank (duplicates are refused when the policy is read)
    if (rank > bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  return best;
}
