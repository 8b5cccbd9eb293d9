/**
 * Column names as people write them (`Created At`, `created_at`, `CREATED-AT`, `First reply time
 * in minutes within business hours`, `Erste Antwort (min)`, `Ticket #`), reduced to the words
 * that name the thing, with the unit of a duration and a business-hours qualifier set apart.
 *
 * @module
 */
import type { DurationWriting } from "../../schemas/types.js";

/** A column name taken apart. */
export interface ColumnName {
  /** The words naming the thing, lower case, accents and punctuation gone, units left out: `"first reply time"`. */
  readonly words: string;
  /** The unit the name gives its durations (`(min)`, `in minutes`, `_seconds`, `[h:mm:ss]`), if any. */
  readonly unit: DurationWriting | undefined;
  /** Whether the name says the time counts business hours only (`within business hours`). */
  readonly business: boolean;
}

const UNIT_WORDS: Readonly<Record<string, DurationWriting>> = {
  ms: "ms", msec: "ms", msecs: "ms", millis: "ms", millisecond: "ms", milliseconds: "ms",
  sec: "seconds", secs: "seconds", second: "seconds", seconds: "seconds", sekunden: "seconds",
  min: "minutes", mins: "minutes", minute: "minutes", minutes: "minutes", minuten: "minutes",
  hr: "hours", hrs: "hours", hour: "hours", hours: "hours", stunden: "hours",
  days: "days", tage: "days",
};
/** One-letter units, read only where they cannot be a word: in brackets, or last after other words. */
const LETTER_UNITS: Readonly<Record<string, DurationWriting>> = { s: "seconds", m: "minutes", h: "hours", d: "days" };
const CLOCKS: Readonly<Record<string, DurationWriting>> = { "h:mm:ss": "h:mm:ss", "hh:mm:ss": "h:mm:ss", "mm:ss": "mm:ss" };

/** Lower case, no accents, camelCase split, `#` as "number", any other punctuation a space. */
function flatten(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .replace(/#/g, " number ")
    .replace(/[^a-z0-9:]+/g, " ")
    .replace(/(^|\s):+|:+(\s|$)/g, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** The unit a bracketed part names: `(min)`, `(in hrs)`, `[h:mm:ss]`, `[h]:mm:ss`. */
function bracketUnit(inside: string): DurationWriting | undefined {
  const clock = inside.toLowerCase().replace(/[[\]\s]/g, "");
  if (Object.hasOwn(CLOCKS, clock)) return CLOCKS[clock];
  const words = flatten(inside).split(" ").filter((w) => w !== "in");
  if (words.length !== 1) return undefined;
  const w = words[0] as string;
  return UNIT_WORDS[w] ?? LETTER_UNITS[w];
}

/**
 * Takes a column name apart: bracketed parts (`(min)`, `[h:mm:ss]`, `(local)`) are set aside
 * and read for a unit; `within business hours` is a qualifier; `in minutes` anywhere, or a unit
 * word at the end (`first_response_minutes`, `handle_s`), is the unit.
 *
 * @example
 * ```ts
 * columnName("First reply time in minutes within business hours");
 * // { words: "first reply time", unit: "minutes", business: true }
 * columnName("Erste Antwort (min)"); // { words: "erste antwort", unit: "minutes", business: false }
 * ```
 */
export function columnName(raw: string): ColumnName {
  let unit: DurationWriting | undefined;
  const outside = raw.replace(/\[[^\]]*\](?::mm:ss)?|\([^)]*\)/g, (part) => {
    unit ??= bracketUnit(part.replace(/^[[(]|[)]$/g, ""));
    return " ";
  });
  let words = flatten(outside).split(" ").filter((w) => w !== "");
  let business = false;
  const text = ` ${words.join(" ")} `;
  const qualifier = / (?:within |in |during )?business hours? | bh$/;
  if (qualifier.test(text)) {
    business = true;
    words = text.replace(qualifier, " ").trim().split(" ").filter((w) => w !== "");
  }
  const at = words.findIndex((w, i) => w === "in" && i > 0 && Object.hasOwn(UNIT_WORDS, words[i + 1] ?? ""));
  if (at > 0) {
    unit ??= UNIT_WORDS[words[at + 1] as string];
    words = [...words.slice(0, at), ...words.slice(at + 2)];
  } else if (words.length > 1) {
    const last = words[words.length - 1] as string;
    const found = UNIT_WORDS[last] ?? LETTER_UNITS[last];
    if (found !== undefined) {
      unit ??= found;
      words = words.slice(0, -1);
    }
  }
  return { words: words.join(" "), unit, business };
}

/** The words without spaces, for comparing `createdat` with `created at`. */
export const compact = (words: string): string => words.replace(/ /g, "");

/**
 * Whether every word of `phrase` appears in `words`, in order (`created date` in `ticket created
 * date`); the number of words `words` has besides, or `-1` when it does not contain the phrase.
 */
export function contains(words: string, phrase: string): number {
  const have = words.split(" ");
  const want = phrase.split(" ");
  let i = 0;
  for (const w of have) if (w === want[i]) i++;
  return i === want.length ? have.length - want.length : -1;
}
