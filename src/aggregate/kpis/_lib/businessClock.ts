/**
 * The `calendar` option of the duration KPIs measured between two instants: a business calendar
 * read and compiled once, when the KPI is set up, and the business-time measure every record is
 * then measured with (as ticketTimings measures with its `calendar` option).
 *
 * @module
 */
import { fail, isPlainObject } from "../../../_lib/check.js";
import { businessCalendar, type BusinessCalendar, type BusinessCalendarDefinition } from "../../../time/businessCalendar/businessCalendar.js";
import { addOpen, compileCalendar, openBetween } from "../../../time/businessTime/openTime.js";
import { DEFAULT_TIMING_RULES, type TimingRules } from "../../../tickets/ticketTimings/ticketTimings.js";
import { renamed } from "../../_lib/errors.js";
import type { RecordView } from "../../_lib/view.js";

/** Business time, read from the `calendar` option. */
export interface BusinessClock {
  /** The validated calendar: what a saved aggregator keeps as the option (plain data). */
  readonly calendar: BusinessCalendar;
  /** ticketTimings' default rules, measured in the calendar's open time. */
  readonly rules: TimingRules;
  /** Open time between two instants (epoch ms, `from ≤ to`). */
  readonly between: (fromMs: number, toMs: number) => number;
  /**
   * Throws for a record that gives a ready-made duration (`duration`) and not the instant
   * business time is measured to (`instant`, or what stands for it, `instantWords`).
   */
  readonly needsInstant: (view: RecordView, instant: string, instantWords: string, duration: string) => never;
}

/**
 * Reads the `calendar` option of KPI `kpi` (`null` when absent): validated as `businessCalendar`
 * validates it, its fields named under `options.calendar` (`options.calendar.week.mon`), and
 * compiled once. `optionField` names the option as the caller wrote it, for record errors.
 */
export function readBusinessClock(kpi: string, calendar: unknown, optionField: (field: string) => string): BusinessClock | null {
  if (calendar === undefined) return null;
  if (!isPlainObject(calendar)) fail(kpi, "options.calendar", calendar, "a business calendar { timeZone, week, holidays? } (see businessCalendar)");
  const read = renamed(kpi, () => businessCalendar(calendar as unknown as BusinessCalendarDefinition), (field) => `options.calendar.${field}`);
  const compiled = compileCalendar(kpi, read);
  const between = (fromMs: number, toMs: number): number => openBetween(compiled, fromMs, toMs);
  const measure = { timeZone: compiled.timeZone, between, add: (fromMs: number, ms: number) => addOpen(compiled, fromMs, ms) };
  const option = optionField("options.calendar");
  return {
    calendar: read,
    rules: { ...DEFAULT_TIMING_RULES, measure },
    between,
    needsInstant: (view, instant, instantWords, duration) =>
      fail(view.kpi, `records.${instant}`, undefined, `${instantWords}: with ${option}, business time is counted between two instants, and ${duration} alone gives none`, view.index, view.id),
  };
}
