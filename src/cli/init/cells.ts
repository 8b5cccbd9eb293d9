/**
 * How the numbers, durations and booleans of a column are written, told from its cells: a decimal
 * comma and a thousands separator, clock text (`0:02:23`, `02:23`), yes/no words.
 *
 * @module
 */
import type { DurationWriting } from "../../schemas/types.js";

/** How the numbers of a column are written. */
export interface NumberWriting {
  /** `","` when the numbers have a decimal comma. */
  readonly decimal?: "," | undefined;
  /** The thousands separator the numbers have. */
  readonly thousands?: "." | "," | " " | "'" | undefined;
  /** Text cells that are no number in that writing (kept for the words a translation may give). */
  readonly other: readonly string[];
  /** How many cells are numbers in that writing. */
  readonly numbers: number;
  /** A comma before exactly three digits (`1,234`), read as a thousands separator: could be a decimal comma. */
  readonly unsure?: string | undefined;
}

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^[+-]?\d*,\d+$/;
const THREE_AFTER_COMMA = /^[+-]?\d{1,3},\d{3}$/;
const grouped = (sep: string, decimal: string): RegExp => {
  const s = sep.replace(/[.]/g, "\\.");
  return new RegExp(`^[+-]?\\d{1,3}(?:${s}\\d{3})+(?:${decimal === "." ? "\\." : ","}\\d+)?$`);
};
const DOT_GROUPS = grouped(".", ",");
const COMMA_GROUPS = grouped(",", ".");
const SPACE_GROUPS = grouped("[ \u00a0\u202f]", ",");
const APOSTROPHE_GROUPS = grouped("'", ".");

/**
 * How the numbers in `values` are written. A comma before other than three digits (`1,5`,
 * `12,25`), or after dot groups (`1.234,5`), is a decimal comma; the dots are then thousands
 * separators (`2.000`). Comma groups before a decimal dot (`1,234.5`) are thousands commas.
 * `1,234` alone is either: a decimal comma when `commaFile` (other columns of the file have
 * one), else a thousands comma, said in `unsure`. Typed numbers count as numbers.
 */
export function numberWriting(values: readonly unknown[], commaFile: boolean): NumberWriting {
  const texts = values.filter((v): v is string => typeof v === "string").map((v) => v.trim());
  const typed = values.filter((v) => typeof v === "number").length;
  const has = (re: RegExp): boolean => texts.some((t) => re.test(t));
  const sureComma = texts.some((t) => (COMMA_DECIMAL.test(t) && !THREE_AFTER_COMMA.test(t)) || (DOT_GROUPS.test(t) && t.includes(",")));
  const threeAfterComma = has(THREE_AFTER_COMMA);
  let decimal: "," | undefined;
  let thousands: NumberWriting["thousands"];
  let unsure: string | undefined;
  if (sureComma || (threeAfterComma && commaFile)) {
    decimal = ",";
    if (texts.some((t) => t.includes(".") && DOT_GROUPS.test(t))) thousands = ".";
    else if (has(SPACE_GROUPS) && texts.some((t) => /\s/.test(t))) thousands = " ";
  } else if (has(COMMA_GROUPS) && texts.some((t) => t.includes(","))) {
    thousands = ",";
    if (!texts.some((t) => COMMA_GROUPS.test(t) && t.includes("."))) unsure = `${texts.find((t) => THREE_AFTER_COMMA.test(t) || COMMA_GROUPS.test(t))} read as a thousands comma; with a decimal comma write decimal: ","`;
  } else if (has(APOSTROPHE_GROUPS) && texts.some((t) => t.includes("'"))) thousands = "'";
  const int = thousands === undefined ? "\\d+" : `(?:\\d{1,3}(?:${thousands === "." ? "\\." : thousands === " " ? "[ \u00a0\u202f]" : thousands}\\d{3})+|\\d+)`;
  const d = decimal === "," ? "," : "\\.";
  const written = decimal === undefined && thousands === undefined ? PLAIN : new RegExp(`^[+-]?(?:${int}(?:${d}\\d*)?|${d}\\d+)$`);
  const other = texts.filter((t) => !written.test(t));
  return { decimal, thousands, other, numbers: typed + texts.length - other.length, ...(unsure === undefined ? {} : { unsure }) };
}

const HMS = /^\d+:[0-5]\d:[0-5]\d(?:([.,])\d+)?$/;
const MS = /^\d+:[0-5]\d(?:([.,])\d+)?$/;

/** Durations written as clock text: `h:mm:ss` (`0:02:23`, `1:02:03.5`) or two parts (`02:23`), with the fraction's separator. */
export function clockWriting(values: readonly unknown[]): { readonly unit: "h:mm:ss" | "mm:ss"; readonly decimal?: "," } | undefined {
  const texts = values.map((v) => (typeof v === "string" ? v.trim() : ""));
  if (texts.length === 0) return undefined;
  const unit = texts.every((t) => HMS.test(t)) ? "h:mm:ss" : texts.every((t) => MS.test(t)) ? "mm:ss" : undefined;
  if (unit === undefined) return undefined;
  const comma = texts.some((t) => (unit === "h:mm:ss" ? HMS : MS).exec(t)?.[1] === ",");
  return comma ? { unit, decimal: "," } : { unit };
}

/**
 * The unit of durations written as plain numbers with no unit in the column name, guessed from
 * their size (a first response of 14 is minutes more often than seconds): the median ≥ 100,000
 * is milliseconds, ≥ 1,000 seconds, ≥ 5 minutes, else hours. Always reported as unsure.
 */
export function guessUnit(numbers: readonly number[]): DurationWriting {
  const sorted = [...numbers].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return median >= 100_000 ? "ms" : median >= 1000 ? "seconds" : median >= 5 ? "minutes" : "hours";
}

/** Yes/no words the schema does not read itself (it reads true/false, yes/no, 1/0), with their meaning. */
const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  y: true, n: false, t: true, f: false, on: true, off: false, x: true, checked: true, unchecked: false,
  ja: true, nein: false, oui: true, non: false, si: true, sí: true, wahr: true, falsch: false, vrai: true, faux: false,
};
const SCHEMA_BOOLEANS = new Set(["true", "false", "yes", "no", "1", "0"]);

/** The text cells of a boolean column the schema does not read: the translations known, and the words not understood. */
export function booleanWords(values: readonly unknown[]): { readonly known: Record<string, boolean>; readonly unknown: string[] } {
  const known: Record<string, boolean> = {};
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (typeof v !== "string") continue;
    const t = v.trim();
    const key = t.toLowerCase();
    if (SCHEMA_BOOLEANS.has(key) || seen.has(key)) continue;
    seen.add(key);
    if (Object.hasOwn(BOOLEAN_WORDS, key)) known[t] = BOOLEAN_WORDS[key] as boolean;
    else unknown.push(t);
  }
  return { known, unknown };
}
