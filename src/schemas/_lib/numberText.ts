/**
 * Numbers and durations as people write them in exports: a decimal comma (`1,5`), declared
 * thousands separators (`1.234,5`, `1,234.5`, `1 234,5`), and clock durations (`0:02:23`,
 * `1:02:03.5`, `02:23`). Each reader returns a number for text written in its convention and
 * returns anything else unchanged, so that the schema reports it; nothing is guessed.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";

/** A decimal separator a column may declare. */
export type DecimalSeparator = "." | ",";

/** The thousands separators a column may declare: dot, comma, space, apostrophe, no-break space, narrow no-break space. */
export const THOUSANDS_SEPARATORS = [".", ",", " ", "'", "\u00a0", "\u202f"] as const;

/** A duration unit written as clock text. */
export type DurationTextUnit = "h:mm:ss" | "mm:ss";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const DECIMALS: readonly string[] = [".", ","];

/**
 * A reader of numbers written with the given decimal and (optional) thousands separator.
 *
 * @remarks
 * Accepted, after trimming: an optional `+`/`-`, then digits with an optional fraction (`12`,
 * `12.5`, `12.`, `.5` with decimal `"."`; `12,5`, `12,`, `,5` with decimal `","`), then, with
 * decimal `"."` only, an exponent (`1e3`, `1E-3`). With `thousands` declared the integer digits
 * may be written in groups of three (`1.234.567,89`), or with no separator at all (`1234,5`);
 * any other grouping (`12,34,567`, `1234.567`) is refused. A separator that was not declared is
 * refused: `1,5` with decimal `"."` and `1.234,5` without `thousands` are not numbers, since
 * reading them as one would be guessing. Signs are ASCII only (not U+2212).
 *
 * With the defaults (decimal `"."`, no thousands) it accepts exactly the strings `toNumber` of
 * fields.ts accepts and gives the same numbers (both end in `Number()` on the same digits).
 *
 * Numbers pass through unchanged; so does every other value, blank strings included (the caller
 * treats blanks as missing). O(length of the text) per call.
 *
 * @param options - `decimal` (default `"."`) and `thousands` (one of {@link THOUSANDS_SEPARATORS}).
 * @param kpi - Named in the error for bad options.
 * @param field - Named in the error for bad options.
 * @throws KpiInputError when `decimal` is not `"."` or `","`, `thousands` is not one of
 *   {@link THOUSANDS_SEPARATORS}, or both are the same character.
 * @example
 * ```ts
 * numberReader({ decimal: ",", thousands: "." })("1.234.567,89"); // 1234567.89
 * numberReader({ decimal: "." })("1,5"); // "1,5" (unchanged: not a number here)
 * ```
 * @category Schemas
 */
export function numberReader(
  options: { readonly decimal?: DecimalSeparator; readonly thousands?: string },
  kpi = "mapping",
  field = "decimal",
): (value: unknown) => unknown {
  const { decimal = ".", thousands } = options;
  if (!DECIMALS.includes(decimal)) fail(kpi, field, decimal, 'a decimal separator: "." or ","');
  if (thousands !== undefined && !(THOUSANDS_SEPARATORS as readonly string[]).includes(thousands)) {
    fail(kpi, field, thousands, `a thousands separator: one of ${THOUSANDS_SEPARATORS.map((s) => JSON.stringify(s)).join(", ")}`);
  }
  if (thousands === decimal) fail(kpi, field, options, `a thousands separator different from the decimal separator ${JSON.stringify(decimal)}`);

  const d = escape(decimal);
  const int = thousands === undefined ? String.raw`\d+` : String.raw`(?:\d{1,3}(?:${escape(thousands)}\d{3})+|\d+)`;
  const exponent = decimal === "." ? String.raw`(?:e[+-]?\d+)?` : "";
  const pattern = new RegExp(String.raw`^[+-]?(?:${int}(?:${d}\d*)?|${d}\d+)${exponent}$`, "i");
  return (value) => {
    if (typeof value !== "string") return value;
    const text = value.trim();
    if (!pattern.test(text)) return value;
    const digits = thousands === undefined ? text : text.split(thousands).join("");
    return Number(decimal === "," ? digits.replace(",", ".") : digits);
  };
}

/** Whole milliseconds of a fraction of a second written as digits, rounded to nearest, halves up. */
function fractionMs(digits: string): number {
  const padded = digits.padEnd(4, "0");
  return Number(padded.slice(0, 3)) + (padded.charCodeAt(3) >= 0x35 /* "5" */ ? 1 : 0);
}

/**
 * A reader of durations written as clock text, in milliseconds.
 *
 * @remarks
 * `"h:mm:ss"`: hours of any number of digits, minutes and seconds of exactly two digits each,
 * 00–59, and an optional fraction of a second after the declared decimal separator:
 * `1:02:03.5` is (1·3600 + 2·60 + 3.5)·1000 = 3,723,500 ms. `h:mm` and `mm:ss` text is refused.
 * `"mm:ss"`: minutes of any number of digits (`2:05`, `02:05`, `125:07` = 7,507,000 ms),
 * seconds 00–59, optional fraction. The fraction is rounded to the nearest millisecond, halves
 * up (`0:00:00.0005` is 1 ms); it needs at least one digit, and only the declared decimal
 * separator marks it. Trimmed; no sign (a negative duration is not a duration), no spaces
 * inside. Out-of-range parts (`0:61:00`), other text, blanks and durations beyond
 * `Number.MAX_SAFE_INTEGER` ms come back unchanged for the schema to report. Numbers pass
 * through unchanged.
 *
 * @param unit - `"h:mm:ss"` or `"mm:ss"`.
 * @param decimal - The separator of the fraction of a second; default `"."`.
 * @throws KpiInputError (kpi `"mapping"`) for an unknown `unit` or `decimal`.
 * @example
 * ```ts
 * durationTextReader("h:mm:ss")("0:02:23"); // 143000
 * durationTextReader("mm:ss", ",")("125:07,25"); // 7507250
 * ```
 * @category Schemas
 */
export function durationTextReader(unit: DurationTextUnit, decimal: DecimalSeparator = "."): (value: unknown) => unknown {
  if (unit !== "h:mm:ss" && unit !== "mm:ss") fail("mapping", "unit", unit, 'a duration unit: "h:mm:ss" or "mm:ss"');
  if (!DECIMALS.includes(decimal)) fail("mapping", "decimal", decimal, 'a decimal separator: "." or ","');
  const fraction = String.raw`(?:${escape(decimal)}(\d+))?`;
  const pattern =
    unit === "h:mm:ss" ? new RegExp(String.raw`^(\d+):([0-5]\d):([0-5]\d)${fraction}$`) : new RegExp(String.raw`^()(\d+):([0-5]\d)${fraction}$`);
  return (value) => {
    if (typeof value !== "string") return value;
    const m = pattern.exec(value.trim());
    if (m === null) return value;
    const [, h = "", min = "0", s = "0", frac = ""] = m;
    const ms = ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + fractionMs(frac);
    return Number.isSafeInteger(ms) ? ms : value;
  };
}

const CLOCK = /^\d+:\d\d:\d\d(?:[.,]\d+)?$/;

/**
 * Whether text (trimmed) has the shape `h:mm:ss[.f]`, the fraction after `.` or `,`.
 *
 * @remarks
 * A colon is never part of a number of milliseconds, so a duration field without a declared
 * unit can send such text to {@link durationTextReader}`("h:mm:ss", decimal)`. This checks the
 * shape only, not the ranges: `0:61:00` looks like a duration (and the reader then refuses it,
 * so the error speaks of a duration). `02:23` does not: it could be h:mm or mm:ss, so it needs a
 * declared unit.
 *
 * @example
 * ```ts
 * looksLikeDurationText("1:02:03.5"); // true
 * looksLikeDurationText("02:23"); // false
 * ```
 * @category Schemas
 */
export function looksLikeDurationText(text: string): boolean {
  return CLOCK.test(text.trim());
}
