/**
 * Report periods (day, ISO week, month, quarter, year) and the derived hour-of-day and weekday
 * dimensions, on the wall clock of a time zone. A period is identified by its first local day
 * (a day number), which sorts chronologically; its label is made at result time.
 *
 * @module
 */
import {
  civilFromDays, DAY_MS, formatDay, formatMonth, isoWeekdayIndex, monthStart, quarterStart, WEEKDAYS, weekStart, yearStart, type Weekday,
} from "./civil.js";
import { instantToWall, localDayOf } from "./zone.js";

/** A report period: `"day"`, `"week"` (ISO, Monday first), `"month"`, `"quarter"` or `"year"`. */
export type Period = "day" | "week" | "month" | "quarter" | "year";
/** The periods a summary can be broken down by. */
export const PERIODS: readonly Period[] = ["day", "week", "month", "quarter", "year"];

const HOUR_MS = 3_600_000;
const pad = (n: number): string => String(n).padStart(2, "0");
/** `"YYYY"` of the year containing a day number. */
const formatYear = (day: number): string => formatDay(day).slice(0, 4);

/** The first local day (day number) of the period that contains day `day`. */
export function periodFirstDay(day: number, period: Period): number {
  if (period === "day") return day;
  if (period === "week") return weekStart(day, 1);
  if (period === "month") return monthStart(day);
  if (period === "quarter") return quarterStart(day);
  return yearStart(day);
}

/** The days from a period's first day that reach into the next period and not beyond (a period is 1, 7, 28–31, 90–92 or 365–366 days). */
const STEP: Readonly<Record<Period, number>> = { day: 1, week: 7, month: 31, quarter: 92, year: 366 };

/** The first local day of the period after the one that starts on day `first`. */
export function nextPeriodFirstDay(first: number, period: Period): number {
  return periodFirstDay(first + STEP[period], period);
}

/** The first local day of the period that contains instant `t` in `timeZone`. */
export function periodOfInstant(timeZone: string, t: number, period: Period): number {
  return periodFirstDay(localDayOf(timeZone, t), period);
}

/**
 * The label of the period that starts on local day `day`: `"2024-01-31"` (day), `"2025-W01"`
 * (ISO week: the week-numbering year of its Thursday), `"2024-01"`, `"2024-Q1"`, `"2024"`.
 */
export function periodLabel(day: number, period: Period): string {
  if (period === "day") return formatDay(day);
  if (period === "month") return formatMonth(day);
  if (period === "year") return formatYear(day);
  if (period === "quarter") return `${formatYear(day)}-Q${Math.floor((civilFromDays(day).month - 1) / 3) + 1}`;
  // An ISO week (starting on Monday `day`) belongs to the year of its Thursday, and is numbered
  // from the week of that year's first Thursday.
  const thursday = day + 3;
  const week = Math.floor((thursday - yearStart(thursday)) / 7) + 1;
  return `${formatYear(thursday)}-W${pad(week)}`;
}

/** The hour (0–23) the wall clock of `timeZone` shows at instant `t`. */
export function hourOfDay(timeZone: string, t: number): number {
  const wall = instantToWall(timeZone, t);
  return Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / HOUR_MS);
}

/** The local weekday (`"mon"` … `"sun"`) of instant `t` in `timeZone`. */
export function weekdayOf(timeZone: string, t: number): Weekday {
  return WEEKDAYS[isoWeekdayIndex(localDayOf(timeZone, t))] as Weekday;
}

/** Position of a weekday in the ISO week (Monday 0), for sorting; −1 for anything else. */
export function weekdayIndex(value: unknown): number {
  return WEEKDAYS.indexOf(value as Weekday);
}
