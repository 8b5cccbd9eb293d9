/**
 * One rating per ticket: survey responses that name a `ticketId` are kept aside, one per ticket
 * and survey kind, and the one that counts is chosen by a total order, so that any order of
 * adding and merging keeps the same response.
 *
 * @module
 */
import { checkObject, fail } from "../../_lib/check.js";
import { compareGroupValues, isGroupValue, type GroupValue } from "../../records/groupValue.js";
import type { GroupEntry } from "./groupKey.js";
import { RESTORE } from "./kpi.js";
import { SURVEY_TYPES, type SurveyType } from "./view.js";

/** A survey response kept as the one rating of its ticket and survey kind (part of a saved aggregator). */
export interface KeptRating {
  /** The survey kind. */
  readonly type: SurveyType;
  /** The ticket rated, as text. */
  readonly ticketId: string;
  /**
   * The group values of the response (its row), the period (a day number) last; where a
   * dimension held several values (labels), their sorted list: the response counts in each.
   */
  readonly group: readonly (GroupValue | readonly GroupValue[])[];
  /** The score as given (validated), or `null` when the survey was sent and not answered. */
  readonly score: string | number | boolean | null;
  /** When it was answered (or, unanswered, sent); `null` when unknown. */
  readonly atMs: number | null;
  /** The response's own id, for ties. */
  readonly id: string | number | null;
}

/** The key of a ticket's rating of one kind. */
export const ratingKey = (r: Pick<KeptRating, "type" | "ticketId">): string => `${r.type}\u0000${r.ticketId}`;

/**
 * Positive when `a` is to be kept rather than `b`. An answered survey beats an unanswered one;
 * then a known time beats an unknown one; then the later time (`"latest"`) or the earlier
 * (`"first"`); on equal times the greater id, score and group (`"latest"`) or the smaller
 * (`"first"`), comparing numbers before strings before booleans, missing last.
 */
export function preference(a: KeptRating, b: KeptRating, policy: "latest" | "first"): number {
  const answered = Number(a.score !== null) - Number(b.score !== null);
  if (answered !== 0) return answered;
  if (a.atMs === null || b.atMs === null) {
    if (a.atMs !== b.atMs) return a.atMs === null ? -1 : 1;
  }
  const sign = policy === "latest" ? 1 : -1;
  const time = (a.atMs ?? 0) - (b.atMs ?? 0);
  if (time !== 0) return sign * time;
  const tie = compareGroupValues(a.id, b.id) || compareGroupValues(a.score, b.score) || compareGroupValues(JSON.stringify(a.group), JSON.stringify(b.group));
  return sign * tie;
}

/** Keeps `rating` in `kept` when it is preferred to the one there. */
export function keep(kept: Map<string, KeptRating>, rating: KeptRating, policy: "latest" | "first"): void {
  const key = ratingKey(rating);
  const there = kept.get(key);
  if (there === undefined || preference(rating, there, policy) > 0) kept.set(key, rating);
}

/** Whether `entry` is a list of two or more labels in ascending order (so distinct, and none missing). */
function isLabelList(entry: unknown): entry is GroupValue[] {
  if (!Array.isArray(entry) || entry.length < 2) return false;
  const list = entry as unknown[];
  return list.every((v, k) => isGroupValue(v) && v !== null && (k === 0 || compareGroupValues(list[k - 1] as GroupValue, v) < 0));
}

/**
 * A saved rating back (its shape; the score is checked again when the row is built). `lists`
 * has one entry per group value: whether a list of labels may stand there.
 */
export function savedRating(json: unknown, field: string, lists: readonly boolean[]): KeptRating {
  const width = lists.length;
  const o = checkObject(RESTORE, field, json);
  const type = o["type"] as KeptRating["type"];
  if (!SURVEY_TYPES.includes(type)) fail(RESTORE, `${field}.type`, o["type"], '"csat", "nps" or "ces"');
  if (typeof o["ticketId"] !== "string") fail(RESTORE, `${field}.ticketId`, o["ticketId"], "a string");
  const group = o["group"];
  if (!Array.isArray(group) || group.length !== width || !group.every((v: unknown, i) => isGroupValue(v) || (lists[i] === true && isLabelList(v)))) {
    fail(RESTORE, `${field}.group`, group, `${width} group values${lists.includes(true) ? " (a sorted list of two or more labels for a dimension of json.overlapping)" : ""}`);
  }
  if (!isGroupValue(o["score"])) fail(RESTORE, `${field}.score`, o["score"], "a score or null");
  if (!(o["atMs"] === null || (typeof o["atMs"] === "number" && Number.isFinite(o["atMs"])))) fail(RESTORE, `${field}.atMs`, o["atMs"], "epoch ms or null");
  if (!(o["id"] === null || typeof o["id"] === "string" || (typeof o["id"] === "number" && Number.isFinite(o["id"])))) fail(RESTORE, `${field}.id`, o["id"], "an id or null");
  return { type, ticketId: o["ticketId"], group: (group as GroupEntry[]).map((v) => (isGroupValue(v) ? v : [...v])), score: o["score"] as KeptRating["score"], atMs: o["atMs"] as number | null, id: o["id"] as string | number | null };
}
