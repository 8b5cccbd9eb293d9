import { checkList, fail, isPlainObject } from "../../_lib/check.js";
import { daysFromCivil, daysInMonth } from "../../_lib/time/civil.js";
import { WEEKDAYS, type Weekday } from "../../_lib/time/civil.js";
import { checkTimeZone } from "../../_lib/time/zone.js";

export type { Weekday } from "../../_lib/time/civil.js";

/** Opening hours on one day: `["09:00", "17:30"]`, start before end, end up to `"24:00"`. */
export type TimeWindow = readonly [start: string, end: string];

/** A date with special opening hours; no windows means closed all day. */
export interface HolidayHours {
  /** The local date, `"YYYY-MM-DD"`. */
  readonly date: string;
  /** That day's windows instead of the weekday's; `[]` closes the day. */
  readonly windows: readonly TimeWindow[];
}

/** What {@link businessCalendar} takes. */
export interface BusinessCalendarDefinition {
  /** IANA time zone the hours are read in, e.g. `"Europe/Amsterdam"`. */
  readonly timeZone: string;
  /** Opening windows per weekday; a day left out, or given `[]`, is closed. */
  readonly week: Readonly<Partial<Record<Weekday, readonly TimeWindow[]>>>;
  /** Closed dates (`"YYYY-MM-DD"`) and dates with special hours (`{ date, windows }`). */
  readonly holidays?: readonly (string | HolidayHours)[] | undefined;
}

/**
 * A validated business calendar: the definition with every weekday present, windows sorted and
 * touching windows merged, holidays sorted by date. A plain, frozen, JSON-serialisable object:
 * `businessCalendar(JSON.parse(JSON.stringify(calendar)))` gives the same calendar back.
 */
export interface BusinessCalendar {
  /** The IANA time zone the hours are read in. */
  readonly timeZone: string;
  /** Windows for every weekday, sorted, touching windows merged; `[]` is a closed day. */
  readonly week: Readonly<Record<Weekday, readonly TimeWindow[]>>;
  /** Dates with their own hours, sorted by date; a closed date has `windows: []`. */
  readonly holidays: readonly HolidayHours[];
}

const KPI = "businessCalendar";
const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Minutes after midnight of `"HH:mm"` (`"24:00"` is 1440), or `null` when malformed. */
function minutesOf(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const m = HHMM.exec(text);
  if (m === null) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 1440 ? null : minutes;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The day number of a `"YYYY-MM-DD"` date, or `null` when it is not a real date. */
export function dayOfDate(text: unknown): number | null {
  if (typeof text !== "string") return null;
  const m = DATE.exec(text);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/**
 * Validates one day's windows into sorted, merged `[startMin, endMin]` pairs. Touching windows
 * (`["09:00","12:00"]`, `["12:00","17:00"]`) merge; overlapping ones are an error.
 */
export function readWindows(field: string, windows: unknown): [number, number][] {
  // checkList: a hole is a missing window at its index, not skipped by map
  const list = checkList(KPI, field, windows, 'an array of ["HH:mm", "HH:mm"] windows');
  const pairs = list.map((w: unknown, i): [number, number] => {
    const pair = Array.isArray(w) && w.length === 2;
    const start = pair ? minutesOf(w[0]) : null;
    const end = pair ? minutesOf(w[1]) : null;
    if (start === null || end === null || start >= 1440) {
      fail(KPI, field, w, 'a window ["HH:mm", "HH:mm"] with times from "00:00" to "24:00"', i);
    }
    if (end <= start) fail(KPI, field, w, "a window whose end is after its start", i);
    return [start, end];
  });
  const order = pairs.map((_, i) => i).sort((a, b) => (pairs[a] as [number, number])[0] - (pairs[b] as [number, number])[0]);
  const merged: [number, number][] = [];
  for (const i of order) {
    const [start, end] = pairs[i] as [number, number];
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last[1]) fail(KPI, field, list[i], `a window that does not overlap ${JSON.stringify([hhmm(last[0]), hhmm(last[1])])}`, i);
    if (last !== undefined && start === last[1]) last[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}

function toWindows(pairs: readonly [number, number][]): readonly TimeWindow[] {
  return Object.freeze(pairs.map(([s, e]) => Object.freeze([hhmm(s), hhmm(e)] as const)));
}

/**
 * Business calendar: the opening hours that business-time durations and SLA clocks count.
 *
 * @remarks
 * `week` maps `"mon"` … `"sun"` to the day's windows in the calendar's time zone, several a day
 * (a lunch break is two windows), `"24:00"` allowed as an end. A day not listed is closed.
 * `holidays` lists dates that are closed (`"2026-12-25"`) or have special hours
 * (`{ date: "2026-12-24", windows: [["09:00", "13:00"]] }`); a holiday replaces the weekday's
 * windows for that date. A window that crosses midnight is written as two windows, one on each
 * day. Windows are wall-clock times: on a daylight-saving day a `09:00–17:00` window is still
 * 8 hours, while `00:00–24:00` is 23 or 25 hours, and a window inside the skipped spring hour
 * is empty. See docs/kpis/business-hours.md.
 *
 * @param definition - `{ timeZone, week, holidays? }`.
 * @returns The validated calendar, a frozen plain object.
 * @throws {@link KpiInputError} for an unknown time zone, an unknown weekday key, a window that
 *   is not `["HH:mm", "HH:mm"]` within `"00:00"`–`"24:00"` (`"25:00"`), a window that ends at or
 *   before its start, overlapping windows on one day, a holiday that is not a real
 *   `"YYYY-MM-DD"` date, or the same date listed twice.
 * @example
 * ```ts
 * const calendar = businessCalendar({
 *   timeZone: "Europe/Amsterdam",
 *   week: { mon: [["09:00", "12:30"], ["13:30", "17:00"]], tue: [["09:00", "17:00"]] },
 *   holidays: ["2026-12-25", { date: "2026-12-24", windows: [["09:00", "13:00"]] }],
 * });
 * calendar.week.mon; // [["09:00", "12:30"], ["13:30", "17:00"]]
 * calendar.week.sat; // []
 * ```
 * @see docs/kpis/business-hours.md
 * @category Time
 */
export function businessCalendar(definition: BusinessCalendarDefinition): BusinessCalendar {
  if (typeof definition !== "object" || definition === null) fail(KPI, "definition", definition, "an object { timeZone, week, holidays? }");
  const timeZone = checkTimeZone(KPI, "timeZone", definition.timeZone);
  const weekIn: unknown = definition.week;
  if (!isPlainObject(weekIn)) fail(KPI, "week", weekIn, 'an object mapping "mon" … "sun" to windows');
  for (const key of Object.keys(weekIn)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) fail(KPI, "week", key, '"mon", "tue", "wed", "thu", "fri", "sat" or "sun"');
  }
  const week = {} as Record<Weekday, readonly TimeWindow[]>;
  for (const day of WEEKDAYS) {
    const windows = (weekIn as Record<string, unknown>)[day];
    week[day] = windows === undefined ? Object.freeze([]) : toWindows(readWindows(`week.${day}`, windows));
  }
  const holidaysIn = checkList(KPI, "holidays", definition.holidays ?? [], 'an array of "YYYY-MM-DD" dates or { date, windows }');
  const holidays = holidaysIn.map((h: unknown, i): HolidayHours & { day: number } => {
    const date = typeof h === "string" ? h : (h as { date?: unknown } | null | undefined)?.date;
    const day = dayOfDate(date);
    if (day === null) fail(KPI, "holidays", h, 'a real date "YYYY-MM-DD" or { date: "YYYY-MM-DD", windows }', i);
    const windows = typeof h === "string" ? [] : readWindows(`holidays[${i}].windows`, (h as { windows?: unknown }).windows);
    return { date: date as string, windows: toWindows(windows), day };
  });
  holidays.sort((a, b) => a.day - b.day);
  for (let i = 1; i < holidays.length; i++) {
    const h = holidays[i] as HolidayHours;
    if (h.date === (holidays[i - 1] as HolidayHours).date) fail(KPI, "holidays", h.date, "each date listed once");
  }
  return Object.freeze({
    timeZone,
    week: Object.freeze(week),
    holidays: Object.freeze(holidays.map(({ date, windows }) => Object.freeze({ date, windows }))),
  });
}
