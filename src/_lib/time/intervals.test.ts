/**
 * Interval boundaries. Expected instants come from the rules: EU summer time starts and ends at
 * 01:00 UTC on the last Sundays of March and October (Directive 2000/84/EC); Lord Howe Island
 * moves its clocks by 30 minutes at 02:00 local on the first Sundays of October and April. The
 * property compares with an independent reading of the wall clock through Intl.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { intervalBoundaries, intervalLabel, intervalStart, nextIntervalStart, type CalendarInterval } from "./intervals.js";

const H = 3_600_000;
const utc = (iso: string): number => Date.parse(iso);
const never = (): never => {
  throw new Error("too many");
};

describe("intervalBoundaries", () => {
  it("makes a 23-hour and a 25-hour day in Amsterdam", () => {
    const spring = intervalBoundaries("Europe/Amsterdam", utc("2026-03-28T12:00Z"), utc("2026-03-30T12:00Z"), "day", 1, 100, never);
    expect(spring).toEqual([utc("2026-03-27T23:00Z"), utc("2026-03-28T23:00Z"), utc("2026-03-29T22:00Z"), utc("2026-03-30T22:00Z")]);
    expect(spring.slice(1).map((b, i) => (b - (spring[i] as number)) / H)).toEqual([24, 23, 24]);
    const autumn = intervalBoundaries("Europe/Amsterdam", utc("2026-10-25T12:00Z"), utc("2026-10-25T13:00Z"), "day", 1, 100, never);
    expect(autumn).toEqual([utc("2026-10-24T22:00Z"), utc("2026-10-25T23:00Z")]);
  });

  it("gives the repeated autumn hour its own interval and skips the missing spring hour", () => {
    const autumn = intervalBoundaries("Europe/Amsterdam", utc("2026-10-24T23:00Z"), utc("2026-10-25T03:00Z"), "hour", 1, 100, never);
    expect(autumn).toEqual([0, 1, 2, 3, 4].map((h) => utc("2026-10-24T23:00Z") + h * H));
    expect(autumn.slice(0, 4).map((b) => intervalLabel("Europe/Amsterdam", b, "hour"))).toEqual([
      "2026-10-25T01:00+02:00", "2026-10-25T02:00+02:00", "2026-10-25T02:00+01:00", "2026-10-25T03:00+01:00",
    ]);
    const spring = intervalBoundaries("Europe/Amsterdam", utc("2026-03-29T00:30Z"), utc("2026-03-29T01:30Z"), "hour", 1, 100, never);
    expect(spring.map((b) => intervalLabel("Europe/Amsterdam", b, "hour"))).toEqual(["2026-03-29T01:00+01:00", "2026-03-29T03:00+02:00", "2026-03-29T04:00+02:00"]);
  });

  it("follows half-hour offsets and half-hour clock changes", () => {
    expect(intervalStart("Asia/Kolkata", utc("2026-06-01T10:10Z"), "hour", 1)).toBe(utc("2026-06-01T09:30Z"));
    // Lord Howe, 2026-10-04: 02:00 (+10:30) becomes 02:30 (+11) at 15:30 UTC the day before.
    const start = utc("2026-10-03T14:30Z"); // 01:00 +10:30
    expect(nextIntervalStart("Australia/Lord_Howe", start, "hour")).toBe(utc("2026-10-03T16:00Z")); // 03:00 +11
    expect(intervalLabel("Australia/Lord_Howe", utc("2026-10-03T16:00Z"), "hour")).toBe("2026-10-04T03:00+11:00");
  });

  it("starts weeks on the chosen day and months on the 1st, across a year end", () => {
    const wednesday = utc("2026-03-04T12:00Z");
    expect(intervalStart("UTC", wednesday, "week", 1)).toBe(utc("2026-03-02T00:00Z")); // Monday
    expect(intervalStart("UTC", wednesday, "week", 0)).toBe(utc("2026-03-01T00:00Z")); // Sunday
    expect(intervalStart("UTC", wednesday, "week", 3)).toBe(utc("2026-03-04T00:00Z")); // Wednesday itself
    expect(intervalBoundaries("America/New_York", utc("2025-12-15T12:00Z"), utc("2026-01-02T00:00Z"), "month", 1, 100, never)).toEqual([
      utc("2025-12-01T05:00Z"), utc("2026-01-01T05:00Z"), utc("2026-02-01T05:00Z"),
    ]);
    expect(intervalLabel("America/New_York", utc("2026-01-01T05:00Z"), "month")).toBe("2026-01");
  });

  it("stops when there would be too many intervals", () => {
    expect(() => intervalBoundaries("UTC", 0, 10 * H, "hour", 1, 5, never)).toThrow("too many");
    expect(intervalBoundaries("UTC", 0, 5 * H, "hour", 1, 5, never)).toHaveLength(6);
  });
});

/** Wall-clock fields of an instant, read with Intl (none of the library's zone code). */
function wall(timeZone: string, ms: number): { day: number; weekday: string; hour: number; minute: number; second: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", weekday: "short", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
  }).formatToParts(new Date(ms));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? "";
  return { day: Number(get("day")), weekday: get("weekday"), hour: Number(get("hour")), minute: Number(get("minute")), second: Number(get("second")) };
}

const zones = fc.constantFrom("UTC", "Europe/Amsterdam", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/Santiago");
const intervals = fc.constantFrom<CalendarInterval>("hour", "day", "week", "month");
const instants = fc.integer({ min: utc("2000-01-01T00:00Z"), max: utc("2040-01-01T00:00Z") });

test.prop([zones, intervals, instants])("an instant lies in its interval, whose ends show the wall time they should", (zone, interval, t) => {
  const start = intervalStart(zone, t, interval, 1);
  const end = nextIntervalStart(zone, start, interval);
  expect(start).toBeLessThanOrEqual(t);
  expect(end).toBeGreaterThan(t);
  for (const b of [start, end]) {
    const w = wall(zone, b);
    expect(w.minute).toBe(0);
    expect(w.second).toBe(0);
    // Days start at midnight, or where a zone skips midnight, at the end of that gap.
    if (interval !== "hour") expect(w.hour === 0 || wall(zone, b - 1).hour === 23).toBe(true);
    if (interval === "week") expect(w.weekday).toBe("Mon");
    if (interval === "month") expect(w.day).toBe(1);
  }
  // The interval is as long as the calendar says, give or take a DST change.
  const hours = (end - start) / H;
  const nominal = { hour: [0.5, 2], day: [23, 25], week: [167, 169], month: [671, 745] }[interval];
  expect(hours).toBeGreaterThanOrEqual(nominal[0] as number);
  expect(hours).toBeLessThanOrEqual(nominal[1] as number);
});
