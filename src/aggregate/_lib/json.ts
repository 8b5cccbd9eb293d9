/**
 * The JSON form of an aggregator: versioned, with the options it was made with, so that a
 * state written by one worker can be restored and merged by another.
 *
 * @module
 */
import { checkArray, checkCount, checkObject, fail, HOLE_EXPECTED } from "../../_lib/check.js";
import { isGroupValue, type GroupValue } from "../../records/groupValue.js";
import { excludedList, mergeExclusions, savedExclusions, type ExcludedRecords } from "./excluded.js";
import { RESTORE, type RecordKinds, type Within } from "./kpi.js";
import type { ReadOptions } from "./options.js";
import { ratingKey, savedRating, type KeptRating } from "./ratings.js";
import { checkBudget, checkExcluded, checkGroups, checkKey, checkRating, checkSeries, checkWhole, checkWholeStates, type SavedGroup } from "./restoreChecks.js";
import { emptyState, overlappingNames, restoreBudget, scoreOf, type AggregatorState, type GroupState } from "./state.js";

/** The `format` of a saved aggregator. */
export const FORMAT = "servicekpi/aggregator";
/** The version of the saved form this library writes and reads. */
export const VERSION = 1;

/** The saved form of an aggregator (see `Aggregator.toJSON`). */
export interface AggregatorJSON {
  /** Always `"servicekpi/aggregator"`. */
  readonly format: typeof FORMAT;
  /** The version of the form, `1`. */
  readonly version: typeof VERSION;
  /** The options, with functions written as `{ function: name }`. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Records taken in, merged aggregators' included. */
  readonly added: number;
  /** One entry per group: its values (periods as day numbers since 1970-01-01), records and KPI states. */
  readonly groups: readonly {
    /** The group's values, in the order of the dimensions, the period (a day number) last. */
    readonly key: readonly GroupValue[];
    /** Records in the group. */
    readonly n: number;
    /** One saved state per KPI, in the order of the `kpis` option. */
    readonly kpis: readonly unknown[];
  }[];
  /** The ratings kept one per ticket and survey kind. */
  readonly ratings: readonly KeptRating[];
  /**
   * Every record once, for the total (its records and KPI states), when groups overlap: only once
   * a record has counted in several groups (labels); absent otherwise.
   */
  readonly whole?: {
    /** Records taken in and not left out of the summary. */
    readonly n: number;
    /** One saved state per KPI, in the order of the `kpis` option. */
    readonly kpis: readonly unknown[];
  };
  /** The `by` dimensions for which a record counted in several groups, in `by` order; present with `whole`. */
  readonly overlapping?: readonly string[];
  /** Records left out of a KPI or of the summary, by reason (only with `onInvalid: "exclude"`). */
  readonly excluded?: readonly ExcludedRecords[];
}

/** The saved form of a state. */
export function stateToJSON(o: ReadOptions, state: AggregatorState): AggregatorJSON {
  return {
    format: FORMAT,
    version: VERSION,
    options: o.saved,
    added: state.added,
    groups: [...state.groups.values()].map((g) => ({ key: [...g.values], n: g.n, kpis: kpisToJSON(o, g) })),
    ratings: [...state.kept.values()].map((r) => ({ ...r, group: r.group.map((v) => (isGroupValue(v) ? v : [...v])) })),
    ...(state.whole === undefined ? {} : { whole: { n: state.whole.n, kpis: kpisToJSON(o, state.whole) }, overlapping: overlappingNames(o, state) }),
    ...(o.exclude ? { excluded: excludedList(state.excluded, o.kpis.map((k) => k.column)) } : {}),
  };
}

/** The saved states of a group's KPIs. */
const kpisToJSON = (o: ReadOptions, group: GroupState): unknown[] => o.kpis.map((k, j) => k.parts.toJSON(group.kpis[j]));

/** Checks the envelope of a saved aggregator and returns it as an object. */
export function readEnvelope(json: unknown): Record<string, unknown> {
  const o = checkObject(RESTORE, "json", json);
  if (o["format"] !== FORMAT) fail(RESTORE, "json.format", o["format"], `"${FORMAT}" (the output of an aggregator's toJSON)`);
  if (o["version"] !== VERSION) fail(RESTORE, "json.version", o["version"], `${VERSION}, the version this library reads`);
  // A state in memory may hold -0 where its JSON copy holds 0 (JSON writes -0 as 0): such a
  // state is read as its JSON copy, so that the two always restore to the same aggregator.
  if (checkData(o, "json", [])) return JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
  return o;
}

/** How deep a saved state may nest; the deepest the library writes is about 8. */
const MAX_DEPTH = 64;

/**
 * A saved state is data as JSON gives it: no array with a hole (an element missing, named by
 * its path and index), no object inside itself, at most {@link MAX_DEPTH} levels. Checked once,
 * before any part is read, so that no reader (`map`, `every` and `for…of` treat holes each their
 * own way) can skip an element or walk in circles. A state parsed from JSON text always passes.
 * Returns whether the state holds a -0 anywhere.
 */
function checkData(value: unknown, path: string, open: object[]): boolean {
  if (value === null || typeof value !== "object") return Object.is(value, -0);
  if (open.includes(value)) fail(RESTORE, path, "(an object that contains itself)", "data without cycles, as JSON.parse gives");
  if (open.length >= MAX_DEPTH) fail(RESTORE, path, "(nested deeper)", `a saved state nested at most ${MAX_DEPTH} levels deep`);
  open.push(value);
  let negativeZero = false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) fail(RESTORE, path, undefined, HOLE_EXPECTED, i);
      if (checkData(value[i], `${path}[${i}]`, open)) negativeZero = true;
    }
  } else {
    for (const key of Object.keys(value)) if (checkData((value as Record<string, unknown>)[key], `${path}.${key}`, open)) negativeZero = true;
  }
  open.pop();
  return negativeZero;
}

/**
 * The state of a saved aggregator, checked against options `o` (already matched to its options):
 * each part as it is read, then the parts against each other (see `restoreChecks.ts`).
 */
export function stateFromJSON(o: ReadOptions, json: Record<string, unknown>): AggregatorState {
  const state = emptyState();
  state.added = checkCount(RESTORE, "json.added", json["added"]);
  const width = o.dims.length + (o.period === null ? 0 : 1);
  const groups = new Map<string, SavedGroup>();
  checkArray(RESTORE, "json.groups", json["groups"]).forEach((raw, i) => {
    const field = `json.groups[${i}]`;
    const g = checkObject(RESTORE, field, raw);
    const key = g["key"];
    if (!Array.isArray(key) || key.length !== width || !key.every(isGroupValue)) fail(RESTORE, `${field}.key`, key, `${width} group values`);
    checkKey(o, key as GroupValue[], `${field}.key`);
    const token = JSON.stringify(key);
    if (state.groups.has(token)) fail(RESTORE, `${field}.key`, key, "a group that appears once");
    const saved = savedGroup(o, g, key as GroupValue[], field);
    groups.set(token, saved);
    state.groups.set(token, saved.group);
  });
  const list = [...groups.values()];
  checkGroups(o, list);
  checkSeries(o, list, undefined);
  const overlapping = savedOverlapping(o, json);
  const whole = overlapping.length > 0 ? savedGroup(o, checkObject(RESTORE, "json.whole", json["whole"]), [], "json.whole") : undefined;
  if (whole !== undefined) {
    checkWhole(list, whole);
    checkWholeStates(o, list, whole);
    checkSeries(o, [], whole);
    state.whole = whole.group;
  }
  for (const name of overlapping) state.overlapping.add(name);
  const lists = [...o.dims.map((d) => state.overlapping.has(d.name)), ...(o.period === null ? [] : [false])];
  const rated = new Map<SavedGroup, number>();
  checkArray(RESTORE, "json.ratings", json["ratings"]).forEach((raw, i) => {
    const r = savedRating(raw, `json.ratings[${i}]`, lists);
    for (const { parts: { ratings } } of o.kpis) {
      if (ratings?.type === r.type && r.score !== null) scoreOf({ kpi: RESTORE }, ratings, r.score, `json.ratings[${i}].score`);
    }
    if (state.kept.has(ratingKey(r))) fail(RESTORE, `json.ratings[${i}]`, raw, "one rating per ticket and survey kind");
    checkRating(o, r, `json.ratings[${i}]`, groups, whole, rated);
    state.kept.set(ratingKey(r), r);
  });
  if (!o.exclude && json["excluded"] !== undefined) fail(RESTORE, "json.excluded", json["excluded"], 'absent: the options do not say onInvalid: "exclude"');
  mergeExclusions(state.excluded, savedExclusions(json["excluded"], o.kpis.map((k) => k.column)));
  checkExcluded(json["excluded"], state, list, whole);
  checkBudget(o, whole === undefined ? list : [...list, whole]);
  restoreBudget(o, state);
  return state;
}

/**
 * A saved group's count and KPI states (`field` names it in errors), with `values`: the KPI that
 * counts the records by kind (`count`) first, the others then checked against those records.
 */
function savedGroup(o: ReadOptions, g: Record<string, unknown>, values: readonly GroupValue[], field: string): SavedGroup {
  const kpis = g["kpis"];
  if (!Array.isArray(kpis) || kpis.length !== o.kpis.length) fail(RESTORE, `${field}.kpis`, kpis, `${o.kpis.length} KPI states`);
  const n = checkCount(RESTORE, `${field}.n`, g["n"]);
  let within: Within = { n, tickets: n, surveyResponses: n, calls: n, counted: false, excluding: o.exclude };
  const states = new Array<unknown>(o.kpis.length);
  const counter = o.kpis.findIndex((k) => k.parts.recordKinds !== undefined);
  const read = (j: number): unknown => (o.kpis[j] as ReadOptions["kpis"][number]).parts.fromJSON(kpis[j], `${field}.kpis[${j}]`, within);
  if (counter >= 0) {
    states[counter] = read(counter);
    const { tickets, surveyResponses, calls } = (o.kpis[counter] as ReadOptions["kpis"][number]).parts.recordKinds?.(states[counter]) as RecordKinds;
    within = { ...within, tickets, surveyResponses, calls, counted: true };
  }
  for (let j = 0; j < o.kpis.length; j++) if (j !== counter) states[j] = read(j);
  return { group: { values, n, kpis: states }, field, within };
}

/**
 * The overlapping dimensions of a saved aggregator: absent, or names of `by` dimensions that can
 * hold lists (fields and functions), each once, in `by` order; `json.whole` comes with them.
 */
function savedOverlapping(o: ReadOptions, json: Record<string, unknown>): string[] {
  const saved = json["overlapping"];
  if (saved === undefined) {
    if (json["whole"] !== undefined) fail(RESTORE, "json.whole", json["whole"], "absent: json.overlapping names no dimension");
    return [];
  }
  const names = o.dims.filter((d) => (d.kind === "field" && !d.normalize) || d.kind === "function").map((d) => d.name);
  const list = checkArray(RESTORE, "json.overlapping", saved);
  const inOrder = list.every((name, i) => typeof name === "string" && names.indexOf(name) > (i === 0 ? -1 : names.indexOf(list[i - 1] as string)));
  if (list.length === 0 || !inOrder) fail(RESTORE, "json.overlapping", saved, `names of by dimensions that held lists, each once, in by order (of ${JSON.stringify(names)})`);
  return list as string[];
}
