/**
 * Reading timestamps: a `Date`, epoch milliseconds, or an ISO 8601 string. A string without an
 * offset is a wall time in the given time zone (default UTC).
 *
 * @module
 */
import { fail } from "../check.js";
import { DAY_MS, daysFromCivil, daysInMonth, MAX_EPOCH_MS } from "./civil.js";
import { wallToInstant } from "./zone.js";

/** What a timestamp may be: a `Date`, epoch milliseconds, or an ISO 8601 string. */
export type TimestampInput = Date | number | string;

/** Where a timestamp came from, for the error message. */
export interface TimestampSource {
  readonly kpi: string;
  readonly field: string;
  readonly index?: number | undefined;
  readonly recordId?: string | number | undefined;
}

const EXPECTED =
  'a valid Date, epoch milliseconds, or an ISO 8601 string ("2026-03-29T09:30:00Z", "2026-03-29 09:30", "2026-03-29")';

// date, then optionally [T or space] HH:mm[:ss[.fraction]], then optionally Z or ±HH[:mm] / ±HHmm
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Epoch ms of a timestamp. Strings are strict ISO 8601: calendar date, optional time (with `T`
 * or a space, as spreadsheets export), optional fraction, optional `Z` or `±HH:mm` offset. A
 * string without an offset, and a date without a time, are wall times in `timeZone` (already
 * checked by the caller). `24:00` is accepted as the end of a day.
 */
export function toEpochMs(value: unknown, timeZone: string, source: TimestampSource): number {
  return epochMsOrNull(value, timeZone) ?? fail(source.kpi, source.field, value, EXPECTED, source.index, source.recordId);
}

/** {@link toEpochMs} without the error: `null` for a value that is not a timestamp. */
export function epochMsOrNull(value: unknown, timeZone: string): number | null {
  if (typeof value === "number") return Math.abs(value) <= MAX_EPOCH_MS ? value : null;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : null;
  }
  return typeof value === "string" ? parseIso(value.trim(), timeZone) : null;
}

function parseIso(text: string, timeZone: string): number | null {
  const m = ISO.exec(text);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000 + 1e-6);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (minute > 59 || second > 59) return null;
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0 || millis > 0))) return null;
  const localMs = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  if (zone === undefined) return wallToInstant(timeZone, localMs);
  if (zone === "Z" || zone === "z") return localMs;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  const offH = Number(digits.slice(0, 2));
  const offM = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (offH > 23 || offM > 59) return null;
  return localMs - sign * (offH * 60 + offM) * 60_000;
}
