import { checkArray, checkConfidence, checkObject } from "../../_lib/check.js";
import { rate, type RateResult } from "../../stats/wilsonInterval/rate.js";
import { checkTimeZone } from "../../_lib/time/zone.js";
import { checkWindowMs, keyReader, startMs, type Contact, type ContactKey } from "../../records/contact.js";

export type { Contact, ContactKey };

/** Options of {@link repeatContacts}. */
export interface RepeatContactsOptions<T> {
  /** How soon a later contact must follow for the earlier one to count as not resolved, in ms (e.g. 7 days). */
  readonly windowMs: number;
  /** Fields that must match (default `["customerId", "topic"]`), or a function returning the key. */
  readonly key?: ContactKey<T> | undefined;
  /** Time zone for timestamps written without an offset. Default `"UTC"`. */
  readonly timeZone?: string | undefined;
  /** Confidence level of `fcr.ci`, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number | undefined;
}

/** The result of {@link repeatContacts}. */
export interface RepeatContactsResult<T> {
  /**
   * The contacts in input order, each a shallow copy with `repeat`: `true` when another contact
   * with the same key started after it, within the window, so it was *not* resolved on first
   * contact.
   */
  readonly contacts: (T & {
    /** `true` when a later contact with the same key started within the window. */
    readonly repeat: boolean;
  })[];
  /** First-contact resolution over all contacts: those with `repeat: false`, in percent, with Wilson's interval. */
  readonly fcr: RateResult;
}

const KPI = "repeatContacts";
const DEFAULT_KEY = ["customerId", "topic"] as const;

/**
 * Repeat contacts and first-contact resolution (FCR) from contact logs: which contacts were
 * followed by another from the same customer about the same thing within a window.
 *
 * @remarks
 * Contact *i* is a repeat (`repeat: true`: it did not resolve the issue) when some contact *j*
 * with the same key started strictly later and no more than `windowMs` after it:
 * t(i) < t(j) ≤ t(i) + windowMs. Then
 *
 *     fcr.value = contacts with repeat false / all contacts × 100,   fcr.n = all contacts
 *
 * with Wilson's score interval. Every contact is in the denominator, follow-ups included: the
 * last contact of a chain is the one that resolved the issue. Contacts that start at the same
 * instant do not repeat each other (neither came first). The key is `customerId` and `topic` by
 * default; each key field must be a non-empty string or a finite number, and key values match
 * only when equal in type too (1 and "1" differ). The start is `startedAt`, or `createdAt` for
 * records without it (tickets). A contact near the end of the data may still get a repeat:
 * leave out the last `windowMs` of contacts, or read their flags as provisional.
 *
 * A longer window never flags fewer contacts. The flags do not depend on the order of the input,
 * and the output keeps it. Cost O(n log n).
 *
 * @param contacts - The contacts, an array or any iterable; not modified.
 * @param options - `windowMs` (required), `key`, `timeZone`, `confidence`.
 * @throws {@link KpiInputError} when `windowMs` is not a finite number > 0; when a contact is not
 *   an object, has no readable `startedAt`/`createdAt`, or lacks a key field (field
 *   `"contacts.<name>"` with its index and id); when a key function returns anything but a
 *   non-empty string or a finite number; for a bad `key`, `timeZone` or `confidence`.
 * @example
 * ```ts
 * const DAY = 86_400_000;
 * const r = repeatContacts([
 *   { id: "a", customerId: 1, topic: "billing", startedAt: "2026-03-02T09:00Z" },
 *   { id: "b", customerId: 1, topic: "billing", startedAt: "2026-03-05T09:00Z" },
 *   { id: "c", customerId: 1, topic: "login", startedAt: "2026-03-06T09:00Z" },
 *   { id: "d", customerId: 2, topic: "billing", startedAt: "2026-03-03T09:00Z" },
 * ], { windowMs: 7 * DAY });
 * r.contacts.map((c) => c.repeat); // [true, false, false, false]: b repeats a
 * r.fcr; // { value: 75, n: 4, ci: { lower: 30.06…, upper: 95.44…, level: 0.95 } }
 * ```
 * @see docs/kpis/first-contact-resolution.md
 * @see {@link firstContactResolution} for FCR from counts.
 * @category Operations
 */
export function repeatContacts<T extends Contact>(contacts: Iterable<T>, options: RepeatContactsOptions<T>): RepeatContactsResult<T> {
  const o = checkObject(KPI, "options", options);
  const windowMs = checkWindowMs(KPI, o.windowMs);
  const zone = checkTimeZone(KPI, "options.timeZone", o.timeZone ?? "UTC");
  const level = checkConfidence(KPI, o.confidence);
  const keyOf = keyReader(KPI, o.key, DEFAULT_KEY);
  const list = checkArray(KPI, "contacts", contacts) as readonly T[];
  // Stryker disable next-line ArrayDeclaration: equivalent, every element is set below
  const times = new Array<number>(list.length);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    times[i] = startMs(KPI, "contacts", list[i], i, zone);
    const key = keyOf("contacts", list[i], i);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  }
  const repeat = new Array<boolean>(list.length).fill(false);
  for (const group of groups.values()) {
    group.sort((a, b) => (times[a] as number) - (times[b] as number));
    // For each contact, the first contact of the group that starts strictly later.
    let next = 0;
    // Stryker disable next-line EqualityOperator: equivalent, one more turn reads undefined and sets nothing
    for (let p = 0; p < group.length; p++) {
      const t = times[group[p] as number] as number;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, the loop below moves `next` past `p` whatever it starts from
      if (next <= p) next = p + 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end the time is undefined and the test false
      while (next < group.length && (times[group[next] as number] as number) <= t) next++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end the difference is NaN and the test false
      if (next < group.length && (times[group[next] as number] as number) - t <= windowMs) repeat[group[p] as number] = true;
    }
  }
  let resolvedFirst = 0;
  const out = list.map((contact, i) => {
    if (!repeat[i]) resolvedFirst++;
    return { ...contact, repeat: repeat[i] as boolean };
  });
  return { contacts: out, fcr: rate(resolvedFirst, list.length, level) };
}
