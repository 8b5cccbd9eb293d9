/**
 * The zod schema of survey responses (output type `SurveyResponseRecord`).
 *
 * @module
 */
import * as z from "zod";
import { recordRules } from "./_lib/fast.js";
import * as f from "./_lib/fields.js";
import { onObjects } from "./_lib/when.js";
import { BINARY_WORDS, binaryScore, cesBounds, csatBounds, scaleVariants } from "./_lib/scales.js";

/** The rules run on every object, also when some of its fields failed (every reason at once). */
const always = onObjects();

/** The scale of each survey type: its bounds, and what it takes in words when the bounds would not say. */
type ScaleTable = Readonly<Record<"nps" | "csat" | "ces", { readonly bounds: readonly [number, number]; readonly words?: string }>>;
type SurveyShape = { type?: unknown; score?: unknown };

/** The record's scale, when it has a type and a score. */
function scaleOf(scales: ScaleTable, r: SurveyShape): ScaleTable["nps"] | undefined {
  const scale = typeof r.type === "string" && Object.hasOwn(scales, r.type) ? scales[r.type as keyof ScaleTable] : undefined;
  return typeof r.score === "number" ? scale : undefined;
}

/** Whether the record's score is on its type's scale (or there is no scale to judge it by). */
const onScale = (scales: ScaleTable) => (r: SurveyShape): boolean => {
  const scale = scaleOf(scales, r);
  const score = r.score as number;
  return scale === undefined || !(score < scale.bounds[0] || score > scale.bounds[1]);
};

/** The score rule of `scales`, for zod. */
const scoreRule = (scales: ScaleTable) => (r: SurveyShape, ctx: z.RefinementCtx): void => {
  const scale = scaleOf(scales, r);
  if (scale !== undefined && !onScale(scales)(r)) {
    const [min, max] = scale.bounds;
    ctx.addIssue({ code: "custom", path: ["score"], input: r.score, message: scale.words ?? `a whole number from ${min} to ${max} (the ${String(r.type)} scale)` });
  }
};

const DEFAULT_SCALES: ScaleTable = { nps: { bounds: [0, 10] }, csat: { bounds: csatBounds("1-5") }, ces: { bounds: cesBounds("1-7") } };

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
  .superRefine(scoreRule(DEFAULT_SCALES), always);
// The same rule, for the fast row path (see _lib/fast.ts).
recordRules.add(surveyResponseSchema, onScale(DEFAULT_SCALES));

// Other survey scales (the csatScale and cesScale reader options): the same fields, scored on
// other bounds; on a good/bad scale, the words of a csat response become 1 and 0 first (the
// words of another type stay words, which its scale refuses).
scaleVariants.add(surveyResponseSchema, (scales) => {
  const table: ScaleTable = {
    ...DEFAULT_SCALES,
    csat: scales.csat === "binary" ? { bounds: [0, 1], words: BINARY_WORDS } : { bounds: csatBounds(scales.csat) },
    ces: { bounds: cesBounds(scales.ces) },
  };
  const schema = z.object(surveyResponseSchema.shape).superRefine(scoreRule(table), always);
  recordRules.add(schema, onScale(table));
  const step =
    scales.csat === "binary"
      ? (input: Record<string, unknown>): void => {
          if (typeof input["type"] !== "string" || input["type"].trim().toLowerCase() !== "csat") return;
          const score = binaryScore(input["score"]);
          if (score === undefined) delete input["score"];
          else input["score"] = score;
        }
      : null;
  return { schema, step };
});
