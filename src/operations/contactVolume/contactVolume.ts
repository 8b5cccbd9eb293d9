import { checkArray, checkList, checkObject, fail } from "../../_lib/check.js";
import { compareGroupValues, GROUP_VALUE_EXPECTED, toGroupValue, type GroupValue } from "../../records/groupValue.js";

export type { GroupValue } from "../../records/groupValue.js";

/** Options of {@link contactVolume}. */
export interface ContactVolumeOptions<T> {
  /**
   * What to count by: a field name (default `"channel"`), several field names, or a function
   * returning the group of a record as an object of named values (`(r) => ({ channel: …, hour: … })`).
   */
  readonly by?: (keyof T & string) | readonly (keyof T & string)[] | ((record: T, index: number) => Readonly<Record<string, GroupValue>>) | undefined;
}

/** One group of {@link ContactVolumeResult}. */
export interface ContactVolumeGroup {
  /** The group: one entry per dimension, e.g. `{ channel: "email" }`; `null` for a missing value. */
  readonly key: Readonly<Record<string, GroupValue>>;
  /** Records in the group. */
  readonly count: number;
  /** `count / total × 100`: the group's share of all records, in percent. */
  readonly share: number;
}

/** The result of {@link contactVolume}. */
export interface ContactVolumeResult {
  /** All records counted. */
  readonly total: number;
  /** The groups, largest first (ties by key); their counts sum to `total`, their shares to 100. */
  readonly groups: readonly ContactVolumeGroup[];
}

const KPI = "contactVolume";

function groupValue(value: unknown, field: string, index: number, expected = GROUP_VALUE_EXPECTED): GroupValue {
  const v = toGroupValue(value);
  return v === undefined ? fail(KPI, field, value, expected, index) : v;
}

function compareKeys(a: readonly (readonly [string, GroupValue])[], b: readonly (readonly [string, GroupValue])[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [na, va] = a[i] as readonly [string, GroupValue];
    const [nb, vb] = b[i] as readonly [string, GroupValue];
    // Stryker disable next-line EqualityOperator: equivalent, na and nb differ here
    if (na !== nb) return na < nb ? -1 : 1;
    const c = compareGroupValues(va, vb);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * Contact volume: how many contacts came in per channel (or any other dimension), and each
 * group's share of the total.
 *
 * @remarks
 * share = count / total × 100, where total is every record passed; the shares add up to 100
 * (to floating-point rounding). A record without a value for a dimension (missing, `null` or
 * `""`) is counted in a group whose value is `null`: nothing is dropped. Values are used as
 * they are: `"Email"` and `"email"` are two groups, so normalise spellings first (the `by`
 * function is the place). Groups are ordered by count, largest first, then by key (numbers,
 * strings, booleans, `null` last), so the order never depends on the input. With a `by`
 * function, key entries are sorted by name. Cost O(n + g log g) for g groups.
 *
 * @param records - The contacts, an array or any iterable.
 * @param options - `by`: a field name (default `"channel"`), field names, or a function.
 * @throws {@link KpiInputError} when a record is not an object; when a grouping value is not a
 *   string, finite number, boolean or missing (field `"records.<name>"` with the index); when
 *   `by` is not a field name, a non-empty list of them, or a function returning an object.
 * @example
 * ```ts
 * contactVolume([{ channel: "email" }, { channel: "chat" }, { channel: "email" }, { channel: "phone" }, {}]);
 * // { total: 5, groups: [
 * //   { key: { channel: "email" }, count: 2, share: 40 }, { key: { channel: "chat" }, count: 1, share: 20 },
 * //   { key: { channel: "phone" }, count: 1, share: 20 }, { key: { channel: null }, count: 1, share: 20 } ] }
 * ```
 * @see docs/kpis/contact-volume.md
 * @category Operations
 */
export function contactVolume<T extends object>(records: Iterable<T>, options: ContactVolumeOptions<T> = {}): ContactVolumeResult {
  const o = checkObject(KPI, "options", options);
  const by = o.by ?? "channel";
  const names = typeof by === "string" ? [by] : by;
  const expected = "a field name, a non-empty array of field names, or a function returning an object of group values";
  if (typeof names !== "function") {
    const list = checkList(KPI, "options.by", names, expected);
    if (list.length === 0 || !list.every((n) => typeof n === "string" && n.length > 0)) fail(KPI, "options.by", by, expected);
  }
  const list = checkArray(KPI, "records", records);
  const groups = new Map<string, { entries: [string, GroupValue][]; count: number }>();
  for (let i = 0; i < list.length; i++) {
    const record = checkObject(KPI, "records", list[i], i);
    let entries: [string, GroupValue][];
    if (typeof names === "function") {
      const key = (names as (record: unknown, index: number) => unknown)(record, i);
      const k = checkObject(KPI, "options.by", key, i);
      entries = Object.keys(k).sort().map((name) => [name, groupValue(k[name], "options.by", i, `${GROUP_VALUE_EXPECTED} as the value of "${name}"`)]);
    } else {
      entries = (names as readonly string[]).map((name) => [name, groupValue(record[name], `records.${name}`, i)]);
    }
    const token = JSON.stringify(entries);
    const group = groups.get(token);
    if (group === undefined) groups.set(token, { entries, count: 1 });
    else group.count++;
  }
  const total = list.length;
  const out = [...groups.values()]
    .sort((a, b) => b.count - a.count || compareKeys(a.entries, b.entries))
    .map((g) => ({ key: Object.fromEntries(g.entries), count: g.count, share: (g.count * 100) / total }));
  return { total, groups: out };
}
