/**
 * The zod schemas of calls and contacts (output types `CallRecord` and `ContactRecord`).
 *
 * @module
 */
import * as z from "zod";
import { recordRules } from "./_lib/fast.js";
import * as f from "./_lib/fields.js";
import { onObjects } from "./_lib/when.js";

const hasTime = (c: { startedAt?: unknown; createdAt?: unknown }): boolean => c.startedAt !== undefined || c.createdAt !== undefined;
/** An answered call has a wait; an abandoned one may have none (its wait is unknown). */
const waitIfAnswered = (c: { waitMs?: unknown; outcome?: unknown }): boolean => c.outcome !== "answered" || c.waitMs !== undefined;

/**
 * A queued call: `outcome` (`"answered"` or `"abandoned"`) required; `waitMs` (≥ 0) required
 * when the call was answered, optional when it was abandoned (exports leave the queue time empty
 * for calls never answered: that wait is unknown, not zero); `talkMs`, `holdMs`, `afterWorkMs`,
 * `id`, `startedAt`, `channel`, `queue`, `agent`, `team`.
 *
 * @remarks
 * The wait rule is a refinement: add fields with `callSchema.safeExtend({ ... })` or `.extend`;
 * zod refuses `.pick`, `.omit` and `.partial` on a schema with refinements.
 *
 * @example
 * ```ts
 * callSchema.parse({ waitMs: "12000", outcome: "answered" }).waitMs; // 12000
 * callSchema.parse({ waitMs: "", outcome: "abandoned" }); // { outcome: "abandoned" }
 * callSchema.safeParse({ outcome: "answered" }).success; // false: an answered call needs its wait
 * ```
 * @category Schemas
 */
export const callSchema = z
  .object({
    /** Time in queue before answer or abandon, in ms (≥ 0); required when the call was answered. */
    waitMs: f.optionalDuration(),
    /** `"answered"` or `"abandoned"`. */
    outcome: f.choice(["answered", "abandoned"]),
    /** Talk time, in ms (≥ 0). */
    talkMs: f.optionalDuration(),
    /** Hold time, in ms (≥ 0). */
    holdMs: f.optionalDuration(),
    /** After-call work, in ms (≥ 0). */
    afterWorkMs: f.optionalDuration(),
    /** The record's id. */
    id: f.optionalId(),
    /** When it started. */
    startedAt: f.optionalTimestamp(),
    /** The channel. */
    channel: f.optionalText(),
    /** The queue. */
    queue: f.optionalText(),
    /** The agent. */
    agent: f.optionalText(),
    /** The agent's team. */
    team: f.optionalText(),
  })
  .refine(waitIfAnswered, {
    // Only when the wait itself is valid or missing: a wait that failed to parse has its own issue.
    ...onObjects("waitMs"),
    path: ["waitMs"],
    error: "the wait of an answered call (only an abandoned call may have none)",
  });

// The same rule, for the fast row path (see _lib/fast.ts).
recordRules.add(callSchema, waitIfAnswered);
f.jsonSchemaExtras.set(callSchema, { if: { properties: { outcome: { const: "answered" } }, required: ["outcome"] }, then: { required: ["waitMs"] } });

/**
 * A contact or self-service session: `startedAt` or `createdAt` (one of them is required),
 * `id`, `customerId`, `topic`, `channel`, `kind` (`"assisted"` or `"self-service"`), `agent`, `team`.
 *
 * @example
 * ```ts
 * contactSchema.parse({ customerId: "c1", startedAt: "2024-01-02T09:00:00Z", kind: "self-service" }).kind; // "self-service"
 * ```
 * @category Schemas
 */
export const contactSchema = z
  .object({
    /** The record's id. */
    id: f.optionalId(),
    /** The customer, for matching repeat contacts. */
    customerId: f.optionalId(),
    /** The topic or contact reason. */
    topic: f.optionalText(),
    /** The channel. */
    channel: f.optionalText(),
    /** When it started. */
    startedAt: f.optionalTimestamp(),
    /** When it was created (read when `startedAt` is absent). */
    createdAt: f.optionalTimestamp(),
    /** `"assisted"` or `"self-service"`. */
    kind: f.optionalChoice(["assisted", "self-service"]),
    /** The agent. */
    agent: f.optionalText(),
    /** The agent's team. */
    team: f.optionalText(),
  })
  .refine(hasTime, {
    // Only when neither time was given: a time that failed to parse has its own issue.
    ...onObjects("startedAt", "createdAt"),
    path: ["startedAt"],
    error: `${f.REQUIRED}: startedAt or createdAt`,
  });

// The same rule, for the fast row path (see _lib/fast.ts).
recordRules.add(contactSchema, hasTime);
f.jsonSchemaExtras.set(contactSchema, { anyOf: [{ required: ["startedAt"] }, { required: ["createdAt"] }] });
