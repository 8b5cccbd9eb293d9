/**
 * Reading offset-less timestamps in a time zone. The field schemas read strings in UTC (a zod
 * schema has no per-call options), so before validation the row parser turns every timestamp
 * string of the record, nested ones included, into a `Date` read in the `timeZone` option. A
 * string that does not parse is left for the schema to report.
 *
 * @module
 */
import type * as z from "zod";
import { toEpochMs } from "../../_lib/time/instant.js";
import { isPlainObject } from "../../_lib/check.js";
import { fieldKinds } from "./fields.js";

type Localize = (value: unknown) => unknown;

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
}

function inZone(timeZone: string): Localize {
  return (value) => {
    if (typeof value !== "string" || value.trim() === "") return value;
    try {
      return new Date(toEpochMs(value, timeZone, { kpi: "parseRecords", field: "timestamp" }));
    } catch {
      return value;
    }
  };
}

/**
 * A function that localizes the timestamps of values of `schema`, or `null` when there is
 * nothing to do (no timestamp fields, or UTC, which the schemas read themselves). Copies
 * objects and arrays it changes; never mutates its input.
 */
export function localizer(schema: z.ZodType, timeZone: string): Localize | null {
  return timeZone === "UTC" ? null : compile(schema, inZone(timeZone));
}

function compile(schema: z.ZodType, convert: Localize): Localize | null {
  if (fieldKinds.get(schema)?.kind === "timestamp") return convert;
  const def = schema._zod.def as Def;
  if (def.innerType !== undefined) return compile(def.innerType, convert); // optional, nullable, default, readonly …
  if (def.type === "array" && def.element !== undefined) {
    const each = compile(def.element, convert);
    return each && ((value) => (Array.isArray(value) ? value.map((v) => each(v)) : value));
  }
  if (def.type === "object" && def.shape !== undefined) {
    const fields = Object.entries(def.shape).flatMap(([key, s]) => {
      const fn = compile(s, convert);
      return fn === null ? [] : [[key, fn] as const];
    });
    if (fields.length === 0) return null;
    return (value) => {
      if (!isPlainObject(value)) return value;
      let out = value;
      for (const [key, fn] of fields) {
        if (!Object.hasOwn(value, key)) continue;
        const next = fn(value[key]);
        if (next !== value[key]) {
          if (out === value) out = { ...value };
          out[key] = next;
        }
      }
      return out;
    };
  }
  return null;
}
