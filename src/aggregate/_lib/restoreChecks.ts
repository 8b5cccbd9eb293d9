/**
 * The checks of a saved aggregator that look across its parts: group keys as records can give
 * them, each KPI state against its group's records (the {@link Within} of the group), groups
 * without records, per-period KPIs through a group's periods, the total (`whole`) against the
 * groups, ratings against their groups, the records left out, `added`, and the budget of exact
 * values. A state that fails one cannot come from adding records, and would give wrong numbers:
 * each check throws a `KpiInputError` naming the path inside the saved state, the value and what
 * was expected.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import { hourOfDay, periodFirstDay, periodOfInstant, weekdayOf, type Period } from "../../_lib/time/periods.js";
import { isoWeekdayIndex, MAX_EPOCH_MS, WEEKDAYS } from "../../_lib/time/civil.js";
import { compareGroupValues, isGroupValue, type GroupValue } from "../../records/groupValue.js";
import { CHANNELS } from "../normalizeChannel/normalizeChannel.js";
import { combinations } from "./groupKey.js";
import { RESTORE, type KpiParts, type Within } from "./kpi.js";
import { canonical, type ReadOptions } from "./options.js";
import type { KeptRating } from "./ratings.js";
import type { AggregatorState, GroupState } from "./state.js";

/** A restored group, with where it is in the saved state and what its KPI states were checked against. */
export interface SavedGroup {
  readonly group: GroupState;
  /** `"json.groups[3]"`, `"json.whole"`. */
  readonly field: string;
  readonly within: Within;
}

/** The day numbers of the instants a Date can hold, a day of offset either side: ±100,000,001. */
const LAST_DAY = 100_000_001;

/** Whether `v` is the first day of a `period` some instant falls in (a day number). */
function isPeriodStart(v: unknown, period: Period): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= periodFirstDay(-LAST_DAY, period) && v <= LAST_DAY && periodFirstDay(v, period) === v;
}

/** What value `k` of a group key must be, for the problem words; `null` when `v` is one. */
function keyProblem(o: ReadOptions, k: number, v: unknown): string | null {
  const dim = o.dims[k];
  if (dim === undefined) {
    const period = o.period as Period;
    return v === null || isPeriodStart(v, period) ? null : `null or the first day of a ${period}: a whole day number since 1970-01-01, from ${periodFirstDay(-LAST_DAY, period)} to ${LAST_DAY}`;
  }
  if (dim.kind === "hourOfDay") return v === null || (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 23) ? null : "an hour from 0 to 23, or null";
  if (dim.kind === "weekday") return v === null || (WEEKDAYS as readonly unknown[]).includes(v) ? null : `a weekday (${WEEKDAYS.join(", ")}), or null`;
  if (dim.kind === "field" && dim.normalize) return (CHANNELS as readonly unknown[]).includes(v) ? null : `a channel normalizeChannel gives (${CHANNELS.join(", ")})`;
  // an empty string is no value: records give null for it
  return isGroupValue(v) && v !== "" ? null : "a non-empty string, a finite number, a boolean, or null";
}

/** Checks the values of group key `key` (at `field`), each as a record of the aggregator can give it. */
export function checkKey(o: ReadOptions, key: readonly GroupValue[], field: string): void {
  for (let k = 0; k < key.length; k++) {
    const problem = keyProblem(o, k, key[k]);
    if (problem !== null) fail(RESTORE, field, key[k], problem, k);
  }
}

/** The positions of a group key given by the instant that places a record: hour of day, weekday, period. */
function placedPositions(o: ReadOptions): number[] {
  const out = o.dims.flatMap((d, k) => (d.kind === "hourOfDay" || d.kind === "weekday" ? [k] : []));
  if (o.period !== null) out.push(o.dims.length);
  return out;
}

/** What position `k` of a key is for a record placed at instant `t` (`null`: no instant); `undefined` when it cannot be worked out. */
function placedValue(o: ReadOptions, k: number, t: number | null): GroupValue | undefined {
  if (t === null) return null;
  const dim = o.dims[k];
  const v = dim === undefined ? periodOfInstant(o.timeZone, t, o.period as Period) : dim.kind === "hourOfDay" ? hourOfDay(o.timeZone, t) : weekdayOf(o.timeZone, t);
  return typeof v === "number" && !Number.isFinite(v) ? undefined : v;
}

/** Whether `parts`' state holds nothing (saves as a new state does). */
const isEmpty = (parts: KpiParts, state: unknown): boolean => canonical(parts.toJSON(state)) === canonical(parts.toJSON(parts.create()));

/**
 * Checks each group against what records give: a group with records has its hour of day,
 * weekday and period from one instant (all missing, or all there and agreeing); a group without
 * records holds changes of a per-period KPI, and the group of records without a period none.
 */
export function checkGroups(o: ReadOptions, groups: readonly SavedGroup[]): void {
  const placed = placedPositions(o);
  const periodAt = o.dims.length;
  const weekdayAt = o.dims.findIndex((d) => d.kind === "weekday");
  const perPeriod = o.kpis.flatMap((k, j) => (k.parts.perPeriod === undefined ? [] : [j]));
  const empty = (g: GroupState, j: number): boolean => isEmpty((o.kpis[j] as ReadOptions["kpis"][number]).parts, g.kpis[j]);
  for (const { group: g, field } of groups) {
    const key = g.values;
    if (g.n > 0 && placed.length > 1) {
      const missing = placed.filter((k) => key[k] === null);
      if (missing.length > 0 && missing.length < placed.length) {
        const k = missing[0] as number;
        fail(RESTORE, `${field}.key`, key[k], "a value: the hour of day, weekday and period of a record come from one instant, all there or all missing", k);
      }
      if (o.period === "day" && weekdayAt >= 0 && key[periodAt] !== null && key[weekdayAt] !== WEEKDAYS[isoWeekdayIndex(key[periodAt] as number)]) {
        fail(RESTORE, `${field}.key`, key[weekdayAt], `the weekday of the group's day (${WEEKDAYS[isoWeekdayIndex(key[periodAt] as number)]})`, weekdayAt);
      }
    }
    if (o.period !== null && key[periodAt] === null) {
      for (const j of perPeriod) {
        if (!empty(g, j)) fail(RESTORE, `${field}.kpis[${j}]`, g.kpis[j], "an empty state: changes are counted in the period they happened, never in the group without a period");
      }
    }
    if (g.n === 0 && perPeriod.every((j) => empty(g, j))) {
      fail(RESTORE, `${field}.n`, g.n, "at least 1: a group holds records, or changes a per-period KPI counted in its period");
    }
  }
}

/**
 * Checks the per-period KPIs through each group's periods, in order (the `by` values alike, every
 * period), and the total's alone, against the records of the group (of every period, and without).
 */
export function checkSeries(o: ReadOptions, groups: readonly SavedGroup[], whole: SavedGroup | undefined): void {
  if (o.period === null) return;
  const prefixes = new Map<string, { n: number; dated: SavedGroup[] }>();
  for (const s of groups) {
    const values = s.group.values;
    const token = JSON.stringify(values.slice(0, -1));
    let prefix = prefixes.get(token);
    if (prefix === undefined) prefixes.set(token, (prefix = { n: 0, dated: [] }));
    prefix.n += s.group.n;
    if (values[values.length - 1] !== null) prefix.dated.push(s);
  }
  o.kpis.forEach(({ parts: { perPeriod } }, j) => {
    if (perPeriod === undefined) return;
    const stateOf = ({ group, field }: SavedGroup) => ({ state: group.kpis[j], field: `${field}.kpis[${j}]` });
    for (const { n, dated } of prefixes.values()) {
      const ordered = [...dated].sort((a, b) => (a.group.values[a.group.values.length - 1] as number) - (b.group.values[b.group.values.length - 1] as number));
      perPeriod.checkSeries(ordered.map(stateOf), n);
    }
    if (whole !== undefined) perPeriod.checkSeries([stateOf(whole)], whole.group.n);
  });
}

/** Checks the total of a state whose groups overlap: every record in it is in one group or more. */
export function checkWhole(groups: readonly SavedGroup[], whole: SavedGroup): void {
  let most = 0;
  let sum = 0;
  for (const { group } of groups) {
    most = Math.max(most, group.n);
    sum += group.n;
  }
  const n = whole.group.n;
  if (n < most || n > sum) fail(RESTORE, `${whole.field}.n`, n, `from ${most} to ${sum}: each record of the total is in one group or more, and a group's records are in the total`);
}

/** Keys of saved KPI states whose numbers do not add up over records: extremes, floating-point sums, constants. */
const NOT_ADDED = new Set(["min", "max", "sum", "compensation", "relativeAccuracy", "scale"]);

/** The numbers of a saved KPI state by path, those in lists and under {@link NOT_ADDED} keys aside. */
function addedCounts(json: unknown, path: string, into: Map<string, number>): void {
  if (typeof json === "number") into.set(path, json);
  else if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    for (const [k, v] of Object.entries(json)) if (!NOT_ADDED.has(k)) addedCounts(v, `${path}.${k}`, into);
  }
}

/**
 * Checks the total's KPI states against the groups': a record of a group is in the total, and a
 * record of the total is in one group or more, so each count of the total (those that add up over
 * records) is at least the group's and at most the groups' sum.
 */
export function checkWholeStates(o: ReadOptions, groups: readonly SavedGroup[], whole: SavedGroup): void {
  o.kpis.forEach(({ parts }, j) => {
    const own = new Map<string, number>();
    addedCounts(parts.toJSON(whole.group.kpis[j]), "", own);
    const most = new Map<string, number>();
    const sum = new Map<string, number>();
    for (const { group } of groups) {
      const counts = new Map<string, number>();
      addedCounts(parts.toJSON(group.kpis[j]), "", counts);
      for (const [path, v] of counts) {
        most.set(path, Math.max(most.get(path) ?? 0, v));
        sum.set(path, (sum.get(path) ?? 0) + v);
        if (!own.has(path)) own.set(path, 0);
      }
    }
    for (const [path, v] of own) {
      const [lo, hi] = [most.get(path) ?? 0, sum.get(path) ?? 0];
      if (v < lo || v > hi) fail(RESTORE, `${whole.field}.kpis[${j}]${path}`, v, `from ${lo} to ${hi}: the total's records are those of the groups, each in one group or more`);
    }
  });
}

/**
 * Checks rating `r` (at `field`) against the state: a survey KPI of its kind, a ticket and an
 * instant as records give them, its group values as the group keys, every group of it in the
 * state (the response counted there), with room for one more rating of a survey response, and,
 * when the instant of the rating placed the response, its hour, weekday and period from it.
 * `ratings` counts the ratings of each group (and of the total, `whole`) so far.
 */
export function checkRating(o: ReadOptions, r: KeptRating, field: string, groups: ReadonlyMap<string, SavedGroup>, whole: SavedGroup | undefined, ratings: Map<SavedGroup, number>): void {
  if (!o.kpis.some((k) => k.parts.ratings?.type === r.type)) fail(RESTORE, `${field}.type`, r.type, `the kind of a survey KPI of the aggregator (${o.kpis.flatMap((k) => k.parts.ratings?.type ?? []).join(", ") || "none"})`);
  if (r.ticketId === "") fail(RESTORE, `${field}.ticketId`, r.ticketId, "a ticket id: a non-empty string");
  if (r.id === "") fail(RESTORE, `${field}.id`, r.id, "an id (a non-empty string or a finite number), or null");
  if (r.atMs !== null && !(Math.abs(r.atMs) <= MAX_EPOCH_MS)) fail(RESTORE, `${field}.atMs`, r.atMs, `epoch ms from −${MAX_EPOCH_MS} to ${MAX_EPOCH_MS} (the range of dates), or null`);
  r.group.forEach((entry, k) => {
    for (const v of Array.isArray(entry) ? (entry as readonly GroupValue[]) : [entry as GroupValue]) {
      const problem = keyProblem(o, k, v);
      if (problem !== null) fail(RESTORE, `${field}.group`, v, problem, k);
    }
  });
  // the instant that placed the response: its answer (or send) time, unless periodOf says otherwise
  if ((r.score !== null) === (o.periodOf !== "sentAt")) {
    for (const k of placedPositions(o)) {
      const expected = placedValue(o, k, r.atMs);
      if (expected !== undefined && r.group[k] !== expected) fail(RESTORE, `${field}.group`, r.group[k], `${JSON.stringify(expected)}, as the rating's instant (atMs ${r.atMs}) gives`, k);
    }
  }
  const into: SavedGroup[] = [];
  for (const values of combinations(r.group)) {
    const saved = groups.get(JSON.stringify(values));
    if (saved === undefined || saved.group.n === 0) fail(RESTORE, `${field}.group`, r.group, `the group of records the state holds (json.groups has none with key ${JSON.stringify(values)})`);
    into.push(saved);
  }
  if (whole !== undefined) into.push(whole);
  for (const saved of into) {
    const count = (ratings.get(saved) ?? 0) + 1;
    ratings.set(saved, count);
    if (count > saved.within.surveyResponses) {
      fail(RESTORE, field, r, `a rating of a survey response of its group: ${saved.field} holds ${saved.within.counted ? "survey responses" : "records"} (${saved.within.surveyResponses}) for fewer ratings`);
    }
  }
}

/**
 * Checks the saved records left out (`json.excluded`, already read) against the state: each
 * reason once, at least one record, its ids the smallest ones kept (at most three, sorted, each
 * once); a KPI left out at most the records read; and `added`, every record taken in: those
 * read plus those left out of the summary.
 */
export function checkExcluded(json: unknown, state: AggregatorState, groups: readonly SavedGroup[], whole: SavedGroup | undefined): void {
  const read = whole === undefined ? groups.reduce((t, { group }) => t + group.n, 0) : whole.group.n;
  const list = (Array.isArray(json) ? json : []) as readonly Record<string, unknown>[];
  const seen = new Set<string>();
  const byColumn = new Map<string | null, number>();
  list.forEach((e, i) => {
    const field = `json.excluded[${i}]`;
    const reason = JSON.stringify([e["column"], e["field"], e["expected"]]);
    if (seen.has(reason)) fail(RESTORE, field, e, "a reason that appears once (column, field and expected)");
    seen.add(reason);
    const count = e["count"] as number;
    if (count < 1) fail(RESTORE, `${field}.count`, count, "at least 1: a reason is kept for the records left out for it");
    const ids = e["ids"] as readonly (string | number)[];
    const sorted = ids.every((id, k) => k === 0 || compareGroupValues(ids[k - 1] as GroupValue, id) < 0);
    if (ids.length > Math.min(3, count) || !sorted) fail(RESTORE, `${field}.ids`, ids, `the ids of up to ${Math.min(3, count)} of the records (the smallest), sorted, each once`);
    const column = e["column"] as string | null;
    const total = (byColumn.get(column) ?? 0) + count;
    byColumn.set(column, total);
    if (column !== null && total > read) fail(RESTORE, `${field}.count`, count, `at most ${read - total + count}: the records read (${read}) are left out of ${column} once each`);
  });
  const out = byColumn.get(null) ?? 0;
  if (state.added !== read + out) fail(RESTORE, "json.added", state.added, `${read + out}: the records read (${read}, the groups' n${whole === undefined ? "" : " of json.whole"}) and those left out of the summary (${out})`);
}

/**
 * Checks the exact values against the budget: once spent, every state that keeps them keeps a
 * sketch (a group that took only per-period changes since may keep an empty list); before, they
 * are at most `maxExactValues` in all.
 */
export function checkBudget(o: ReadOptions, groups: readonly SavedGroup[]): void {
  const sketched = groups.flatMap(({ group, field }) => o.exact.flatMap(({ j, exactValues }) => (exactValues.isCompact(group.kpis[j]) ? [`${field}.kpis[${j}]`] : [])));
  let kept = 0;
  for (const { group, field } of groups) {
    for (const { j, exactValues } of o.exact) {
      const size = exactValues.size(group.kpis[j]);
      if (sketched.length > 0 && size > 0) {
        fail(RESTORE, `${field}.kpis[${j}]`, group.kpis[j], `a sketch, as ${sketched[0]} is: once the budget of exact values is spent, every state keeps a sketch`);
      }
      kept += size;
      if (kept > o.maxExactValues) {
        fail(RESTORE, `${field}.kpis[${j}]`, group.kpis[j], `at most ${o.maxExactValues - kept + size} values: past options.maxExactValues (${o.maxExactValues}) in all, durations are kept as a sketch`);
      }
    }
  }
}
