import { checkObject, checkOneOf, fail, isPlainObject } from "../../_lib/check.js";
import { byOwner, latest, nameOf, objects } from "../_lib/apiObjects.js";
import type { TicketEvent, TicketStatus } from "../../records/ticket.js";
import type { TicketRecord } from "../../records/types.js";
import type { PresetHours } from "../types.js";
import type { ZendeskAudit, ZendeskInput, ZendeskTicket, ZendeskTicketMetric, ZendeskUser } from "./types.js";

const KPI = "fromZendesk";
const HOURS = ["calendar", "business"] as const;
const MINUTE = 60_000;

/** Zendesk's ticket statuses (API words) as servicekpi's: `hold` is `on-hold`. */
const STATUSES: Readonly<Record<string, TicketStatus>> = { new: "new", open: "open", pending: "pending", hold: "on-hold", solved: "solved", closed: "closed" };
/** The satisfaction score words: a rating (good 1, bad 0, the binary CSAT scale) and whether a survey went out. */
const SCORES: Readonly<Record<string, { readonly csat?: 1 | 0; readonly sent: boolean }>> = {
  good: { csat: 1, sent: true },
  bad: { csat: 0, sent: true },
  offered: { sent: true },
  unoffered: { sent: false },
};

/**
 * Options of {@link fromZendesk}.
 *
 * @category Helpdesks
 */
export interface FromZendeskOptions {
  /**
   * The clock of the durations read from `metrics` when a ticket has no audits: `"calendar"`
   * (default) or `"business"` (Zendesk's `business` minutes). With audits the records carry
   * events, and servicekpi measures the durations itself.
   */
  readonly hours?: PresetHours | undefined;
}

/**
 * Zendesk Support API objects as ticket records: tickets (`GET /api/v2/tickets`, or the
 * incremental export), with their ticket metrics, audits, satisfaction ratings, users and groups
 * when given. Pure: pass it the pages you fetched (see docs/guides/helpdesk-apis.md).
 *
 * @remarks
 * Each ticket becomes one record: `id`, `createdAt` (`created_at`), `status` (Zendesk's `hold`
 * is `on-hold`; with custom statuses `status` holds the category, which is what is read),
 * `priority`, `channel` (`via.channel`), `agent` and `team` (the assignee's and group's names
 * when `users` and `groups` are given, else their ids), `customerId` (`requester_id`), `tags`,
 * and the satisfaction score on the binary CSAT scale (`good` 1, `bad` 0; `offered` a survey sent
 * and unanswered, `unoffered` none sent: `surveySent`). A rating in `satisfactionRatings` wins
 * over the ticket's own `satisfaction_rating` (the latest, by `created_at`, when a ticket has
 * several).
 *
 * **Audits become events**, oldest first: each `Comment` a message at its audit's time (public or
 * a private note), each `Create` or `Change` of `status` a status event. A comment's author is
 * the customer when it is the ticket's requester or a user whose role is `end-user`; an agent
 * otherwise (`agent` or `admin`, or any author when `users` do not say); a comment made by a
 * trigger or automation (the audit's `via.channel` is `rule`) is an automated agent message.
 * Events let servicekpi measure first reply, next replies, resolution, waits and SLA targets
 * itself, in calendar or business time.
 *
 * **Metrics** (`ticket_metrics`) fill a ticket without audits the way the CSV export does:
 * `firstResponseMs` and `resolutionMs` from `reply_time_in_minutes` and
 * `full_resolution_time_in_minutes` (in `hours`), `resolvedAt` (`solved_at`), `reopens`,
 * `replies`. A ticket with audits takes only `reopens` and `replies` from them. Zendesk's own
 * numbers, to compare with servicekpi's: {@link zendeskMetrics}.
 *
 * Cost O(tickets + metrics + audit events + ratings), plus a sort of each ticket's audits.
 *
 * @throws `KpiInputError` naming the list, the index and the key of an object that lacks what a
 *   record needs (a ticket without `id` or `created_at`, an audit without `ticket_id`), or a bad option.
 * @example
 * ```ts
 * const [t] = fromZendesk({
 *   tickets: [{ id: 35436, created_at: "2026-11-02T09:00:00Z", status: "hold", priority: "high", via: { channel: "email" }, requester_id: 20978392, assignee_id: 235323, tags: ["enterprise"], satisfaction_rating: { score: "good" } }],
 *   users: [{ id: 235323, name: "Ana Lima", role: "agent" }],
 * });
 * // { id: 35436, createdAt: "2026-11-02T09:00:00Z", status: "on-hold", priority: "high", channel: "email",
 * //   customerId: 20978392, agent: "Ana Lima", tags: ["enterprise"], csat: 1, surveySent: true }
 * ```
 * @see https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
 * @see https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_audits/
 * @see https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_metrics/
 * @see docs/presets/zendesk.md
 * @category Helpdesks
 */
export function fromZendesk(input: ZendeskInput, options: FromZendeskOptions = {}): TicketRecord[] {
  const given = checkObject(KPI, "input", input);
  const o = checkObject(KPI, "options", options);
  const hours = o.hours === undefined ? "calendar" : checkOneOf(KPI, "options.hours", o.hours, HOURS);
  const tickets = objects(KPI, "tickets", given.tickets, "the tickets: a list of Zendesk ticket objects");
  const metrics = byOwner(KPI, "metrics", given.metrics, "ticket_id", "Zendesk");
  const ratings = byOwner(KPI, "satisfactionRatings", given.satisfactionRatings, "ticket_id", "Zendesk");
  const audits = byOwner(KPI, "audits", given.audits, "ticket_id", "Zendesk");
  const users = new Map(objects(KPI, "users", given.users ?? [], "Zendesk user objects").map((u) => [u["id"], u as unknown as ZendeskUser]));
  const names = new Map([...users].map(([id, u]) => [id, u.name]));
  const groups = new Map(objects(KPI, "groups", given.groups ?? [], "Zendesk group objects").map((g) => [g["id"], g["name"]]));

  return tickets.map((raw, i) => {
    const t = raw as unknown as ZendeskTicket;
    if (typeof t.id !== "number" && (typeof t.id !== "string" || t.id === "")) fail(KPI, "tickets.id", t.id, "the ticket's id (a number)", i);
    if (typeof t.created_at !== "string") fail(KPI, "tickets.created_at", t.created_at, "the ticket's creation time (an ISO 8601 string)", i, t.id);
    const record: Record<string, unknown> = { id: t.id, createdAt: t.created_at };
    const status = typeof t.status === "string" ? STATUSES[t.status.toLowerCase()] : undefined;
    if (status !== undefined) record["status"] = status;
    if (typeof t.priority === "string" && t.priority !== "") record["priority"] = t.priority;
    const channel = isPlainObject(t.via) ? t.via["channel"] : undefined;
    if ((typeof channel === "string" && channel !== "") || typeof channel === "number") record["channel"] = String(channel);
    if (t.requester_id !== undefined && t.requester_id !== null) record["customerId"] = t.requester_id;
    const agent = nameOf(names, t.assignee_id);
    if (agent !== undefined) record["agent"] = agent;
    const team = nameOf(groups, t.group_id);
    if (team !== undefined) record["team"] = team;
    if (Array.isArray(t.tags) && t.tags.length > 0) record["tags"] = t.tags.filter((tag): tag is string => typeof tag === "string");
    const rating = latest(ratings.get(t.id)) ?? (isPlainObject(t.satisfaction_rating) ? t.satisfaction_rating : undefined);
    const score = typeof rating?.["score"] === "string" ? SCORES[rating["score"].toLowerCase()] : undefined;
    if (score?.csat !== undefined) record["csat"] = score.csat;
    if (score !== undefined) record["surveySent"] = score.sent;
    const own = audits.get(t.id);
    if (own !== undefined) record["events"] = eventsOf(own as unknown as ZendeskAudit[], t, users);
    const metric = latest(metrics.get(t.id)) as ZendeskTicketMetric | undefined;
    if (metric !== undefined) Object.assign(record, metricFields(metric, hours, own === undefined));
    return record as unknown as TicketRecord;
  });
}

/** The message and status events of a ticket's audits, oldest first. */
function eventsOf(audits: readonly ZendeskAudit[], t: ZendeskTicket, users: ReadonlyMap<unknown, ZendeskUser>): TicketEvent[] {
  const events: TicketEvent[] = [];
  const ordered = [...audits].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)));
  for (const audit of ordered) {
    const automated = isPlainObject(audit.via) && audit.via["channel"] === "rule";
    for (const e of Array.isArray(audit.events) ? audit.events : []) {
      if (!isPlainObject(e)) continue;
      if (e["type"] === "Comment" || e["type"] === "VoiceComment") {
        const author = authorOf(e["author_id"] ?? audit.author_id, t, users);
        events.push({ at: audit.created_at, type: "message", author, public: e["public"] !== false, ...(automated && author === "agent" ? { automated: true } : {}) });
      } else if ((e["type"] === "Create" || e["type"] === "Change") && e["field_name"] === "status" && typeof e["value"] === "string") {
        const status = STATUSES[e["value"].toLowerCase()];
        if (status !== undefined) events.push({ at: audit.created_at, type: "status", status });
      }
    }
  }
  return events;
}

/** Who wrote a comment: the requester and end-users are the customer; agents and admins (or anyone unknown) an agent. */
function authorOf(id: unknown, t: ZendeskTicket, users: ReadonlyMap<unknown, ZendeskUser>): "customer" | "agent" {
  if (id !== undefined && id !== null && id === t.requester_id) return "customer";
  return users.get(id)?.role === "end-user" ? "customer" : "agent";
}

/** The record fields a ticket metric gives: all of them without audits, the counts only with. */
function metricFields(m: ZendeskTicketMetric, hours: PresetHours, all: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof m.reopens === "number") out["reopens"] = m.reopens;
  if (typeof m.replies === "number") out["replies"] = m.replies;
  if (!all) return out;
  const reply = minutesIn(m.reply_time_in_minutes, hours);
  if (reply !== undefined) out["firstResponseMs"] = reply * MINUTE;
  const full = minutesIn(m.full_resolution_time_in_minutes, hours);
  if (full !== undefined) out["resolutionMs"] = full * MINUTE;
  if (typeof m.solved_at === "string") out["resolvedAt"] = m.solved_at;
  return out;
}

function minutesIn(pair: ZendeskTicketMetric["reply_time_in_minutes"], hours: PresetHours): number | undefined {
  const v = isPlainObject(pair) ? pair[hours] : undefined;
  return typeof v === "number" ? v : undefined;
}

/**
 * Zendesk's own numbers for one ticket, from its ticket metric, in milliseconds (`null` where
 * Zendesk has none yet): to set beside servicekpi's `ticketTimings` of the same ticket.
 *
 * @example
 * ```ts
 * zendeskMetrics({ ticket_id: 1, reply_time_in_minutes: { calendar: 90, business: 30 }, reopens: 0, replies: 2 }, "business");
 * // { firstReplyMs: 1_800_000, firstResolutionMs: null, fullResolutionMs: null, agentWaitMs: null,
 * //   requesterWaitMs: null, onHoldMs: null, reopens: 0, replies: 2 }
 * ```
 * @category Helpdesks
 */
export function zendeskMetrics(metric: ZendeskTicketMetric, hours: PresetHours = "calendar"): ZendeskMetricValues {
  const m = checkObject("zendeskMetrics", "metric", metric) as unknown as ZendeskTicketMetric;
  checkOneOf("zendeskMetrics", "hours", hours, HOURS);
  const ms = (pair: ZendeskTicketMetric["reply_time_in_minutes"]): number | null => {
    const v = minutesIn(pair, hours);
    return v === undefined ? null : v * MINUTE;
  };
  return {
    firstReplyMs: ms(m.reply_time_in_minutes),
    firstResolutionMs: ms(m.first_resolution_time_in_minutes),
    fullResolutionMs: ms(m.full_resolution_time_in_minutes),
    agentWaitMs: ms(m.agent_wait_time_in_minutes),
    requesterWaitMs: ms(m.requester_wait_time_in_minutes),
    onHoldMs: ms(m.on_hold_time_in_minutes),
    reopens: typeof m.reopens === "number" ? m.reopens : null,
    replies: typeof m.replies === "number" ? m.replies : null,
  };
}

/**
 * Zendesk's ticket metric in milliseconds: what {@link zendeskMetrics} returns.
 *
 * @category Helpdesks
 */
export interface ZendeskMetricValues {
  /** `reply_time_in_minutes`: creation to the first public agent comment. */
  readonly firstReplyMs: number | null;
  /** `first_resolution_time_in_minutes`: creation to the first solve. */
  readonly firstResolutionMs: number | null;
  /** `full_resolution_time_in_minutes`: creation to the latest solve. */
  readonly fullResolutionMs: number | null;
  /** `agent_wait_time_in_minutes`: time in Pending. */
  readonly agentWaitMs: number | null;
  /** `requester_wait_time_in_minutes`: time in New and Open (and On-hold, by one of Zendesk's articles). */
  readonly requesterWaitMs: number | null;
  /** `on_hold_time_in_minutes`: time in On-hold. */
  readonly onHoldMs: number | null;
  /** `reopens`: Solved back to Open. */
  readonly reopens: number | null;
  /** `replies`: public agent replies. */
  readonly replies: number | null;
}
