/**
 * Which way a KPI improves, shared by the target functions.
 *
 * @module
 */
import { checkOneOf } from "../../_lib/check.js";

/**
 * Which way a KPI improves: `"higher-is-better"` (CSAT, NPS, FCR, service level) or
 * `"lower-is-better"` (response and handle times, abandonment, complaint ratio).
 */
export type Direction = "higher-is-better" | "lower-is-better";

/** The two directions, for checks and option lists. */
export const DIRECTIONS: readonly Direction[] = ["higher-is-better", "lower-is-better"];

/** Checks a direction option; anything else throws a `KpiInputError` for `field`. */
export function checkDirection(kpi: string, field: string, value: unknown): Direction {
  return checkOneOf(kpi, field, value, DIRECTIONS);
}

/** How far `value` is past `reference` in the direction of improvement (negative: worse). */
export function improvementOver(value: number, reference: number, direction: Direction): number {
  return direction === "higher-is-better" ? value - reference : reference - value;
}
