/**
 * Reading one record for an aggregator: a ticket (validated as the ticket functions validate
 * it) or a survey response, with its timestamps as epoch ms and the instant that places it in a
 * period. Every error names the field, the record's index and its id.
 *
 * @module
 */
import { checkObject, fail } from "../../_lib/check.js";
import { readTicket, type NormalizedTicket } from "../../tickets/_lib/ticket.js";
import { toEpochMs } from "../../time/_lib/instant.js";
import type { PeriodOf } from "../summarize/types.js";
import { resolvedAtMs, withExportInstants } from "./ticketValues.js";

/** The kinds of survey a response can be. */
export const SURVEY_TYPES = ["csat", "nps", "ces"] as const;
/** A survey kind. */
export type SurveyType = (typeof SURVEY_TYPES)[number];

/** A validated survey response. `score` is checked by the KPI that reads it. */
export interface SurveyView {
  readonly type: SurveyType;
  readonly score: unknown;
  /** The ticket it rates, as text (`5` and `"5"` are one ticket), or `null`. */
  readonly ticketKey: string | null;
  readonly sentMs: number | null;
  readonly respondedMs: number | null;
}

/** One record as the accumulators see it. */
export interface RecordView {
  readonly kpi: string;
  /** Position among the records taken in (`undefined` for a saved rating). */
  readonly index: number | undefined;
  readonly id: string | number | undefined;
  readonly raw: Readonly<Record<string, unknown>>;
  /** The ticket, for ticket records (with the instants its export durations imply). */
  readonly ticket: NormalizedTicket | null;
  /** The record as the ticket functions read it: `raw` with those instants filled in. */
  readonly effective: Readonly<Record<string, unknown>>;
  /** The response, for survey-response records. */
  readonly survey: SurveyView | null;
  /** The instant that places the record in a period, or `null` when it has none. */
  readonly placeMs: number | null;
  readonly timeZone: string;
}

const ID_EXPECTED = "a non-empty string or a finite number";

function optionalId(kpi: string, field: string, value: unknown, index: number, id: string | number | undefined): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!((typeof value === "string" && value.length > 0) || (typeof value === "number" && Number.isFinite(value)))) fail(kpi, field, value, ID_EXPECTED, index, id);
  return value;
}

/** Whether a record is a survey response: a survey `type` and no `createdAt`. */
export function isSurveyResponse(raw: Readonly<Record<string, unknown>>): boolean {
  return (SURVEY_TYPES as readonly unknown[]).includes(raw["type"]) && raw["createdAt"] === undefined;
}

function readSurvey(kpi: string, raw: Readonly<Record<string, unknown>>, index: number, timeZone: string): { id: string | number | undefined; survey: SurveyView } {
  const id = optionalId(kpi, "records.id", raw["id"], index, undefined);
  const ticketId = optionalId(kpi, "records.ticketId", raw["ticketId"], index, id);
  const at = (name: string): number | null => {
    const value = raw[name];
    return value === undefined || value === null ? null : toEpochMs(value, timeZone, { kpi, field: `records.${name}`, index, recordId: id });
  };
  const sentMs = at("sentAt");
  const respondedMs = at("respondedAt");
  if (sentMs !== null && respondedMs !== null && respondedMs < sentMs) {
    fail(kpi, "records.respondedAt", raw["respondedAt"], `a time at or after sentAt (${new Date(sentMs).toISOString()})`, index, id);
  }
  const score = raw["score"] === null ? undefined : raw["score"];
  return { id, survey: { type: raw["type"] as SurveyType, score, ticketKey: ticketId === undefined ? null : String(ticketId), sentMs, respondedMs } };
}

/** Reads record `index` (`timeZone`: checked) and finds the instant that places it by `periodOf`. */
export function readRecord(kpi: string, record: unknown, index: number, timeZone: string, periodOf: PeriodOf): RecordView {
  const raw = checkObject(kpi, "records", record, index);
  if (raw["createdAt"] === undefined && raw["type"] !== undefined && !isSurveyResponse(raw)) {
    fail(kpi, "records.type", raw["type"], '"csat", "nps" or "ces" for a survey response (a ticket needs createdAt)', index, raw["id"] as string | number | undefined);
  }
  if (isSurveyResponse(raw)) {
    const { id, survey } = readSurvey(kpi, raw, index, timeZone);
    const placeMs = periodOf === "sentAt" ? survey.sentMs : survey.respondedMs ?? survey.sentMs;
    return { kpi, index, id, raw, effective: raw, ticket: null, survey, placeMs, timeZone };
  }
  const read = readTicket(kpi, "records", raw, index, timeZone);
  const { ticket, effective } = withExportInstants({ kpi, raw, index, id: read.id }, read);
  const placeMs = periodOf === "resolvedAt" ? resolvedAtMs(kpi, ticket, raw) : ticket.createdMs;
  return { kpi, index, id: ticket.id, raw, effective, ticket, survey: null, placeMs, timeZone };
}
