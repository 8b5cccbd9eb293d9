/**
 * Measuring time on a ticket: wall-clock milliseconds, or business milliseconds with a calendar.
 * Every duration ticketTimings and evaluateSla report goes through {@link Measure}, so that one
 * option switches all of them between calendar and business time.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import { isKpiInputError } from "../../errors.js";
import { addOpen, compileCalendar, MAX_DATE_MS, openBetween, type CompiledCalendar } from "../../time/businessTime/openTime.js";
import type { Span } from "../../records/statusHistory.js";

/** How time is counted. */
export interface Measure {
  /** The calendar's time zone, or `null` for wall-clock time. */
  readonly timeZone: string | null;
  /** Time between two instants, `from ≤ to`: `to − from`, or the open time between them. */
  readonly between: (from: number, to: number) => number;
  /** The earliest instant at which `ms` have passed since `from`; `null` when a calendar never opens long enough. */
  readonly add: (from: number, ms: number) => number | null;
}

/** Wall-clock milliseconds: the measure without a calendar. */
export const WALL_CLOCK: Measure = {
  timeZone: null,
  between: (from, to) => to - from,
  // As with a calendar, `null` past the last instant a Date can hold (a target of 9e307 ms).
  add: (from, ms) => (from + ms <= MAX_DATE_MS ? from + ms : null),
};

/**
 * The measure for an optional calendar option (a `businessCalendar` value or definition). An
 * invalid definition throws under the caller's name, the field nested under `field`.
 */
export function readMeasure(kpi: string, field: string, calendar: unknown): Measure {
  if (calendar === undefined) return WALL_CLOCK;
  if (typeof calendar !== "object" || calendar === null) fail(kpi, field, calendar, "a business calendar (see businessCalendar)");
  let cal: CompiledCalendar;
  try {
    cal = compileCalendar(kpi, calendar);
  } catch (error) {
    // An invalid definition: name it as the caller's option ("options.calendar.week.mon").
    // Stryker disable next-line ConditionalExpression: equivalent, the calendar functions throw only KpiInputError
    if (!isKpiInputError(error)) throw error;
    fail(kpi, `${field}.${error.field}`, error.value, error.expected, error.index);
  }
  return { timeZone: cal.timeZone, between: (from, to) => openBetween(cal, from, to), add: (from, ms) => addOpen(cal, from, ms) };
}

/** Total time in spans; an open span runs to `endMs`. */
export function timeIn(measure: Measure, spans: readonly Span[], endMs: number): number {
  let total = 0;
  for (const [from, to] of spans) total += measure.between(from, to ?? endMs);
  return total;
}

/**
 * The earliest instant at which `targetMs` of time had passed in the spans (an open span runs to
 * `endMs`), or `null` when the spans hold less.
 */
export function crossing(measure: Measure, spans: readonly Span[], endMs: number, targetMs: number): number | null {
  let remaining = targetMs;
  for (const [from, to] of spans) {
    const length = measure.between(from, to ?? endMs);
    if (length >= remaining) return measure.add(from, remaining);
    remaining -= length;
  }
  return null;
}
