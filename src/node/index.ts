/**
 * servicekpi/node: streaming readers of record files (CSV, TSV, NDJSON, JSON arrays) for Node.
 * Rows are validated with the schemas of `servicekpi/schemas`.
 *
 * @packageDocumentation
 */
export { readRecords } from "./readRecords.js";
export { ReadRecordsError, isReadRecordsError, KPI_READ_FAILED } from "./errors.js";
export type * from "./types.js";
