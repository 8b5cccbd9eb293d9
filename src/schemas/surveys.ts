/**
 * The zod schema of survey responses (output type `SurveyResponseRecord`).
 *
 * @module
 */
import * as z from "zod";
import { recordRules } from "./_lib/fast.js";
import * as f from "./_lib/fields.js";

const always = { when: () => true } as const;

const SCALES = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;

/** The scale of the survey type, when the record has a type and a score. */
function scaleOf(r: { type?: unknown; score?: unknown }): readonly [number, number] | undefined {
  const scale = typeof r.type === "string" && Object.hasOwn(SCALES, r.type) ? SCALES[r.type as keyof typeof SCALES] : undefined;
  return typeof r.score === "number" ? scale : undefined;
}
const onScale = (r: { type?: unknown; score?: unknown }): boolean => {
  const scale = scaleOf(r);
  const score = r.score as number;
  return scale === undefined || !(score < scale[0] || score > scale[1]);
};

/**
 * One survey sent: `type` (`"nps"`, `"csat"` or `"ces"`) and, when answered, `score`: a whole
 * number on the type's scale (NPS 0–10, CSAT 1–5, CES 1–7). A missing score means sent, not
 * answered. Also `id`, `ticketId`, `customerId`, `sentAt`, `respondedAt`, `channel`, `agent`, `team`.
 *
 * @example
 * ```ts
 * surveyResponseSchema.parse({ type: "nps", score: "9" }).score; // 9
 * surveyResponseSchema.safeParse({ type: "csat", score: 7 }).success; // false
 * ```
 * @category Schemas
 */
export const surveyResponseSchema = z
  .object({
    /** The response's id. */
    id: f.optionalId(),
    /** The ticket surveyed. */
    ticketId: f.optionalId(),
    /** The customer. */
    customerId: f.optionalId(),
    /** `"nps"`, `"csat"` or `"ces"`. */
    type: f.choice(["nps", "csat", "ces"]),
    /** The answer on the type's scale; absent when not answered. */
    score: f.optionalNumber({ integer: true }),
    /** When the survey was sent. */
    sentAt: f.optionalTimestamp(),
    /** When it was answered. */
    respondedAt: f.optionalTimestamp(),
    /** Channel of the contact surveyed. */
    channel: f.optionalText(),
    /** Agent of the contact surveyed. */
    agent: f.optionalText(),
    /** Team of the contact surveyed. */
    team: f.optionalText(),
  })
  .superRefine((r, ctx) => {
    const scale = scaleOf(r);
    if (scale !== undefined && !onScale(r)) {
      ctx.addIssue({ code: "custom", path: ["score"], input: r.score, message: `a whole number from ${scale[0]} to ${scale[1]} (the ${r.type} scale)` });
    }
  }, always);
// The same rule, for the fast row path (see _lib/fast.ts).
recordRules.add(surveyResponseSchema, onScale);
