import { checkArray, checkNonNegative, checkObject, fail } from "../../_lib/check.js";
import { mean, sum } from "../../_lib/math.js";

/** One handled contact for {@link averageHandleTime}; durations in milliseconds. */
export interface HandledContact {
  /** Time the agent spent talking (or chatting, or writing) with the customer. */
  readonly talkMs: number;
  /** Time the customer was on hold during the contact; missing counts as 0. */
  readonly holdMs?: number | undefined;
  /** After-contact work (wrap-up) time; missing counts as 0. */
  readonly afterWorkMs?: number | undefined;
}

/** The result of {@link averageHandleTime}: means in milliseconds. */
export interface AverageHandleTimeResult {
  /** AHT: mean of talk + hold + after-work per contact, or `null` without contacts. */
  readonly value: number | null;
  /** Handled contacts: the denominator. */
  readonly n: number;
  /** Mean talk time, or `null` without contacts. */
  readonly talkMs: number | null;
  /** Mean hold time (contacts without hold count as 0), or `null` without contacts. */
  readonly holdMs: number | null;
  /** Mean after-contact work time (missing counts as 0), or `null` without contacts. */
  readonly afterWorkMs: number | null;
}

const KPI = "averageHandleTime";

/** An optional duration of a contact: `undefined` (or absent) is 0, anything else must be ≥ 0. */
function optionalDuration(field: string, value: unknown, index: number): number {
  return value === undefined ? 0 : checkNonNegative(KPI, field, value, index);
}

/**
 * Average handle time (AHT): the mean time agents spend on one handled contact, talk plus
 * hold plus after-contact work, with the three parts reported separately.
 *
 * @remarks
 * value = (total talk + total hold + total after-contact work) / handled contacts, which
 * equals the sum of the three means `talkMs + holdMs + afterWorkMs`. The denominator counts
 * handled contacts only: pass answered calls, chats and emails an agent worked on, not
 * abandoned calls (they have no handle time and would pull AHT down). A missing `holdMs` or
 * `afterWorkMs` counts as 0; `talkMs` is required. Queue and ring time are not handle time.
 *
 * Vendors differ on edges: Genesys Cloud adds dialing and contacting time for outbound calls;
 * some ACDs fold hold into talk time. Put such time into the field that matches your
 * definition before calling. AHT is a mean and inherits its skew: one 3-hour escalation moves
 * it visibly; `durationStats` gives the median and p90 of handle times.
 *
 * One pass over the contacts and compensated sums: O(n). Totals of whole milliseconds are
 * exact (below 2^53 ms), so the result does not depend on the order of the contacts; with
 * fractional milliseconds it can differ in the last bit at most. Totals beyond the largest
 * double (durations near 1e308 ms) are summed scaled down, so every mean stays finite.
 *
 * @param contacts - Handled contacts `{ talkMs, holdMs?, afterWorkMs? }` (an array or any
 *   iterable); other fields are ignored, so call records can be passed as they are.
 * @throws {@link KpiInputError} when an entry is not an object (field `"contacts"`, with its
 *   index), or when `talkMs`, `holdMs` or `afterWorkMs` is not a finite number ≥ 0 (field
 *   `"contacts.talkMs"`, `"contacts.holdMs"` or `"contacts.afterWorkMs"`, with the index), or
 *   when a contact's talk + hold + after-contact work exceeds the largest double (field
 *   `"contacts"`, with the index).
 * @example
 * ```ts
 * averageHandleTime([
 *   { talkMs: 240_000, holdMs: 30_000, afterWorkMs: 60_000 },
 *   { talkMs: 180_000, afterWorkMs: 30_000 },
 *   { talkMs: 300_000, holdMs: 60_000, afterWorkMs: 0 },
 * ]);
 * // { value: 300_000, n: 3, talkMs: 240_000, holdMs: 30_000, afterWorkMs: 30_000 }
 * averageHandleTime([]); // { value: null, n: 0, talkMs: null, holdMs: null, afterWorkMs: null }
 * ```
 * @see Call Centre Helper, "How to Measure Average Handling Time (AHT)": (total talk + total
 *   hold + total wrap time) / calls handled; Genesys Cloud Resource Center glossary, "Average
 *   handle time (AHT)"; docs/kpis/handle-time.md.
 * @category Operations
 */
export function averageHandleTime(contacts: Iterable<HandledContact>): AverageHandleTimeResult {
  const list = checkArray(KPI, "contacts", contacts);
  const n = list.length;
  if (n === 0) return { value: null, n: 0, talkMs: null, holdMs: null, afterWorkMs: null };
  const talk = new Float64Array(n);
  const hold = new Float64Array(n);
  const afterWork = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = checkObject(KPI, "contacts", list[i], i);
    talk[i] = checkNonNegative(KPI, "contacts.talkMs", c.talkMs, i);
    hold[i] = optionalDuration("contacts.holdMs", c.holdMs, i);
    afterWork[i] = optionalDuration("contacts.afterWorkMs", c.afterWorkMs, i);
    if (!Number.isFinite(handleOf(i))) fail(KPI, "contacts", c, "talkMs + holdMs + afterWorkMs within the largest double, 1.8e308 ms (a finite handle time)", i);
  }
  const talkTotal = sum(talk);
  const holdTotal = sum(hold);
  const afterWorkTotal = sum(afterWork);
  const total = sum([talkTotal, holdTotal, afterWorkTotal]);
  return {
    // Totals beyond the largest double: the mean of the contacts' handle times, summed scaled.
    value: Number.isFinite(total) ? total / n : mean(Float64Array.from(talk, (_, i) => handleOf(i))),
    n,
    talkMs: mean(talk, talkTotal),
    holdMs: mean(hold, holdTotal),
    afterWorkMs: mean(afterWork, afterWorkTotal),
  };

  /** The handle time of contact `i`: talk + hold + after-contact work. */
  function handleOf(i: number): number {
    return (talk[i] as number) + (hold[i] as number) + (afterWork[i] as number);
  }
}
