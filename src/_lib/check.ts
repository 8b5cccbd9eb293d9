import { KpiInputError } from "../errors.js";

/** Throws a {@link KpiInputError}; typed `never` so callers can use it in expressions. */
export function fail(kpi: string, field: string, value: unknown, expected: string, index?: number, recordId?: string | number): never {
  throw new KpiInputError({ kpi, field, index, recordId, value, expected });
}

/** Whether `value` is a finite number (`Number.isFinite` is false for anything but a number). */
export function isFiniteNumber(value: unknown): value is number {
  return Number.isFinite(value);
}

/** A finite number (no `NaN`, no `±Infinity`). */
export function checkFinite(kpi: string, field: string, value: unknown, index?: number): number {
  if (!isFiniteNumber(value)) fail(kpi, field, value, "a finite number", index);
  return value;
}

/** A finite number ≥ 0 (durations, weights, amounts); `-0` comes back as `0`. */
export function checkNonNegative(kpi: string, field: string, value: unknown, index?: number): number {
  if (!isFiniteNumber(value) || value < 0) fail(kpi, field, value, "a finite number ≥ 0", index);
  // -0 passes `< 0`; adding +0 turns it into 0, so no result (and no saved state) carries a -0
  // that JSON would silently turn into 0.
  return value + 0;
}

/** A count: a safe integer ≥ 0; `-0` comes back as `0`. */
export function checkCount(kpi: string, field: string, value: unknown, index?: number): number {
  // Number.isSafeInteger is false for anything but a number.
  if (!Number.isSafeInteger(value) || (value as number) < 0) fail(kpi, field, value, "a whole number ≥ 0", index);
  return (value as number) + 0;
}

/** A count that may not exceed another count of the same object (`part ≤ whole`). */
export function checkPartOf(kpi: string, partField: string, part: unknown, wholeField: string, whole: unknown): [number, number] {
  const w = checkCount(kpi, wholeField, whole);
  const p = checkCount(kpi, partField, part);
  if (p > w) fail(kpi, partField, p, `at most ${wholeField} (${w})`);
  return [p, w];
}

/** The `confidence` option: a level strictly between 0 and 1, default 0.95. */
export function checkConfidence(kpi: string, confidence: unknown): number {
  if (confidence === undefined) return 0.95;
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    fail(kpi, "options.confidence", confidence, "a number strictly between 0 and 1 (e.g. 0.95)");
  }
  return confidence;
}

/** One of a fixed set of strings (an option like `method` or `interval`). */
export function checkOneOf<T extends string>(kpi: string, field: string, value: unknown, allowed: readonly T[], index?: number): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail(kpi, field, value, `one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`, index);
  }
  return value as T;
}

/** What a hole in an input array is reported as: the element that is missing there. */
export const HOLE_EXPECTED = "an element (the array has a hole here)";

/**
 * An array (or other iterable materialised as an array) of inputs, without holes. Every array a
 * public function takes goes through this check or {@link checkList} before anything reads it:
 * both visit every index from 0 to length − 1, so a hole (`[1, , 2]`, `new Array(3)`,
 * `delete a[1]`) is a missing element, a `KpiInputError` at its index (value `undefined`),
 * never skipped (as `forEach`, `map`, `every` and `some` skip it) nor read as `undefined` by
 * one calculator and not by another. An iterable other than an array (a Set, a generator, a
 * typed array) has no holes: `Array.from` makes it an array.
 */
export function checkArray(kpi: string, field: string, value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return checkHoles(kpi, field, value);
  if (value !== null && typeof value === "object" && Symbol.iterator in value) {
    return Array.from(value as Iterable<unknown>);
  }
  return fail(kpi, field, value, "an array");
}

/**
 * An array, nothing else (anything else throws, expecting `expected`), without holes (see
 * {@link checkArray}). For an array inside a record (a ticket's `events`), pass the record's
 * `index` and `recordId`: a hole is then named in the field (`tickets.events[3]`) as the other
 * errors about the elements are.
 */
export function checkList(kpi: string, field: string, value: unknown, expected: string, index?: number, recordId?: string | number): readonly unknown[] {
  if (!Array.isArray(value)) return fail(kpi, field, value, expected, index, recordId);
  return checkHoles(kpi, field, value, index, recordId);
}

/**
 * `list` after checking, index by index from 0 to length − 1, that it has no holes. The hole is
 * at `index` (field `field`), or for an array inside the record at `index`, in the field
 * (`field[i]`).
 */
function checkHoles(kpi: string, field: string, list: readonly unknown[], index?: number, recordId?: string | number): readonly unknown[] {
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) fail(kpi, index === undefined ? field : `${field}[${i}]`, undefined, HOLE_EXPECTED, index ?? i, recordId);
  }
  return list;
}

/**
 * Whether `value` is an object that is not an array (and not `null`): what every input that takes
 * named fields (a record, counts, an options bag, a mapping) accepts. The one place this rule is
 * written.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A plain object (the counts form of a calculator, an options bag). */
export function checkObject(kpi: string, field: string, value: unknown, index?: number): Record<string, unknown> {
  if (!isPlainObject(value)) fail(kpi, field, value, "an object", index);
  return value;
}

/** An integer from `min` to `max` inclusive (a rating on a scale, a threshold on it). */
export function checkIntegerIn(kpi: string, field: string, value: unknown, min: number, max: number, index?: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(kpi, field, value, `an integer from ${min} to ${max}`, index);
  }
  return value;
}

/** A rating scale `{ min, max }`: safe integers with `min < max`. */
export function checkIntegerScale(
  kpi: string,
  field: string,
  value: unknown,
  expected = "{ min, max } with whole numbers min < max",
): { readonly min: number; readonly max: number } {
  if (!isPlainObject(value)) fail(kpi, field, value, expected);
  const { min, max } = value;
  if (typeof min !== "number" || typeof max !== "number" || !Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min >= max) {
    fail(kpi, field, value, expected);
  }
  return { min, max };
}
