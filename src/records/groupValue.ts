/**
 * Group values: what records are grouped by (a channel, a team, a period), how one is read from a
 * record and how groups are ordered. Shared by contactVolume and the aggregators, so that both
 * accept the same values and sort them the same way.
 *
 * @module
 */

/** A value a group is keyed by; `null` where the record has none. */
export type GroupValue = string | number | boolean | null;

/** What a group value may be, in the words of every error about one. */
export const GROUP_VALUE_EXPECTED = "a string, a finite number, a boolean, or null/undefined (missing)";

/** Whether `value` is a group value as it is kept: `null`, a string, a finite number or a boolean. */
export function isGroupValue(value: unknown): value is GroupValue {
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

/**
 * `value` read as a group value: missing (`undefined`, `null`, `""`) is `null`; strings, finite
 * numbers and booleans are themselves; anything else is `undefined` (not a group value).
 */
export function toGroupValue(value: unknown): GroupValue | undefined {
  if (value === undefined || value === "") return null;
  return isGroupValue(value) ? value : undefined;
}

const TYPE_ORDER: Readonly<Record<string, number>> = { number: 0, string: 1, boolean: 2 };

/** Orders group values: numbers, then strings, then booleans, each ascending; `null` last. */
export function compareGroupValues(a: GroupValue, b: GroupValue): number {
  if (a === b) return 0;
  if (a === null) return 1; // missing values last
  if (b === null) return -1;
  const ta = TYPE_ORDER[typeof a] as number;
  const tb = TYPE_ORDER[typeof b] as number;
  if (ta !== tb) return ta - tb;
  return a < b ? -1 : 1;
}
