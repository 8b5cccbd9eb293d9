/**
 * Errors of the aggregation functions: calculator errors renamed to the caller's fields
 * (`options.kpis[2].scale`, `records.createdAt`), with the record's index and id.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import { isKpiInputError } from "../../errors.js";

/**
 * Runs `run`; a {@link KpiInputError} it throws is thrown again under `kpi`, its field renamed
 * by `rename`. A given `index` (the record's) replaces the error's (the calculator saw one
 * record); `recordId` fills in a missing id. Other errors pass through.
 */
export function renamed<T>(kpi: string, run: () => T, rename: (field: string) => string, index?: number, recordId?: string | number): T {
  try {
    return run();
  } catch (error) {
    if (!isKpiInputError(error)) throw error;
    return fail(kpi, rename(error.field), error.value, error.expected, index ?? error.index, error.recordId ?? recordId);
  }
}

/** Renames a calculator's `options.x` field to `options.kpis[i].x`. */
export const kpiOption = (i: number) => (field: string): string => `options.kpis[${i}].${field.replace(/^options\./, "")}`;

/** Renames a ticket function's `ticket.x` / `tickets.x` field to `records.x`. */
export const recordField = (field: string): string => field.replace(/^tickets?(?=\.|$)/, "records");
