/**
 * The values the ticket KPIs of an aggregator read from one ticket: resolved or not, when, its
 * first response time and resolution time. Export durations (`firstResponseMs`, `resolutionMs`)
 * win; otherwise the timestamps and events, by the rules of ticketTimings.
 *
 * @module
 */
import { checkNonNegative, fail } from "../../_lib/check.js";
import { readStatusHistory, type StatusHistory } from "../../tickets/_lib/statusHistory.js";
import { isSolved } from "../../tickets/_lib/statusHistory.js";
import type { NormalizedTicket } from "../../tickets/_lib/ticket.js";
import { ticketTimings } from "../../tickets/ticketTimings/ticketTimings.js";
import { recordField, renamed } from "./errors.js";
import type { RecordView } from "./record.js";

type Raw = Readonly<Record<string, unknown>>;

const present = (value: unknown): boolean => value !== undefined && value !== null;

/** The status history read from status events, or `null` for a ticket without them. */
function historyOf(kpi: string, t: NormalizedTicket): StatusHistory | null {
  return t.events?.some((e) => e.type === "status") === true ? readStatusHistory(kpi, "records", t) : null;
}

/**
 * Whether the ticket is resolved at the end of its record: by its status events when it has
 * any, else by `status` (solved or closed), else (no status) by a `resolvedAt` or `resolutionMs`.
 */
export function isResolved(kpi: string, t: NormalizedTicket, raw: Raw): boolean {
  const history = historyOf(kpi, t);
  if (history !== null) return history.solved;
  if (t.status !== null) return isSolved(t.status);
  return t.resolvedMs !== null || present(raw["resolutionMs"]);
}

/** When a resolved ticket was (last) resolved; `null` when unresolved or the time is unknown. */
export function resolvedAtMs(kpi: string, t: NormalizedTicket, raw: Raw): number | null {
  const history = historyOf(kpi, t);
  if (history !== null) return history.solved ? (history.solves[history.solves.length - 1] as number) : null;
  return isResolved(kpi, t, raw) ? t.resolvedMs : null;
}

/** Where a field is read: the caller's kpi, the record, its index and id. */
type Source = Pick<RecordView, "kpi" | "raw" | "index" | "id">;

/** A duration field of the export (`firstResponseMs`, `resolutionMs`, `handleMs`): ms ≥ 0, or `null` when absent. */
export function durationField(source: Source, name: string): number | null {
  const value = source.raw[name];
  if (!present(value)) return null;
  if (typeof value === "number" && value > 0 && value < Number.POSITIVE_INFINITY) return value; // the common case, checked at once
  const ms = renamed(source.kpi, () => checkNonNegative(source.kpi, `records.${name}`, value), (f) => f, source.index, source.id);
  return ms === 0 ? 0 : ms; // no −0: it would not survive JSON
}

/**
 * The ticket with the instants its export durations imply, for the functions that read
 * instants (evaluateSla, backlog, periodOf): `firstResponseAt = createdAt + firstResponseMs`
 * when it has neither a `firstResponseAt` nor message events, and `resolvedAt = createdAt +
 * resolutionMs` when it is resolved without a `resolvedAt` and without status events.
 */
export function withExportInstants(source: Source, t: NormalizedTicket): { ticket: NormalizedTicket; effective: Raw } {
  const messages = t.events?.some((e) => e.type === "message") === true;
  const statuses = t.events?.some((e) => e.type === "status") === true;
  const frt = durationField(source, "firstResponseMs");
  const resolution = durationField(source, "resolutionMs");
  const firstResponseMs = !messages && t.firstResponseMs === null && frt !== null ? t.createdMs + frt : null;
  const resolvedMs = !statuses && t.resolvedMs === null && resolution !== null && isResolved(source.kpi, t, source.raw) ? t.createdMs + resolution : null;
  const raw = source.raw;
  const text = typeof raw["createdAt"] === "string" || typeof raw["firstResponseAt"] === "string" || typeof raw["resolvedAt"] === "string";
  if (firstResponseMs === null && resolvedMs === null && !text) return { ticket: t, effective: raw };
  const ticket = firstResponseMs === null && resolvedMs === null ? t : { ...t, firstResponseMs: firstResponseMs ?? t.firstResponseMs, resolvedMs: resolvedMs ?? t.resolvedMs };
  // The instants as epoch ms, read once: the ticket functions the KPIs call (evaluateSla, the
  // backlog's flows) then need not parse the same text again (a Date or a number is cheap to
  // read, and the record is not copied for it).
  const effective: Record<string, unknown> = { ...raw, createdAt: ticket.createdMs };
  if (ticket.firstResponseMs !== null) effective["firstResponseAt"] = ticket.firstResponseMs;
  if (ticket.resolvedMs !== null) effective["resolvedAt"] = ticket.resolvedMs;
  return { ticket, effective };
}

/**
 * First response time: `firstResponseMs`; else, with message events, ticketTimings'
 * `firstReplyMs`; else `firstResponseAt − createdAt`; `null` without a first response.
 */
export function firstResponseOf(view: RecordView, t: NormalizedTicket): number | null {
  const given = durationField(view, "firstResponseMs");
  if (given !== null) return given;
  if (t.events?.some((e) => e.type === "message") === true) {
    return renamed(view.kpi, () => ticketTimings(view.effective as never, { timeZone: view.timeZone }).firstReplyMs, recordField, view.index, view.id);
  }
  return t.firstResponseMs === null ? null : t.firstResponseMs - t.createdMs;
}

/**
 * Resolution time of a resolved ticket (`null` for an unresolved one): `resolutionMs`; else
 * creation → last solve (ticketTimings' `fullResolutionMs`). A resolved ticket without either
 * cannot be measured and throws.
 */
export function resolutionOf(view: RecordView, t: NormalizedTicket): number | null {
  if (!isResolved(view.kpi, t, view.raw)) return null;
  const given = durationField(view, "resolutionMs");
  if (given !== null) return given;
  const at = resolvedAtMs(view.kpi, t, view.raw);
  if (at === null) {
    fail(view.kpi, "records.resolvedAt", undefined, `the time the ticket was solved (its status is "${t.status}"), resolutionMs, or status events`, view.index, t.id);
  }
  return at - t.createdMs;
}
