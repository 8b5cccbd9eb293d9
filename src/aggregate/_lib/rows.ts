/**
 * The result of an aggregator: the kept ratings put back into their groups, one row per group
 * in order, per-period KPIs carried from period to period, and the total from the pooled states
 * (from the state's `whole` when groups overlap: a record with labels is in several groups).
 *
 * @module
 */
import { nextPeriodFirstDay, periodLabel, type Period } from "../../_lib/time/periods.js";
import type { GroupValue } from "../../records/groupValue.js";
import { excludedList, type ExcludedRecords } from "./excluded.js";
import { combinations, compareGroups, hasLabels } from "./groupKey.js";
import type { KeptRatings } from "./kpi.js";
import type { ReadOptions } from "./options.js";
import type { KeptRating } from "./ratings.js";
import { cloneGroup, emptyState, groupOf, overlappingNames, pooledGroup, scoreOf, type AggregatorState, type GroupState } from "./state.js";

/** A row's group: one entry per dimension (`period` last), `null` where the record had no value. */
export type SummaryGroup = Readonly<Record<string, GroupValue>>;

/** The rows and the total an aggregator gives, their KPI columns not typed here. */
export interface Rows {
  readonly rows: readonly Record<string, unknown>[];
  readonly total: Record<string, unknown>;
  /** The dimensions for which a record counted in several groups (labels); absent when none did. */
  readonly overlapping?: readonly string[];
  /** With `onInvalid: "exclude"`: the records left out, by reason. */
  readonly excluded?: readonly ExcludedRecords[];
}

/** Adds kept rating `r` to the survey columns of `group`. */
function addRating(o: ReadOptions, group: GroupState, r: KeptRating): void {
  o.kpis.forEach(({ parts }, j) => {
    const ratings = parts.ratings as KeptRatings<unknown> | undefined;
    if (ratings?.type !== r.type) return;
    ratings.addKept(group.kpis[j], r.score === null ? null : scoreOf({ kpi: "summarize" }, ratings, r.score, "ratings.score"));
  });
}

/**
 * The group states with every kept rating added to its group's survey columns (to each of its
 * groups when it has labels), and, when groups overlap, the total: the whole with each kept
 * rating once (`null` otherwise: the total is then the groups pooled).
 */
function finalGroups(o: ReadOptions, state: AggregatorState): { groups: GroupState[]; whole: GroupState | null } {
  const out = emptyState();
  for (const g of state.groups.values()) out.groups.set(JSON.stringify(g.values), cloneGroup(o, g));
  for (const r of state.kept.values()) {
    if (!hasLabels(r.group)) addRating(o, groupOf(o, out, r.group as readonly GroupValue[]), r);
    else for (const values of combinations(r.group)) addRating(o, groupOf(o, out, values), r);
  }
  if (o.fillPeriods) fillPeriods(o, out);
  const groups = [...out.groups.values()];
  if (state.whole === undefined) return { groups, whole: null };
  const whole = cloneGroup(o, state.whole);
  for (const r of state.kept.values()) addRating(o, whole, r);
  return { groups, whole };
}

/**
 * Adds an empty group for every period from the earliest to the latest of `state`, for each
 * group of the other dimensions that has a period (the `fillPeriods` option).
 */
function fillPeriods(o: ReadOptions, state: AggregatorState): void {
  const period = o.period as Period;
  const prefixes = new Map<string, readonly GroupValue[]>();
  let first = Infinity;
  let last = -Infinity;
  for (const { values } of state.groups.values()) {
    const day = values[values.length - 1];
    if (typeof day !== "number") continue; // records without a period
    first = Math.min(first, day);
    last = Math.max(last, day);
    const prefix = values.slice(0, -1);
    prefixes.set(JSON.stringify(prefix), prefix);
  }
  for (const prefix of prefixes.values()) {
    for (let day = first; day <= last; day = nextPeriodFirstDay(day, period)) groupOf(o, state, [...prefix, day]);
  }
}

/** Builds the rows and total of a state. */
export function buildResult(o: ReadOptions, state: AggregatorState): Rows {
  const kinds = [...o.dims.map((d) => d.kind as string), ...(o.period === null ? [] : ["period"])];
  const names = [...o.dims.map((d) => d.name), ...(o.period === null ? [] : ["period"])];
  const final = finalGroups(o, state);
  const groups = final.groups.sort((a, b) => compareGroups(kinds, a.values, b.values));
  const label = (v: GroupValue, k: number): GroupValue => (kinds[k] === "period" && v !== null ? periodLabel(v as number, o.period as Period) : v);
  const carried = new Map<string, number>(); // what per-period KPIs carry, per KPI and group without its period
  const row = (group: Record<string, GroupValue>, g: GroupState, carry: string | null): Record<string, unknown> => {
    const out: Record<string, unknown> = { group, n: g.n };
    o.kpis.forEach(({ parts, column }, j) => {
      if (parts.perPeriod === undefined || carry === null) {
        out[column] = parts.result(g.kpis[j]);
      } else if (carry === "null") {
        out[column] = null; // the row of records without a period
      } else {
        const key = `${j}:${carry}`;
        const after = parts.perPeriod.resultAfter(g.kpis[j], carried.get(key) ?? 0);
        carried.set(key, after.carried);
        out[column] = after.result;
      }
    });
    return out;
  };
  const rows = groups.map((g) => {
    const carry = o.period === null ? null : g.values[g.values.length - 1] === null ? "null" : JSON.stringify(g.values.slice(0, -1));
    return row(Object.fromEntries(names.map((name, k) => [name, label(g.values[k] as GroupValue, k)])), g, carry);
  });
  const total = row({}, final.whole ?? pooledGroup(o, groups), null);
  const overlapping = overlappingNames(o, state);
  return {
    rows,
    total,
    ...(overlapping.length > 0 ? { overlapping } : {}),
    ...(o.exclude ? { excluded: excludedList(state.excluded, o.kpis.map((k) => k.column)) } : {}),
  };
}
