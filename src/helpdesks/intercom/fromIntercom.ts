import { checkList, checkObject, checkOneOf, fail, isPlainObject } from "../../_lib/check.js";
import { nameOf, namesById, objects } from "../_lib/apiObjects.js";
import type { EventAuthor, TicketEvent, TicketStatus } from "../../records/ticket.js";
import type { TicketRecord } from "../../records/types.js";
import type { PresetHours } from "../types.js";

const KPI = "fromIntercom";
const HOURS = ["calendar", "business"] as const;
const SECOND = 1000;

/** Conversation states and the parts that change them, as servicekpi's statuses. */
const STATES: Readonly<Record<string, TicketStatus>> = { open: "open", closed: "solved", snoozed: "pending" };
const STATE_PARTS: Readonly<Record<string, TicketStatus>> = {
  close: "solved",
  open: "open",
  assign_and_reopen: "open",
  snoozed: "pending",
  unsnoozed: "open",
  timer_unsnooze: "open",
};

/**
 * The parts of an Intercom conversation (`GET /conversations/{id}`, API 2.x) that
 * {@link fromIntercom} reads; every other key is allowed and ignored. Times are Unix seconds.
 *
 * @category Helpdesks
 */
export interface IntercomConversation {
  /** The conversation's id. */
  readonly id: string | number;
  /** When it was created, Unix seconds. */
  readonly created_at: number;
  /** `open`, `closed` or `snoozed`. */
  readonly state?: string | undefined;
  /** `priority` / `not_priority`, or (newer versions) `none`, `low` … `urgent`. */
  readonly priority?: string | undefined;
  /** The teammate assigned. */
  readonly admin_assignee_id?: number | string | null | undefined;
  /** The team assigned. */
  readonly team_assignee_id?: number | string | null | undefined;
  /** `{ tags: [{ name }] }`. */
  readonly tags?: IntercomTagList | undefined;
  /** `{ contacts: [{ id }] }`: the first is the customer. */
  readonly contacts?: IntercomContactList | undefined;
  /** The opening message: its `type` (the channel), and its `author.type`. */
  readonly source?: IntercomSource | undefined;
  /** `{ rating: 1–5 }`. */
  readonly conversation_rating?: IntercomRating | null | undefined;
  /** Intercom's own timings and counts. */
  readonly statistics?: IntercomStatistics | null | undefined;
  /** `{ conversation_parts: [...] }`: the conversation after its opening message. */
  readonly conversation_parts?: IntercomPartList | undefined;
}

/**
 * A conversation's tags.
 *
 * @category Helpdesks
 */
export interface IntercomTagList {
  /** The tags, each with its `name`. */
  readonly tags?: readonly IntercomNamed[] | undefined;
}

/**
 * A conversation's contacts.
 *
 * @category Helpdesks
 */
export interface IntercomContactList {
  /** The contacts, each with its `id`. */
  readonly contacts?: readonly IntercomNamed[] | undefined;
}

/**
 * A conversation's rating.
 *
 * @category Helpdesks
 */
export interface IntercomRating {
  /** 1 to 5. */
  readonly rating?: number | null | undefined;
}

/**
 * A conversation's parts.
 *
 * @category Helpdesks
 */
export interface IntercomPartList {
  /** The parts, oldest first (the 500 most recent at most). */
  readonly conversation_parts?: readonly IntercomPart[] | undefined;
}

/**
 * Something Intercom names: a teammate, a team, a tag, a contact.
 *
 * @category Helpdesks
 */
export interface IntercomNamed {
  /** Its id. */
  readonly id?: string | number | undefined;
  /** Its name. */
  readonly name?: string | undefined;
}

/**
 * A conversation's opening message.
 *
 * @category Helpdesks
 */
export interface IntercomSource {
  /** The channel: `conversation`, `email`, `phone_call`, `whatsapp` … */
  readonly type?: string | undefined;
  /** Who wrote it: `author.type` `user`, `lead`, `contact`, `admin` or `bot`. */
  readonly author?: IntercomAuthor | undefined;
}

/**
 * Who wrote a part.
 *
 * @category Helpdesks
 */
export interface IntercomAuthor {
  /** `user`, `lead`, `contact` (a customer), `admin` (a teammate), `bot`, `team`. */
  readonly type?: string | undefined;
  /** A Fin AI Agent answer (a bot's, though written as an admin). */
  readonly from_ai_agent?: boolean | undefined;
}

/**
 * One conversation part.
 *
 * @category Helpdesks
 */
export interface IntercomPart {
  /** `comment`, `note`, `close`, `open`, `snoozed`, `assignment` … */
  readonly part_type: string;
  /** When, Unix seconds. */
  readonly created_at: number;
  /** Who. */
  readonly author?: IntercomAuthor | undefined;
}

/**
 * Intercom's `statistics` of a conversation: timestamps in Unix seconds, durations in seconds
 * (those named `time_to_*` leave out time outside office hours).
 *
 * @category Helpdesks
 */
export interface IntercomStatistics {
  /** The customer's first message. */
  readonly first_contact_reply_at?: number | null | undefined;
  /** The first reply by a human teammate, after it. */
  readonly first_admin_reply_at?: number | null | undefined;
  /** The first close. */
  readonly first_close_at?: number | null | undefined;
  /** The last close. */
  readonly last_close_at?: number | null | undefined;
  /** To the first teammate reply, office hours only. */
  readonly time_to_admin_reply?: number | null | undefined;
  /** To the first close, office hours only. */
  readonly time_to_first_close?: number | null | undefined;
  /** To the last close, office hours only. */
  readonly time_to_last_close?: number | null | undefined;
  /** Reopens after the customer's first message. */
  readonly count_reopens?: number | null | undefined;
  /** Assignments after it. */
  readonly count_assignments?: number | null | undefined;
}

/**
 * What {@link fromIntercom} reads.
 *
 * @category Helpdesks
 */
export interface IntercomInput {
  /** The conversations, one record each. */
  readonly conversations: readonly IntercomConversation[];
  /** The teammates (`GET /admins`): names for `agent`. */
  readonly admins?: readonly IntercomNamed[] | undefined;
  /** The teams (`GET /teams`): names for `team`. */
  readonly teams?: readonly IntercomNamed[] | undefined;
}

/**
 * Options of {@link fromIntercom}.
 *
 * @category Helpdesks
 */
export interface FromIntercomOptions {
  /**
   * For conversations without parts: the clock of the durations read from `statistics`,
   * `"calendar"` (default: between its timestamps) or `"business"` (Intercom's office-hours
   * seconds).
   */
  readonly hours?: PresetHours | undefined;
}

/**
 * Intercom conversations (REST API 2.x) as ticket records: the opening message and the
 * conversation parts as message and status events, the rating, the assignee and team.
 *
 * @remarks
 * Each conversation becomes one record: `id`, `createdAt` (`created_at`, Unix seconds),
 * `status` (open; closed is `solved`; snoozed is `pending`), `priority`, `channel` (the opening
 * message's `source.type`), `agent` and `team` (names when `admins` and `teams` are given, else
 * ids), `customerId` (the first contact), `tags`, `csat` (`conversation_rating.rating`, 1–5) and
 * `reopens` (`statistics.count_reopens`).
 *
 * **Parts become events**, oldest first, after the opening message: a `comment` is a public
 * message, a `note` a private one; its author is the customer for a user, lead or contact, a
 * bot for a bot or a Fin AI Agent answer, else an agent. `close`, `open`, `snoozed`,
 * `unsnoozed` and `assign_and_reopen` are status events. Intercom returns at most the 500 most
 * recent parts of a conversation: a longer one is measured from its latest 500.
 *
 * **Without parts** (a list of conversations, which carries none), the record takes Intercom's
 * own numbers from `statistics`, as its export does: `firstResponseMs` and `resolutionMs` from the
 * customer's first message to the first teammate reply and to the last close (`hours:
 * "calendar"`, between the timestamps) or Intercom's office-hours seconds (`"business"`), and
 * `resolvedAt` (`last_close_at`) when closed. {@link intercomMetrics} gives those numbers.
 *
 * Cost O(conversations + parts), plus a sort of each conversation's parts.
 *
 * @throws `KpiInputError` naming the list, the index and the key of a conversation without `id`
 *   or `created_at`, or a part without `part_type` or `created_at`.
 * @example
 * ```ts
 * const [c] = fromIntercom({
 *   conversations: [{
 *     id: "1911149811", created_at: 1791183600, state: "closed", source: { type: "conversation", author: { type: "user" } },
 *     conversation_rating: { rating: 5 },
 *     conversation_parts: { conversation_parts: [
 *       { part_type: "comment", created_at: 1791184200, author: { type: "admin" } },
 *       { part_type: "close", created_at: 1791187200, author: { type: "admin" } },
 *     ] },
 *   }],
 * });
 * // { id: "1911149811", createdAt: 1791183600000, status: "solved", channel: "conversation", csat: 5,
 * //   events: [{ at: 1791183600000, type: "message", author: "customer", public: true }, … a reply at +10 min, solved at +1 h] }
 * ```
 * @see https://developers.intercom.com/docs/references/rest-api/api.intercom.io/conversations/
 * @see https://www.intercom.com/help/en/articles/6762778-reporting-metrics-for-rest-api-and-csv-exports
 * @see docs/guides/helpdesk-apis.md
 * @category Helpdesks
 */
export function fromIntercom(input: IntercomInput, options: FromIntercomOptions = {}): TicketRecord[] {
  const given = checkObject(KPI, "input", input);
  const o = checkObject(KPI, "options", options);
  const hours = o.hours === undefined ? "calendar" : checkOneOf(KPI, "options.hours", o.hours, HOURS);
  const conversations = objects(KPI, "conversations", given.conversations, "the conversations: a list of Intercom conversation objects");
  const admins = names("admins", given.admins);
  const teams = names("teams", given.teams);

  return conversations.map((raw, i) => {
    const c = raw as unknown as IntercomConversation;
    if (typeof c.id !== "number" && (typeof c.id !== "string" || c.id === "")) fail(KPI, "conversations.id", c.id, "the conversation's id", i);
    const createdMs = seconds(c.created_at);
    if (createdMs === null) fail(KPI, "conversations.created_at", c.created_at, "the creation time in Unix seconds", i, c.id);
    const record: Record<string, unknown> = { id: c.id, createdAt: createdMs };
    const status = typeof c.state === "string" ? STATES[c.state.toLowerCase()] : undefined;
    if (status !== undefined) record["status"] = status;
    if (typeof c.priority === "string" && c.priority !== "" && c.priority !== "none") record["priority"] = c.priority;
    const source = isPlainObject(c.source) ? c.source : undefined;
    if (typeof source?.type === "string" && source.type !== "") record["channel"] = source.type;
    const agent = nameOf(admins, c.admin_assignee_id === undefined || c.admin_assignee_id === null ? undefined : String(c.admin_assignee_id));
    if (agent !== undefined) record["agent"] = agent;
    const team = nameOf(teams, c.team_assignee_id === undefined || c.team_assignee_id === null ? undefined : String(c.team_assignee_id));
    if (team !== undefined) record["team"] = team;
    const contact = isPlainObject(c.contacts) && Array.isArray(c.contacts.contacts) ? c.contacts.contacts[0] : undefined;
    if (isPlainObject(contact) && (typeof contact.id === "string" || typeof contact.id === "number")) record["customerId"] = contact.id;
    const tags = isPlainObject(c.tags) && Array.isArray(c.tags.tags) ? c.tags.tags.map((t) => (isPlainObject(t) ? t.name : undefined)).filter((n): n is string => typeof n === "string" && n !== "") : [];
    if (tags.length > 0) record["tags"] = tags;
    const rating = isPlainObject(c.conversation_rating) ? c.conversation_rating.rating : undefined;
    if (typeof rating === "number") record["csat"] = rating;
    const stats = isPlainObject(c.statistics) ? (c.statistics as IntercomStatistics) : undefined;
    if (typeof stats?.count_reopens === "number") record["reopens"] = stats.count_reopens;
    const parts = isPlainObject(c.conversation_parts) ? c.conversation_parts.conversation_parts : undefined;
    if (parts !== undefined) record["events"] = eventsOf(c, createdMs, checkList(KPI, "conversations.conversation_parts", parts, "a list of parts", i, c.id), i);
    else if (stats !== undefined) Object.assign(record, statisticsFields(stats, hours, c.state === "closed"));
    return record as unknown as TicketRecord;
  });
}

const names = (field: string, value: unknown): ReadonlyMap<unknown, unknown> => namesById(KPI, field, value, `Intercom ${field}: objects with an id and a name`);

/** Unix seconds → epoch ms, or `null` for anything that is not a finite number. */
function seconds(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value * SECOND : null;
}

function authorOf(author: unknown): EventAuthor {
  const a = isPlainObject(author) ? author : {};
  if (a["from_ai_agent"] === true || a["is_ai_answer"] === true || a["type"] === "bot") return "bot";
  return a["type"] === "user" || a["type"] === "lead" || a["type"] === "contact" ? "customer" : "agent";
}

/** The opening message and the parts as events, oldest first (a stable sort: parts at one instant keep their order). */
function eventsOf(c: IntercomConversation, createdMs: number, parts: readonly unknown[], index: number): TicketEvent[] {
  const events: { atMs: number; event: TicketEvent }[] = [];
  const opener = isPlainObject(c.source) ? c.source.author : undefined;
  events.push({ atMs: createdMs, event: { at: createdMs, type: "message", author: authorOf(opener), public: true } });
  parts.forEach((p, j) => {
    if (!isPlainObject(p) || typeof p["part_type"] !== "string") fail(KPI, `conversations.conversation_parts[${j}].part_type`, isPlainObject(p) ? p["part_type"] : p, "a part with its part_type", index, c.id);
    const atMs = seconds(p["created_at"]);
    if (atMs === null) fail(KPI, `conversations.conversation_parts[${j}].created_at`, p["created_at"], "the time of the part in Unix seconds", index, c.id);
    const type = p["part_type"];
    if (type === "comment" || type === "note") {
      events.push({ atMs, event: { at: atMs, type: "message", author: authorOf(p["author"]), public: type === "comment" } });
    }
    const status = STATE_PARTS[type];
    if (status !== undefined) events.push({ atMs, event: { at: atMs, type: "status", status } });
  });
  return events.sort((a, b) => a.atMs - b.atMs).map((e) => e.event);
}

/** A conversation's durations from its statistics, in the clock asked for: Intercom's own numbers. */
function statisticsFields(s: IntercomStatistics, hours: PresetHours, closed: boolean): Record<string, unknown> {
  const m = intercomMetrics(s, hours);
  const out: Record<string, unknown> = {};
  if (m.firstReplyMs !== null) out["firstResponseMs"] = m.firstReplyMs;
  if (closed && m.lastCloseMs !== null) out["resolutionMs"] = m.lastCloseMs;
  const last = seconds(s.last_close_at);
  if (closed && last !== null) out["resolvedAt"] = last;
  return out;
}

/**
 * Intercom's own numbers for a conversation, from its `statistics`, in milliseconds (`null`
 * where it has none): calendar time between its timestamps from the customer's first message,
 * or the office-hours seconds Intercom computes (`"business"`).
 *
 * @example
 * ```ts
 * intercomMetrics({ first_contact_reply_at: 1791183600, first_admin_reply_at: 1791184200, time_to_admin_reply: 0, count_reopens: 1 });
 * // { firstReplyMs: 600_000, firstCloseMs: null, lastCloseMs: null, reopens: 1 }
 * ```
 * @category Helpdesks
 */
export function intercomMetrics(statistics: IntercomStatistics, hours: PresetHours = "calendar"): IntercomMetricValues {
  const s = checkObject("intercomMetrics", "statistics", statistics) as IntercomStatistics;
  checkOneOf("intercomMetrics", "hours", hours, HOURS);
  const start = seconds(s.first_contact_reply_at);
  const since = (at: unknown, office: unknown): number | null => {
    if (hours === "business") return seconds(office);
    const end = seconds(at);
    return start === null || end === null ? null : end - start;
  };
  return {
    firstReplyMs: since(s.first_admin_reply_at, s.time_to_admin_reply),
    firstCloseMs: since(s.first_close_at, s.time_to_first_close),
    lastCloseMs: since(s.last_close_at, s.time_to_last_close),
    reopens: typeof s.count_reopens === "number" ? s.count_reopens : null,
  };
}

/**
 * Intercom's statistics of a conversation in milliseconds: what {@link intercomMetrics} returns.
 *
 * @category Helpdesks
 */
export interface IntercomMetricValues {
  /** The customer's first message to the first human teammate reply. */
  readonly firstReplyMs: number | null;
  /** To the first close. */
  readonly firstCloseMs: number | null;
  /** To the last close. */
  readonly lastCloseMs: number | null;
  /** Reopens after the customer's first message. */
  readonly reopens: number | null;
}
