/**
 * The `format` of a timestamp column: a date-fns `parse` pattern compiled once into a reader, an
 * Excel serial day number, or Unix seconds or milliseconds.
 *
 * A pattern is compiled into one anchored RegExp and a list of fields; a read is one `exec`, a
 * digit conversion per field, range checks and {@link daysFromCivil}: no Date, no re-tokenizing
 * (date-fns `parse` re-reads its pattern on every call). date-fns is the tests' oracle only.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import { DAY_MS, daysFromCivil, daysInMonth, isoWeekdayIndex, MAX_EPOCH_MS } from "../../_lib/time/civil.js";
import { wallToInstant } from "../../_lib/time/zone.js";

/**
 * A timestamp as read: `localMs` is the wall-clock time read as if it were UTC (what
 * `wallToInstant` takes); `offsetMs` the UTC offset the text gave (`Z`, `+02:00`), or `null` when
 * it gave none and a time zone must be applied. {@link instantOf} turns it into an instant.
 */
export interface WallTime {
  readonly localMs: number;
  readonly offsetMs: number | null;
}

/** An instant (Unix time): a {@link WallTime} in UTC whose offset is always given, so no zone applies. */
export interface EpochTime extends WallTime {
  readonly offsetMs: 0;
}

/** Reads one cell: a {@link WallTime}, or `null` when the text is not a timestamp of the layout. */
export type DateReader = (text: string) => WallTime | null;

type Field =
  | "year" | "year2" | "month" | "monthShort" | "monthLong" | "day" | "weekdayShort" | "weekdayLong"
  | "hour" | "hour12" | "ampm" | "minute" | "second" | "fraction" | "offset";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]; // isoWeekdayIndex order
const names = (list: string[], short: boolean, first: number): Map<string, number> =>
  new Map(list.map((name, i) => [short ? name.slice(0, 3) : name, i + first]));
const MONTH_SHORT = names(MONTHS, true, 1);
const MONTH_LONG = names(MONTHS, false, 1);
const WEEKDAY_SHORT = names(WEEKDAYS, true, 0);
const WEEKDAY_LONG = names(WEEKDAYS, false, 0);

const DIGITS = ["", "(\\d{1,2})", "(\\d{2})"];
const OFFSETS = ["", "[+-]\\d{2}(?:\\d{2})?", "[+-]\\d{4}", "[+-]\\d{2}:\\d{2}"];

/** The RegExp group and the field of a supported token, or `undefined`. */
function spec(token: string): readonly [string, Field] | undefined {
  const n = token.length;
  switch (token[0]) {
    case "y": return n === 1 ? ["(\\d{1,4})", "year"] : n === 2 ? ["(\\d{2})", "year2"] : n === 4 ? ["(\\d{4})", "year"] : undefined;
    case "M": return n <= 2 ? [DIGITS[n] as string, "month"] : n === 3 ? ["([A-Za-z]{3})", "monthShort"] : n === 4 ? ["([A-Za-z]{3,9})", "monthLong"] : undefined;
    case "d": return n <= 2 ? [DIGITS[n] as string, "day"] : undefined;
    case "E": return n <= 3 ? ["([A-Za-z]{3})", "weekdayShort"] : n === 4 ? ["([A-Za-z]{6,9})", "weekdayLong"] : undefined;
    case "H": return n <= 2 ? [DIGITS[n] as string, "hour"] : undefined;
    case "h": return n <= 2 ? [DIGITS[n] as string, "hour12"] : undefined;
    case "a": return n <= 2 ? ["([AaPp][Mm])", "ampm"] : undefined;
    case "m": return n <= 2 ? [DIGITS[n] as string, "minute"] : undefined;
    case "s": return n <= 2 ? [DIGITS[n] as string, "second"] : undefined;
    case "S": return n <= 9 ? [`(\\d{${n}})`, "fraction"] : undefined;
    case "X": return n <= 3 ? [`(Z|${OFFSETS[n]})`, "offset"] : undefined;
    case "x": return n <= 3 ? [`(${OFFSETS[n]})`, "offset"] : undefined;
    default: return undefined;
  }
}

const HINTS: Record<string, string> = {
  Y: "the week-numbering year: write y", D: "the day of the year: write d", u: "write y", L: "write M", k: "write H", K: "write h",
  Z: "write X or x", z: "write X or x", O: "write X or x", T: "use the format \"unix-ms\"", t: "use the format \"unix\"",
  e: "write E", c: "write E", b: "write a", B: "write a",
};

/** Which part of the time each token letter sets: a part may be named once. */
const PART: Record<string, string> = { y: "y", M: "M", d: "d", E: "E", H: "H", h: "H", a: "a", m: "m", s: "s", S: "S", X: "X", x: "X" };

/** The requirements between the parts: [part, the part it needs, why]. */
const NEEDS: readonly (readonly [string, string, string])[] = [
  ["d", "M", "a month (M) wherever it has a day of the month (d); note that m is minutes, M the month"],
  ["M", "y", "a year (y) wherever it has a month (M): a date without its year is ambiguous"],
  ["E", "d", "a year, month and day wherever it has a day name (E), which is checked against the date"],
  ["m", "H", "hours (H, or h with a) wherever it has minutes (m)"],
  ["s", "m", "minutes (m) wherever it has seconds (s)"],
  ["S", "s", "seconds (s) wherever it has a fraction of a second (S)"],
];

/**
 * Compiles a date-fns `parse` pattern (date-fns 4 semantics, Unicode tokens) into a fast
 * {@link DateReader}. The text must match the whole pattern (surrounding white space aside) and
 * name a real date and time; otherwise the reader returns `null`.
 *
 * | token | reads |
 * | --- | --- |
 * | `yyyy` / `yy` / `y` | year: exactly 4 digits / 2 digits (see remarks) / 1–4 digits; year 0 is refused, as by date-fns |
 * | `M` `MM` / `MMM` / `MMMM` | month: 1–2 digits, exactly 2 / `Jan`…`Dec` / `January`…`December` (English, any case) |
 * | `d` `dd` | day of the month: 1–2 digits, exactly 2 |
 * | `E` `EE` `EEE` / `EEEE` | day name `Mon`…`Sun` / `Monday`…`Sunday`, any case: checked against the date |
 * | `H` `HH` | hour 0–23 |
 * | `h` `hh` with `a` `aa` | hour 1–12 with `AM`/`PM` (any case); 12 AM is 00 |
 * | `m` `mm`, `s` `ss` | minute, second 0–59 |
 * | `S` … `SSSSSSSSS` | fraction of a second, exactly as many digits; digits past the millisecond are dropped |
 * | `X` `XX` `XXX` | offset `+02`/`+0530`, `+0530`, `+05:30`, or `Z` |
 * | `x` `xx` `xxx` | the same offsets, without `Z` |
 * | `'text'`, `''` | literal text, a literal `'` |
 * | any character other than A–Z, a–z | itself |
 *
 * A one-letter numeric token reads 1–2 digits, a two-letter one exactly 2. Missing parts are the
 * start of their unit (`yyyy-MM` is the 1st, 00:00). A pattern of time tokens only (`H:mm:ss`,
 * `h:mm a`) reads a time of day: `localMs` is then milliseconds since midnight.
 *
 * @remarks
 * Two-digit years (`yy`): 00–68 are 2000–2068 and 69–99 are 1969–1999, the POSIX `strptime`
 * `%y` rule. It is also date-fns's own rule (a year within 50 of the reference date's) for any
 * reference date in 2019, which is how the tests hold the reader to date-fns.
 *
 * Stricter than date-fns, which reads `MM` from `"1"`, `SSS` from `".5"` (as 5 ms), `MMM` from
 * `"J"`, `x` from `"Z"`, `a` from `"p.m."`, and ignores a day name that does not fit the date.
 *
 * Cost: compiling is O(pattern); a read is one RegExp match, O(text), and allocates one object.
 *
 * @throws KpiInputError (`kpi`, `field`, the pattern) for a letter token it does not support
 * (naming it: `YYYY`, `DD`, `k`, `Z`, `T` …), a part named twice, an unclosed quote, or a
 * pattern that cannot name a whole date or time (`dd/mm/yyyy`: a day without a month, minutes
 * without hours; `h` without `a`).
 * @example
 * ```ts
 * const read = compileDatePattern("M/d/yyyy H:mm");
 * read("10/29/2024 22:00"); // { localMs: Date.UTC(2024, 9, 29, 22), offsetMs: null }
 * read("2/30/2024 22:00"); // null
 * ```
 */
export function compileDatePattern(pattern: string, kpi = "mapping", field = "format"): DateReader {
  function bad(expected: string): never {
    return fail(kpi, field, pattern, expected);
  }
  let source = "";
  const fields: Field[] = [];
  const parts = new Set<string>();
  const literal = (text: string): void => {
    source += text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  };
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i] as string;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        literal("'");
        i += 2;
        continue;
      }
      let text = "";
      let j = i + 1;
      for (; ; j++) {
        if (j >= pattern.length) bad("a pattern whose quoted text is closed by '");
        if (pattern[j] === "'") {
          if (pattern[j + 1] !== "'") break;
          j++; // '' inside quotes: one quote
        }
        text += pattern[j];
      }
      literal(text);
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i + 1;
      while (pattern[j] === c) j++;
      const token = pattern.slice(i, j);
      const s = spec(token);
      if (s === undefined) {
        const hint = HINTS[c];
        // a run of one letter is named by its first letters and its length, not written out whole
        const named = token.length <= 12 ? `"${token}"` : `"${token.slice(0, 4)}…" (${token.length.toLocaleString("en-US")} × ${c})`;
        bad(`a date-fns pattern of supported tokens (${named} is not one${hint === undefined ? "" : `: ${hint}`})`);
      }
      const part = PART[c] as string;
      if (parts.has(part)) bad(`a pattern naming each part once ("${token}" repeats one)`);
      parts.add(part);
      source += s[0];
      fields.push(s[1]);
      i = j;
    } else {
      literal(c);
      i++;
    }
  }
  if (fields.length === 0) bad("a pattern with at least one date or time token");
  for (const [part, needed, why] of NEEDS) if (parts.has(part) && !parts.has(needed)) bad(`a pattern with ${why}`);
  if (fields.includes("hour12") !== parts.has("a")) bad("a pattern with a (AM/PM) wherever it has h (hour 1–12), and only then");
  return reader(new RegExp(`^\\s*${source}\\s*$`), fields, parts.has("y"));
}

/** The value of a string of decimal digits (the RegExp checked them): cheaper than `Number` on a match. */
function num(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i++) value = value * 10 + digits.charCodeAt(i) - 48;
  return value;
}

/** The value in ms of a fraction of a second given as digits (only the first three count). */
function fractionMs(digits: string): number {
  const d = (i: number): number => (i < digits.length ? digits.charCodeAt(i) - 48 : 0);
  return d(0) * 100 + d(1) * 10 + d(2);
}

/** The offset in ms of `Z`, `±HH`, `±HHmm` or `±HH:mm`, or `null` past ±23:59. */
function offsetMs(text: string): number | null {
  if (text === "Z") return 0;
  const hours = num(text.slice(1, 3));
  const minutes = text.length > 3 ? num(text.slice(-2)) : 0;
  if (hours > 23 || minutes > 59) return null;
  const ms = (hours * 60 + minutes) * 60_000;
  return text[0] === "-" ? 0 - ms : ms; // 0 - 0 is +0: "-00:00" is offset 0, not -0
}

function reader(re: RegExp, fields: readonly Field[], hasDate: boolean): DateReader {
  return (text) => {
    const m = re.exec(text);
    if (m === null) return null;
    let year = 0, month = 1, day = 1, weekday = -1, hour = 0, pm = 0, minute = 0, second = 0, ms = 0;
    let offset: number | null = null;
    for (let i = 0; i < fields.length; i++) {
      const s = m[i + 1] as string;
      switch (fields[i]) {
        case "year": year = num(s); break;
        case "year2": year = num(s); year += year < 69 ? 2000 : 1900; break;
        case "month": month = num(s); break;
        case "monthShort": month = MONTH_SHORT.get(s.toLowerCase()) ?? 0; break;
        case "monthLong": month = MONTH_LONG.get(s.toLowerCase()) ?? 0; break;
        case "day": day = num(s); break;
        case "weekdayShort": weekday = WEEKDAY_SHORT.get(s.toLowerCase()) ?? 7; break;
        case "weekdayLong": weekday = WEEKDAY_LONG.get(s.toLowerCase()) ?? 7; break;
        case "hour": hour = num(s); if (hour > 23) return null; break;
        case "hour12": hour = num(s); if (hour < 1 || hour > 12) return null; hour %= 12; break;
        case "ampm": pm = (s.charCodeAt(0) | 32) === 112 ? 12 : 0; break; // "p" or "P"
        case "minute": minute = num(s); break;
        case "second": second = num(s); break;
        case "fraction": ms = fractionMs(s); break;
        case "offset": offset = offsetMs(s); if (offset === null) return null; break;
      }
    }
    if (minute > 59 || second > 59) return null;
    let days = 0;
    if (hasDate) {
      if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
      days = daysFromCivil(year, month, day);
      if (weekday >= 0 && weekday !== isoWeekdayIndex(days)) return null;
    }
    return { localMs: days * DAY_MS + (((hour + pm) * 60 + minute) * 60 + second) * 1000 + ms, offsetMs: offset };
  };
}

/** The layouts a time-of-day column is read in by default, tried in this order. */
export const TIME_OF_DAY_PATTERNS: readonly string[] = [
  "H:mm", "H:mm:ss", "h:mm a", "h:mm:ss a", ...Array.from({ length: 9 }, (_, i) => `H:mm:ss.${"S".repeat(i + 1)}`),
];

/**
 * Reads a time of day in any of {@link TIME_OF_DAY_PATTERNS} (`22:00`, `9:05:30`, `9:05 PM`,
 * `22:00:05.123`): `localMs` is milliseconds since midnight.
 */
export const TIME_OF_DAY: DateReader = /* @__PURE__ */ ((): DateReader => {
  // The nine `H:mm:ss.S…` layouts as one reader: a fraction of 1–9 digits.
  const fractions = reader(/^\s*(\d{1,2}):(\d{2}):(\d{2})\.(\d{1,9})\s*$/, ["hour", "minute", "second", "fraction"], false);
  const readers = [...TIME_OF_DAY_PATTERNS.slice(0, 4).map((p) => compileDatePattern(p)), fractions];
  return (text) => {
    for (const read of readers) {
      const t = read(text);
      if (t !== null) return t;
    }
    return null;
  };
})();

const DECIMAL = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** A finite number, or a strict decimal string (`"45594.5"`, `"-12"`), as a number; else `NaN`. */
function decimal(value: number | string): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : Number.NaN;
  return DECIMAL.test(value) ? Number(value) : Number.NaN;
}

/** Rounds ms to a whole number without a negative zero. */
const wholeMs = (ms: number): number => Math.round(ms) + 0;

const EXCEL_DAY_1 = daysFromCivil(1899, 12, 31); // serials 0–59 count from here
const EXCEL_DAY_61 = daysFromCivil(1899, 12, 30); // serials ≥ 61 from here: one day is Excel's 1900-02-29

/**
 * The wall time (local ms, offset-less: the caller applies the time zone) of an Excel serial day
 * number in the 1900 date system; `null` for the phantom 1900-02-29 (serial 60), a negative or
 * non-finite value, a string that is not a plain decimal, or a serial past 9999-12-31.
 *
 * @remarks
 * Serial 1 is 1900-01-01 00:00 ([MS-XLS] 2.4.77 Date1904). Excel treats 1900 as a leap year, so
 * serial 60 is a 29 February 1900 that never was: serials 61 on count days since 1899-12-30,
 * serials below 60 since 1899-12-31 (serial 0 is Excel's "1900-01-00", here 1899-12-31). The
 * fraction is the time of day, rounded to the millisecond (before the day is picked: 45594.9999999999
 * is midnight of the next day). The last date is 9999-12-31, serial 2,958,465 (ECMA-376 Part 1,
 * 18.17.4.1). The 1904 date system (old Mac workbooks) is not read.
 *
 * @see Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year",
 * https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 * @see Microsoft, "Date systems in Excel", https://support.microsoft.com/en-us/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487
 * @example
 * ```ts
 * excelSerial(45594.916666666664); // Date.UTC(2024, 9, 29, 22): 2024-10-29 22:00
 * excelSerial(60); // null
 * ```
 */
export function excelSerial(value: number | string): number | null {
  const serial = decimal(value);
  if (!(serial >= 0)) return null;
  const ms = wholeMs(serial * DAY_MS);
  if (ms < 60 * DAY_MS) return EXCEL_DAY_1 * DAY_MS + ms;
  if (ms < 61 * DAY_MS || ms >= 2_958_466 * DAY_MS) return null;
  return EXCEL_DAY_61 * DAY_MS + ms;
}

function epoch(value: number | string, msPer: number): EpochTime | null {
  const ms = wholeMs(decimal(value) * msPer);
  return Math.abs(ms) <= MAX_EPOCH_MS ? { localMs: ms, offsetMs: 0 } : null; // NaN fails the test
}

/**
 * Unix time in seconds (a number or a plain decimal string, fractions allowed) as an instant:
 * `localMs` is epoch ms rounded to the millisecond (exact for a decimal of three places below
 * 10^12 seconds, the year 33658) and `offsetMs` is 0, so no time zone applies. `null` for anything
 * else or past the range of a Date.
 *
 * @example
 * ```ts
 * unixSeconds("1730239200"); // { localMs: 1730239200000, offsetMs: 0 }: 2024-10-29T22:00:00Z
 * ```
 */
export function unixSeconds(value: number | string): EpochTime | null {
  return epoch(value, 1000);
}

/** {@link unixSeconds} for Unix time in milliseconds. */
export function unixMillis(value: number | string): EpochTime | null {
  return epoch(value, 1);
}

/**
 * The reader for a mapping's `format`: `"excel"` ({@link excelSerial}), `"unix"`
 * ({@link unixSeconds}), `"unix-ms"` ({@link unixMillis}), or a date-fns pattern
 * ({@link compileDatePattern}, which throws for a bad one).
 */
export function formatReader(format: string, kpi = "mapping", field = "format"): DateReader {
  if (format === "excel") {
    return (text) => {
      const localMs = excelSerial(text);
      return localMs === null ? null : { localMs, offsetMs: null };
    };
  }
  if (format === "unix") return unixSeconds;
  if (format === "unix-ms") return unixMillis;
  return compileDatePattern(format, kpi, field);
}

/**
 * The instant (epoch ms) of a {@link WallTime}: its own offset when it has one (Unix times have
 * offset 0), else the wall time in `timeZone` (a zone already checked with `checkTimeZone`).
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  return wall.offsetMs === null ? wallToInstant(timeZone, wall.localMs) : wall.localMs - wall.offsetMs;
}
