/**
 * Offsets and wall-time conversion. Expected instants come from the rules themselves: EU summer
 * time starts and ends at 01:00 UTC on the last Sundays of March and October (Directive
 * 2000/84/EC); US daylight time starts at 02:00 local on the second Sunday of March and ends at
 * 02:00 local on the first Sunday of November (Energy Policy Act of 2005, section 110).
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { checkTimeZone, localDayOf, offsetAt, transitionsBetween, wallToInstant } from "./zone.js";

const H = 3_600_000;
const utc = (iso: string): number => Date.parse(iso);
const wall = (iso: string): number => Date.parse(`${iso}Z`); // wall time read as UTC: "local ms"

/** An independent offset: format the instant in the zone with Intl and read the wall time back. */
function intlOffset(timeZone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

describe("offsetAt and transitionsBetween", () => {
  it("finds the 2026 EU and US changes to the second", () => {
    expect(transitionsBetween("Europe/Amsterdam", utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"))).toEqual([
      utc("2026-03-29T01:00:00Z"),
      utc("2026-10-25T01:00:00Z"),
    ]);
    expect(transitionsBetween("America/New_York", utc("2026-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"))).toEqual([
      utc("2026-03-08T07:00:00Z"),
      utc("2026-11-01T06:00:00Z"),
    ]);
    expect(transitionsBetween("Asia/Tokyo", utc("2020-01-01T00:00:00Z"), utc("2027-01-01T00:00:00Z"))).toEqual([]);
  });

  it("reads the offsets on both sides of a change", () => {
    expect(offsetAt("Europe/Amsterdam", utc("2026-03-29T00:59:59Z"))).toBe(1 * H);
    expect(offsetAt("Europe/Amsterdam", utc("2026-03-29T01:00:00Z"))).toBe(2 * H);
    expect(offsetAt("America/New_York", utc("2026-11-01T05:59:59Z"))).toBe(-4 * H);
    expect(offsetAt("America/New_York", utc("2026-11-01T06:00:00Z"))).toBe(-5 * H);
    expect(offsetAt("Asia/Kolkata", utc("2026-06-01T00:00:00Z"))).toBe(5.5 * H);
    expect(offsetAt("UTC", 0)).toBe(0);
  });

  test.prop([fc.constantFrom("Europe/Amsterdam", "America/New_York", "Australia/Sydney", "America/Santiago", "Africa/Casablanca", "Asia/Kathmandu"), fc.integer({ min: utc("1990-01-01T00:00:00Z") / 1000, max: utc("2040-01-01T00:00:00Z") / 1000 })])(
    "equals an independent Intl reading at any second",
    (zone, seconds) => {
      expect(offsetAt(zone, seconds * 1000)).toBe(intlOffset(zone, seconds * 1000));
    },
  );
});

describe("offsetAt at the ends of the Date range", () => {
  it("reads a finite offset in the first and last years a Date holds", () => {
    // The year of −8.64e15 ms (−271821) starts before the range, and sampling it there gave NaN
    // (issue 16's probe). Out there Intl reads each zone's local mean time (Kolkata +5:53:28,
    // the tz database's LMT for it), the same a day later.
    for (const zone of ["Europe/Amsterdam", "America/New_York", "Asia/Kolkata"]) {
      for (const ms of [-8.64e15, -8.64e15 + 1, 8.64e15 - 1, 8.64e15]) expect(Number.isFinite(offsetAt(zone, ms)), `${zone} ${ms}`).toBe(true);
      expect(offsetAt(zone, -8.64e15)).toBe(offsetAt(zone, -8.64e15 + 86_400_000));
    }
    expect(offsetAt("Asia/Kolkata", -8.64e15)).toBe(5 * H + 53 * 60_000 + 28_000);
  });
});

describe("wallToInstant", () => {
  it("maps ordinary wall times one to one", () => {
    expect(wallToInstant("Europe/Amsterdam", wall("2026-07-01T09:00:00"))).toBe(utc("2026-07-01T07:00:00Z"));
    expect(wallToInstant("America/New_York", wall("2026-01-15T09:00:00"))).toBe(utc("2026-01-15T14:00:00Z"));
  });

  it("moves a wall time in the spring gap forward by the gap (Temporal's 'compatible')", () => {
    // 02:30 does not exist in New York on 2026-03-08: it becomes 03:30 EDT.
    expect(wallToInstant("America/New_York", wall("2026-03-08T02:30:00"))).toBe(utc("2026-03-08T07:30:00Z"));
    expect(wallToInstant("Europe/Amsterdam", wall("2026-03-29T02:15:00"))).toBe(utc("2026-03-29T01:15:00Z"));
  });

  it("takes the earlier of two instants in the autumn overlap", () => {
    expect(wallToInstant("America/New_York", wall("2026-11-01T01:30:00"))).toBe(utc("2026-11-01T05:30:00Z"));
    expect(wallToInstant("Europe/Amsterdam", wall("2026-10-25T02:30:00"))).toBe(utc("2026-10-25T00:30:00Z"));
  });

  it("knows which local day an instant falls on", () => {
    expect(localDayOf("America/New_York", utc("2026-01-02T03:00:00Z"))).toBe(Date.UTC(2026, 0, 1) / 86_400_000);
    expect(localDayOf("Asia/Tokyo", utc("2026-01-01T15:00:00Z"))).toBe(Date.UTC(2026, 0, 2) / 86_400_000);
  });
});

describe("checkTimeZone", () => {
  it("accepts IANA names and rejects the rest", () => {
    expect(checkTimeZone("k", "timeZone", "Europe/Amsterdam")).toBe("Europe/Amsterdam");
    for (const bad of ["Mars/Olympus", "", 5, undefined]) {
      try {
        checkTimeZone("k", "timeZone", bad);
        expect.unreachable();
      } catch (e) {
        expect(isKpiInputError(e)).toBe(true);
      }
    }
  });
});
