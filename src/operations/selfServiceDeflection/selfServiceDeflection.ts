import { checkArray, checkConfidence, checkObject } from "../../_lib/check.js";
import { rate } from "../../stats/wilsonInterval/rate.js";
import type { ConfidenceInterval } from "../../stats/wilsonInterval/wilsonInterval.js";
import { checkTimeZone } from "../../_lib/time/zone.js";
import { checkWindowMs, keyReader, startMs, type Contact } from "../../records/contact.js";

/**
 * A self-service session: a help-centre visit, a bot conversation, a community search. Read
 * like a {@link Contact}: `startedAt` (or `createdAt`) and the key fields.
 */
export type SelfServiceSession = Contact;

/** Options of {@link selfServiceDeflection}. */
export interface SelfServiceDeflectionOptions<S, C> {
  /** How long after a session a contact still counts as its follow-up, in ms (e.g. 24 hours). */
  readonly windowMs: number;
  /**
   * Fields that must match between a session and a contact (default `["customerId"]`), or a
   * function returning the key of either.
   */
  readonly key?: readonly (keyof S & keyof C & string)[] | ((record: S | C, index: number) => string | number) | undefined;
  /** Time zone for timestamps written without an offset. Default `"UTC"`. */
  readonly timeZone?: string | undefined;
  /** Confidence level of `ci`, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number | undefined;
}

/** The result of {@link selfServiceDeflection}. */
export interface SelfServiceDeflectionResult {
  /** Deflected sessions as a percentage of all sessions (0–100), or `null` with no sessions. */
  readonly value: number | null;
  /** Sessions: the denominator. */
  readonly n: number;
  /** Sessions with no contact from the same customer within the window: the numerator. */
  readonly deflected: number;
  /** Sessions followed by a contact within the window: `n − deflected`. */
  readonly followedByContact: number;
  /** Wilson score interval of `value`, in percent; `null` when `n` is 0. */
  readonly ci: ConfidenceInterval | null;
}

const KPI = "selfServiceDeflection";

/** Index of the first element of ascending `sorted` that is ≥ `t`. */
function lowerBound(sorted: readonly number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Self-service deflection rate: the share of self-service sessions (help-centre visits, bot
 * conversations) that were not followed by a contact with an agent.
 *
 * @remarks
 * A session that starts at s is *followed by a contact* when a contact with the same key (by
 * default the same `customerId`) starts at some t with s ≤ t ≤ s + `windowMs`; otherwise it is
 * *deflected*. Then
 *
 *     value = deflected / sessions × 100,   n = sessions
 *
 * with Wilson's score interval. A contact that starts at the same instant as the session counts
 * as its follow-up; one that started before it does not. One contact can follow several
 * sessions (a customer who read three articles, then called, was deflected by none of them).
 * Starts are `startedAt`, or `createdAt` for records without it. Deflection is an inference:
 * a customer who gave up, or called without being identified, looks deflected, so read it next
 * to CSAT and the contact volume. Order never matters. Cost O((n + m) log m) for n sessions and
 * m contacts.
 *
 * @param sessions - The self-service sessions, an array or any iterable.
 * @param contacts - The assisted contacts (tickets, calls, chats), an array or any iterable.
 * @param options - `windowMs` (required), `key`, `timeZone`, `confidence`.
 * @throws {@link KpiInputError} when `windowMs` is not a finite number > 0; when a session or
 *   contact is not an object, has no readable `startedAt`/`createdAt` or lacks a key field
 *   (field `"sessions.customerId"` or `"contacts.customerId"`, with the index and id); for a
 *   bad `key`, `timeZone` or `confidence`.
 * @example
 * ```ts
 * const HOUR = 3_600_000;
 * const sessions = [
 *   { customerId: "ann", startedAt: "2026-03-02T09:00Z" },
 *   { customerId: "bob", startedAt: "2026-03-02T10:00Z" },
 *   { customerId: "cat", startedAt: "2026-03-02T11:00Z" },
 *   { customerId: "ann", startedAt: "2026-03-04T09:00Z" },
 * ];
 * const contacts = [
 *   { customerId: "ann", channel: "phone", startedAt: "2026-03-02T09:30Z" }, // follows ann's first session
 *   { customerId: "bob", channel: "email", startedAt: "2026-03-03T12:00Z" }, // 26 h after bob's: too late
 * ];
 * selfServiceDeflection(sessions, contacts, { windowMs: 24 * HOUR });
 * // { value: 75, n: 4, deflected: 3, followedByContact: 1, ci: { lower: 30.06…, upper: 95.44…, level: 0.95 } }
 * ```
 * @see Zendesk, "Tracking essential self-service metrics" (the self-service score, a ratio of
 *   help-centre users to ticket requesters):
 *   https://support.zendesk.com/hc/en-us/articles/4408894139930
 * @see docs/kpis/self-service-deflection.md
 * @category Operations
 */
export function selfServiceDeflection<S extends SelfServiceSession, C extends Contact>(
  sessions: Iterable<S>,
  contacts: Iterable<C>,
  options: SelfServiceDeflectionOptions<S, C>,
): SelfServiceDeflectionResult {
  const o = checkObject(KPI, "options", options);
  const windowMs = checkWindowMs(KPI, o.windowMs);
  const zone = checkTimeZone(KPI, "options.timeZone", o.timeZone ?? "UTC");
  const level = checkConfidence(KPI, o.confidence);
  const keyOf = keyReader(KPI, o.key, ["customerId"]);
  const sessionList = checkArray(KPI, "sessions", sessions);
  const contactList = checkArray(KPI, "contacts", contacts);
  const contactTimes = new Map<string, number[]>();
  contactList.forEach((contact, i) => {
    const t = startMs(KPI, "contacts", contact, i, zone);
    const key = keyOf("contacts", contact, i);
    const times = contactTimes.get(key);
    if (times === undefined) contactTimes.set(key, [t]);
    else times.push(t);
  });
  for (const times of contactTimes.values()) times.sort((a, b) => a - b);
  let followed = 0;
  sessionList.forEach((session, i) => {
    const s = startMs(KPI, "sessions", session, i, zone);
    const times = contactTimes.get(keyOf("sessions", session, i));
    if (times === undefined) return;
    const j = lowerBound(times, s);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end the difference is NaN and the test false
    if (j < times.length && (times[j] as number) - s <= windowMs) followed++;
  });
  const n = sessionList.length;
  const { value, ci } = rate(n - followed, n, level);
  return { value, n, deflected: n - followed, followedByContact: followed, ci };
}
