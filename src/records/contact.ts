/**
 * Contacts (calls, chats, emails, tickets) and self-service sessions as repeatContacts and
 * selfServiceDeflection read them: a start time and a matching key.
 *
 * @module
 */
import { checkList, fail, isFiniteNumber, isPlainObject } from "../_lib/check.js";
import { toEpochMs, type TimestampInput } from "../_lib/time/instant.js";

/**
 * A customer contact: a call, chat, email or ticket, or a self-service session. Only the start
 * time and the fields of the matching key are read; every other field is kept as it is.
 */
export interface Contact {
  /** The record's id, named in errors. */
  readonly id?: string | number | undefined;
  /** The customer, part of the default matching key. */
  readonly customerId?: string | number | undefined;
  /** The topic or contact reason, part of the default key of {@link repeatContacts}. */
  readonly topic?: string | number | undefined;
  /** The channel (`"phone"`, `"chat"` …). */
  readonly channel?: string | undefined;
  /** When the contact started. */
  readonly startedAt?: TimestampInput | undefined;
  /** When it was created: read when `startedAt` is absent, so tickets can be passed as they are. */
  readonly createdAt?: TimestampInput | undefined;
}

/**
 * How contacts are matched: the names of the fields that must all be equal (`["customerId",
 * "topic"]`), or a function that returns the key (a string or a number) of a record.
 */
export type ContactKey<T> = readonly (keyof T & string)[] | ((record: T, index: number) => string | number);

/** The `windowMs` option: a finite duration > 0. */
export function checkWindowMs(kpi: string, value: unknown): number {
  if (!isFiniteNumber(value) || value <= 0) fail(kpi, "options.windowMs", value, "a finite duration in ms > 0");
  return value;
}

const recordId = (r: Record<string, unknown>): string | number | undefined => {
  const id = r["id"];
  return typeof id === "string" || typeof id === "number" ? id : undefined;
};

/** The start of a record in epoch ms: `startedAt`, or `createdAt` when it has none. */
export function startMs(kpi: string, field: string, record: unknown, index: number, timeZone: string): number {
  if (!isPlainObject(record)) fail(kpi, field, record, "an object", index);
  const r = record;
  const name = r["startedAt"] !== undefined && r["startedAt"] !== null ? "startedAt" : "createdAt";
  const value = r[name];
  if (value === undefined || value === null) fail(kpi, `${field}.startedAt`, value, "the start time (startedAt, or createdAt)", index, recordId(r));
  return toEpochMs(value, timeZone, { kpi, field: `${field}.${name}`, index, recordId: recordId(r) });
}

const isKeyPart = (v: unknown): v is string | number => (typeof v === "string" && v.length > 0) || (typeof v === "number" && Number.isFinite(v));

/**
 * Validates the `key` option and returns a function that gives each record's key as a string
 * (distinct keys give distinct strings; the number 1 and the string "1" differ).
 */
export function keyReader(
  kpi: string,
  key: unknown,
  defaultKey: readonly string[],
): (field: string, record: unknown, index: number) => string {
  const spec = key ?? defaultKey;
  if (typeof spec === "function") {
    const fn = spec as (record: unknown, index: number) => unknown;
    return (field, record, index) => {
      const value = fn(record, index);
      if (!isKeyPart(value)) {
        fail(kpi, "options.key", value, `a non-empty string or a finite number (the key of ${field}[${index}])`, index, recordId(record as Record<string, unknown>));
      }
      return JSON.stringify(value);
    };
  }
  const expected = "a non-empty array of field names, or a function returning a string or number";
  const list = checkList(kpi, "options.key", spec, expected);
  if (list.length === 0 || !list.every((f) => typeof f === "string" && f.length > 0)) fail(kpi, "options.key", key, expected);
  const names = spec as readonly string[];
  return (field, record, index) => {
    const r = record as Record<string, unknown>;
    const parts = names.map((name) => {
      const value = r[name];
      if (!isKeyPart(value)) {
        fail(kpi, `${field}.${name}`, value, `a non-empty string or a finite number (part of the matching key ${JSON.stringify(names)}; pass options.key to match on other fields)`, index, recordId(r));
      }
      return value;
    });
    return JSON.stringify(parts);
  };
}
