/**
 * The parts of Zendesk Support's API objects that {@link fromZendesk} reads. Every other key of
 * the objects is allowed and ignored.
 *
 * @module
 */

/**
 * Minutes in calendar and in business hours, as Zendesk's ticket metrics give them.
 *
 * @category Helpdesks
 */
export interface ZendeskMinutes {
  /** Every minute. */
  readonly calendar?: number | null | undefined;
  /** Minutes within the ticket's schedule. */
  readonly business?: number | null | undefined;
}

/**
 * How something came into Zendesk.
 *
 * @category Helpdesks
 */
export interface ZendeskVia {
  /** The channel: a via type (`email`, `web`, `chat`, `voice`, `api`, `rule` …) or its number. */
  readonly channel?: string | number | null | undefined;
}

/**
 * A ticket's satisfaction rating as the ticket carries it.
 *
 * @category Helpdesks
 */
export interface ZendeskRatingState {
  /** `good`, `bad`, `offered` (asked, no answer) or `unoffered` (not asked). */
  readonly score?: string | null | undefined;
}

/**
 * A ticket (`GET /api/v2/tickets`, `/api/v2/incremental/tickets/cursor`).
 *
 * @category Helpdesks
 */
export interface ZendeskTicket {
  /** The ticket's id. */
  readonly id: number;
  /** When it was created: ISO 8601, UTC. */
  readonly created_at: string;
  /** `new`, `open`, `pending`, `hold`, `solved`, `closed` (with custom statuses: the category). */
  readonly status?: string | null | undefined;
  /** `urgent`, `high`, `normal`, `low`, or `null`. */
  readonly priority?: string | null | undefined;
  /** How the ticket came in; `channel` is read (`web`, `email`, `chat`, `voice`, `api` …). */
  readonly via?: ZendeskVia | null | undefined;
  /** The customer who asked. */
  readonly requester_id?: number | null | undefined;
  /** The agent assigned. */
  readonly assignee_id?: number | null | undefined;
  /** The group assigned. */
  readonly group_id?: number | null | undefined;
  /** The ticket's tags. */
  readonly tags?: readonly string[] | undefined;
  /** `{ score: "good" | "bad" | "offered" | "unoffered" }`. */
  readonly satisfaction_rating?: ZendeskRatingState | null | undefined;
}

/**
 * A ticket metric (`GET /api/v2/ticket_metrics`, or sideloaded as `metric_sets`).
 *
 * @category Helpdesks
 */
export interface ZendeskTicketMetric {
  /** The ticket it measures. */
  readonly ticket_id: number;
  /** Creation to the first public agent comment (after an agent's opening one). */
  readonly reply_time_in_minutes?: ZendeskMinutes | null | undefined;
  /** Creation to the first solve. */
  readonly first_resolution_time_in_minutes?: ZendeskMinutes | null | undefined;
  /** Creation to the latest solve. */
  readonly full_resolution_time_in_minutes?: ZendeskMinutes | null | undefined;
  /** Time in Pending. */
  readonly agent_wait_time_in_minutes?: ZendeskMinutes | null | undefined;
  /** Time in New, Open and On-hold. */
  readonly requester_wait_time_in_minutes?: ZendeskMinutes | null | undefined;
  /** Time in On-hold. */
  readonly on_hold_time_in_minutes?: ZendeskMinutes | null | undefined;
  /** Changes from Solved to Open. */
  readonly reopens?: number | null | undefined;
  /** Public agent replies. */
  readonly replies?: number | null | undefined;
  /** The latest solve, ISO 8601. */
  readonly solved_at?: string | null | undefined;
  /** When the metric was created. */
  readonly created_at?: string | undefined;
  /** When it last changed (the latest of a ticket's metrics is read). */
  readonly updated_at?: string | undefined;
}

/**
 * One event of an audit: a `Comment` (`public`, `author_id`), or a `Create` / `Change` of a
 * field (`field_name`, `value`).
 *
 * @category Helpdesks
 */
export interface ZendeskAuditEvent {
  /** `Comment`, `VoiceComment`, `Create`, `Change`, `Notification` … */
  readonly type: string;
  /** A comment's visibility: `false` for an internal note. */
  readonly public?: boolean | undefined;
  /** Who wrote the comment. */
  readonly author_id?: number | undefined;
  /** The field a `Create` or `Change` sets (`status` is read). */
  readonly field_name?: string | undefined;
  /** Its new value. */
  readonly value?: unknown;
}

/**
 * A ticket audit (`GET /api/v2/tickets/{id}/audits`, `/api/v2/ticket_audits`).
 *
 * @category Helpdesks
 */
export interface ZendeskAudit {
  /** The ticket it belongs to. */
  readonly ticket_id: number;
  /** ISO 8601, UTC: when every event of the audit happened. */
  readonly created_at: string;
  /** Who made the change. */
  readonly author_id?: number | undefined;
  /** `channel` `rule` for a trigger or automation. */
  readonly via?: ZendeskVia | null | undefined;
  /** What changed. */
  readonly events: readonly ZendeskAuditEvent[];
}

/**
 * A satisfaction rating (`GET /api/v2/satisfaction_ratings`).
 *
 * @category Helpdesks
 */
export interface ZendeskSatisfactionRating {
  /** The ticket rated. */
  readonly ticket_id: number;
  /** `good`, `bad`, `offered`, `unoffered`. */
  readonly score: string;
  /** When it was made. */
  readonly created_at?: string | undefined;
  /** When it last changed (the latest of a ticket's ratings is read). */
  readonly updated_at?: string | undefined;
}

/**
 * A user (`GET /api/v2/users`): its name, and its role (`end-user`, `agent`, `admin`).
 *
 * @category Helpdesks
 */
export interface ZendeskUser {
  /** The user's id. */
  readonly id: number;
  /** The name an agent is reported under. */
  readonly name?: string | undefined;
  /** `end-user`, `agent` or `admin`. */
  readonly role?: string | undefined;
}

/**
 * A group (`GET /api/v2/groups`).
 *
 * @category Helpdesks
 */
export interface ZendeskGroup {
  /** The group's id. */
  readonly id: number;
  /** The name a team is reported under. */
  readonly name?: string | undefined;
}

/**
 * What {@link fromZendesk} reads: the tickets, and what is known about them.
 *
 * @category Helpdesks
 */
export interface ZendeskInput {
  /** The tickets, one record each. */
  readonly tickets: readonly ZendeskTicket[];
  /** Their ticket metrics. */
  readonly metrics?: readonly ZendeskTicketMetric[] | undefined;
  /** Their audits: the events. */
  readonly audits?: readonly ZendeskAudit[] | undefined;
  /** Their satisfaction ratings (over the tickets' own). */
  readonly satisfactionRatings?: readonly ZendeskSatisfactionRating[] | undefined;
  /** The users: agents' names, and who is an end-user. */
  readonly users?: readonly ZendeskUser[] | undefined;
  /** The groups: teams' names. */
  readonly groups?: readonly ZendeskGroup[] | undefined;
}
