/**
 * Options shared by the ticket functions: the time zone offset-less strings are read in, and
 * whether automated messages count.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import { checkTimeZone } from "../../_lib/time/zone.js";
import type { Measure } from "./clock.js";

/**
 * The `timeZone` option: a valid IANA zone; by default the calendar's zone when there is a
 * calendar (as businessTimeBetween reads strings), otherwise `"UTC"`.
 */
export function readTimeZone(kpi: string, timeZone: unknown, measure: Measure): string {
  if (timeZone === undefined) return measure.timeZone ?? "UTC";
  return checkTimeZone(kpi, "options.timeZone", timeZone);
}

/** The `excludeAutomated` option: a boolean, default `true`. */
export function readExcludeAutomated(kpi: string, value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== "boolean") fail(kpi, "options.excludeAutomated", value, "true or false");
  return value;
}
