/**
 * The error every calculator throws for input that cannot be a valid answer.
 *
 * @module
 */

/** The `code` carried by every {@link KpiInputError}. */
export const KPI_INVALID_INPUT = "KPI_INVALID_INPUT";

/** What a {@link KpiInputError} says about the offending input. */
export interface KpiInputErrorDetails {
  /** The function that rejected the input, e.g. `"nps"`. */
  readonly kpi: string;
  /** The input field, e.g. `"scores"` or `"options.confidence"`. */
  readonly field: string;
  /** Position in the input array, when the value came from one. */
  readonly index?: number | undefined;
  /** The `id` of the record (ticket, contact, session) the value belongs to, when it has one. */
  readonly recordId?: string | number | undefined;
  /** The rejected value as it was passed. */
  readonly value: unknown;
  /** What was expected instead, in words: `"an integer from 0 to 10"`. */
  readonly expected: string;
}

/**
 * Thrown when input cannot be a valid answer: a score off the scale, a negative count, `NaN`,
 * a numerator larger than its denominator, an unknown option value.
 *
 * @remarks
 * It extends `RangeError` and carries `code: "KPI_INVALID_INPUT"`, the `kpi` that rejected the
 * input, the `field`, the `index` (when the value came from an array) and the `value`. The
 * message says what was expected. Use {@link isKpiInputError} rather than `instanceof`: a
 * package built for both ESM and CommonJS can load two copies of this class.
 *
 * @example
 * ```ts
 * try {
 *   nps([9, 11]);
 * } catch (error) {
 *   if (isKpiInputError(error)) console.log(error.field, error.index, error.value); // "scores" 1 11
 * }
 * ```
 * @category Errors
 */
export class KpiInputError extends RangeError {
  /** Always `"KPI_INVALID_INPUT"`; what {@link isKpiInputError} checks. */
  readonly code = KPI_INVALID_INPUT;
  /** The function that rejected the input. */
  declare readonly kpi: string;
  /** The input field. */
  declare readonly field: string;
  /** Position in the input array, or `undefined` for a scalar field. */
  declare readonly index: number | undefined;
  /** The `id` of the record the value belongs to (a ticket id), or `undefined`. */
  declare readonly recordId: string | number | undefined;
  /** The rejected value. */
  declare readonly value: unknown;
  /** What was expected instead. */
  declare readonly expected: string;

  constructor(details: KpiInputErrorDetails) {
    const { kpi, field, index, recordId, value, expected } = details;
    super(
      `${kpi}: ${field}${index === undefined ? "" : `[${index}]`}${recordId === undefined ? "" : ` (id ${describeValue(recordId)})`} must be ${expected}, got ${describeValue(value)}`,
    );
    // Own properties in the order code, kpi ... expected, name.
    Object.assign(this, { kpi, field, index, recordId, value, expected, name: "KpiInputError" });
  }
}

/**
 * Tells whether `error` is a {@link KpiInputError}, from this copy of the library or any other
 * (ESM and CommonJS builds each have their own class, so `instanceof` is not enough).
 *
 * @example
 * ```ts
 * isKpiInputError(new KpiInputError({ kpi: "nps", field: "scores", index: 0, value: 11, expected: "an integer from 0 to 10" })); // true
 * isKpiInputError(new RangeError("x")); // false
 * ```
 * @category Errors
 */
export function isKpiInputError(error: unknown): error is KpiInputError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { code?: unknown }).code === KPI_INVALID_INPUT
  );
}

/** At most this many characters of a value are quoted in a message; a longer value is cut and its length said. */
const SHOWN = 80;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** `text` cut to fit `SHOWN` with its "…", never between the halves of a surrogate pair, and its length in `unit`. */
function cut(text: string, unit: string): string {
  let end = SHOWN - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}… (${text.length.toLocaleString("en-US")} ${unit})`;
}

/** A string JSON-quoted; past `SHOWN` characters its start, quoted, and its length: `"xxxx…" (100,000 characters)`. */
function quoted(value: string): string {
  const text = JSON.stringify(value);
  if (text.length <= SHOWN) return text;
  // the longest start whose quoted form leaves room for "…" (escapes make some characters longer)
  let end = SHOWN - 2;
  while (end > 1 && (JSON.stringify(value.slice(0, end)).length > SHOWN - 1 || isHighSurrogate(value.charCodeAt(end - 1)))) end -= 1;
  return `${JSON.stringify(value.slice(0, end)).slice(0, -1)}…" (${value.length.toLocaleString("en-US")} characters)`;
}

/**
 * A value as an error message shows it: strings quoted, dates in ISO, arrays by their length,
 * other objects as JSON, and a symbol, a function or an object JSON cannot write (a cycle, a
 * bigint inside) by its kind. A string, an object's JSON or a number's digits longer than 80
 * characters are cut, and their length said (`"xxxx…" (100,000 characters)`), so that a message
 * stays short whatever the value; the error's `value` keeps the value itself. Every message
 * about a value says it in these words, the row issues of the record parsers included.
 * Internal: the main entry does not export it.
 */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (type === "string") return quoted(value as string);
  if (type === "symbol" || type === "function") return type;
  if (value === null || type !== "object") {
    // Numbers, booleans, bigints, null and undefined as String() writes them.
    const text = String(value);
    return text.length > SHOWN ? cut(text, "digits") : text;
  }
  if (Array.isArray(value)) return `an array of ${value.length.toLocaleString("en-US")}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  try {
    const text = JSON.stringify(value);
    return text.length > SHOWN ? cut(text, "characters of JSON") : text;
  } catch {
    return "an object";
  }
}
