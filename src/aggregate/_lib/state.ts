/**
 * An aggregator's state: one entry per group (its values, record count and one state per KPI),
 * the ratings kept one per ticket, and the number of records taken in. Adding is all or
 * nothing: a record is read once, every KPI reads it into a delta, and only then do the deltas
 * go into the groups, so a record that throws leaves the aggregator as it was.
 *
 * A record whose dimensions hold lists (labels) goes into each of its groups, so groups overlap
 * and pooling them would count it more than once. From the first such record on, the state keeps
 * `whole`, every record once, for the total: started from the groups pooled so far (each earlier
 * record was in exactly one group, so that pool counts each once), then given every record too.
 *
 * @module
 */
import { fail, isPlainObject } from "../../_lib/check.js";
import { isKpiInputError, type KpiInputError } from "../../errors.js";
import { periodOfInstant } from "../../_lib/time/periods.js";
import type { GroupValue } from "../../records/groupValue.js";
import { exclude, mergeExclusions, type Exclusions } from "./excluded.js";
import { groupValues, type GroupEntry, type Overlap } from "./groupKey.js";
import type { Change, KeptRatings } from "./kpi.js";
import type { ReadOptions } from "./options.js";
import { keep, type KeptRating } from "./ratings.js";
import { RecordView } from "./view.js";

/** One group: its values (the period last, as a day number), its records, its KPI states. */
export interface GroupState {
  readonly values: readonly GroupValue[];
  n: number;
  readonly kpis: unknown[];
}

/** Everything an aggregator holds. */
export interface AggregatorState {
  readonly groups: Map<string, GroupState>;
  readonly kept: Map<string, KeptRating>;
  added: number;
  /** Values kept for exact results, over every group and KPI (the `maxExactValues` budget). */
  exactValues: number;
  /** Once the budget is spent: every state that keeps exact values is compact, and stays so. */
  compact: boolean;
  /** A cache of `groups` by the values themselves, one map level per value (no key text to build). */
  readonly lookup: Lookup;
  /** Records left out of a KPI, or of the summary, by reason (with `onInvalid: "exclude"`). */
  readonly excluded: Exclusions;
  /** What the record being added brings to each KPI (made on first use, reused). */
  deltas?: unknown[];
  /**
   * Every record once, for the total: kept only once a record has counted in several groups
   * (labels), when the groups overlap and their pool would count it more than once.
   */
  whole?: GroupState;
  /** The names of the dimensions for which a record counted in several groups. */
  readonly overlapping: Set<string>;
}

/** A level of the group cache: value → the next level, or the group after the last value. */
type Lookup = Map<GroupValue, Lookup | GroupState>;

export const emptyState = (): AggregatorState => ({ groups: new Map(), kept: new Map(), added: 0, exactValues: 0, compact: false, lookup: new Map(), excluded: new Map(), overlapping: new Set() });

/** Compacts every exact-valued KPI state of `group`. */
function compactGroup(o: ReadOptions, group: GroupState): void {
  for (const { j, exactValues } of o.exact) exactValues.compact(group.kpis[j]);
}

/**
 * Counts `added` more exact values; past `o.maxExactValues`, compacts every group for good. The
 * switch depends only on the total, so any order of adding and merging switches alike.
 */
export function spendBudget(o: ReadOptions, state: AggregatorState, added: number): void {
  if (state.compact) return;
  state.exactValues += added;
  if (state.exactValues <= o.maxExactValues) return;
  state.compact = true;
  state.exactValues = 0;
  for (const group of state.groups.values()) compactGroup(o, group);
  if (state.whole !== undefined) compactGroup(o, state.whole);
}

/** Values `group` keeps for exact results (`Infinity` when one of its states is compact). */
function exactSize(o: ReadOptions, group: GroupState): number {
  let size = 0;
  for (const { j, exactValues } of o.exact) size += exactValues.isCompact(group.kpis[j]) ? Infinity : exactValues.size(group.kpis[j]);
  return size;
}

/** Sets the budget of a restored state: compact when any exact-valued state is, else the values it keeps. */
export function restoreBudget(o: ReadOptions, state: AggregatorState): void {
  let exact = state.whole === undefined ? 0 : exactSize(o, state.whole);
  for (const g of state.groups.values()) exact += exactSize(o, g);
  spendBudget(o, state, exact);
}

/** The group with `values`, created empty when missing. */
export function groupOf(o: ReadOptions, state: AggregatorState, values: readonly GroupValue[]): GroupState {
  // Map keys compare as JSON does here: 5 and "5" differ, 0 and −0 do not, no NaN reaches here.
  let level = state.lookup;
  const last = values.length - 1;
  for (let i = 0; i < last; i++) {
    let next = level.get(values[i] as GroupValue) as Lookup | undefined;
    if (next === undefined) level.set(values[i] as GroupValue, (next = new Map()));
    level = next;
  }
  const key = last < 0 ? null : (values[last] as GroupValue);
  let cached = level.get(key) as GroupState | undefined;
  if (cached === undefined) level.set(key, (cached = groupByToken(o, state, values)));
  return cached;
}

/**
 * The group of the `by` values `byValues` and, when the aggregator has periods, `period`: the
 * group {@link groupOf} finds for `[...byValues, period]`, without making that list unless the
 * group is new.
 */
function groupAt(o: ReadOptions, state: AggregatorState, byValues: readonly GroupValue[], period: number | null): GroupState {
  if (o.period === null) return groupOf(o, state, byValues);
  let level = state.lookup;
  for (let i = 0; i < byValues.length; i++) {
    let next = level.get(byValues[i] as GroupValue) as Lookup | undefined;
    if (next === undefined) level.set(byValues[i] as GroupValue, (next = new Map()));
    level = next;
  }
  let cached = level.get(period) as GroupState | undefined;
  if (cached === undefined) level.set(period, (cached = groupByToken(o, state, [...byValues, period])));
  return cached;
}

/** The group with `values` by its key text, created empty when missing. */
function groupByToken(o: ReadOptions, state: AggregatorState, values: readonly GroupValue[]): GroupState {
  const token = JSON.stringify(values);
  let group = state.groups.get(token);
  if (group === undefined) {
    group = { values, n: 0, kpis: o.kpis.map((k) => k.parts.create()) };
    state.groups.set(token, group);
  }
  return group;
}

/** Adds `from`'s KPI states and count into `into`. */
export function mergeGroup(o: ReadOptions, into: GroupState, from: GroupState): void {
  into.n += from.n;
  o.kpis.forEach((k, j) => k.parts.merge(into.kpis[j], from.kpis[j]));
}

/** A new group (no values) holding `groups` pooled. */
export function pooledGroup(o: ReadOptions, groups: Iterable<GroupState>): GroupState {
  const pooled: GroupState = { values: [], n: 0, kpis: o.kpis.map((k) => k.parts.create()) };
  for (const g of groups) mergeGroup(o, pooled, g);
  return pooled;
}

/** The dimensions for which a record counted in several groups, in `by` order. */
export const overlappingNames = (o: ReadOptions, state: AggregatorState): string[] => o.dims.filter((d) => state.overlapping.has(d.name)).map((d) => d.name);

/** A copy of `group`. */
export const cloneGroup = (o: ReadOptions, group: GroupState): GroupState => ({ values: group.values, n: group.n, kpis: group.kpis.map((s, j) => cloneKpi(o, j, s)) });

/**
 * Every record of `state` once: its `whole`, started when missing from the groups pooled (the
 * groups do not overlap yet: each record is in one); its exact values count in the budget.
 */
function wholeOf(o: ReadOptions, state: AggregatorState): GroupState {
  if (state.whole !== undefined) return state.whole;
  const whole = pooledGroup(o, state.groups.values());
  state.whole = whole;
  spendBudget(o, state, exactSize(o, whole));
  return whole;
}

/** Takes record `record` in (`kpi` names the caller in errors). */
export function addRecord(kpi: string, o: ReadOptions, state: AggregatorState, record: unknown): void {
  let read: ReadRecord;
  try {
    read = readRecord(o, state, new RecordView(kpi, record, state.added, o.timeZone, o.periodOf));
  } catch (error) {
    if (!excludeRecord(o, state, record, error)) throw error;
    return;
  }
  applyRead(o, state, read);
}

/**
 * With `onInvalid: "exclude"`, counts a record no KPI could read (it failed its reading: an
 * unreadable time, a group value that is an object) as left out of the summary and returns
 * `true`; otherwise `false` (the caller throws `error`).
 */
export function excludeRecord(o: ReadOptions, state: AggregatorState, record: unknown, error: unknown): boolean {
  if (!o.exclude || !isKpiInputError(error)) return false;
  const id = isPlainObject(record) ? record["id"] : undefined;
  exclude(state.excluded, null, error, 1, typeof id === "string" || (typeof id === "number" && Number.isFinite(id)) ? [id] : []);
  state.added++;
  return true;
}

/** What every KPI of an aggregator read from one record, not yet added. */
export interface ReadRecord {
  readonly view: RecordView;
  /** The record's values of the `by` dimensions (with an `overlap`, unused). */
  readonly byValues: readonly GroupValue[];
  /** When its dimensions held several values (labels): its groups, in which it counts each time. */
  readonly overlap: Overlap | undefined;
  /** Its period (a day number; `null`: none), when the aggregator has periods. */
  readonly period: number | null;
  /** A survey response kept aside as its ticket's rating, if it is one. */
  readonly rating: KeptRating | undefined;
  /** With `onInvalid: "exclude"`: the KPIs (by index) that could not use the record, and why. */
  readonly unusable: readonly (readonly [j: number, error: KpiInputError])[] | undefined;
}

/**
 * Reads `view` for every KPI of the aggregator (`state.deltas` holds the deltas), changing
 * nothing: a record that throws here leaves the aggregator as it was.
 */
export function readRecord(o: ReadOptions, state: AggregatorState, view: RecordView): ReadRecord {
  const values = groupValues(o.dims, view);
  const overlap = Array.isArray(values) ? undefined : values;
  const byValues = overlap === undefined ? (values as GroupValue[]) : NO_VALUES;
  const period = periodOf(o, view.placeMs);
  const deltas = (state.deltas ??= new Array<unknown>(o.kpis.length));
  let rating: KeptRating | undefined; // (most records have no rating to keep)
  let unusable: (readonly [number, KpiInputError])[] | undefined;
  const survey = view.survey;
  for (let j = 0; j < deltas.length; j++) {
    const parts = (o.kpis[j] as ReadOptions["kpis"][number]).parts;
    const ratings = parts.ratings;
    try {
      if (survey !== null && survey.ticketKey !== null && ratings !== undefined && ratings.type === survey.type) {
        // a response that names its ticket: kept aside, one per ticket, its score checked now
        if (survey.score !== undefined) scoreOf(view, ratings, survey.score, "records.score");
        const atMs = survey.score === undefined ? survey.sentMs : survey.respondedMs ?? survey.sentMs;
        const entries: readonly GroupEntry[] = overlap === undefined ? byValues : overlap.values;
        const group = o.period === null ? entries : [...entries, period];
        rating ??= { type: survey.type, ticketId: survey.ticketKey, group, score: (survey.score ?? null) as KeptRating["score"], atMs, id: view.id ?? null };
        deltas[j] = undefined;
      } else {
        deltas[j] = parts.read(view);
      }
    } catch (error) {
      // with onInvalid: "exclude", a KPI that cannot use the record leaves it out, and says why
      if (!o.exclude || !isKpiInputError(error)) throw error;
      deltas[j] = undefined;
      (unusable ??= []).push([j, error]);
    }
  }
  return { view, byValues, overlap, period, rating, unusable };
}

const NO_VALUES: readonly GroupValue[] = [];

/** Adds what {@link readRecord} read into the record's group or groups (changes by period into the rows of their own periods); cannot throw. */
export function applyRead(o: ReadOptions, state: AggregatorState, read: ReadRecord): void {
  const { view, rating, unusable, overlap } = read;
  const kept =
    overlap === undefined && state.whole === undefined ? addDeltas(o, state, groupAt(o, state, read.byValues, read.period), read.byValues, read) : addToEach(o, state, overlap, read);
  if (rating !== undefined) keep(state.kept, rating, o.ratingPolicy);
  if (unusable !== undefined) {
    for (const [j, error] of unusable) exclude(state.excluded, (o.kpis[j] as ReadOptions["kpis"][number]).column, error, 1, view.id === undefined ? [] : [view.id]);
  }
  state.added++;
  if (kept > 0) spendBudget(o, state, kept);
}

/**
 * Adds the deltas of `read` (in `state.deltas`) into `group`, the group of `byValues` in the
 * record's period; changes of other periods go to the group of `byValues` in theirs, or all to
 * `group` when `byValues` is `null` (the whole). Gives the exact values kept.
 */
function addDeltas(o: ReadOptions, state: AggregatorState, group: GroupState, byValues: readonly GroupValue[] | null, read: ReadRecord): number {
  const deltas = state.deltas as unknown[];
  group.n++;
  let kept = 0;
  for (let j = 0; j < deltas.length; j++) {
    const delta = deltas[j];
    if (delta === undefined) continue;
    const parts = (o.kpis[j] as ReadOptions["kpis"][number]).parts;
    if (parts.perPeriod === undefined) {
      kept += parts.apply(group.kpis[j], delta);
      continue;
    }
    for (const change of delta as readonly Change[]) {
      // most fall in the record's own period: its group, found once
      const into = byValues === null || change.atMs === read.view.placeMs ? group : groupAt(o, state, byValues, periodOf(o, change.atMs));
      parts.perPeriod.add(into.kpis[j], change);
    }
  }
  if (state.compact) compactGroup(o, group);
  return kept;
}

/**
 * Adds a record into the whole (started if need be) and into its group, or each of its groups
 * when it has labels (`overlap`): the KPIs' `apply` and `add` leave a delta as it is, so one
 * delta goes into every group. Gives the exact values kept.
 */
function addToEach(o: ReadOptions, state: AggregatorState, overlap: Overlap | undefined, read: ReadRecord): number {
  let kept = addDeltas(o, state, wholeOf(o, state), null, read);
  if (overlap === undefined) return kept + addDeltas(o, state, groupAt(o, state, read.byValues, read.period), read.byValues, read);
  for (const byValues of overlap.combinations) kept += addDeltas(o, state, groupAt(o, state, byValues, read.period), byValues, read);
  for (const name of overlap.dims) state.overlapping.add(name);
  return kept;
}

/** Where a score came from, for errors: the caller, and the record's index and id when it was one. */
interface ScoreSource {
  readonly kpi: string;
  readonly index?: number | undefined;
  readonly id?: string | number | undefined;
}

/** The score `value` as `ratings` reads it; a KpiInputError naming `field` (and the record of `source`) otherwise. */
export function scoreOf(source: ScoreSource, ratings: KeptRatings<unknown>, value: unknown, field: string): number {
  const score = ratings.score(value);
  return typeof score === "number" ? score : fail(source.kpi, field, value, score, source.index, source.id);
}

/** The period of instant `t` (its first local day), or `null` for no instant or an aggregator without periods. */
function periodOf(o: ReadOptions, t: number | null): number | null {
  return o.period === null || t === null ? null : periodOfInstant(o.timeZone, t, o.period);
}

/** Adds everything of `from` into `into` (`from` unchanged, even when it is `into`). */
export function mergeState(o: ReadOptions, into: AggregatorState, from: AggregatorState): void {
  const groups = [...from.groups.values()].map((g) => cloneGroup(o, g));
  // the total of `from`, when either keeps one: its whole, or its groups pooled (they do not overlap)
  const whole = from.whole !== undefined ? cloneGroup(o, from.whole) : into.whole !== undefined ? pooledGroup(o, groups) : undefined;
  const kept = [...from.kept.values()];
  const added = from.added;
  const exactValues = from.exactValues + (whole !== undefined && from.whole === undefined ? exactSize(o, whole) : 0);
  const overlapping = [...from.overlapping];
  if (from.compact) spendBudget(o, into, Infinity);
  if (whole !== undefined) {
    const own = wholeOf(o, into); // before `from`'s groups join `into`'s
    mergeGroup(o, own, whole);
    if (into.compact) compactGroup(o, own);
  }
  for (const g of groups) {
    const group = groupOf(o, into, g.values);
    mergeGroup(o, group, g);
    if (into.compact) compactGroup(o, group);
  }
  for (const r of kept) keep(into.kept, r, o.ratingPolicy);
  for (const name of overlapping) into.overlapping.add(name);
  mergeExclusions(into.excluded, from.excluded);
  into.added += added;
  spendBudget(o, into, exactValues);
}

/** A copy of KPI `j`'s state. */
export function cloneKpi(o: ReadOptions, j: number, kpiState: unknown): unknown {
  const parts = (o.kpis[j] as ReadOptions["kpis"][number]).parts;
  const copy = parts.create();
  parts.merge(copy, kpiState);
  return copy;
}
