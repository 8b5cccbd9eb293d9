/**
 * The record types read from exports: the calculator inputs (`Ticket`, `Call`, `Contact`) plus
 * the summary fields an export may carry. Pure types; the zod schemas of `servicekpi/schemas`
 * produce values of these types.
 *
 * @module
 */
import type { Call } from "./call.js";
import type { Contact } from "./contact.js";
import type { Ticket, TicketEvent } from "./ticket.js";
import type { TimestampInput } from "../_lib/time/instant.js";

/**
 * A ticket as an export gives it: a {@link Ticket} plus optional summary fields. Durations are
 * in milliseconds.
 *
 * @category Records
 */
export interface TicketRecord extends Ticket {
  /** Time from creation to the first public agent reply, in ms. */
  readonly firstResponseMs?: number | undefined;
  /** Time from creation to resolution, in ms. */
  readonly resolutionMs?: number | undefined;
  /** Time agents spent on the ticket, in ms. */
  readonly handleMs?: number | undefined;
  /** The CSAT score the customer gave (on the survey's own scale, e.g. 1–5). */
  readonly csat?: number | undefined;
  /** The NPS score the customer gave, 0–10. */
  readonly nps?: number | undefined;
  /** The CES score the customer gave (on the survey's own scale). */
  readonly ces?: number | undefined;
  /** Whether a survey was sent for this ticket. */
  readonly surveySent?: boolean | undefined;
  /** Whether the ticket was resolved on first contact. */
  readonly firstContactResolved?: boolean | undefined;
  /** How many times the ticket was reopened: a whole number ≥ 0. */
  readonly reopens?: number | undefined;
  /** Public replies by agents (Zendesk's ticket metric `replies`): a whole number ≥ 0. */
  readonly replies?: number | undefined;
  /** Whether the ticket is a complaint. */
  readonly complaint?: boolean | undefined;
  /** Whether the ticket was escalated to a higher tier or another team. */
  readonly escalated?: boolean | undefined;
  /** How many times the ticket moved to another agent or group: a whole number ≥ 0. */
  readonly reassignments?: number | undefined;
  /** Category or contact reason. */
  readonly category?: string | undefined;
  /** Region. */
  readonly region?: string | undefined;
  /** Country. */
  readonly country?: string | undefined;
  /**
   * Labels (tags): several per ticket. Grouping by `tags` counts a ticket in each of its labels,
   * so those groups overlap; the total counts it once.
   */
  readonly tags?: readonly string[] | undefined;
}

/**
 * One ticket event as an export gives it: one row per event, linked to its ticket by `ticketId`.
 *
 * @category Records
 */
export interface TicketEventRecord extends TicketEvent {
  /** The ticket the event belongs to. */
  readonly ticketId: string | number;
}

/**
 * One survey sent (and perhaps answered). An absent `score` means sent but not answered.
 *
 * @category Records
 */
export interface SurveyResponseRecord {
  /** The response's id. */
  readonly id?: string | number | undefined;
  /** The ticket the survey was about. */
  readonly ticketId?: string | number | undefined;
  /** The customer. */
  readonly customerId?: string | number | undefined;
  /** The kind of survey. */
  readonly type: "nps" | "csat" | "ces";
  /** The score given; absent when the survey was sent and not answered. */
  readonly score?: number | undefined;
  /** When the survey was sent. */
  readonly sentAt?: TimestampInput | undefined;
  /** When the customer answered. */
  readonly respondedAt?: TimestampInput | undefined;
  /** Channel of the contact surveyed. */
  readonly channel?: string | undefined;
  /** Agent of the contact surveyed. */
  readonly agent?: string | undefined;
  /** Team of the contact surveyed. */
  readonly team?: string | undefined;
}

/**
 * A call as an export gives it: a {@link Call} plus identifying and grouping fields.
 *
 * @category Records
 */
export interface CallRecord extends Call {
  /** The call's id. */
  readonly id?: string | number | undefined;
  /** When the call entered the queue. */
  readonly startedAt?: TimestampInput | undefined;
  /** The channel, e.g. `"phone"`. */
  readonly channel?: string | undefined;
  /** The queue. */
  readonly queue?: string | undefined;
  /** The agent who answered. */
  readonly agent?: string | undefined;
  /** The agent's team. */
  readonly team?: string | undefined;
}

/**
 * A contact as an export gives it: a {@link Contact} plus its kind and who handled it.
 *
 * @category Records
 */
export interface ContactRecord extends Contact {
  /** The topic or contact reason, part of the default matching key of `repeatContacts`. */
  readonly topic?: string | number | undefined;
  /** `"assisted"` (a person handled it) or `"self-service"`. */
  readonly kind?: "assisted" | "self-service" | undefined;
  /** The agent. */
  readonly agent?: string | undefined;
  /** The agent's team. */
  readonly team?: string | undefined;
}
