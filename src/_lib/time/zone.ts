/**
 * Time-zone offsets from the IANA database (through `@date-fns/tz`, which reads the runtime's
 * `Intl` data), and wall-clock ↔ instant conversion.
 *
 * Reading an offset through `Intl` costs microseconds, so each zone's transitions are found once
 * per calendar year and kept in a table: afterwards an offset is a search among the two or
 * three transitions of a year. Transitions are found by sampling the offset weekly and bisecting
 * to the second between samples that differ; a change reverted within the same week would not
 * be seen (the tz database has none since 1970).
 *
 * @module
 */
import { tzOffset } from "@date-fns/tz/tzOffset";
import { fail } from "../check.js";
import { civilFromDays, DAY_MS, daysFromCivil, MAX_EPOCH_MS } from "./civil.js";

/** One year of a zone: the offset at the start of the year and each change in it. */
interface ZoneYear {
  readonly startOffsetMs: number;
  /** Instants (ms) at which the offset changes, ascending, with the offset from then on. */
  readonly at: number[];
  readonly offsetMs: number[];
}

const WEEK_MS = 7 * DAY_MS;
const UTC_NAMES = new Set(["UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Etc/Zulu", "Z"]);
const zones = new Map<string, Map<number, ZoneYear>>();
const validZones = new Set<string>(UTC_NAMES);

/**
 * The raw offset from `Intl`, in whole milliseconds. An instant outside the `Date` range (the
 * first and last years of that range are sampled beyond it) reads the offset at the range's
 * edge, not `NaN`: no zone changes out there.
 */
function rawOffsetMs(timeZone: string, instantMs: number): number {
  const inside = Math.min(Math.max(instantMs, -MAX_EPOCH_MS), MAX_EPOCH_MS);
  return Math.round(tzOffset(timeZone, new Date(inside)) * 60_000);
}

/**
 * Checks that `timeZone` is a zone the runtime knows (an IANA name such as
 * `"Europe/Amsterdam"`, or `"UTC"`) and returns it.
 */
export function checkTimeZone(kpi: string, field: string, timeZone: unknown): string {
  if (typeof timeZone === "string" && validZones.has(timeZone)) return timeZone;
  if (typeof timeZone !== "string" || timeZone.length === 0) fail(kpi, field, timeZone, 'an IANA time zone name such as "Europe/Amsterdam"');
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    fail(kpi, field, timeZone, 'an IANA time zone name such as "Europe/Amsterdam"');
  }
  if (!Number.isFinite(rawOffsetMs(timeZone, 0))) fail(kpi, field, timeZone, "a time zone with offsets the runtime can read");
  validZones.add(timeZone);
  return timeZone;
}

/** Year (UTC) of an instant. */
function utcYear(instantMs: number): number {
  return civilFromDays(Math.floor(instantMs / DAY_MS)).year;
}

function buildYear(timeZone: string, year: number): ZoneYear {
  const start = daysFromCivil(year, 1, 1) * DAY_MS;
  const end = daysFromCivil(year + 1, 1, 1) * DAY_MS;
  const startOffsetMs = rawOffsetMs(timeZone, start);
  const at: number[] = [];
  const offsetMs: number[] = [];
  if (rawOffsetMs(timeZone, start - 1000) !== startOffsetMs) {
    at.push(start); // a change exactly at the turn of the UTC year
    offsetMs.push(startOffsetMs);
  }
  let lo = start;
  let loOffset = startOffsetMs;
  while (lo < end) {
    const hi = Math.min(lo + WEEK_MS, end);
    const hiOffset = rawOffsetMs(timeZone, hi);
    if (hiOffset !== loOffset) {
      // Bisect to the first second with the new offset (transitions fall on whole seconds).
      let a = lo;
      let b = hi;
      while (b - a > 1000) {
        const mid = a + Math.floor((b - a) / 2000) * 1000;
        if (rawOffsetMs(timeZone, mid) === loOffset) a = mid;
        else b = mid;
      }
      if (b < end) {
        at.push(b);
        offsetMs.push(rawOffsetMs(timeZone, b));
      }
    }
    lo = hi;
    loOffset = hiOffset;
  }
  return { startOffsetMs, at, offsetMs };
}

function zoneYear(timeZone: string, year: number): ZoneYear {
  let years = zones.get(timeZone);
  if (years === undefined) {
    years = new Map();
    zones.set(timeZone, years);
  }
  let table = years.get(year);
  if (table === undefined) {
    table = buildYear(timeZone, year);
    years.set(year, table);
  }
  return table;
}

/** The UTC offset (ms, east positive) of `timeZone` at an instant. */
export function offsetAt(timeZone: string, instantMs: number): number {
  if (UTC_NAMES.has(timeZone)) return 0;
  const table = zoneYear(timeZone, utcYear(instantMs));
  let offset = table.startOffsetMs;
  for (let i = 0; i < table.at.length && (table.at[i] as number) <= instantMs; i++) offset = table.offsetMs[i] as number;
  return offset;
}

/** The instants (ms) of the offset changes of `timeZone` in `[fromMs, toMs)`, ascending. */
export function transitionsBetween(timeZone: string, fromMs: number, toMs: number): number[] {
  if (UTC_NAMES.has(timeZone) || toMs <= fromMs) return [];
  const out: number[] = [];
  for (let year = utcYear(fromMs); year <= utcYear(toMs); year++) {
    for (const t of zoneYear(timeZone, year).at) if (t >= fromMs && t < toMs) out.push(t);
  }
  return out;
}

/**
 * The instant of a wall-clock time in `timeZone`, given as "local ms" (the wall time read as if
 * it were UTC). A wall time that occurs twice (the autumn hour) is the earlier instant. One that
 * does not exist (the spring gap) depends on `gap`:
 * - `"compatible"` (timestamps; Temporal's default): move forward by the length of the gap, so
 *   02:30 on a spring-forward night in New York is 03:30 EDT;
 * - `"boundary"` (opening hours): the first instant whose wall time is at or past it, i.e. the
 *   moment of the change, so a shop closing at 02:30 closes when the clock jumps to 03:00.
 */
export function wallToInstant(timeZone: string, localMs: number, gap: "compatible" | "boundary" = "compatible"): number {
  if (UTC_NAMES.has(timeZone)) return localMs;
  const before = offsetAt(timeZone, localMs - DAY_MS);
  const after = offsetAt(timeZone, localMs + DAY_MS);
  const early = localMs - Math.max(before, after);
  if (offsetAt(timeZone, early) === localMs - early) return early;
  const late = localMs - Math.min(before, after);
  if (offsetAt(timeZone, late) === localMs - late) return late;
  // In the gap (before < after): the change happens between `early` and `late`.
  if (gap === "compatible") return localMs - before;
  return transitionsBetween(timeZone, early, late + 1)[0] ?? localMs - before;
}

/** The wall time of an instant in `timeZone`, as local ms. */
export function instantToWall(timeZone: string, instantMs: number): number {
  return instantMs + offsetAt(timeZone, instantMs);
}

/** The local day number (days since 1970-01-01 on the wall calendar) of an instant. */
export function localDayOf(timeZone: string, instantMs: number): number {
  return Math.floor(instantToWall(timeZone, instantMs) / DAY_MS);
}

/** The instant at which a local day begins (its first existing wall time at or after 00:00). */
export function startOfLocalDay(timeZone: string, day: number): number {
  return wallToInstant(timeZone, day * DAY_MS, "boundary");
}
