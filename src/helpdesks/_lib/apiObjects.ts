/**
 * What the API adapters share: lists of JSON objects checked and grouped by the ticket they
 * belong to, the latest of a ticket's objects, and names looked up by id.
 *
 * @module
 */
import { checkList, fail, isPlainObject } from "../../_lib/check.js";

/** The list under `field`, each element checked to be an object (`KpiInputError` at its index). */
export function objects(kpi: string, field: string, value: unknown, expected: string): Record<string, unknown>[] {
  return checkList(kpi, field, value, expected).map((v, i) => (isPlainObject(v) ? v : fail(kpi, field, v, "an object", i)));
}

/**
 * The objects of an optional list by the id under `key` (the ticket or conversation each belongs
 * to), in the order given; an object without that id is a `KpiInputError` at its index.
 */
export function byOwner(kpi: string, field: string, value: unknown, key: string, tool: string): Map<unknown, Record<string, unknown>[]> {
  const map = new Map<unknown, Record<string, unknown>[]>();
  if (value === undefined) return map;
  objects(kpi, field, value, `${tool} ${field}: a list of objects with a ${key}`).forEach((v, i) => {
    const id = v[key];
    if (typeof id !== "number" && typeof id !== "string") fail(kpi, `${field}.${key}`, id, "the id of the ticket it belongs to", i);
    const list = map.get(id);
    if (list === undefined) map.set(id, [v]);
    else list.push(v);
  });
  return map;
}

/** The last of a ticket's objects by `updated_at`, else `created_at`, else the order given. */
export function latest(list: readonly Record<string, unknown>[] | undefined): Record<string, unknown> | undefined {
  if (list === undefined) return undefined;
  const when = (v: Record<string, unknown>): string => String(v["updated_at"] ?? v["created_at"] ?? "");
  return list.reduce((a, b) => (when(b) >= when(a) ? b : a));
}

/** A name the list has for `id` (an agent's, a group's), else the id as text; `undefined` for no id. */
export function nameOf(names: ReadonlyMap<unknown, unknown>, id: unknown): string | undefined {
  if (id === undefined || id === null || id === "") return undefined;
  const name = names.get(id);
  return typeof name === "string" && name !== "" ? name : String(id);
}

/** The optional list under `field` as a map from each object's id (as text) to its name. */
export function namesById(kpi: string, field: string, value: unknown, expected: string): ReadonlyMap<unknown, unknown> {
  return new Map(value === undefined ? [] : objects(kpi, field, value, expected).map((v) => [String(v["id"]), v["name"]]));
}
