/**
 * Timestamp strings read fast: the layouts exports write (`2024-10-29`, `2024-10-29 22:00`,
 * `2024-10-29T22:00:00.123Z`, `2024-10-29 22:00:00.744884`, `…+02:00`) are read by hand; any
 * other string goes to `toEpochMs`, the reference reader, so the result is always the one
 * `toEpochMs` gives.
 *
 * @module
 */
import { DAY_MS, daysFromCivil, daysInMonth } from "../../_lib/time/civil.js";
import { epochMsOrNull } from "../../_lib/time/instant.js";
import { wallToInstant } from "../../_lib/time/zone.js";

/** `toEpochMs(text, timeZone)`, or `NaN` where it throws. */
const reference = (text: string, timeZone: string): number => epochMsOrNull(text, timeZone) ?? Number.NaN;

/** The value of the `count` decimal digits at `at`, or -1 when one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48; // NaN past the end
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The value of the two decimal digits at `at`, or -1. */
function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Epoch ms of a timestamp string exactly as `toEpochMs(text, timeZone)` reads it, or `NaN`
 * when that throws. Offset-less strings are wall times in `timeZone`.
 *
 * @remarks
 * The hand-read layouts: `YYYY-MM-DD`, then optionally `T` or a space and `HH:mm`, `:ss`,
 * `.` and 1–9 fraction digits, then optionally `Z` or `±HH:mm`, nothing around them. Fractions
 * of up to 6 digits are truncated to milliseconds by integer division, which equals the
 * reference's `Math.floor(Number("0." + f) * 1000 + 1e-6)` for every such fraction (checked for
 * all 1,111,110 of them in the tests); longer ones use the reference's own expression. Hour 24
 * and out-of-range parts go to the reference. O(length of the string).
 */
export function epochMsOf(text: string, timeZone: string): number {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return reference(text, timeZone);
  const year = digits(text, 0, 4);
  const month = two(text, 5);
  const day = two(text, 8);
  if (year < 0 || month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month))) return reference(text, timeZone);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let millis = 0;
  let i = 10;
  if (n > 10) {
    const sep = text.charCodeAt(10);
    if ((sep !== 84 && sep !== 32) || n < 16 || text.charCodeAt(13) !== 58) return reference(text, timeZone);
    hour = two(text, 11);
    minute = two(text, 14);
    i = 16;
    if (n > 16 && text.charCodeAt(16) === 58) {
      if (n < 19) return reference(text, timeZone);
      second = two(text, 17);
      i = 19;
      if (n > 20 && text.charCodeAt(19) === 46) {
        let end = 20;
        while (end < n && end < 30 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
        const count = end - 20;
        if (count === 0 || count > 9) return reference(text, timeZone);
        const f = digits(text, 20, Math.min(count, 6));
        millis = count < 3 ? f * 10 ** (3 - count) : count <= 6 ? Math.floor(f / 10 ** (count - 3)) : Math.floor(Number(`0.${text.slice(20, end)}`) * 1000 + 1e-6);
        i = end;
      }
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return reference(text, timeZone);
  }
  const localMs = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  if (i === n) return wallToInstant(timeZone, localMs);
  const z = text.charCodeAt(i);
  if (z === 90 && i + 1 === n) return localMs;
  if ((z !== 43 && z !== 45) || i + 6 !== n || text.charCodeAt(i + 3) !== 58) return reference(text, timeZone);
  const offH = two(text, i + 1);
  const offM = two(text, i + 4);
  if (offH < 0 || offH > 23 || offM < 0 || offM > 59) return reference(text, timeZone);
  return localMs - (z === 45 ? -1 : 1) * (offH * 60 + offM) * 60_000;
}
