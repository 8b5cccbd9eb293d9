/**
 * The zod schemas of tickets and ticket events. Their output types match `TicketRecord` and
 * `TicketEventRecord`; each field accepts a typed JSON value or the string a CSV cell holds.
 *
 * @module
 */
import * as z from "zod";
import { EVENT_AUTHORS, TICKET_STATUSES } from "../records/ticket.js";
import { recordRules } from "./_lib/fast.js";
import * as f from "./_lib/fields.js";
import { onObjects } from "./_lib/when.js";
import { BINARY_WORDS, binaryScore, cesBounds, csatBounds, scaleVariants } from "./_lib/scales.js";

const STATUSES = [...TICKET_STATUSES] as const;
const AUTHORS = [...EVENT_AUTHORS] as const;

const notBefore = (later: unknown, earlier: unknown): boolean =>
  !(later instanceof Date && earlier instanceof Date) || later.getTime() >= earlier.getTime();
type TicketTimes = { firstResponseAt?: unknown; resolvedAt?: unknown; createdAt?: unknown };
const respondedAfter = (t: TicketTimes): boolean => notBefore(t.firstResponseAt, t.createdAt);
const resolvedAfter = (t: TicketTimes): boolean => notBefore(t.resolvedAt, t.createdAt);

const eventFields = {
  /** When it happened. */
  at: f.timestamp(),
  /** `"message"` or `"status"`. */
  type: f.choice(["message", "status"]),
  /** Who wrote the message: customer, agent, bot or system; required for messages. */
  author: f.optionalChoice(AUTHORS),
  /** Whether the customer can see the message. */
  public: f.optionalBoolean(),
  /** Sent by automation, without a person. */
  automated: f.optionalBoolean(),
  /** Current status: new, open, pending, on-hold, solved or closed. */
  status: f.optionalChoice(STATUSES),
};

type EventShape = { type?: unknown; author?: unknown; status?: unknown };
const needsAuthor = (e: EventShape): boolean => e.type !== "message" || e.author !== undefined;
const needsStatus = (e: EventShape): boolean => e.type !== "status" || e.status !== undefined;
/** The rules run on every object, also when some of its fields failed (every reason at once). */
const always = onObjects();
const AUTHOR_MESSAGE = { ...always, path: ["author"], error: "the author of the message (a message event needs one)" };
const STATUS_MESSAGE = { ...always, path: ["status"], error: "the new status (a status event needs one)" };

/**
 * A ticket: `id` and `createdAt` required; status, channel, priority, team, agent, customer,
 * topic, first response and resolution times, the summary fields of an export (durations in ms,
 * CSAT 1–5, NPS 0–10, CES 1–7, survey, FCR, complaint and escalation flags, reopens, replies,
 * reassignments, category, region, country), and optionally the event log. Timestamps come out
 * as `Date`; `firstResponseAt` and `resolvedAt` must not be before `createdAt`. Unknown columns
 * are dropped.
 *
 * @remarks
 * Add fields with `ticketSchema.safeExtend({ ... })` (zod refuses `.extend` on a schema with
 * refinements).
 *
 * @example
 * ```ts
 * const t = ticketSchema.parse({ id: "T-1", createdAt: "2024-10-29 22:00:00", csat: "2.0", surveySent: "True" });
 * t.createdAt.toISOString(); // "2024-10-29T22:00:00.000Z"
 * t.csat; // 2
 * t.surveySent; // true
 * ```
 * @category Schemas
 */
export const ticketSchema = z
  .object({
    /** The ticket's id: a non-empty string or a number. */
    id: f.id(),
    /** The channel it came in on, as the export spells it. */
    channel: f.optionalText(),
    /** When the ticket was created. */
    createdAt: f.timestamp(),
    /** Current status: new, open, pending, on-hold, solved or closed. */
    status: f.optionalChoice(STATUSES),
    /** Priority, as the export spells it. */
    priority: f.optionalText(),
    /** Team or group. */
    team: f.optionalText(),
    /** Assigned agent. */
    agent: f.optionalText(),
    /** The customer. */
    customerId: f.optionalId(),
    /** The topic or contact reason. */
    topic: f.optionalText(),
    /** First public agent reply; not before `createdAt`. */
    firstResponseAt: f.optionalTimestamp(),
    /** When the ticket was solved; not before `createdAt`. */
    resolvedAt: f.optionalTimestamp(),
    /** The event log, oldest first. */
    events: z.array(z.object(eventFields).refine(needsAuthor, AUTHOR_MESSAGE).refine(needsStatus, STATUS_MESSAGE)).optional(),
    /** Time to first response, in ms (≥ 0). */
    firstResponseMs: f.optionalDuration(),
    /** Time to resolution, in ms (≥ 0). */
    resolutionMs: f.optionalDuration(),
    /** Agent handle time, in ms (≥ 0). */
    handleMs: f.optionalDuration(),
    /** CSAT score, a whole number from 1 to 5. */
    csat: f.optionalNumber({ min: 1, max: 5, integer: true }),
    /** NPS score, a whole number from 0 to 10. */
    nps: f.optionalNumber({ min: 0, max: 10, integer: true }),
    /** CES score, a whole number from 1 to 7. */
    ces: f.optionalNumber({ min: 1, max: 7, integer: true }),
    /** Whether a survey was sent. */
    surveySent: f.optionalBoolean(),
    /** Whether it was resolved on first contact. */
    firstContactResolved: f.optionalBoolean(),
    /** Times reopened, a whole number ≥ 0. */
    reopens: f.optionalNumber({ min: 0, integer: true }),
    /** Public agent replies, a whole number ≥ 0. */
    replies: f.optionalNumber({ min: 0, integer: true }),
    /** Whether the ticket is a complaint. */
    complaint: f.optionalBoolean(),
    /** Whether it was escalated to a higher tier or another team. */
    escalated: f.optionalBoolean(),
    /** Times it moved to another agent or group, a whole number ≥ 0. */
    reassignments: f.optionalNumber({ min: 0, integer: true }),
    /** Category or contact reason. */
    category: f.optionalText(),
    /** Region. */
    region: f.optionalText(),
    /** Country. */
    country: f.optionalText(),
    /** Labels (tags): `"billing vip"`, `"a;b"` or a list; grouping by them counts the ticket in each. */
    tags: f.optionalLabels(),
  })
  .refine(respondedAfter, { ...always, path: ["firstResponseAt"], error: "a time at or after createdAt" })
  .refine(resolvedAfter, { ...always, path: ["resolvedAt"], error: "a time at or after createdAt" });
// The same two refinements, for the fast row path (see _lib/fast.ts).
const ticketRules = (t: TicketTimes): boolean => respondedAfter(t) && resolvedAfter(t);
recordRules.add(ticketSchema, ticketRules);

// Other survey scales (the csatScale and cesScale reader options): the same schema with the
// bounds of csat and ces changed; on a good/bad scale, csat's words become 1 and 0 first.
scaleVariants.add(ticketSchema, (scales) => {
  const [csatMin, csatMax] = csatBounds(scales.csat);
  const [cesMin, cesMax] = cesBounds(scales.ces);
  const binary = scales.csat === "binary";
  const schema = ticketSchema.safeExtend({
    csat: f.optionalNumber({ min: csatMin, max: csatMax, integer: true }, binary ? BINARY_WORDS : undefined),
    ces: f.optionalNumber({ min: cesMin, max: cesMax, integer: true }),
  });
  recordRules.add(schema, ticketRules);
  const step = binary
    ? (input: Record<string, unknown>): void => {
        const score = binaryScore(input["csat"]);
        if (score === undefined) delete input["csat"];
        else input["csat"] = score;
      }
    : null;
  return { schema, step };
});

/**
 * One ticket event per row, linked to its ticket by `ticketId`: `at`, `type` (`"message"` or
 * `"status"`), and `author` (required for messages), `public`, `automated`, `status` (required
 * for status changes).
 *
 * @example
 * ```ts
 * const e = ticketEventSchema.parse({ ticketId: "T-1", at: "2024-10-29T22:05:00Z", type: "message", author: "agent", public: "yes" });
 * e.public; // true
 * ```
 * @category Schemas
 */
export const ticketEventSchema = z
  .object({
    /** The ticket the event belongs to. */
    ticketId: f.id(),
    ...eventFields,
  })
  .refine(needsAuthor, AUTHOR_MESSAGE)
  .refine(needsStatus, STATUS_MESSAGE);
recordRules.add(ticketEventSchema, (e) => needsAuthor(e) && needsStatus(e));
