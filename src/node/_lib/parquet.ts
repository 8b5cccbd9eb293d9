/**
 * Rows of a Parquet file, read with hyparquet (loaded on first use, so that reading CSV never
 * loads it) one row group at a time: objects of column → value, the row's line being its 1-based
 * row number + 1 (as if the file had a header line).
 *
 * Values as typed: an instant (TIMESTAMP adjusted to UTC, DuckDB's TIMESTAMPTZ, INT96) is a
 * `Date`; a TIMESTAMP not adjusted to UTC (DuckDB's TIMESTAMP, a wall time like a spreadsheet
 * date) is an ISO string without offset (`"2024-10-29T22:00:00.123"`), which the row parser
 * reads in its `timeZone`; a DATE is `"YYYY-MM-DD"`; a TIME is `"H:MM:SS.mmm"`; integers and
 * decimals are numbers (a 64-bit integer beyond ±2^53 − 1 is its decimal text); strings and
 * booleans as they are; `null` is left out. Compression: every Parquet codec (hyparquet-compressors).
 *
 * @module
 */
import { ReadRecordsError } from "../errors.js";
import type { SchemaElement } from "hyparquet";
import type { OnColumns, RawRow } from "./rows.js";
import { clockText } from "./xlsx.js";

const DAY_MS = 86_400_000;

type Hyparquet = typeof import("hyparquet");
type Compressors = typeof import("hyparquet-compressors").compressors;

let loaded: Promise<[Hyparquet, Compressors]> | undefined;

/** hyparquet and its decompressors, imported on first use. */
function hyparquet(): Promise<[Hyparquet, Compressors]> {
  loaded ??= Promise.all([import("hyparquet"), import("hyparquet-compressors").then((m) => m.compressors)]);
  return loaded;
}

const floorDiv = (n: bigint, d: bigint): number => Number(n / d - (n % d < 0n ? 1n : 0n));

/** Timestamps as Dates to the millisecond (rounding down, before 1970 too), dates as "YYYY-MM-DD". */
const PARSERS = {
  timestampFromMilliseconds: (ms: bigint) => new Date(Number(ms)),
  timestampFromMicroseconds: (us: bigint) => new Date(floorDiv(us, 1000n)),
  timestampFromNanoseconds: (ns: bigint) => new Date(floorDiv(ns, 1_000_000n)),
  dateFromDays: (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10),
};

/** How the values of a column become row values. */
type Convert = (value: unknown) => unknown;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

function plain(value: unknown): unknown {
  if (typeof value !== "bigint") return value;
  return value >= -MAX && value <= MAX ? Number(value) : String(value);
}

const wallTime: Convert = (value) => (value instanceof Date ? value.toISOString().slice(0, -1) : plain(value));

function timeOfDay(perMs: number): Convert {
  return (value) => (typeof value === "number" || typeof value === "bigint" ? clockText(Number(value) / perMs) : plain(value));
}

function converter(element: SchemaElement): Convert {
  const logical = element.logical_type;
  if (logical?.type === "TIMESTAMP" && !logical.isAdjustedToUTC) return wallTime;
  if (logical?.type === "TIME") return timeOfDay(logical.unit === "MILLIS" ? 1 : logical.unit === "MICROS" ? 1000 : 1_000_000);
  if (element.converted_type === "TIME_MILLIS") return timeOfDay(1);
  if (element.converted_type === "TIME_MICROS") return timeOfDay(1000);
  return plain;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The rows of a Parquet file, one row group in memory at a time. The columns (the schema's
 * top-level fields) go to `onColumns` before the first row. A file that cannot be opened or is
 * not Parquet is a `ReadRecordsError`.
 */
export async function* parquetRows(path: string, onColumns?: OnColumns): AsyncGenerator<RawRow> {
  const [{ asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema }, compressors] = await hyparquet();
  let file: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  try {
    file = await asyncBufferFromFile(path);
  } catch (error) {
    throw new ReadRecordsError(`cannot read the file: ${reasonOf(error)}`, { path, cause: error });
  }
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file, { parsers: PARSERS });
  } catch (error) {
    throw new ReadRecordsError(`not a Parquet file: ${reasonOf(error)}`, { path, cause: error });
  }
  const fields = parquetSchema(metadata).children.map((child) => ({ name: child.element.name, convert: converter(child.element) }));
  onColumns?.(fields.map((f) => f.name));
  let start = 0;
  for (const group of metadata.row_groups) {
    const end = start + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file, metadata, rowStart: start, rowEnd: end, compressors, parsers: PARSERS });
    } catch (error) {
      throw new ReadRecordsError(`cannot read the Parquet rows ${start + 1} to ${end}: ${reasonOf(error)}`, { path, line: start + 2, cause: error });
    }
    for (let i = 0; i < rows.length; i++) {
      const read = rows[i] as Record<string, unknown>;
      const entries: [string, unknown][] = [];
      for (const { name, convert } of fields) {
        const value = read[name];
        if (value !== null && value !== undefined) entries.push([name, convert(value)]);
      }
      yield { line: start + i + 2, row: Object.fromEntries(entries) };
    }
    start = end;
  }
}
