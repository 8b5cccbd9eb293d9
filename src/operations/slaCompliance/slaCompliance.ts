import { checkArray, checkConfidence, checkObject, fail } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceInterval, ConfidenceOptions } from "../../stats/wilsonInterval/wilsonInterval.js";

/** A measured SLA target: the time it took (or has taken so far) against the time allowed. */
export interface SlaMeasurement {
  /** Time the metric took, in ms: a finite number ≥ 0. */
  readonly elapsedMs: number;
  /** Time allowed by the target, in ms: a finite number > 0. */
  readonly targetMs: number;
}

/**
 * One SLA target outcome for {@link slaCompliance}: a status (as `evaluateSla` reports them), or a
 * finished measurement (achieved when `elapsedMs ≤ targetMs`, breached otherwise). `"paused"` is a
 * target still running with its clock stopped, and counts as active.
 */
export type SlaOutcome = "achieved" | "breached" | "active" | "paused" | SlaMeasurement;

/** The result of {@link slaCompliance}. */
export interface SlaComplianceResult {
  /** Achieved targets as a percentage of measured ones (0–100), or `null` when none is measured. */
  readonly value: number | null;
  /** Measured targets, `achieved + breached`: the denominator. */
  readonly n: number;
  /** Targets met: the numerator. */
  readonly achieved: number;
  /** Targets missed. */
  readonly breached: number;
  /** Targets still running (active or paused), in neither numerator nor denominator. */
  readonly active: number;
  /** Wilson score interval of `value`, in percent; `null` when `n` is 0. */
  readonly ci: ConfidenceInterval | null;
}

const KPI = "slaCompliance";
const EXPECTED = '"achieved", "breached", "active", "paused" or { elapsedMs ≥ 0, targetMs > 0 } (finite ms)';

/**
 * SLA compliance (SLA achievement rate): the percentage of measured SLA targets that were met.
 *
 * @remarks
 * value = achieved / (achieved + breached) × 100, with Wilson's score interval in percent;
 * `n` = achieved + breached.
 *
 * Each outcome is one SLA target on one ticket (first reply, next reply, resolution …): a
 * status string, or `{ elapsedMs, targetMs }`, which is achieved when `elapsedMs ≤ targetMs`
 * (a reply exactly on the deadline meets it) and breached otherwise; the two forms mix freely.
 * Active targets, still running and not yet late, are counted in `active` and left out of both
 * numerator and denominator, as in Zendesk's achievement rate: counting them as met would
 * flatter a team with a growing backlog. Paused targets (a resolution clock stopped while the
 * ticket is pending) are still running too: they count as active. A target that is already late
 * while the ticket is still open is breached, not active: pass `"breached"` for it (as
 * `evaluateSla` does), so `slaCompliance(entries.map((e) => e.status))` is right for its entries.
 * Order never matters; cost O(n), one pass, no allocation per outcome.
 *
 * @param outcomes - The targets, an array or any iterable.
 * @param options - `confidence` (default 0.95).
 * @throws {@link KpiInputError} (field `"outcomes"`, with the index) for an element that is
 *   not one of the four statuses nor an object with finite `elapsedMs ≥ 0` and
 *   `targetMs > 0`; when `outcomes` is not iterable; when `confidence` is not strictly between
 *   0 and 1.
 * @example
 * ```ts
 * slaCompliance(["achieved", "achieved", "breached", "active", { elapsedMs: 1_200_000, targetMs: 1_800_000 }]);
 * // { value: 75, n: 4, achieved: 3, breached: 1, active: 1, ci: { lower: 30.06…, upper: 95.44…, level: 0.95 } }
 * slaCompliance(["active", "paused"]); // { value: null, n: 0, achieved: 0, breached: 0, active: 2, ci: null }
 * ```
 * @see Zendesk help center, "Viewing and understanding SLA targets" (target statuses active,
 *   paused, achieved, breached) and the Explore "Support - SLAs" dataset, whose achievement
 *   rate is achieved targets over achieved plus breached targets:
 *   https://support.zendesk.com/hc/en-us/articles/205405237
 * @see docs/kpis/sla-compliance.md
 * @category Operations
 */
export function slaCompliance(outcomes: Iterable<SlaOutcome>, options: ConfidenceOptions = {}): SlaComplianceResult {
  const list = checkArray(KPI, "outcomes", outcomes);
  const o = checkObject(KPI, "options", options);
  const level = checkConfidence(KPI, o.confidence);
  let achieved = 0;
  let breached = 0;
  let active = 0;
  for (let i = 0; i < list.length; i++) {
    const outcome = list[i];
    if (outcome === "achieved") achieved++;
    else if (outcome === "breached") breached++;
    else if (outcome === "active" || outcome === "paused") active++;
    else if (typeof outcome === "object" && outcome !== null) {
      const { elapsedMs, targetMs } = outcome as { elapsedMs?: unknown; targetMs?: unknown };
      if (
        typeof elapsedMs !== "number" ||
        typeof targetMs !== "number" ||
        !(elapsedMs >= 0 && elapsedMs < Number.POSITIVE_INFINITY) ||
        !(targetMs > 0 && targetMs < Number.POSITIVE_INFINITY)
      ) {
        fail(KPI, "outcomes", outcome, EXPECTED, i);
      }
      if (elapsedMs <= targetMs) achieved++;
      else breached++;
    } else {
      fail(KPI, "outcomes", outcome, EXPECTED, i);
    }
  }
  return slaComplianceOfCounts(achieved, breached, active, level);
}

/** {@link slaCompliance} of outcomes already counted (internal; `level` checked). */
export function slaComplianceOfCounts(achieved: number, breached: number, active: number, level: number): SlaComplianceResult {
  const { value, n, ci } = rate(achieved, achieved + breached, level);
  return { value, n, achieved, breached, active, ci };
}
