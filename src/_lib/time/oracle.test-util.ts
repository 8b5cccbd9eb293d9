/**
 * Shared by the `*.date-fns.test-prop.ts` files, which hold the time kernel to date-fns and
 * @date-fns/tz as an independent oracle (the runtime keeps its own day-number kernel: it is faster
 * and never allocates a Date). Test-only: nothing outside the tests imports date-fns.
 *
 * The oracle has four faults, all where `TZDate` sets a wall time; Intl shows that the kernel is
 * right at each of them (periods.date-fns.test-prop.ts pins one case of each):
 * - where a zone's offset has seconds (local mean time: Sao Paulo −03:06:28 until 1914, Kolkata
 *   +05:21:10 until 1906, Kathmandu +05:41:16 until 1920) it drops the seconds, and its start of
 *   a day falls seconds or minutes into the day before;
 * - where midnight falls in a gap shorter than an hour (Kathmandu went from +05:30 to +05:45 at
 *   1986-01-01 00:00, so that day began at 00:15) it moves back, to 23:45 the day before (and
 *   its start of January 1986 is 1985-12-31);
 * - where midnight repeats (Brussels, which Europe/Amsterdam now links to, ended summer time at
 *   1916-10-01 01:00, back to 00:00) it takes the second midnight, an hour into the day;
 * - where a day ends in a gap (Brussels each spring from 1919 to 1928 went from 23:00 +00:00 to
 *   00:00 +01:00, so 1 March 1919 had 23 hours) a week or month that began before the change and
 *   is asked for after it starts a day late (date-fns's March 1919 starts on 2 March).
 * So each answer of date-fns in a zone is checked before it is used (see `expectStart`); where
 * the check fails, and only near those four faults (`knownFault`), the kernel is held to
 * date-fns on the local calendar date in UTC (no clock changes there) and to Intl instead.
 * Anywhere else a failed check fails the test.
 */
import { fc } from "@fast-check/vitest";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { expect } from "vitest";
import { transitionsBetween } from "./zone.js";

/** Zones with DST at midnight (Sao Paulo until 2019), half-hour DST (Lord Howe), 45-minute offsets. */
export const ZONES = [
  "UTC", "Europe/Amsterdam", "America/New_York", "America/Sao_Paulo", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kathmandu",
] as const;
const zones = fc.constantFrom(...ZONES);

const DAY_MS = 86_400_000;
const QUARTER_HOUR = 900_000;
const FROM = Date.UTC(1900, 0, 1);
const TO = Date.UTC(2200, 0, 1);

/**
 * A zone and an instant from 1900 to 2200: a third uniform, a third at a whole UTC quarter-hour
 * ± 1 ms (where local midnights fall), a third within two days of a clock change of the zone
 * (found by the kernel's `transitionsBetween`: it only picks the inputs).
 */
export const zoneInstants = zones.chain((zone) =>
  fc.tuple(
    fc.constant(zone),
    fc.oneof(
      fc.integer({ min: FROM, max: TO - 1 }),
      fc.tuple(fc.integer({ min: FROM / QUARTER_HOUR, max: TO / QUARTER_HOUR - 1 }), fc.constantFrom(-1, 0, 1)).map(([q, d]) => q * QUARTER_HOUR + d),
      fc
        .tuple(fc.integer({ min: 1900, max: 2199 }), fc.nat(), fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS })))
        .map(([year, i, delta]) => {
          const changes = transitionsBetween(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
          return (changes.length === 0 ? Date.UTC(year, 6, 1) : (changes[i % changes.length] as number)) + delta;
        }),
    ),
  ),
);

const formats = new Map<string, Intl.DateTimeFormat>();

/** An Intl formatter of `zone`, made once per zone and kind. */
function formatter(zone: string, kind: "date" | "time"): Intl.DateTimeFormat {
  const key = `${kind} ${zone}`;
  let f = formats.get(key);
  if (f === undefined) {
    f =
      kind === "date"
        ? new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" })
        : new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
    formats.set(key, f);
  }
  return f;
}

/** The local date (`"YYYY-MM-DD"`) of an instant in a zone, read with Intl. */
export function intlDate(zone: string, ms: number): string {
  const parts = formatter(zone, "date").formatToParts(new Date(ms));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year").padStart(4, "0")}-${get("month")}-${get("day")}`;
}

/** The local wall time (`"HH:MM:SS"`) of an instant in a zone, read with Intl. */
function intlTime(zone: string, ms: number): string {
  return formatter(zone, "time").format(new Date(ms));
}

/** Whether `ms` is, by Intl, the first instant of a local day in `zone`. */
export function startsADay(zone: string, ms: number): boolean {
  return intlDate(zone, ms) !== intlDate(zone, ms - 1);
}

/** Midnight UTC of the local calendar date of an instant in a zone (read with Intl). */
export function calendarDate(zone: string, ms: number): TZDate {
  const [y, m, d] = intlDate(zone, ms).split("-").map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, "UTC");
}


/** Whether the offset of `zone` at `ms` is whole minutes, by Intl (`"GMT+05:21:10"` is not). */
function wholeMinutes(zone: string, ms: number): boolean {
  return !/:\d\d:\d\d$/.test(new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).format(new Date(ms)));
}

/** Whether a clock change of `zone` lands on a local midnight after a gap: the day before ended in it. */
function dayEndedInAGap(zone: string, change: number): boolean {
  return startsADay(zone, change) && intlTime(zone, change) === "00:00:00";
}

/** Whether `t` lies where one of the four known faults of `TZDate` can reach (see the top). */
export function knownFault(zone: string, t: number): boolean {
  return (
    !wholeMinutes(zone, t - 400 * DAY_MS) ||
    transitionsBetween(zone, t - 32 * DAY_MS, t + DAY_MS).some((change) => dayEndedInAGap(zone, change)) ||
    (zone === "Asia/Kathmandu" && t >= Date.UTC(1985, 10, 1) && t < Date.UTC(1987, 0, 1)) ||
    (zone === "Europe/Amsterdam" && t >= Date.UTC(1916, 8, 1) && t < Date.UTC(1917, 0, 1))
  );
}

/**
 * Holds a start found by the kernel (the local date and the instant it begins) to date-fns's
 * answer in the zone, `inZone`. That answer is checked first: it must be, by Intl, the first
 * instant of a local day, on the side of `t` it must be (`side`: a start is at or before `t`, a
 * next start after it), on the date date-fns gives for the local calendar date in UTC
 * (`onCalendar`). Where it is not, which may happen at a known fault of `TZDate` only, the kernel
 * is held to `onCalendar` and to Intl instead. Returns the oracle's date (`"YYYY-MM-DD"`).
 */
export function expectStart(
  zone: string,
  t: number,
  side: "start" | "next",
  actual: { date: string; instant: number },
  inZone: Date,
  onCalendar: () => Date,
): string {
  const date = format(onCalendar(), "yyyy-MM-dd");
  const onItsSide = side === "start" ? inZone.getTime() <= t : inZone.getTime() > t;
  if (startsADay(zone, inZone.getTime()) && onItsSide && format(inZone, "yyyy-MM-dd") === date) {
    expect(actual).toEqual({ date, instant: inZone.getTime() });
    return date;
  }
  expect(knownFault(zone, t), `date-fns gives ${inZone.toISOString()}, outside the known faults`).toBe(true);
  expect(actual.date).toBe(date);
  expect([intlDate(zone, actual.instant), startsADay(zone, actual.instant)]).toEqual([date, true]);
  return date;
}
