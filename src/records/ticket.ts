/**
 * The ticket record shared by the ticket functions (SPEC.md section 6), and its validation into
 * a normalized form with epoch-ms timestamps. Every check names the ticket id.
 *
 * @module
 */
import { checkList, fail, isPlainObject } from "../_lib/check.js";
import { epochMsOrNull, toEpochMs, type TimestampInput } from "../_lib/time/instant.js";

/** Ticket statuses, in the Zendesk vocabulary most helpdesks map to. */
export const TICKET_STATUSES = /* @__PURE__ */ Object.freeze(["new", "open", "pending", "on-hold", "solved", "closed"] as const);
/** A ticket status. `pending` waits on the customer; `on-hold` waits on a third party. */
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Who wrote a message or caused a status change. */
export const EVENT_AUTHORS = /* @__PURE__ */ Object.freeze(["customer", "agent", "bot", "system"] as const);
/** The author of a ticket event. */
export type EventAuthor = (typeof EVENT_AUTHORS)[number];

/** One entry of a ticket's event log: a message, or a status change. */
export interface TicketEvent {
  /** When it happened. */
  readonly at: TimestampInput;
  /** `"message"` (a reply or note) or `"status"` (a status change). */
  readonly type: "message" | "status";
  /** Who wrote the message; required for messages. */
  readonly author?: EventAuthor | undefined;
  /** Whether the customer can see the message. Default `true`; internal notes are `false`. */
  readonly public?: boolean | undefined;
  /** Sent by a rule, trigger or macro without a person (auto-acknowledgements). Default `false`. */
  readonly automated?: boolean | undefined;
  /** The new status, for status events. */
  readonly status?: TicketStatus | undefined;
}

/** A ticket: summary fields, and optionally its event log. */
export interface Ticket {
  /** The ticket's id, named in every error about it. */
  readonly id: string | number;
  /** The channel it came in on, e.g. `"email"`. Groups compare it exactly (spell channels consistently, or group with `channel: "normalize"`); SLA targets match it ignoring case and spaces. */
  readonly channel?: string | undefined;
  /** When the ticket was created. */
  readonly createdAt: TimestampInput;
  /** Current status. */
  readonly status?: TicketStatus | undefined;
  /** Priority, used to pick SLA targets (`"urgent"`, `"high"`, `"normal"`, `"low"` or your own). */
  readonly priority?: string | undefined;
  /** Team or group. */
  readonly team?: string | undefined;
  /** Assigned agent. */
  readonly agent?: string | undefined;
  /** The customer, for repeat-contact and deflection matching. */
  readonly customerId?: string | number | undefined;
  /** The topic or reason, for repeat-contact matching. */
  readonly topic?: string | undefined;
  /** First public agent reply, when the export carries it and there are no events. */
  readonly firstResponseAt?: TimestampInput | undefined;
  /** Last time the ticket was solved, when the export carries it and there are no events. */
  readonly resolvedAt?: TimestampInput | undefined;
  /** The event log; when present, timings come from it rather than the summary fields. */
  readonly events?: readonly TicketEvent[] | undefined;
}

/** A validated event. */
export interface NormalizedEvent {
  readonly atMs: number;
  readonly type: "message" | "status";
  readonly author: EventAuthor | null;
  readonly public: boolean;
  readonly automated: boolean;
  readonly status: TicketStatus | null;
}

/** A validated ticket with epoch-ms timestamps. */
export interface NormalizedTicket {
  readonly id: string | number;
  readonly channel: string | null;
  readonly createdMs: number;
  readonly status: TicketStatus | null;
  readonly priority: string | null;
  readonly firstResponseMs: number | null;
  readonly resolvedMs: number | null;
  readonly events: readonly NormalizedEvent[] | null;
}

/** An optional text field `name` of the ticket named `field` in errors (the field's path is made only for an error). */
function optionalString(kpi: string, field: string, name: string, value: unknown, index: number | undefined, id: string | number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") fail(kpi, `${field}.${name}`, value, "a string", index, id);
  return value;
}

const STATUS_SET: ReadonlySet<unknown> = new Set(TICKET_STATUSES);

/** Timestamp field `name` as epoch ms (the error's source is made only for a value that is not a timestamp). */
function instant(kpi: string, field: string, name: string, value: unknown, timeZone: string, index: number | undefined, id: string | number): number {
  return epochMsOrNull(value, timeZone) ?? toEpochMs(value, timeZone, { kpi, field: `${field}.${name}`, index, recordId: id });
}

/** An optional timestamp field `name` that may not come before creation, or `null`. */
function laterInstant(
  kpi: string, field: string, name: string, value: unknown, createdMs: number, timeZone: string, index: number | undefined, id: string | number,
): number | null {
  if (value === undefined || value === null) return null;
  const ms = instant(kpi, field, name, value, timeZone, index, id);
  if (ms < createdMs) fail(kpi, `${field}.${name}`, value, `a time at or after createdAt (${new Date(createdMs).toISOString()})`, index, id);
  return ms;
}

function oneOf<T extends string>(kpi: string, field: string, value: unknown, allowed: readonly T[], index: number | undefined, id: string | number): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail(kpi, field, value, `one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`, index, id);
  }
  return value as T;
}

function optionalBoolean(kpi: string, field: string, value: unknown, fallback: boolean, index: number | undefined, id: string | number): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") fail(kpi, field, value, "true or false", index, id);
  return value;
}

/**
 * Validates a ticket. `field` is how the ticket is named in errors (`"ticket"` or `"tickets"`),
 * `index` its position when it came from an array. Throws on: a missing id; an unreadable
 * timestamp; a first response or resolution before creation; an event before creation or
 * before the event above it; a message without an author; a status event without a status.
 */
export function readTicket(kpi: string, field: string, ticket: unknown, index: number | undefined, timeZone: string): NormalizedTicket {
  if (!isPlainObject(ticket)) fail(kpi, field, ticket, "a ticket object", index);
  const t = ticket;
  const id = t["id"];
  if (!((typeof id === "string" && id.length > 0) || (typeof id === "number" && Number.isFinite(id)))) {
    fail(kpi, `${field}.id`, id, "a non-empty string or a finite number", index);
  }
  const createdMs = instant(kpi, field, "createdAt", t["createdAt"], timeZone, index, id);
  const firstResponseMs = laterInstant(kpi, field, "firstResponseAt", t["firstResponseAt"], createdMs, timeZone, index, id);
  const resolvedMs = laterInstant(kpi, field, "resolvedAt", t["resolvedAt"], createdMs, timeZone, index, id);
  const given = t["status"];
  const status = given === undefined || given === null ? null : STATUS_SET.has(given) ? (given as TicketStatus) : oneOf(kpi, `${field}.status`, given, TICKET_STATUSES, index, id);
  const events = t["events"] === undefined || t["events"] === null ? null : readEvents(kpi, `${field}.events`, t["events"], index, id, createdMs, timeZone);
  return {
    id,
    channel: optionalString(kpi, field, "channel", t["channel"], index, id),
    createdMs,
    status,
    priority: optionalString(kpi, field, "priority", t["priority"], index, id),
    firstResponseMs,
    resolvedMs,
    events,
  };
}

function readEvents(
  kpi: string, field: string, value: unknown, index: number | undefined, id: string | number, createdMs: number, timeZone: string,
): NormalizedEvent[] {
  const list = checkList(kpi, field, value, "an array of events", index, id);
  const out: NormalizedEvent[] = [];
  let previous = createdMs;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    const name = `${field}[${i}]`;
    if (typeof raw !== "object" || raw === null) fail(kpi, name, raw, "an event object", index, id);
    const e = raw as Record<string, unknown>;
    const atMs = toEpochMs(e["at"], timeZone, { kpi, field: `${name}.at`, index, recordId: id });
    if (atMs < createdMs) fail(kpi, `${name}.at`, e["at"], `a time at or after the ticket's createdAt (${new Date(createdMs).toISOString()})`, index, id);
    if (atMs < previous) fail(kpi, `${name}.at`, e["at"], `a time at or after the event before it (${new Date(previous).toISOString()}): events must be in time order`, index, id);
    previous = atMs;
    const type = oneOf(kpi, `${name}.type`, e["type"], ["message", "status"] as const, index, id);
    const author = e["author"] === undefined
      ? type === "message" ? fail(kpi, `${name}.author`, undefined, "the author of the message", index, id) : null
      : oneOf(kpi, `${name}.author`, e["author"], EVENT_AUTHORS, index, id);
    const status = e["status"] === undefined
      ? type === "status" ? fail(kpi, `${name}.status`, undefined, "the new status of a status event", index, id) : null
      : oneOf(kpi, `${name}.status`, e["status"], TICKET_STATUSES, index, id);
    out.push({
      atMs,
      type,
      author,
      public: optionalBoolean(kpi, `${name}.public`, e["public"], true, index, id),
      automated: optionalBoolean(kpi, `${name}.automated`, e["automated"], false, index, id),
      status,
    });
  }
  return out;
}
