/**
 * The units a report shows durations in, and how its numbers read on a page: one place for the
 * command line's tables and for the review page.
 *
 * @module
 */

/** The units of `--units`: milliseconds in one, and the abbreviation labels use. */
export const UNITS = {
  seconds: { ms: 1000, short: "s" },
  minutes: { ms: 60_000, short: "min" },
  hours: { ms: 3_600_000, short: "h" },
  days: { ms: 86_400_000, short: "d" },
} as const;

/** A unit of {@link UNITS}. */
export type Unit = keyof typeof UNITS;

/**
 * The unit a duration KPI is shown in when the report does not say, from its median over all
 * records: under 90 seconds in seconds, under 90 minutes in minutes, under 48 hours in hours,
 * else in days; minutes without data. The numbers read then mostly between 1.5 and 90.
 */
export function unitFor(medianMs: number | null): Unit {
  if (medianMs === null) return "minutes";
  if (medianMs < 90_000) return "seconds";
  if (medianMs < 90 * 60_000) return "minutes";
  if (medianMs < 48 * 3_600_000) return "hours";
  return "days";
}

/** Whether `text` names a unit of {@link UNITS}. */
export const isUnit = (text: unknown): text is Unit => typeof text === "string" && Object.hasOwn(UNITS, text);

/** A number for reading: whole numbers with thousands separators, others to `digits` decimals (trailing zeros kept). */
export function numberText(x: number, digits = 1): string {
  if (Number.isInteger(x)) return x.toLocaleString("en-US");
  return x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A duration in `unit`, to one decimal: "2.4 h", "90.0 min". */
export function durationIn(ms: number, unit: Unit): string {
  return `${(ms / UNITS[unit].ms).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${UNITS[unit].short}`;
}

/** A bucket bound in the largest unit it is a whole number of: 300,000 ms is "5 min", 14,400,000 "4 h". */
export function boundText(ms: number): string {
  for (const unit of ["days", "hours", "minutes", "seconds"] as const) if (ms % UNITS[unit].ms === 0) return `${ms / UNITS[unit].ms} ${UNITS[unit].short}`;
  return `${ms} ms`;
}
