/**
 * What every KPI of an aggregator implements: a state that takes records one at a time, merges
 * with another state exactly (counts and raw values, never averages), survives JSON, and gives
 * the calculator's result at the end.
 *
 * @module
 */
import { checkCount, checkObject, fail } from "../../_lib/check.js";
import type { KpiName } from "../summarize/types.js";
import type { RecordView } from "./record.js";

/** The kpi name errors about a saved state carry. */
export const RESTORE = "restoreAggregator";

/**
 * One KPI's accumulator. States are plain objects owned by the aggregator.
 *
 * A record goes in in two steps, so that a record that throws changes nothing: `read` validates
 * what the KPI takes from it and gives that as a delta, for every KPI of the aggregator first;
 * then `apply` adds each delta to the record's group, and cannot throw.
 */
export interface Accumulator<S = unknown, D = unknown> {
  /** The KPI. */
  readonly kpi: KpiName;
  /** The column of the row it fills. */
  readonly column: string;
  /** A new, empty state. */
  create(): S;
  /**
   * What one record adds (validating what it reads), changing nothing; `undefined` when the KPI
   * does not apply to it. A delta is good until the accumulator's next `read`.
   */
  read(record: RecordView): D | undefined;
  /**
   * Adds a delta of `read` into `state`; gives the number of values it kept for exact results.
   * Absent for the backlog, whose delta is a list of changes the aggregator routes each to the
   * row of the period in which it happened (see `addChange`).
   */
  apply?(state: S, delta: D): number;
  /** Adds `from` into `into`; `from` is not changed. */
  merge(into: S, from: S): void;
  /** A JSON-serialisable copy of the state. */
  toJSON(state: S): unknown;
  /** The state back from `toJSON`'s output (after a JSON round trip); `field` names it in errors. */
  fromJSON(json: unknown, field: string): S;
  /** Values kept for an exact result (the aggregator's `maxExactValues` budget counts them); absent: none. */
  size?(state: S): number;
  /** Turns the state into its fixed-size, approximate form (once the budget is spent). */
  compact?(state: S): void;
  /** Whether the state is in its compact form. */
  isCompact?(state: S): boolean;
  /** The KPI's result for the state. */
  result(state: S): unknown;
}

/** Reads counts `names` of a saved state object. */
export function savedCounts<N extends string>(json: unknown, field: string, names: readonly N[]): Record<N, number> {
  const o = checkObject(RESTORE, field, json);
  const out = {} as Record<N, number>;
  for (const name of names) out[name] = checkCount(RESTORE, `${field}.${name}`, o[name]);
  return out;
}

/** Reads a saved list of durations (finite numbers ≥ 0). */
export function savedDurations(json: unknown, field: string): number[] {
  if (!Array.isArray(json)) fail(RESTORE, field, json, "an array of durations");
  return json.map((v: unknown, i) => {
    if (typeof v !== "number" || !(v >= 0 && v < Number.POSITIVE_INFINITY)) fail(RESTORE, field, v, "a finite number ≥ 0", i);
    return v;
  });
}

/** Adds each count of `from` into `into`. */
export function addCounts<S extends Record<string, number>>(into: S, from: S): void {
  for (const key in from) (into[key] as number) += from[key] as number;
}

/** An accumulator whose states keep values for exact results, up to the aggregator's budget. */
export type SizedAccumulator<S = unknown, D = unknown> = Accumulator<S, D> & Required<Pick<Accumulator<S, D>, "size" | "compact" | "isCompact">>;

/** Whether `accumulator` keeps values counted by the budget. */
export const isSized = (accumulator: Accumulator): accumulator is SizedAccumulator =>
  accumulator.size !== undefined && accumulator.compact !== undefined && accumulator.isCompact !== undefined;
