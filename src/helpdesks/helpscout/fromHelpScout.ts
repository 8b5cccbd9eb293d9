import { checkList, checkObject, checkOneOf, fail, isPlainObject } from "../../_lib/check.js";
import { nameOf, namesById, objects } from "../_lib/apiObjects.js";
import type { EventAuthor, TicketEvent, TicketStatus } from "../../records/ticket.js";
import type { TicketRecord } from "../../records/types.js";

const KPI = "fromHelpScout";

/** Help Scout's statuses (of a conversation, and the status a thread set) as servicekpi's. */
const STATUSES: Readonly<Record<string, TicketStatus>> = { active: "open", open: "open", pending: "pending", closed: "solved" };
/** Help Scout's happiness ratings on servicekpi's 1–5 CSAT scale: Great is satisfied, Okay neutral, Not Good not. */
const RATINGS: Readonly<Record<string, number>> = { great: 5, okay: 3, ok: 3, not_good: 1, "not-good": 1 };
/** The Happiness Ratings report's `ratingId`: 1 Great, 2 Okay, 3 Not Good. */
const REPORT_RATINGS: Readonly<Record<string, number>> = { "1": 5, "2": 3, "3": 1 };
/** Thread types that are messages: the customer's, an agent's reply, a chat or phone thread, a note (private). */
const MESSAGES = new Set(["customer", "message", "reply", "chat", "beaconchat", "phone", "note"]);

/**
 * The parts of a Help Scout conversation (Mailbox API 2.0, `GET /v2/conversations/{id}?embed=threads`)
 * that {@link fromHelpScout} reads; every other key is allowed and ignored. Times are ISO 8601 UTC.
 *
 * @category Helpdesks
 */
export interface HelpScoutConversation {
  /** The conversation's id (`number` is the one shown in the app). */
  readonly id: string | number;
  /** The number shown in the app. */
  readonly number?: number | undefined;
  /** When it was created, ISO 8601 (`2026-11-02T09:15:00Z`). */
  readonly createdAt: string;
  /** When it was closed, ISO 8601, or absent. */
  readonly closedAt?: string | null | undefined;
  /** `active`, `pending`, `closed` or `spam`. */
  readonly status?: string | undefined;
  /** The channel: `email`, `chat` or `phone`. */
  readonly type?: string | undefined;
  /** The mailbox (inbox) it is in. */
  readonly mailboxId?: number | string | undefined;
  /** The user assigned, with `first`, `last` and `email`. */
  readonly assignee?: HelpScoutPerson | null | undefined;
  /** The customer. */
  readonly primaryCustomer?: HelpScoutPerson | null | undefined;
  /** The tags, each with its `tag`. */
  readonly tags?: readonly {
    /** The tag's name. */
    readonly tag?: string | undefined;
  }[] | undefined;
  /** `{ threads: [...] }` with `embed=threads`: the conversation's threads (newest first, as Help Scout lists them). */
  readonly _embedded?: {
    /** The threads. */
    readonly threads?: readonly HelpScoutThread[] | undefined;
  } | undefined;
}

/**
 * A user or customer as Help Scout writes one.
 *
 * @category Helpdesks
 */
export interface HelpScoutPerson {
  /** Its id. */
  readonly id?: number | string | undefined;
  /** `user`, `customer`, `team` or (API v3) `system_user`. */
  readonly type?: string | undefined;
  /** First name. */
  readonly first?: string | undefined;
  /** Last name. */
  readonly last?: string | undefined;
  /** E-mail. */
  readonly email?: string | undefined;
}

/**
 * One thread of a conversation: a message, a note, or a line item (a change).
 *
 * @category Helpdesks
 */
export interface HelpScoutThread {
  /** `customer`, `message` (an agent's reply), `note`, `chat`, `phone`, `lineitem`, `forwardparent`, `forwardchild` … */
  readonly type: string;
  /** When, ISO 8601. */
  readonly createdAt: string;
  /** The status the conversation got with this thread (`active`, `pending`, `closed`), or `nochange`. */
  readonly status?: string | undefined;
  /** `published`, or `draft`, `hidden`, `underReview` (not sent: not read). */
  readonly state?: string | undefined;
  /** Who wrote it: `type` `customer`, `user` or `system_user`. */
  readonly createdBy?: HelpScoutPerson | undefined;
}

/**
 * A happiness rating, in either of the shapes Help Scout gives one: a rating object
 * (`GET /v2/ratings/{id}`: `conversationId`, `rating`, `createdAt`) or a row of the Happiness
 * Ratings report (`GET /v2/reports/happiness/ratings`: the conversation's `id`, `ratingId` 1
 * Great, 2 Okay, 3 Not Good, `ratingCreatedAt`).
 *
 * @category Helpdesks
 */
export type HelpScoutRating = HelpScoutRatingObject | HelpScoutRatingRow;

/**
 * A rating object (`GET /v2/ratings/{id}`).
 *
 * @category Helpdesks
 */
export interface HelpScoutRatingObject {
  /** The conversation rated. */
  readonly conversationId: number | string;
  /** `great`, `okay`, `not_good` (or `unknown`: no rating). */
  readonly rating: string;
  /** When it was given, ISO 8601; the latest of a conversation's ratings counts. */
  readonly createdAt?: string | undefined;
}

/**
 * A row of the Happiness Ratings report (`GET /v2/reports/happiness/ratings`, Plus and Pro plans).
 *
 * @category Helpdesks
 */
export interface HelpScoutRatingRow {
  /** The conversation rated. */
  readonly id: number | string;
  /** The rating: 1 Great, 2 Okay, 3 Not Good. */
  readonly ratingId: number;
  /** When it was given, ISO 8601. */
  readonly ratingCreatedAt?: string | undefined;
}

/**
 * What {@link fromHelpScout} reads.
 *
 * @category Helpdesks
 */
export interface HelpScoutInput {
  /** The conversations, one record each (with `embed=threads` for their events). */
  readonly conversations: readonly HelpScoutConversation[];
  /** Happiness ratings: rating objects or Happiness Ratings report rows. */
  readonly ratings?: readonly HelpScoutRating[] | undefined;
  /** The mailboxes (`GET /v2/mailboxes`): names for `team`. */
  readonly mailboxes?: readonly {
    /** The mailbox's id. */
    readonly id?: number | string | undefined;
    /** Its name. */
    readonly name?: string | undefined;
  }[] | undefined;
}

/**
 * Options of {@link fromHelpScout}.
 *
 * @category Helpdesks
 */
export interface FromHelpScoutOptions {
  /**
   * A conversation with status `spam` (listed with `status=all`): `"refuse"` it (default: a
   * `KpiInputError`, so that spam never passes for a customer's request unnoticed) or
   * `"leave out"` (no record for it; count them yourself if you report them).
   */
  readonly spam?: "refuse" | "leave out" | undefined;
}

/**
 * Help Scout conversations (Mailbox API 2.0) as ticket records: their threads as message and
 * status events, the happiness rating, the assignee and mailbox.
 *
 * @remarks
 * Help Scout has no per-conversation export; its Mailbox API is the way to the data
 * (`GET /v2/conversations?status=all&embed=threads`, paged; docs/guides/helpdesk-apis.md). Each
 * conversation becomes one record: `id`, `createdAt`, `status` (active is `open`, pending
 * `pending`, closed `solved`), `channel` (`type`: email, chat, phone), `agent` (the assignee's
 * name, else e-mail or id), `team` (the mailbox's name when `mailboxes` are given, else its id),
 * `customerId` (the primary customer), `tags`, `resolvedAt` (`closedAt` of a closed one) and `csat`
 * (the latest rating: Great 5, Okay 3, Not Good 1 on the 1–5 scale, so that CSAT is the share of
 * Great; Help Scout's own happiness score is Great % − Not Good %).
 *
 * **Threads become events**, oldest first: a `customer` thread is the customer's message, a
 * `message` (or `reply`) an agent's, a `chat` or `phone` thread by its author, a `note` a
 * private agent message; an author of type `system_user` (Help Scout's AI, in API v3) is a bot.
 * Drafts and hidden threads were never sent and are not read, nor forwards. Every thread whose
 * `status` is not `nochange` (a reply that closes, a line item "marked as pending") is also a
 * status event. Cost O(conversations + threads + ratings), plus a sort of each conversation's
 * threads.
 *
 * @throws `KpiInputError` naming the list, the index and the key of a conversation without `id`
 *   or `createdAt` (or with a date that is not ISO 8601), a thread without `type` or
 *   `createdAt`, a rating without its conversation or with a value Help Scout does not give,
 *   or (by default) a spam conversation.
 * @example
 * ```ts
 * const [c] = fromHelpScout({
 *   conversations: [{
 *     id: 2391938111, createdAt: "2026-11-02T09:00:00Z", status: "closed", type: "email", closedAt: "2026-11-02T11:00:00Z",
 *     _embedded: { threads: [
 *       { type: "message", createdAt: "2026-11-02T11:00:00Z", status: "closed", createdBy: { type: "user" } },
 *       { type: "customer", createdAt: "2026-11-02T09:00:00Z", status: "active", createdBy: { type: "customer" } },
 *     ] },
 *   }],
 *   ratings: [{ conversationId: 2391938111, rating: "great" }],
 * });
 * // { id: 2391938111, createdAt: 1793610000000, status: "solved", channel: "email", resolvedAt: 1793617200000, csat: 5,
 * //   events: [customer message at 09:00 (and open), agent reply at 11:00 (and solved)] }
 * ```
 * @see https://developer.helpscout.com/mailbox-api/endpoints/conversations/list/
 * @see https://developer.helpscout.com/mailbox-api/endpoints/conversations/threads/list/
 * @see https://developer.helpscout.com/mailbox-api/endpoints/ratings/get/
 * @see https://developer.helpscout.com/mailbox-api/endpoints/reports/happiness/reports-happiness-ratings
 * @see docs/guides/helpdesk-apis.md
 * @category Helpdesks
 */
export function fromHelpScout(input: HelpScoutInput, options: FromHelpScoutOptions = {}): TicketRecord[] {
  const given = checkObject(KPI, "input", input);
  const o = checkObject(KPI, "options", options);
  const spam = o.spam === undefined ? "refuse" : checkOneOf(KPI, "options.spam", o.spam, ["refuse", "leave out"] as const);
  const conversations = objects(KPI, "conversations", given.conversations, "the conversations: a list of Help Scout conversation objects");
  const mailboxes = namesById(KPI, "mailboxes", given.mailboxes, "Help Scout mailboxes: objects with an id and a name");
  const ratings = latestRatings(given.ratings);

  const records: TicketRecord[] = [];
  conversations.forEach((raw, i) => {
    const c = raw as unknown as HelpScoutConversation;
    if (typeof c.id !== "number" && (typeof c.id !== "string" || c.id === "")) fail(KPI, "conversations.id", c.id, "the conversation's id", i);
    if (c.status === "spam") {
      if (spam === "leave out") return;
      fail(KPI, "conversations.status", c.status, 'a conversation that is not spam (or the option spam: "leave out")', i, c.id);
    }
    const createdMs = instant(c.createdAt);
    if (createdMs === null) fail(KPI, "conversations.createdAt", c.createdAt, "the creation time, ISO 8601", i, c.id);
    const record: Record<string, unknown> = { id: c.id, createdAt: createdMs };
    const status = typeof c.status === "string" ? STATUSES[c.status] : undefined;
    if (status !== undefined) record["status"] = status;
    if (typeof c.type === "string" && c.type !== "") record["channel"] = c.type;
    const agent = personName(c.assignee);
    if (agent !== undefined) record["agent"] = agent;
    const team = nameOf(mailboxes, c.mailboxId === undefined || c.mailboxId === null ? undefined : String(c.mailboxId));
    if (team !== undefined) record["team"] = team;
    const customer = isPlainObject(c.primaryCustomer) ? c.primaryCustomer.id : undefined;
    if (typeof customer === "string" || typeof customer === "number") record["customerId"] = customer;
    const tags = Array.isArray(c.tags) ? c.tags.map((t) => (isPlainObject(t) ? t["tag"] : undefined)).filter((t): t is string => typeof t === "string" && t !== "") : [];
    if (tags.length > 0) record["tags"] = tags;
    const closedMs = instant(c.closedAt);
    if (status === "solved" && closedMs !== null) record["resolvedAt"] = closedMs;
    const rating = ratings.get(String(c.id));
    if (rating !== undefined) record["csat"] = rating;
    const threads = isPlainObject(c._embedded) ? c._embedded["threads"] : undefined;
    if (threads !== undefined) record["events"] = eventsOf(checkList(KPI, "conversations._embedded.threads", threads, "a list of threads", i, c.id), i, c.id);
    records.push(record as unknown as TicketRecord);
  });
  return records;
}

/** An ISO 8601 instant (Help Scout writes UTC, with a `Z`; one without is read as UTC) → epoch ms, or `null`. */
function instant(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) return null;
  const ms = Date.parse(/Z$|[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
  return Number.isFinite(ms) ? ms : null;
}

/** A person's name (`first last`), else e-mail, else id; `undefined` for none. */
function personName(p: unknown): string | undefined {
  if (!isPlainObject(p)) return undefined;
  const name = [p["first"], p["last"]].filter((s): s is string => typeof s === "string" && s.trim() !== "").join(" ");
  if (name !== "") return name;
  if (typeof p["email"] === "string" && p["email"] !== "") return p["email"];
  return typeof p["id"] === "number" || (typeof p["id"] === "string" && p["id"] !== "") ? String(p["id"]) : undefined;
}

/** Each conversation's latest rating (by `createdAt`, else the order given) on the 1–5 scale; `unknown` is no rating. */
function latestRatings(value: unknown): Map<string, number> {
  const out = new Map<string, { at: string; score: number }>();
  if (value === undefined) return new Map();
  objects(KPI, "ratings", value, "Help Scout ratings: rating objects (conversationId, rating) or Happiness Ratings report rows (id, ratingId)").forEach((r, i) => {
    // a report row names the conversation `id` and gives the rating as `ratingId` 1-3
    const row = r["conversationId"] === undefined && r["ratingId"] !== undefined;
    const key = row ? "id" : "conversationId";
    const id = r[key];
    if (typeof id !== "number" && (typeof id !== "string" || id === "")) fail(KPI, `ratings.${key}`, id, "the id of the conversation rated", i);
    let score: number | undefined;
    if (row) {
      score = REPORT_RATINGS[String(r["ratingId"])];
      if (score === undefined) fail(KPI, "ratings.ratingId", r["ratingId"], "1 (Great), 2 (Okay) or 3 (Not Good)", i);
    } else {
      const word = typeof r["rating"] === "string" ? r["rating"].trim().toLowerCase() : r["rating"];
      if (word === "unknown") return;
      score = typeof word === "string" ? RATINGS[word] : undefined;
      if (score === undefined) fail(KPI, "ratings.rating", r["rating"], "great, okay, not_good or unknown", i);
    }
    const when = row ? r["ratingCreatedAt"] : r["createdAt"];
    const at = typeof when === "string" ? when : "";
    const seen = out.get(String(id));
    if (seen === undefined || at >= seen.at) out.set(String(id), { at, score });
  });
  return new Map([...out].map(([id, r]) => [id, r.score]));
}

function authorOf(thread: Record<string, unknown>): EventAuthor {
  const by = isPlainObject(thread["createdBy"]) ? thread["createdBy"]["type"] : undefined;
  if (thread["type"] === "customer" || by === "customer") return "customer";
  return by === "system_user" ? "bot" : "agent";
}

/** The threads as events, oldest first (a stable sort over the threads turned oldest first: Help Scout lists them newest first). */
function eventsOf(threads: readonly unknown[], index: number, id: string | number): TicketEvent[] {
  const events: { atMs: number; order: number; event: TicketEvent }[] = [];
  threads.forEach((t, j) => {
    if (!isPlainObject(t) || typeof t["type"] !== "string") fail(KPI, `conversations._embedded.threads[${j}].type`, isPlainObject(t) ? t["type"] : t, "a thread with its type", index, id);
    const atMs = instant(t["createdAt"]);
    if (atMs === null) fail(KPI, `conversations._embedded.threads[${j}].createdAt`, t["createdAt"], "the time of the thread, ISO 8601", index, id);
    const state = t["state"];
    if (state !== undefined && state !== "published") return; // a draft or hidden thread was never sent
    const order = threads.length - j; // (same instant: the order Help Scout gives, oldest last)
    const type = t["type"];
    if (MESSAGES.has(type)) events.push({ atMs, order, event: { at: atMs, type: "message", author: authorOf(t), public: type !== "note" } });
    const status = typeof t["status"] === "string" ? STATUSES[t["status"]] : undefined;
    if (status !== undefined) events.push({ atMs, order: order + 0.5, event: { at: atMs, type: "status", status } });
  });
  return events.sort((a, b) => a.atMs - b.atMs || a.order - b.order).map((e) => e.event);
}
