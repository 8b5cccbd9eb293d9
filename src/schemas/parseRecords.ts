/**
 * parseRecords: rows (CSV rows of strings, or JSON objects) to validated records, with every
 * rejected row and its issues.
 *
 * @module
 */
import type * as z from "zod";
import { fail, isPlainObject } from "../_lib/check.js";
import { createRowParser } from "./rowParser.js";
import type { ParseOptions, ParseResult, RecordSchema, RejectedRow } from "./types.js";

const KPI = "parseRecords";

/**
 * Validates rows against a record schema: maps columns to fields, converts units, translates
 * values, reads offset-less timestamps in a time zone, and returns the valid records with every
 * rejected row and all of its issues.
 *
 * @remarks
 * For each field of the schema the value is read from the column the `mapping` names, or from
 * the column with the field's own name. CSV strings are read as the field needs: an empty
 * string is missing; numbers strictly (`"12.5"` and `"2.0"`, not `"12abc"`); booleans from
 * true/false, yes/no, 1/0 in any case; timestamps as ISO 8601 (a space instead of `T` and up to
 * nine fractional digits are fine), offset-less ones in `timeZone`, output as `Date`. Columns
 * not read are dropped.
 *
 * The mapping is checked once, before any row: a key that is not a field of the schema, a bad
 * unit, or a column the rows do not have (checked against `columns`, by default the keys of
 * the first row) throws a `KpiInputError` naming `mapping.<field>`.
 *
 * `records.length + rejected.length` equals the rows read (`counts.rows`); with `"skip"` the
 * rejected rows are only counted. Cost: O(rows × fields).
 *
 * Valid rows of the library's own schemas take a fast path that produces exactly the record zod
 * would (several times faster); a row it is not sure about, every invalid row, and rows of a
 * schema derived from them (`safeExtend`, `refine` …) are validated by zod, so issues and
 * messages are zod's.
 *
 * @param rows - An iterable of row objects.
 * @param schema - A record schema: {@link ticketSchema}, {@link callSchema} … or one extended from them.
 * @param options - `mapping`, `timeZone` (default `"UTC"`), `onInvalid` (default `"collect"`), `columns`.
 * @returns `{ records, rejected: [{ index, row, issues }], counts: { rows, records, rejected } }`.
 * @throws `KpiInputError` for a bad mapping or option; with `onInvalid: "throw"`, for the first
 *   invalid row (its `index`, `field` and `value`).
 *
 * @example
 * ```ts
 * const rows = [
 *   { ticket_id: "T-1", created: "2024-10-29 22:00:00", status: "Resolved", first_response_minutes: "30" },
 *   { ticket_id: "T-2", created: "yesterday", status: "Resolved", first_response_minutes: "5" },
 * ];
 * const { records, rejected, counts } = parseRecords(rows, ticketSchema, {
 *   mapping: {
 *     id: "ticket_id",
 *     createdAt: "created",
 *     status: { column: "status", values: { Resolved: "solved" } },
 *     firstResponseMs: { column: "first_response_minutes", unit: "minutes" },
 *   },
 *   timeZone: "Europe/Amsterdam",
 * });
 * records[0]?.createdAt.toISOString(); // "2024-10-29T21:00:00.000Z"
 * records[0]?.firstResponseMs; // 1800000
 * rejected[0]?.issues[0]?.field; // "createdAt"
 * counts; // { rows: 2, records: 1, rejected: 1 }
 * ```
 * @category Schemas
 */
export function parseRecords<S extends RecordSchema>(
  rows: Iterable<unknown>,
  schema: S,
  options?: ParseOptions<z.output<S>>,
): ParseResult<z.output<S>> {
  if (rows === null || typeof rows !== "object" || typeof (rows as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function") {
    fail(KPI, "rows", rows, "an iterable of row objects (an array, a generator …)");
  }
  if (schema === null || typeof schema !== "object" || typeof schema.safeParse !== "function" || typeof schema.shape !== "object") {
    fail(KPI, "schema", schema, "a zod object schema such as ticketSchema");
  }
  const parser = createRowParser(KPI, schema, options);
  if (options?.columns !== undefined) parser.checkColumns(options.columns);
  let checked = options?.columns !== undefined;
  const records: z.output<S>[] = [];
  const rejected: RejectedRow[] = [];
  let index = 0;
  let rejectedCount = 0;
  for (const row of rows) {
    if (!checked && isPlainObject(row)) {
      parser.checkColumns(Object.keys(row));
      checked = true;
    }
    const outcome = parser.parse(row, index);
    if (outcome.ok) records.push(outcome.record);
    else {
      rejectedCount++;
      if (parser.onInvalid === "collect") rejected.push({ index, row, issues: outcome.issues });
    }
    index++;
  }
  return { records, rejected, counts: { rows: index, records: records.length, rejected: rejectedCount } };
}
