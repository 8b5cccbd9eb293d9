import { checkCount, checkObject, fail } from "../../_lib/check.js";
import { percent } from "../../_lib/math.js";

/** Customer counts for {@link retention}, all for the same period. */
export interface RetentionCounts {
  /** Customers at the start of the period (S): the denominator. */
  readonly atStart: number;
  /** Customers at the end of the period (E), new ones included. */
  readonly atEnd: number;
  /** Customers acquired during the period (N), counted in `atEnd` if they stayed. */
  readonly acquired: number;
}

/** The result of {@link retention}. */
export interface RetentionResult {
  /** Customers kept as a percentage of `atStart` (0–100), or `null` when `atStart` is 0. */
  readonly retentionRate: number | null;
  /** Customers lost as a percentage of `atStart` (0–100), or `null` when `atStart` is 0. */
  readonly churnRate: number | null;
  /** The denominator: `atStart`. */
  readonly n: number;
  /** Customers from the start still there at the end: `atEnd − acquired`. */
  readonly retained: number;
  /** Customers from the start gone by the end: `atStart − retained`. */
  readonly lost: number;
}

const KPI = "retention";

/**
 * Customer retention rate (CRR) and churn rate over one period.
 *
 * @remarks
 * retained = atEnd − acquired; retentionRate = retained / atStart × 100;
 * lost = atStart − retained; churnRate = lost / atStart × 100 = 100 − retentionRate.
 *
 * This is the usual ((E − N) / S) × 100: customers acquired during the period are taken out of
 * the end count, so growth cannot hide losses. Only customers present at the start are in the
 * denominator. `acquired` counts the new customers who are still there at the end: one who
 * joined and left inside the period belongs in neither `acquired` nor `atEnd` (counting them
 * in `acquired` only would understate `retained`). Counts that cannot come from one customer
 * base throw: more
 * acquisitions than end customers (retained < 0), or more retained than there were at the
 * start. Cost O(1). No interval: the counts are usually a census, not a sample.
 *
 * @param counts - `atStart`, `atEnd` and `acquired`, whole numbers ≥ 0.
 * @throws {@link KpiInputError} when a count is negative, fractional or not finite; field
 *   `"acquired"` when `acquired > atEnd`; field `"atEnd"` when `atEnd − acquired > atStart`.
 * @example
 * ```ts
 * retention({ atStart: 200, atEnd: 210, acquired: 40 });
 * // { retentionRate: 85, churnRate: 15, n: 200, retained: 170, lost: 30 }
 * retention({ atStart: 0, atEnd: 12, acquired: 12 });
 * // { retentionRate: null, churnRate: null, n: 0, retained: 0, lost: 0 }
 * ```
 * @see HubSpot glossary, "Retention rate" (customers at the end minus new customers, over
 *   customers at the start, × 100): https://www.hubspot.com/glossary/retention-rate
 * @see docs/kpis/retention.md
 * @category Operations
 */
export function retention(counts: RetentionCounts): RetentionResult {
  const c = checkObject(KPI, "counts", counts);
  const atStart = checkCount(KPI, "atStart", c.atStart);
  const atEnd = checkCount(KPI, "atEnd", c.atEnd);
  const acquired = checkCount(KPI, "acquired", c.acquired);
  if (acquired > atEnd) fail(KPI, "acquired", acquired, `at most atEnd (${atEnd}): new customers are part of the end count`);
  const retained = atEnd - acquired;
  if (retained > atStart) {
    fail(KPI, "atEnd", atEnd, `at most atStart + acquired (${atStart + acquired}): more customers retained than there were at the start`);
  }
  const lost = atStart - retained;
  return { retentionRate: percent(retained, atStart), churnRate: percent(lost, atStart), n: atStart, retained, lost };
}
