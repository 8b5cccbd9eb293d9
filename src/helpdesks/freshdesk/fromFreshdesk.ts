import { checkObject, fail, isPlainObject } from "../../_lib/check.js";
import { byOwner, latest, nameOf, objects } from "../_lib/apiObjects.js";
import type { TicketEvent, TicketStatus } from "../../records/ticket.js";
import type { TicketRecord } from "../../records/types.js";

const KPI = "fromFreshdesk";

/** Freshdesk's default statuses (API numbers) as servicekpi's; custom statuses (6 and up) are left out. */
const STATUSES: Readonly<Record<number, TicketStatus>> = { 2: "open", 3: "pending", 4: "solved", 5: "closed" };
const PRIORITIES: Readonly<Record<number, string>> = { 1: "Low", 2: "Medium", 3: "High", 4: "Urgent" };
/** Ticket sources (API numbers) as Freshdesk names them. */
const SOURCES: Readonly<Record<number, string>> = {
  1: "Email", 2: "Portal", 3: "Phone", 4: "Forum", 5: "Twitter", 6: "Facebook", 7: "Chat", 8: "Mobihelp",
  9: "Feedback Widget", 10: "Outbound Email", 11: "Ecommerce", 12: "Bot", 13: "WhatsApp",
};
/** The outbound e-mail source: the ticket's first message is the agent's. */
const OUTBOUND_EMAIL = 10;
/**
 * Survey answers on the 1–5 CSAT scale: Freshdesk's face values (103 … −103) keep their order, so
 * CSAT (the share of 4 and 5) is Freshdesk's share of happy answers (103, 102, 101); a 3-point
 * survey's 103, 100, −103 are 5, 3, 1; the classic survey's 1, 2, 3 (happy, neutral, unhappy) too.
 */
const RATINGS: Readonly<Record<number, number>> = { 103: 5, 102: 4, 101: 4, 100: 3, [-101]: 2, [-102]: 2, [-103]: 1 };
const CLASSIC: Readonly<Record<number, number>> = { 1: 5, 2: 3, 3: 1 };

/**
 * A Freshdesk ticket (`GET /api/v2/tickets?include=stats`): the parts {@link fromFreshdesk}
 * reads; every other key is allowed and ignored.
 *
 * @category Helpdesks
 */
export interface FreshdeskTicket {
  /** The ticket's id. */
  readonly id: number;
  /** When it was created, ISO 8601 UTC. */
  readonly created_at: string;
  /** 2 Open, 3 Pending, 4 Resolved, 5 Closed (custom statuses above). */
  readonly status?: number | undefined;
  /** 1 Low, 2 Medium, 3 High, 4 Urgent. */
  readonly priority?: number | undefined;
  /** How it came in: 1 Email, 2 Portal, 3 Phone, 7 Chat, 9 Feedback Widget, 10 Outbound Email … */
  readonly source?: number | undefined;
  /** The customer. */
  readonly requester_id?: number | null | undefined;
  /** The agent assigned. */
  readonly responder_id?: number | null | undefined;
  /** The group assigned. */
  readonly group_id?: number | null | undefined;
  /** The ticket's tags. */
  readonly tags?: readonly string[] | undefined;
  /** With `include=stats`: the ticket's timestamps. */
  readonly stats?: FreshdeskStats | null | undefined;
}

/**
 * A ticket's `stats` (`include=stats`): ISO 8601 timestamps.
 *
 * @category Helpdesks
 */
export interface FreshdeskStats {
  /** The first response by an agent. */
  readonly first_responded_at?: string | null | undefined;
  /** When it was resolved. */
  readonly resolved_at?: string | null | undefined;
  /** When it was closed. */
  readonly closed_at?: string | null | undefined;
}

/**
 * A message or note of a ticket (`GET /api/v2/tickets/{id}/conversations`).
 *
 * @category Helpdesks
 */
export interface FreshdeskConversation {
  /** The ticket it belongs to. */
  readonly ticket_id: number;
  /** When, ISO 8601 UTC. */
  readonly created_at: string;
  /** `true` when it came from outside (the customer). */
  readonly incoming?: boolean | undefined;
  /** `true` for a private note. */
  readonly private?: boolean | undefined;
}

/**
 * A satisfaction rating (`GET /api/v2/surveys/satisfaction_ratings`).
 *
 * @category Helpdesks
 */
export interface FreshdeskSatisfactionRating {
  /** The ticket rated. */
  readonly ticket_id: number;
  /** The answers: `default_question` is read (103 … −103; 1–3 on the classic survey). */
  readonly ratings?: FreshdeskRatings | undefined;
  /** When it was given (the latest of a ticket's ratings is read). */
  readonly created_at?: string | undefined;
}

/**
 * What {@link fromFreshdesk} reads.
 *
 * @category Helpdesks
 */
export interface FreshdeskInput {
  /** The tickets, one record each (with `include=stats` for their resolution). */
  readonly tickets: readonly FreshdeskTicket[];
  /** Their conversations: the messages and notes after the ticket's description. */
  readonly conversations?: readonly FreshdeskConversation[] | undefined;
  /** Their satisfaction ratings. */
  readonly satisfactionRatings?: readonly FreshdeskSatisfactionRating[] | undefined;
  /** The agents (`GET /api/v2/agents`): `{ id, contact: { name } }`, names for `agent`. */
  readonly agents?: readonly FreshdeskAgent[] | undefined;
  /** The groups (`GET /api/v2/groups`): names for `team`. */
  readonly groups?: readonly FreshdeskGroup[] | undefined;
}

/**
 * A satisfaction rating's answers.
 *
 * @category Helpdesks
 */
export interface FreshdeskRatings {
  /** The answer to the survey's main question: 103 … −103 (1–3 on the classic survey). */
  readonly default_question?: number | undefined;
}

/**
 * An agent (`GET /api/v2/agents`).
 *
 * @category Helpdesks
 */
export interface FreshdeskAgent {
  /** The agent's id (a ticket's `responder_id`). */
  readonly id: number;
  /** The agent's contact: its `name` is the agent's. */
  readonly contact?: FreshdeskContact | undefined;
}

/**
 * An agent's contact details.
 *
 * @category Helpdesks
 */
export interface FreshdeskContact {
  /** The agent's name. */
  readonly name?: string | undefined;
}

/**
 * A group (`GET /api/v2/groups`).
 *
 * @category Helpdesks
 */
export interface FreshdeskGroup {
  /** The group's id (a ticket's `group_id`). */
  readonly id: number;
  /** The name a team is reported under. */
  readonly name?: string | undefined;
}

/**
 * Freshdesk API objects as ticket records: tickets with their stats, their conversations as
 * message events, their satisfaction ratings.
 *
 * @remarks
 * Each ticket becomes one record: `id`, `createdAt`, `status` (2 open, 3 pending, 4 Resolved is
 * `solved`, 5 closed; a custom status is left out, so the ticket counts as unsolved unless it has a
 * resolution time), `priority` and `channel` (Freshdesk's names for its numbers), `customerId`
 * (`requester_id`), `agent` and `team` (names when `agents` and `groups` are given, else ids),
 * `tags`, `resolvedAt` (`stats.resolved_at`, else `stats.closed_at`) and `csat`.
 *
 * **Conversations become message events**, after the ticket's description, which is the first
 * message (the customer's; the agent's on an outbound e-mail, source 10): an incoming one is the
 * customer's, any other an agent's, public unless it is a private note, so a public note counts
 * as a response, as in Freshdesk's reports. Status changes are not in the API's conversations:
 * resolution comes from the stats, and waits and reopens, which need status events, stay `null`.
 *
 * **Ratings** go to the 1–5 CSAT scale keeping their order: 103 → 5, 102 and 101 → 4, 100 → 3,
 * −101 and −102 → 2, −103 → 1 (a 3-point survey's 103, 100, −103 are 5, 3, 1); the classic
 * survey's 1, 2, 3 (happy, neutral, unhappy) are 5, 3, 1. CSAT is then the share of happy answers.
 *
 * Cost O(tickets + conversations + ratings), plus a sort of each ticket's conversations.
 *
 * @throws `KpiInputError` naming the list, the index and the key of a ticket without `id` or
 *   `created_at`, or a conversation without `ticket_id` or `created_at`.
 * @example
 * ```ts
 * const [t] = fromFreshdesk({
 *   tickets: [{ id: 1001, created_at: "2026-10-05T04:00:00Z", status: 4, priority: 2, source: 1, stats: { first_responded_at: "2026-10-05T04:30:00Z", resolved_at: "2026-10-05T09:00:00Z" } }],
 *   conversations: [{ ticket_id: 1001, created_at: "2026-10-05T04:30:00Z", incoming: false, private: false }],
 *   satisfactionRatings: [{ ticket_id: 1001, ratings: { default_question: 103 } }],
 * });
 * // { id: 1001, createdAt: "2026-10-05T04:00:00Z", status: "solved", priority: "Medium", channel: "Email",
 * //   resolvedAt: "2026-10-05T09:00:00Z", csat: 5, events: [customer message at 04:00, agent reply at 04:30] }
 * ```
 * @see https://developers.freshdesk.com/api/#tickets
 * @see docs/guides/helpdesk-apis.md
 * @category Helpdesks
 */
export function fromFreshdesk(input: FreshdeskInput): TicketRecord[] {
  const given = checkObject(KPI, "input", input);
  const tickets = objects(KPI, "tickets", given.tickets, "the tickets: a list of Freshdesk ticket objects");
  const listed = given.conversations === undefined ? undefined : objects(KPI, "conversations", given.conversations, "Freshdesk conversations: a list of objects with a ticket_id");
  listed?.forEach((c, i) => typeof c["created_at"] === "string" || fail(KPI, "conversations.created_at", c["created_at"], "the time of the message (an ISO 8601 string)", i));
  const conversations = byOwner(KPI, "conversations", listed, "ticket_id", "Freshdesk");
  const ratings = byOwner(KPI, "satisfactionRatings", given.satisfactionRatings, "ticket_id", "Freshdesk");
  const agents = new Map(objects(KPI, "agents", given.agents ?? [], "Freshdesk agents").map((a) => [a["id"], isPlainObject(a["contact"]) ? a["contact"]["name"] : undefined]));
  const groups = new Map(objects(KPI, "groups", given.groups ?? [], "Freshdesk groups").map((g) => [g["id"], g["name"]]));

  return tickets.map((t, i) => {
    const id = t["id"];
    if (typeof id !== "number" && (typeof id !== "string" || id === "")) fail(KPI, "tickets.id", id, "the ticket's id (a number)", i);
    const created = t["created_at"];
    if (typeof created !== "string") fail(KPI, "tickets.created_at", created, "the creation time (an ISO 8601 string)", i, id);
    const record: Record<string, unknown> = { id, createdAt: created };
    const status = typeof t["status"] === "number" ? STATUSES[t["status"]] : undefined;
    if (status !== undefined) record["status"] = status;
    const priority = typeof t["priority"] === "number" ? PRIORITIES[t["priority"]] : undefined;
    if (priority !== undefined) record["priority"] = priority;
    const source = t["source"];
    if (typeof source === "number") record["channel"] = SOURCES[source] ?? String(source);
    if (typeof t["requester_id"] === "number") record["customerId"] = t["requester_id"];
    const agent = nameOf(agents, t["responder_id"]);
    if (agent !== undefined) record["agent"] = agent;
    const team = nameOf(groups, t["group_id"]);
    if (team !== undefined) record["team"] = team;
    if (Array.isArray(t["tags"]) && t["tags"].length > 0) record["tags"] = t["tags"].filter((x): x is string => typeof x === "string");
    const stats = isPlainObject(t["stats"]) ? t["stats"] : {};
    const resolved = typeof stats["resolved_at"] === "string" ? stats["resolved_at"] : typeof stats["closed_at"] === "string" ? stats["closed_at"] : undefined;
    if (resolved !== undefined) record["resolvedAt"] = resolved;
    const rating = latest(ratings.get(id));
    const score = isPlainObject(rating?.["ratings"]) ? rating["ratings"]["default_question"] : undefined;
    const csat = typeof score === "number" ? (RATINGS[score] ?? CLASSIC[score]) : undefined;
    if (csat !== undefined) record["csat"] = csat;
    const own = conversations.get(id);
    if (own !== undefined) record["events"] = eventsOf(created, source === OUTBOUND_EMAIL, own);
    return record as unknown as TicketRecord;
  });
}

/** The description as the first message, then the conversations by time (a stable sort). */
function eventsOf(created: string, outbound: boolean, conversations: readonly Record<string, unknown>[]): TicketEvent[] {
  const opening: TicketEvent = { at: created, type: "message", author: outbound ? "agent" : "customer", public: true };
  const rest = [...conversations]
    .sort((a, b) => Date.parse(a["created_at"] as string) - Date.parse(b["created_at"] as string))
    .map((c): TicketEvent => ({ at: c["created_at"] as string, type: "message", author: c["incoming"] === true ? "customer" : "agent", public: c["private"] !== true }));
  return [opening, ...rest];
}
