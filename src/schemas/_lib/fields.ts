/**
 * Field schemas that read both typed JSON values and CSV strings: an empty string (or `null`)
 * is a missing value, numbers are parsed strictly, booleans from true/false/yes/no/1/0, and
 * timestamps become `Date`. Each field is registered with its kind, which the row parser reads
 * (units apply to numbers, the time zone to timestamps) and `toJSONSchema` describes.
 *
 * @module
 */
import * as z from "zod";
import { toEpochMs, type TimestampInput } from "../../_lib/time/instant.js";
import { durationTextReader, looksLikeDurationText } from "./numberText.js";

/** What a field holds, as the row parser and the JSON Schema see it. */
export type FieldKind = "timestamp" | "number" | "boolean" | "text" | "id" | "choice" | "labels";

/**
 * What a field schema built here is: its kind, what it expects in words, and (for the fast row
 * path, which must accept exactly what the schema accepts) whether it is optional, the bounds of
 * a number and the values of a choice.
 */
export type FieldInfo = { readonly expected: string; readonly optional: boolean } & (
  | { readonly kind: Exclude<FieldKind, "number" | "choice"> }
  | { readonly kind: "number"; readonly bounds: NumberBounds; /** A duration in ms, which a mapping may give a unit. */ readonly duration?: boolean }
  | { readonly kind: "choice"; readonly choices: readonly string[] }
);

// Kept on the schema object under a global symbol, not in a module-level registry: the
// servicekpi/node bundle carries its own copy of this module, and must still recognise the
// fields of schemas imported from servicekpi/schemas.
const FIELD = Symbol.for("servicekpi.field");

/** The kind of each field schema built here. */
export const fieldKinds = {
  add(schema: object, info: FieldInfo): void {
    Object.defineProperty(schema, FIELD, { value: info });
  },
  get(schema: object): FieldInfo | undefined {
    return (schema as { [FIELD]?: FieldInfo })[FIELD];
  },
};

/** JSON Schema keywords a record schema adds to its generated JSON Schema (rules across fields). */
export const jsonSchemaExtras = new WeakMap<object, Readonly<Record<string, unknown>>>();

/** The message of a required field that is missing. */
export const REQUIRED = "a value (the field is required)";

/** `""`, blank strings and `null` are missing values. */
export function blank(value: unknown): unknown {
  return value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A strict decimal string ("12.5", "2.0", "1e3") as a number; anything else unchanged. */
export function toNumber(value: unknown): unknown {
  const v = blank(value);
  return typeof v === "string" && NUMBER.test(v.trim()) ? Number(v) : v;
}

const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, false: false, yes: true, no: false, "1": true, "0": false };

/** true/false/yes/no/1/0 (any case, trimmed) and the numbers 1 and 0 as booleans; anything else unchanged. */
export function toBoolean(value: unknown): unknown {
  const v = blank(value);
  if (typeof v === "string") {
    const key = v.trim().toLowerCase();
    if (Object.hasOwn(BOOLEANS, key)) return BOOLEANS[key];
  }
  return v === 1 ? true : v === 0 ? false : v;
}

const says = (expected: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : expected) });

/** A timestamp: a `Date`, epoch ms, or an ISO 8601 string read in UTC (the row parser reads offset-less strings in its `timeZone` first). */
const TIMESTAMP = 'a timestamp: a Date, epoch milliseconds, or an ISO 8601 string ("2024-10-29T22:00:00Z", "2024-10-29 22:00:00")';

function timestampCore() {
  return z.union([z.date(), z.number(), z.string()], says(TIMESTAMP)).transform((value: TimestampInput, ctx): Date => {
    try {
      return new Date(toEpochMs(value, "UTC", { kpi: "schema", field: "timestamp" }));
    } catch {
      ctx.addIssue({ code: "custom", message: TIMESTAMP, input: value });
      return z.NEVER;
    }
  });
}

function register<T extends z.ZodType>(schema: T, info: FieldInfo): T {
  fieldKinds.add(schema, info);
  return schema;
}

const REQ = { optional: false } as const;
const OPT = { optional: true } as const;

/** A required or optional timestamp field, output as a `Date`. */
export const timestamp = () => register(z.preprocess(blank, timestampCore()), { kind: "timestamp", expected: TIMESTAMP, ...REQ });
/** An optional timestamp field. */
export const optionalTimestamp = () => register(z.preprocess(blank, timestampCore().optional()), { kind: "timestamp", expected: TIMESTAMP, ...OPT });

/** Bounds of a number field. */
export interface NumberBounds {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

function numberExpected({ min, max, integer }: NumberBounds): string {
  const what = integer ? "a whole number" : "a finite number";
  if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
  return min === undefined ? what : `${what} ≥ ${min}`;
}

function numberCore(bounds: NumberBounds, expected: string) {
  let n = z.number(says(expected));
  if (bounds.integer) n = n.int(says(expected));
  if (bounds.min !== undefined) n = n.min(bounds.min, says(expected));
  if (bounds.max !== undefined) n = n.max(bounds.max, says(expected));
  return n;
}

/** Bounds of a duration in ms: a finite number ≥ 0. */
const DURATION: NumberBounds = { min: 0 };
const clock = durationTextReader("h:mm:ss");

/**
 * A duration cell: a number of ms (strict decimal strings too), or clock text `h:mm:ss[.f]`
 * (`0:02:23`, as spreadsheets write durations), which can be nothing else; anything else
 * unchanged.
 */
export function toDuration(value: unknown): unknown {
  const v = blank(value);
  return typeof v === "string" && looksLikeDurationText(v.trim()) ? clock(v) : toNumber(v);
}

/** An optional duration field, in ms (a number ≥ 0, or h:mm:ss text); a mapping may give it a unit. */
export function optionalDuration() {
  const expected = numberExpected(DURATION);
  return register(z.preprocess(toDuration, numberCore(DURATION, expected).optional()), { kind: "number", expected, bounds: DURATION, duration: true, ...OPT });
}

/** An optional number field; `expected` says what it takes, when the bounds alone would not (a good/bad scale). */
export function optionalNumber(bounds: NumberBounds, expected = numberExpected(bounds)) {
  return register(z.preprocess(toNumber, numberCore(bounds, expected).optional()), { kind: "number", expected, bounds, ...OPT });
}

const BOOLEAN = "true or false (also yes/no, 1/0, in any case)";

/** An optional boolean field. */
export const optionalBoolean = () => register(z.preprocess(toBoolean, z.boolean(says(BOOLEAN)).optional()), { kind: "boolean", expected: BOOLEAN, ...OPT });

const TEXT = "a string";

/** An optional string field; an empty string is missing. */
export const optionalText = () => register(z.preprocess(blank, z.string(says(TEXT)).optional()), { kind: "text", expected: TEXT, ...OPT });

const LABELS = 'labels: a list of strings, or text with the labels between ";", ",", "|" or (when there is none of those) spaces';
const LABEL_SEPARATORS = /[;,|]/;

/** Whether every element of `list` is a string; a hole is not one (`every` would skip it). */
function allStrings(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return false;
  return true;
}

/**
 * Labels as the record keeps them: text is cut at `;`, `,` or `|` when it has one of them
 * (`"a;b"`, `"late, vip"`), else at white space (`"billing vip"`, as Zendesk writes tags); each
 * label trimmed, empty ones dropped, each kept once, in the order written. An array of strings
 * is read the same way (`";;"` is no label: an empty list). Anything else (an array with a hole too)
 * unchanged, for the schema to report.
 */
export function toLabels(value: unknown): unknown {
  const v = blank(value);
  let parts: readonly unknown[];
  if (typeof v === "string") parts = LABEL_SEPARATORS.test(v) ? v.split(LABEL_SEPARATORS) : v.split(/\s+/);
  else if (Array.isArray(v) && allStrings(v)) parts = v;
  else return v;
  return [...new Set((parts as string[]).map((p) => p.trim()).filter((p) => p !== ""))];
}

/** An optional labels field (tags): a list of distinct strings. */
export const optionalLabels = () => register(z.preprocess(toLabels, z.array(z.string(), says(LABELS)).optional()), { kind: "labels", expected: LABELS, ...OPT });

const ID = "a non-empty string or a finite number";
const idCore = () => z.union([z.string(), z.number()], says(ID));

/** A required id: a non-empty string or a finite number (CSV ids stay strings). */
export const id = () => register(z.preprocess(blank, idCore()), { kind: "id", expected: ID, ...REQ });
/** An optional id. */
export const optionalId = () => register(z.preprocess(blank, idCore().optional()), { kind: "id", expected: ID, ...OPT });

const oneOf = (values: readonly string[]): string => `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;

/**
 * A reader of one of `values` written in any case and with spaces around it (`" Closed "` is
 * `"closed"`): the value itself when it matches exactly, else the one it matches ignoring case
 * and surrounding white space; anything else unchanged (the schema then reports it).
 */
export function choiceReader(values: readonly string[]): (value: unknown) => unknown {
  const own = new Set<unknown>(values);
  const folded = new Map(values.map((v) => [v.trim().toLowerCase(), v]));
  return (value) => (typeof value !== "string" || own.has(value) ? value : folded.get(value.trim().toLowerCase()) ?? value);
}

// Choices are typed as a plain ZodType of their values (a supertype of the ZodEnum they are), so
// that the generated declarations and docs show the union, not zod's enum-object internals.

/** A required choice among fixed strings, matched ignoring case and surrounding spaces. */
export function choice<const T extends readonly [string, ...string[]]>(values: T): z.ZodPreprocess<z.ZodType<T[number]>> {
  const expected = oneOf(values);
  const read = choiceReader(values);
  return register(z.preprocess((v) => read(blank(v)), z.enum(values, says(expected))), { kind: "choice", expected, choices: values, ...REQ });
}

/** An optional choice among fixed strings, matched ignoring case and surrounding spaces. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T): z.ZodPreprocess<z.ZodOptional<z.ZodType<T[number]>>> {
  const expected = oneOf(values);
  const read = choiceReader(values);
  return register(z.preprocess((v) => read(blank(v)), z.enum(values, says(expected)).optional()), { kind: "choice", expected, choices: values, ...OPT });
}
