/**
 * The compiled pattern readers against date-fns 4 (`format` and `parse`, in UTC through
 * `{ in: tz("UTC") }`), the library whose pattern language they read:
 * - round trips: date-fns formats a random instant, the reader gives back its wall time to the
 *   precision the pattern keeps (and, with an offset, the instant, in zones with odd offsets);
 * - agreement: on texts with every field at the width the pattern asks for, valid or impossible
 *   (month 13, 31 April, hour 24, minute 60), the reader succeeds exactly where date-fns `parse`
 *   does, with the same instant. The reference date is in 2019: date-fns then reads two-digit
 *   years 69–99 as 1969–1999 and 00–68 as 2000–2068, the reader's fixed rule, so no pattern is
 *   excluded for it.
 * Two differences are known and accounted for, each pinned by a test at the end: date-fns ignores
 * a day name that does not fit the date (the reader returns null), and it truncates 7- and
 * 8-digit fractions in floating point, a millisecond short at times (`.0070000` is 6 ms).
 */
import { fc, test } from "@fast-check/vitest";
import { tz, tzOffset } from "@date-fns/tz";
import { addDays, addMilliseconds, format, parse } from "date-fns";
import { describe, expect, it } from "vitest";
import { compileDatePattern, excelSerial, TIME_OF_DAY, TIME_OF_DAY_PATTERNS, unixMillis, unixSeconds, type WallTime } from "./datePattern.js";

const UTC = { in: tz("UTC") };
const DAY = 86_400_000;
/** The reference date of every `parse`: 2019, so that date-fns's two-digit-year window is 1969–2068. */
const REF = new Date(Date.UTC(2019, 0, 1));

interface Case {
  readonly pattern: string;
  /** The precision the pattern keeps, in ms. */
  readonly unit: number;
  readonly yy?: boolean;
  readonly time?: boolean;
}

const CASES: readonly Case[] = [
  { pattern: "M/d/yyyy H:mm", unit: 60_000 },
  { pattern: "MM/dd/yyyy hh:mm:ss a", unit: 1000 },
  { pattern: "dd/MM/yy", unit: DAY, yy: true },
  { pattern: "d.M.yyyy HH:mm:ss", unit: 1000 },
  { pattern: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", unit: 1 },
  { pattern: "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx", unit: 1 }, // .NET's round-trip layout: 7 digits
  { pattern: "yyyy-MM-dd HH:mm:ssX", unit: 1000 },
  { pattern: "yyyy-MM-dd'T'HH:mmxx", unit: 60_000 },
  { pattern: "dd MMM yyyy HH:mm", unit: 60_000 },
  { pattern: "MMMM d, yyyy h:mm aa", unit: 60_000 },
  { pattern: "yyyyMMddHHmmss", unit: 1000 },
  { pattern: "EEE, dd MMM yyyy HH:mm:ss xx", unit: 1000 },
  { pattern: "EEEE, MMMM d, y", unit: DAY },
  { pattern: "yyyy/MM/dd HH:mm:ss.SSSSSS", unit: 1 },
  { pattern: "M/d/yy h:mm a", unit: 60_000, yy: true },
  { pattern: "dd-MMM-yy HH.mm.ss.SSSSSSSSS", unit: 1, yy: true },
  { pattern: "'Date:' yyyy-MM-dd 'at' HH'h'mm", unit: 60_000 },
  { pattern: "H:mm", unit: 60_000, time: true },
  { pattern: "h:mm:ss a", unit: 1000, time: true },
  { pattern: "HH:mm:ss.S", unit: 100, time: true },
  { pattern: "HH:mm:ss.SSSSSSSS", unit: 1, time: true },
];

const trunc = (ms: number, unit: number): number => Math.floor(ms / unit) * unit;
const fractionDigits = (pattern: string): number => /S+/.exec(pattern)?.[0].length ?? 0;
const hasOffset = (pattern: string): boolean => /[Xx]/.test(pattern.replace(/'[^']*'/g, ""));

/** The exact ms of fraction digits (the first three), and the difference date-fns's float truncation makes. */
function fractionSlip(digits: string): number {
  if (digits.length === 0) return 0;
  const exact = Number(digits.slice(0, 3).padEnd(3, "0"));
  const dateFns = Math.trunc(Number(digits) * Math.pow(10, -digits.length + 3)); // date-fns 4.4 FractionOfSecondParser
  return dateFns - exact;
}

/** date-fns's reading of `text`: the instant, or ms since midnight for a time-only pattern; `null` when invalid. */
function dateFnsParse(text: string, c: Case): number | null {
  const ms = parse(text, c.pattern, REF, UTC).getTime();
  if (Number.isNaN(ms)) return null;
  return c.time === true ? ms - REF.getTime() : ms;
}

/** The instant of a reader's result in UTC (or ms since midnight). */
const instant = (t: WallTime): number => t.localMs - (t.offsetMs ?? 0);

const instants = (yy: boolean | undefined): fc.Arbitrary<number> =>
  yy === true ? fc.integer({ min: Date.UTC(1969, 0, 1), max: Date.UTC(2069, 0, 1) - 1 }) : fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) - 1 });

describe.each(CASES)("$pattern", (c) => {
  const read = compileDatePattern(c.pattern);
  const n = fractionDigits(c.pattern);

  test.prop([instants(c.yy)], { numRuns: 1000 })("reads back what date-fns formats, as date-fns parses it", (t) => {
    const date = new Date(t);
    const text = format(date, c.pattern, UTC);
    const expected = c.time === true ? trunc(((t % DAY) + DAY) % DAY, c.unit) : trunc(t, c.unit);
    expect(read(text)).toEqual({ localMs: expected, offsetMs: hasOffset(c.pattern) ? 0 : null });
    const slip = n === 0 ? 0 : fractionSlip(format(date, "S".repeat(n), UTC));
    expect(dateFnsParse(text, c)).toBe(expected + slip);
  });
});

const OFFSET_CASES = CASES.filter((c) => hasOffset(c.pattern));
const ZONES = ["Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "America/New_York", "Europe/Amsterdam", "UTC"] as const;

test.prop(
  [fc.constantFrom(...OFFSET_CASES), fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) - 1 })],
  { numRuns: 4000 },
)("with an offset, gives the wall time and offset date-fns writes in a zone, and the instant", (c, zone, t) => {
  const date = new Date(t);
  const text = format(date, c.pattern, { in: tz(zone) });
  const offsetMs = tzOffset(zone, date) * 60_000; // whole minutes in these zones since 1970
  const got = compileDatePattern(c.pattern)(text);
  expect(got).toEqual({ localMs: trunc(t + offsetMs, c.unit), offsetMs });
  const n = fractionDigits(c.pattern);
  const slip = n === 0 ? 0 : fractionSlip(format(date, "S".repeat(n), UTC));
  expect(instant(got as WallTime)).toBe(trunc(t, c.unit));
  expect(dateFnsParse(text, c)).toBe(trunc(t, c.unit) + slip);
});

// ---- Agreement on texts with impossible values ------------------------------------------------

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]; // getUTCDay order

/** Field values, in range or just out of it, and how to spell them. */
const parts = fc.record({
  year: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1900, max: 2099 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) }),
  month: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 13) }),
  day: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 28 }) }, { weight: 2, arbitrary: fc.integer({ min: 29, max: 31 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 32) }),
  weekdayShift: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) }),
  hour: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 23 }) }, { weight: 1, arbitrary: fc.constant(24) }),
  hour12: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 13) }),
  ampm: fc.constantFrom("AM", "PM", "am", "pm", "Pm", "aM"),
  minute: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.constant(60) }),
  second: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 59 }) }, { weight: 1, arbitrary: fc.constant(60) }),
  fraction: fc.stringMatching(/^\d{9}$/),
  offsetHours: fc.integer({ min: 0, max: 14 }),
  offsetMinutes: fc.oneof(fc.constantFrom(0, 30, 45), fc.integer({ min: 0, max: 59 })),
  negative: fc.boolean(),
  zulu: fc.boolean(),
  nameCase: fc.constantFrom("as is", "upper", "lower"),
});
type Parts = typeof parts extends fc.Arbitrary<infer P> ? P : never;

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** The year a text means: two-digit years by the documented window. */
const yearOf = (p: Parts, c: Case): number => (c.yy === true ? (p.year % 100 < 69 ? 2000 : 1900) + (p.year % 100) : p.year);

/** The weekday (getUTCDay order) of the date in the parts, read by a Date (`null` when it is no date). */
function trueWeekday(year: number, month: number, day: number): number | null {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // no 1900 offset for years 0–99
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.getUTCDay() : null;
}

/** A pattern's tokens and literals, as date-fns splits it ('' a quote, quoted text literal). */
function* pieces(pattern: string): Generator<{ token: string } | { literal: string }> {
  for (const m of pattern.matchAll(/''|'((?:''|[^'])*)'|([A-Za-z])\2*|[^A-Za-z']+/g)) {
    if (m[0] === "''") yield { literal: "'" };
    else if (m[1] !== undefined) yield { literal: m[1].replaceAll("''", "'") };
    else if (m[2] !== undefined) yield { token: m[0] };
    else yield { literal: m[0] };
  }
}

/** `parts` written in the pattern, every field at the pattern's width. */
function render(c: Case, p: Parts): string {
  const cased = (name: string): string => (p.nameCase === "upper" ? name.toUpperCase() : p.nameCase === "lower" ? name.toLowerCase() : name);
  const weekday = ((trueWeekday(yearOf(p, c), p.month, p.day) ?? 0) + p.weekdayShift) % 7;
  const offset = (token: string): string => {
    if (token[0] === "X" && p.zulu) return "Z";
    const sign = p.negative ? "-" : "+";
    if (token === "X" || token === "x") return p.offsetMinutes === 0 ? `${sign}${pad(p.offsetHours, 2)}` : `${sign}${pad(p.offsetHours, 2)}${pad(p.offsetMinutes, 2)}`;
    return `${sign}${pad(p.offsetHours, 2)}${token.length === 3 ? ":" : ""}${pad(p.offsetMinutes, 2)}`;
  };
  const number = (value: number, token: string): string => (token.length === 2 ? pad(value, 2) : String(value));
  let text = "";
  for (const piece of pieces(c.pattern)) {
    if ("literal" in piece) {
      text += piece.literal;
      continue;
    }
    const t = piece.token;
    switch (t[0]) {
      case "y": text += t === "yy" ? pad(p.year % 100, 2) : t === "yyyy" ? pad(p.year, 4) : String(p.year); break;
      case "M": text += t.length <= 2 ? number(p.month, t) : cased(p.month >= 1 && p.month <= 12 ? (MONTH_NAMES[p.month - 1] as string).slice(0, t.length === 3 ? 3 : undefined) : "Octobre"); break;
      case "d": text += number(p.day, t); break;
      case "E": text += cased((DAY_NAMES[weekday] as string).slice(0, t.length === 4 ? undefined : 3)); break;
      case "H": text += number(p.hour, t); break;
      case "h": text += number(p.hour12, t); break;
      case "a": text += p.ampm; break;
      case "m": text += number(p.minute, t); break;
      case "s": text += number(p.second, t); break;
      case "S": text += p.fraction.slice(0, t.length); break;
      default: text += offset(t); // X or x
    }
  }
  return text;
}

describe.each(CASES)("$pattern, impossible values included", (c) => {
  const read = compileDatePattern(c.pattern);
  const n = fractionDigits(c.pattern);
  const named = c.pattern.includes("E");

  test.prop([parts], { numRuns: 1000 })("succeeds exactly where date-fns parse does, with the same instant", (p) => {
    const text = render(c, p);
    const dateFns = dateFnsParse(text, c);
    const got = read(text);
    // The reader refuses a day name that does not fit the date; date-fns ignores the name.
    if (dateFns === null || (named && p.weekdayShift !== 0)) {
      expect(got, text).toBeNull();
    } else {
      expect(got, text).not.toBeNull();
      expect(instant(got as WallTime), text).toBe(dateFns - fractionSlip(p.fraction.slice(0, n)));
    }
  });
});

// ---- Time of day, Excel serials, Unix time ----------------------------------------------------

test.prop([fc.constantFrom(...TIME_OF_DAY_PATTERNS), fc.integer({ min: 0, max: DAY - 1 })], { numRuns: 3000 })(
  "TIME_OF_DAY reads each default layout as date-fns formats it",
  (pattern, ms) => {
    const text = format(new Date(ms), pattern, UTC);
    const n = fractionDigits(pattern);
    const unit = n > 0 ? 10 ** Math.max(0, 3 - n) : pattern.includes("ss") ? 1000 : 60_000;
    expect(TIME_OF_DAY(text)).toEqual({ localMs: trunc(ms, unit), offsetMs: null });
  },
);

test.prop([fc.integer({ min: 1, max: 2_958_465 }), fc.integer({ min: 0, max: DAY - 1 })], { numRuns: 4000 })(
  "excelSerial: day n and a fraction of it is date-fns's addDays from 1899-12-30 (1899-12-31 below serial 60), to the ms",
  (n, ms) => {
    const serial = n + ms / DAY;
    if (n === 60) {
      expect(excelSerial(serial)).toBeNull(); // Excel's 1900-02-29
      return;
    }
    const base = new Date(n < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30));
    const expected = addMilliseconds(addDays(base, n, UTC), ms, UTC).getTime();
    expect(excelSerial(serial)).toBe(expected);
    expect(excelSerial(String(serial))).toBe(expected);
  },
);

// Below 10^12 seconds (the year 33658) a double holds a decimal with three places closely enough
// that rounding to the ms recovers them; nearer the end of a Date's range (8.64e12) it does not.
test.prop([fc.boolean(), fc.integer({ min: 0, max: 1e12 - 1 }), fc.integer({ min: 0, max: 999 })], { numRuns: 3000 })(
  "unixSeconds and unixMillis read decimal strings and numbers exactly to the ms, below 10^12 seconds",
  (negative, seconds, millis) => {
    const sign = negative ? "-" : "";
    const ms = (negative ? -1 : 1) * (seconds * 1000 + millis) + 0; // + 0: no -0
    const text = `${sign}${seconds}.${pad(millis, 3)}`;
    expect(unixSeconds(text)).toEqual({ localMs: ms, offsetMs: 0 });
    expect(unixSeconds(Number(text))).toEqual({ localMs: ms, offsetMs: 0 });
    expect(unixMillis(`${sign}${seconds * 1000 + millis}`)).toEqual({ localMs: ms, offsetMs: 0 });
    // date-fns's fromUnixTime is Date(seconds * 1000): the same instant, up to its truncation of the float.
    expect(Math.abs(new Date(Number(text) * 1000).getTime() - ms)).toBeLessThanOrEqual(1);
  },
);

// ---- The two known differences from date-fns, pinned ------------------------------------------

it("date-fns ignores a day name that does not fit the date; the reader refuses it", () => {
  // 2024-10-29 is a Tuesday.
  const text = "Wed, 29 Oct 2024 22:00:05 +0100";
  const pattern = "EEE, dd MMM yyyy HH:mm:ss xx";
  expect(parse(text, pattern, REF, UTC).getTime()).toBe(Date.UTC(2024, 9, 29, 21, 0, 5));
  expect(compileDatePattern(pattern)(text)).toBeNull();
});

it("date-fns truncates 7- and 8-digit fractions in floating point; the reader exactly", () => {
  // 70000 * 10^-4 is 6.999999999999999 in doubles: date-fns reads .0070000 as 6 ms.
  expect(parse("00:00:00.0070000", "HH:mm:ss.SSSSSSS", REF, UTC).getTime() - REF.getTime()).toBe(6);
  expect(compileDatePattern("HH:mm:ss.SSSSSSS")("00:00:00.0070000")).toEqual({ localMs: 7, offsetMs: null });
});
