/**
 * Report periods (day, ISO week, month, quarter, year) and the derived hour-of-day and weekday
 * dimensions, on the wall clock of a time zone. A period is identified by its first local day
 * (a day number), which sorts chronologically; its label is made at result time.
 *
 * @module
 */
import { civilFromDays, DAY_MS, daysFromCivil, formatDay, isoWeekdayIndex, WEEKDAYS, type Weekday } from "./civil.js";
import { instantToWall, localDayOf } from "./zone.js";

/** A report period: `"day"`, `"week"` (ISO, Monday first), `"month"`, `"quarter"` or `"year"`. */
export type Period = "day" | "week" | "month" | "quarter" | "year";
/** The periods a summary can be broken down by. */
export const PERIODS: readonly Period[] = ["day", "week", "month", "quarter", "year"];

const HOUR_MS = 3_600_000;
const pad = (n: number): string => String(n).padStart(2, "0");

/** The first local day (day number) of the period that contains day `day`. */
export function periodFirstDay(day: number, period: Period): number {
  if (period === "day") return day;
  if (period === "week") return day - isoWeekdayIndex(day);
  const { year, month } = civilFromDays(day);
  if (period === "month") return daysFromCivil(year, month, 1);
  if (period === "quarter") return daysFromCivil(year, month - ((month - 1) % 3), 1);
  return daysFromCivil(year, 1, 1);
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
  const ymd = formatDay(day);
  if (period === "day") return ymd;
  if (period === "month") return ymd.slice(0, 7);
  if (period === "year") return ymd.slice(0, 4);
  if (period === "quarter") return `${ymd.slice(0, 4)}-Q${Math.floor((civilFromDays(day).month - 1) / 3) + 1}`;
  const thursday = day + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${formatDay(thursday).slice(0, 4)}-W${pad(week)}`;
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
