/**
 * One reading of a record for an aggregator: a ticket (validated as the ticket functions validate
 * it), a survey response or a call (validated as the call functions validate it), read once, with what several KPIs take from it computed on first use
 * and kept: the status history, resolved and when, the first response and resolution times, the
 * export's durations. Every error names the field, the record's index and its id.
 *
 * @module
 */
import { checkNonNegative, checkObject, fail } from "../../_lib/check.js";
import { toEpochMs } from "../../_lib/time/instant.js";
import { readCall, type CallRead } from "../../records/call.js";
import { isSolved, readStatusHistory, type StatusHistory } from "../../records/statusHistory.js";
import { readTicket, type NormalizedTicket } from "../../records/ticket.js";
import type { CallRecord, SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { DEFAULT_TIMING_RULES, firstReplyMsOf, nextReplyMsOf, type TimingRules } from "../../tickets/ticketTimings/ticketTimings.js";
import { recordField, renamed } from "./errors.js";

/**
 * A record {@link summarize} takes: a ticket (with optional survey scores), a survey response, or
 * a call (an `outcome` and no `createdAt`).
 */
export type SummaryRecord = TicketRecord | SurveyResponseRecord | CallRecord;

/** The kinds of survey a response can be. */
export const SURVEY_TYPES = ["csat", "nps", "ces"] as const;
/** A survey kind. */
export type SurveyType = (typeof SURVEY_TYPES)[number];

/** Which timestamp places a record in a period. */
export type PeriodOf = "createdAt" | "resolvedAt" | "respondedAt" | "sentAt";

/** A validated survey response. `score` is checked by the KPI that reads it. */
export interface SurveyView {
  readonly type: SurveyType;
  readonly score: unknown;
  /** The ticket it rates, as text (`5` and `"5"` are one ticket), or `null`. */
  readonly ticketKey: string | null;
  readonly sentMs: number | null;
  readonly respondedMs: number | null;
}

/** The duration fields of an export, in ms. */
export type DurationField = "firstResponseMs" | "resolutionMs" | "handleMs";

const ID_EXPECTED = "a non-empty string or a finite number";
const present = (value: unknown): boolean => value !== undefined && value !== null;

function optionalId(kpi: string, field: string, value: unknown, index: number, id: string | number | undefined): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!((typeof value === "string" && value.length > 0) || (typeof value === "number" && Number.isFinite(value)))) fail(kpi, field, value, ID_EXPECTED, index, id);
  return value;
}

/** Whether a record is a survey response: a survey `type` and no `createdAt`. */
function isSurveyResponse(raw: Readonly<Record<string, unknown>>): boolean {
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

/** Whether a record is a call: an `outcome` and no `createdAt` (and not a survey response). */
function isCall(raw: Readonly<Record<string, unknown>>): boolean {
  return raw["outcome"] !== undefined && raw["createdAt"] === undefined && !isSurveyResponse(raw);
}

/** Not computed yet (every memo below holds `null` or a value once computed). */
const UNSET = undefined;

/**
 * One record as the KPIs of an aggregator see it, read and validated once. For a ticket, the
 * instants its export durations imply are filled in (see {@link RecordView.ticket}); the values
 * several KPIs need are computed when first asked for and kept.
 */
export class RecordView {
  /** The caller named in errors (`"summarize"`, `"createAggregator"`). */
  readonly kpi: string;
  /** Position among the records taken in. */
  readonly index: number;
  readonly id: string | number | undefined;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly timeZone: string;
  /** The timestamp that placed it in a period. */
  readonly periodOf: PeriodOf;
  /**
   * The ticket, for ticket records, with the instants its export durations imply: `firstResponseAt
   * = createdAt + firstResponseMs` when it has neither a `firstResponseAt` nor message events, and
   * `resolvedAt = createdAt + resolutionMs` when it is resolved without a `resolvedAt` and without
   * status events (so that every KPI, SLA clocks and backlog flows included, sees one ticket).
   */
  readonly ticket: NormalizedTicket | null;
  /** The response, for survey-response records. */
  readonly survey: SurveyView | null;
  /**
   * The call, for call records, read as `serviceLevel`, `abandonmentRate` and
   * `averageSpeedOfAnswer` read each call (`waitMs` is `NaN` when unknown); its errors name
   * `records.waitMs` and `records.outcome`.
   */
  readonly call: CallRead | null;
  /** The instant that places the record in a period, or `null` when it has none. */
  readonly placeMs: number | null;

  /** The record as the caller passed it, now known to be a ticket, a survey response or a call. */
  get record(): SummaryRecord {
    return this.raw as unknown as SummaryRecord;
  }

  /** Whether the ticket has status events (its status history then comes from them). */
  readonly statusEvents: boolean;
  /**
   * Whether the ticket's first response instant was filled in from `firstResponseMs` (no
   * `firstResponseAt`, no message events): the record gives a duration, not an instant.
   */
  readonly firstResponseImplied: boolean;
  /** Whether the ticket's `resolvedAt` was filled in from `resolutionMs` (no `resolvedAt`, no status events). */
  readonly resolvedAtImplied: boolean;
  readonly #messageEvents: boolean;
  readonly #firstResponseGiven: number | null;
  readonly #resolutionGiven: number | null;
  #history: StatusHistory | undefined = UNSET;
  #resolved: boolean | undefined = UNSET;
  #firstResponse: number | null | undefined = UNSET;
  #handle: number | null | undefined = UNSET;

  /** Reads record `index` (`timeZone`: checked) and finds the instant that places it by `periodOf`. */
  constructor(kpi: string, record: unknown, index: number, timeZone: string, periodOf: PeriodOf) {
    const raw = checkObject(kpi, "records", record, index);
    this.kpi = kpi;
    this.index = index;
    this.raw = raw;
    this.timeZone = timeZone;
    this.periodOf = periodOf;
    if (raw["createdAt"] === undefined && raw["type"] !== undefined && !isSurveyResponse(raw)) {
      fail(kpi, "records.type", raw["type"], '"csat", "nps" or "ces" for a survey response (a ticket needs createdAt)', index, raw["id"] as string | number | undefined);
    }
    if (isCall(raw)) {
      const id = optionalId(kpi, "records.id", raw["id"], index, undefined);
      this.id = id;
      this.ticket = null;
      this.survey = null;
      this.call = readCall(kpi, "records", raw, index, id);
      const started = raw["startedAt"];
      // a call has one instant: it places the call whatever periodOf says
      this.placeMs = started === undefined || started === null ? null : toEpochMs(started, timeZone, { kpi, field: "records.startedAt", index, recordId: id });
      this.statusEvents = this.#messageEvents = false;
      this.firstResponseImplied = this.resolvedAtImplied = false;
      this.#firstResponseGiven = this.#resolutionGiven = null;
      return;
    }
    this.call = null;
    if (isSurveyResponse(raw)) {
      const { id, survey } = readSurvey(kpi, raw, index, timeZone);
      this.id = id;
      this.ticket = null;
      this.survey = survey;
      this.placeMs = periodOf === "sentAt" ? survey.sentMs : survey.respondedMs ?? survey.sentMs;
      this.statusEvents = this.#messageEvents = false;
      this.firstResponseImplied = this.resolvedAtImplied = false;
      this.#firstResponseGiven = this.#resolutionGiven = null;
      return;
    }
    const read = readTicket(kpi, "records", raw, index, timeZone);
    this.id = read.id;
    this.survey = null;
    const events = read.events;
    this.statusEvents = events !== null && events.some((e) => e.type === "status");
    this.#messageEvents = events !== null && events.some((e) => e.type === "message");
    this.#firstResponseGiven = this.#durationField("firstResponseMs");
    this.#resolutionGiven = this.#durationField("resolutionMs");
    // the instants the export durations imply (the ticket read is `read` until they are filled in)
    this.ticket = read;
    const firstResponseMs = !this.#messageEvents && read.firstResponseMs === null && this.#firstResponseGiven !== null ? read.createdMs + this.#firstResponseGiven : null;
    const resolvedMs = !this.statusEvents && read.resolvedMs === null && this.#resolutionGiven !== null && this.resolved ? read.createdMs + this.#resolutionGiven : null;
    this.firstResponseImplied = firstResponseMs !== null;
    this.resolvedAtImplied = resolvedMs !== null;
    if (firstResponseMs !== null || resolvedMs !== null) {
      this.ticket = { ...read, firstResponseMs: firstResponseMs ?? read.firstResponseMs, resolvedMs: resolvedMs ?? read.resolvedMs };
    }
    this.placeMs = periodOf === "resolvedAt" ? this.resolvedAtMs : read.createdMs;
  }

  /** A duration field of the export (`firstResponseMs`, `resolutionMs`, `handleMs`, a call's `talkMs` …): ms ≥ 0, or `null` when absent. */
  #durationField(name: string): number | null {
    const value = this.raw[name];
    if (!present(value)) return null;
    if (typeof value === "number" && value > 0 && value < Number.POSITIVE_INFINITY) return value; // the common case, checked at once
    const ms = renamed(this.kpi, () => checkNonNegative(this.kpi, `records.${name}`, value), (f) => f, this.index, this.id);
    return ms === 0 ? 0 : ms; // no −0: it would not survive JSON
  }

  /**
   * A duration field of the export, validated: ms ≥ 0, or `null` when absent. For a call,
   * `handleMs` is its handle time (see {@link RecordView.callHandleMs}).
   */
  duration(name: DurationField): number | null {
    if (name === "firstResponseMs") return this.#firstResponseGiven;
    if (name === "resolutionMs") return this.#resolutionGiven;
    if (this.call !== null) return this.callHandleMs;
    return this.ticket === null ? null : this.#durationField(name);
  }

  /**
   * The handle time of an answered call, as `averageHandleTime` counts a contact: `talkMs +
   * holdMs + afterWorkMs`, a missing hold or after-call work counting as 0; the record's own
   * `handleMs` when it gives one. `null` for an abandoned call (it was never handled), for an
   * answered call with neither `handleMs` nor `talkMs`, and for a record that is not a call.
   * Each field read is validated (ms ≥ 0), naming it, the record's index and its id.
   */
  get callHandleMs(): number | null {
    if (this.#handle === UNSET) this.#handle = this.#callHandleOf();
    return this.#handle;
  }

  #callHandleOf(): number | null {
    if (this.call === null || !this.call.answered) return null;
    const given = this.#durationField("handleMs");
    if (given !== null) return given;
    const talk = this.#durationField("talkMs");
    if (talk === null) return null;
    return talk + (this.#durationField("holdMs") ?? 0) + (this.#durationField("afterWorkMs") ?? 0);
  }

  /**
   * The ticket's status history (see `readStatusHistory`), read once: from its status events, or
   * from the summary fields, where a solved or closed ticket without a time of solving throws.
   */
  get history(): StatusHistory {
    if (this.#history === UNSET) this.#history = readStatusHistory(this.kpi, "records", this.ticket as NormalizedTicket, this.index);
    return this.#history;
  }

  /**
   * Whether the ticket is resolved at the end of its record: by its status events when it has
   * any, else by `status` (solved or closed), else (no status) by a `resolvedAt` or `resolutionMs`.
   * `false` for a survey response.
   */
  get resolved(): boolean {
    if (this.#resolved === UNSET) {
      const t = this.ticket;
      this.#resolved =
        t === null ? false
        : this.statusEvents ? this.history.solved
        : t.status !== null ? isSolved(t.status)
        : t.resolvedMs !== null || this.#resolutionGiven !== null;
    }
    return this.#resolved;
  }

  /** When a resolved ticket was (last) resolved; `null` when unresolved or the time is unknown. */
  get resolvedAtMs(): number | null {
    if (this.statusEvents) {
      const h = this.history;
      return h.solved ? (h.solves[h.solves.length - 1] as number) : null;
    }
    return this.resolved ? (this.ticket as NormalizedTicket).resolvedMs : null;
  }

  /**
   * First response time: `firstResponseMs`; else, with message events, ticketTimings'
   * `firstReplyMs`; else `firstResponseAt − createdAt`; `null` without a first response (and for
   * a survey response).
   */
  get firstResponseMs(): number | null {
    if (this.#firstResponse === UNSET) this.#firstResponse = this.#firstResponseOf();
    return this.#firstResponse;
  }

  #firstResponseOf(): number | null {
    const t = this.ticket;
    if (t === null) return null;
    if (this.#firstResponseGiven !== null) return this.#firstResponseGiven;
    if (this.#messageEvents) {
      // as ticketTimings reads the ticket: its status history first (which may throw), then the reply
      void this.history;
      return renamed(this.kpi, () => firstReplyMsOf(t, DEFAULT_TIMING_RULES), recordField, this.index, this.id);
    }
    return t.firstResponseMs === null ? null : t.firstResponseMs - t.createdMs;
  }

  /**
   * Resolution time of a resolved ticket (`null` for an unresolved one and for a survey
   * response): `resolutionMs`; else creation → last solve (ticketTimings' `fullResolutionMs`). A
   * resolved ticket without either cannot be measured and throws.
   */
  get resolutionMs(): number | null {
    const t = this.ticket;
    if (t === null || !this.resolved) return null;
    if (this.#resolutionGiven !== null) return this.#resolutionGiven;
    return this.#solvedAt(t) - t.createdMs;
  }

  /** When a resolved ticket was (last) solved; throws when that is unknown. */
  #solvedAt(t: NormalizedTicket): number {
    const at = this.resolvedAtMs;
    if (at === null) {
      fail(this.kpi, "records.resolvedAt", undefined, `the time the ticket was solved (its status is "${t.status}"), resolutionMs, or status events`, this.index, t.id);
    }
    return at;
  }

  /**
   * First response time measured by `rules` (business time with a calendar) between the
   * record's instants, as ticketTimings measures `firstReplyMs`: the message events, else
   * creation → `firstResponseAt`. `firstResponseMs` is not read: where it is all the record
   * gives ({@link RecordView.firstResponseImplied}), the caller decides. `null` without a first
   * response and for a survey response.
   */
  firstResponseBy(rules: TimingRules): number | null {
    const t = this.ticket;
    if (t === null) return null;
    if (this.#messageEvents) void this.history; // as ticketTimings reads the ticket: its status history first
    return renamed(this.kpi, () => firstReplyMsOf(t, rules), recordField, this.index, this.id);
  }

  /**
   * Resolution time of a resolved ticket measured by `between` from creation to its last solve
   * (by its status events, else `resolvedAt`), `resolutionMs` not read; `null` for an
   * unresolved ticket and a survey response; throws as {@link RecordView.resolutionMs} when the
   * time of solving is unknown.
   */
  resolutionBy(between: (fromMs: number, toMs: number) => number): number | null {
    const t = this.ticket;
    if (t === null || !this.resolved) return null;
    return between(t.createdMs, this.#solvedAt(t));
  }

  /**
   * The ticket's next reply times measured by `rules`: ticketTimings' `nextReplyMs`, one per
   * customer wait after the first reply that a reply ended. `[]` without message events (and
   * for a survey response).
   */
  nextReplyMsBy(rules: TimingRules): readonly number[] {
    const t = this.ticket;
    if (t === null || !this.#messageEvents) return [];
    const history = this.history;
    return renamed(this.kpi, () => nextReplyMsOf(t, history, rules), recordField, this.index, this.id);
  }
}
