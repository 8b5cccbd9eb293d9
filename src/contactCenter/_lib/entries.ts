/**
 * Inputs that are one object or an iterable of objects whose totals are pooled (occupancy and
 * chat concurrency, per agent or per interval).
 *
 * @module
 */
import { checkArray, checkObject, fail } from "../../_lib/check.js";

/** One entry with the index to name in errors (`undefined` for a single object). */
export interface Entry {
  readonly record: Record<string, unknown>;
  readonly index: number | undefined;
}

/**
 * Reads `input` as one plain object (no index in errors) or an iterable of them (each with its
 * index); anything else throws a `KpiInputError` naming `field`.
 */
export function readEntries(kpi: string, field: string, input: unknown): readonly Entry[] {
  if (input === null || typeof input !== "object") fail(kpi, field, input, "an object or an iterable of objects");
  if (!(Symbol.iterator in input)) return [{ record: input as Record<string, unknown>, index: undefined }];
  return checkArray(kpi, field, input).map((value, index) => ({ record: checkObject(kpi, field, value, index), index }));
}
