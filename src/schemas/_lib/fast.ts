/**
 * The fast row path: a hand-written reader per record schema, compiled once from the field
 * descriptions the field schemas carry, that produces the record zod would produce for a row it
 * is sure about and gives up (`undefined`) on anything else. A row it gives up on goes through
 * the zod path, so rejected rows keep exactly the issues zod reports; the fast path only ever
 * saves the work of accepting a valid row.
 *
 * It is sure when every field is one of the library's field schemas (a kind, optional or not,
 * bounds, choices), every other field is optional and absent, and the schema's rules across
 * fields are known: no refinements at all, or the predicate the schema registered for exactly
 * that schema object (`ticketSchema` …). A schema derived from one (`safeExtend`, `refine`,
 * `partial` …) is a new object without it, so it takes the zod path.
 *
 * @module
 */
import { detach } from "../../_lib/text.js";
import { epochMsOrNull } from "../../_lib/time/instant.js";
import type { RecordSchema } from "../types.js";
import { choiceReader, fieldKinds, toBoolean, toDuration, toLabels, toNumber, type FieldInfo, type NumberBounds } from "./fields.js";
import { Unreadable, type FieldSource, type Prepare } from "./mapping.js";
import { epochMsOf } from "./timestamps.js";

/** The rules across fields of a valid record: `true` when the record passes all of them. */
export type RecordRules = (record: Readonly<Record<string, unknown>>) => boolean;

// Under a global symbol, like the field descriptions: the servicekpi/node bundle has its own copy
// of this module and must read the rules of schemas imported from servicekpi/schemas.
const RULES = Symbol.for("servicekpi.rules");

/** The rules across fields of the library's record schemas, kept on the schema object itself. */
export const recordRules = {
  add(schema: object, rules: RecordRules): void {
    Object.defineProperty(schema, RULES, { value: rules });
  },
  get(schema: object): RecordRules | undefined {
    const own = Object.getOwnPropertyDescriptor(schema, RULES)?.value as unknown;
    return typeof own === "function" ? (own as RecordRules) : undefined;
  },
};

/** Reads rows fast, or gives up (`undefined`) so that zod decides. */
export interface FastRows<T> {
  /** The record of a row object. */
  row(row: Readonly<Record<string, unknown>>): T | undefined;
  /**
   * A reader of rows given as cells, one per column of `columns` (a CSV header); strings the
   * record keeps are {@link detach}ed from the cells.
   */
  cells(columns: readonly string[]): (cells: readonly string[]) => T | undefined;
}

const FAIL = Symbol("fail");
const ABSENT = Symbol("absent");

/** A field value as the schema outputs it, or `FAIL` when only zod can tell. Input is not blank. */
type Coerce = (value: unknown) => unknown;

interface Step {
  readonly field: string;
  /** The columns it reads (none for a constant; a date and a time of day). */
  readonly columns: readonly string[];
  /** How the mapping reads its cells; `null`: the cell as it is. */
  readonly prepare: Prepare | null;
  readonly optional: boolean;
  /** `null` for a field that is not one of ours: it must be absent. */
  readonly coerce: Coerce | null;
}

/** `blank(value) === undefined`: `undefined`, `null` or a string of white space. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "string") return false;
  const c = value.charCodeAt(0);
  return value.length === 0 || ((c <= 32 || c >= 127) && value.trim() === "");
}

function timestampCoerce(timeZone: string): Coerce {
  return (v) => {
    // strings by the fast reader; numbers and Dates as toEpochMs reads them
    // a valid Date (from a mapping's format) is the record's own
    if (v instanceof Date) return Number.isFinite(v.getTime()) ? v : FAIL;
    const ms = typeof v === "string" ? epochMsOf(v, timeZone) : epochMsOrNull(v, timeZone) ?? Number.NaN;
    return Number.isFinite(ms) ? new Date(ms) : FAIL;
  };
}

function numberCoerce({ min, max, integer }: NumberBounds, read: (v: unknown) => unknown): Coerce {
  return (v) => {
    const n = read(v);
    if (typeof n !== "number" || !Number.isFinite(n) || (integer === true && !Number.isSafeInteger(n))) return FAIL;
    return (min !== undefined && !(n >= min)) || (max !== undefined && !(n <= max)) ? FAIL : n;
  };
}

const booleanCoerce: Coerce = (v) => {
  const b = v === "true" ? true : v === "false" ? false : toBoolean(v);
  return typeof b === "boolean" ? b : FAIL;
};
const textCoerce: Coerce = (v) => (typeof v === "string" ? v : FAIL);
const idCoerce: Coerce = (v) => (typeof v === "string" || (typeof v === "number" && Number.isFinite(v)) ? v : FAIL);
const choiceCoerce = (choices: readonly string[]): Coerce => {
  const own = new Map<unknown, string>(choices.map((c) => [c, c]));
  const read = choiceReader(choices); // in any case, with spaces around
  return (v) => own.get(v) ?? own.get(read(v)) ?? FAIL; // the schema's own string: equal to the cell, not a slice of it
};

/** Labels from text, each kept apart from the cell it was cut from; other values only zod reads. */
const labelsCoerce: Coerce = (v) => {
  return typeof v === "string" ? (toLabels(v) as string[]).map(detach) : FAIL;
};

function coerceOf(info: FieldInfo, timeZone: string): Coerce {
  switch (info.kind) {
    case "timestamp":
      return timestampCoerce(timeZone);
    case "number":
      return numberCoerce(info.bounds, info.duration === true ? toDuration : toNumber);
    case "boolean":
      return booleanCoerce;
    case "text":
      return textCoerce;
    case "id":
      return idCoerce;
    case "choice":
      return choiceCoerce(info.choices);
    case "labels":
      return labelsCoerce;
  }
}

/**
 * One field of one row, as the zod path's mapping step and the field schema would see it: the
 * cells of its columns (`undefined` for an absent column), through the mapping's reader.
 */
function convert(step: Step, first: unknown, second: unknown): unknown {
  // an absent column is a missing field, whatever the mapping (a constant reads no column)
  if (first === undefined && step.columns.length > 0) return ABSENT;
  let v = first;
  if (step.prepare !== null) {
    v = step.prepare(first, second);
    if (v instanceof Unreadable) return FAIL;
  } else if (typeof v === "string") {
    // The common cell: an empty string, or one starting with a printable ASCII character.
    if (v.length === 0) return ABSENT;
    const c = v.charCodeAt(0);
    if (c > 32 && c < 127) return step.coerce === null ? FAIL : step.coerce(v);
  }
  if (isBlank(v)) return ABSENT;
  return step.coerce === null ? FAIL : step.coerce(v);
}

/**
 * Compiles the fast path of `schema` with resolved `sources` (one per field, in the schema's
 * order), or returns `null` when the schema is not one it can be sure about.
 */
export function fastRows<T>(schema: RecordSchema, sources: readonly FieldSource[], timeZone: string): FastRows<T> | null {
  const def = (schema as { _zod?: { def?: { checks?: readonly unknown[]; catchall?: unknown } } })._zod?.def;
  if (def === undefined || def.catchall !== undefined) return null;
  const rules = recordRules.get(schema);
  if (rules === undefined && (def.checks?.length ?? 0) > 0) return null;
  const shape = schema.shape as Record<string, object>;
  const steps: Step[] = [];
  for (const s of sources) {
    const fieldSchema = shape[s.field] as object;
    const info = fieldKinds.get(fieldSchema);
    const optional = info?.optional ?? (fieldSchema as { _zod?: { def?: { type?: string } } })._zod?.def?.type === "optional";
    const coerce = info === undefined ? null : coerceOf(info, timeZone);
    if (s.field === "__proto__" || (!optional && coerce === null)) return null;
    steps.push({ field: s.field, columns: s.columns, prepare: s.prepare, optional, coerce });
  }
  const finish = (record: Record<string, unknown>): T | undefined => (rules === undefined || rules(record) ? (record as T) : undefined);
  const n = steps.length;
  return {
    row(row) {
      const record: Record<string, unknown> = {};
      const cell = (column: string | undefined): unknown => (column !== undefined && Object.hasOwn(row, column) ? row[column] : undefined);
      for (let i = 0; i < n; i++) {
        const step = steps[i] as Step;
        const v = convert(step, cell(step.columns[0]), cell(step.columns[1]));
        if (v === FAIL || (v === ABSENT && !step.optional)) return undefined;
        if (v !== ABSENT) record[step.field] = v;
      }
      return finish(record);
    },
    cells(columns) {
      // Fields whose column is not in the header are absent from every row: required ones make
      // every row invalid. (A constant reads no column; a time-of-day column may be absent.)
      const read = steps.filter((s) => s.columns.length === 0 || columns.includes(s.columns[0] as string));
      if (steps.some((s) => !s.optional && !read.includes(s))) return () => undefined;
      const at = read.map((s) => s.columns.map((c) => columns.indexOf(c)));
      const m = read.length;
      const cellAt = (cells: readonly string[], k: number | undefined): string | undefined => (k === undefined || k < 0 ? undefined : cells[k]);
      return (cells) => {
        const record: Record<string, unknown> = {};
        for (let i = 0; i < m; i++) {
          const step = read[i] as Step;
          const [a, b] = at[i] as number[];
          const v = convert(step, cellAt(cells, a), cellAt(cells, b));
          if (v === FAIL || (v === ABSENT && !step.optional)) return undefined;
          if (v !== ABSENT) record[step.field] = typeof v === "string" ? detach(v) : v;
        }
        return finish(record);
      };
    },
  };
}
