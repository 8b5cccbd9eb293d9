/**
 * What a KPI of summarize is. Each KPI is one descriptor (one file in `aggregate/kpis/`): its
 * name, the options it takes, and `setup`, which checks the options and gives the KPI's parts:
 * how it reads a record into a delta, how deltas and states add up, its saved JSON form, and how
 * a state finishes into the calculator's result. What only some KPIs do is a named capability
 * of the parts, which the engine looks for: `exactValues` (values kept for exact results, under
 * the aggregator's budget), `ratings` (survey responses kept one per ticket) and `perPeriod`
 * (changes counted in the period in which they happened, carried from period to period).
 *
 * @module
 */
import { checkCount, checkObject, fail } from "../../_lib/check.js";
import type { RecordView, SurveyType } from "./view.js";

/** The kpi name errors about a saved state carry. */
export const RESTORE = "restoreAggregator";

/** Where a KPI is set up: the aggregator's time zone, and how its options are named in errors. */
export interface KpiContext {
  /** The aggregator's (checked) time zone. */
  readonly timeZone: string;
  /** Renames an option's field as the caller wrote it: `"options.now"` → `"options.kpis[2].now"` (for errors thrown by `read`). */
  readonly optionField: (field: string) => string;
}

/**
 * One KPI of summarize: `O` its options (beside `kpi` and `as`), `R` its result. Its name is its
 * key in the registry (`aggregate/kpis/index.ts`).
 */
export interface KpiDescriptor<O extends object = object, R = unknown> {
  /** The options it takes; any other is refused. */
  readonly options: readonly (keyof O & string)[];
  /**
   * Checks `options` (as the caller passed them: only names of {@link KpiDescriptor.options},
   * none `undefined`, values unchecked) and gives the KPI's parts. Throws `KpiInputError` with
   * fields `options.<name>`, which the engine renames to `options.kpis[i].<name>`.
   */
  setup(options: UncheckedOptions<O>, context: KpiContext): KpiParts<R>;
}

/** Any KPI descriptor, as the engine holds them. */
export interface AnyKpiDescriptor {
  readonly options: readonly string[];
  setup(options: Readonly<Record<string, unknown>>, context: KpiContext): KpiParts;
}

/** Options as a caller passed them: the names are known, the values not yet checked. */
export type UncheckedOptions<O> = { readonly [K in keyof O]?: unknown };

/** The KPIs an aggregator knows, by name, in the order the docs list them. */
export type KpiRegistry = Readonly<Record<string, AnyKpiDescriptor>>;

/** The options and result types of a descriptor. */
type TypesOf<D> = D extends KpiDescriptor<infer O, infer R> ? [options: O, result: R] : never;
/** The options type of a descriptor. */
export type OptionsOf<D> = TypesOf<D>[0];
/** The result type of a descriptor. */
export type ResultOf<D> = TypesOf<D>[1];

/**
 * The parts of a KPI set up with its options. States are plain objects owned by the aggregator.
 *
 * A record goes in in two steps, so that a record that throws changes nothing: `read` validates
 * what the KPI takes from it and gives that as a delta, for every KPI of the aggregator first;
 * then the engine adds each delta to the record's group, which cannot throw.
 */
interface Parts<S, D, R> {
  /** The JSON form of its options (what a saved aggregator keeps, beside `kpi` and `as`); default the options as given. */
  readonly saved?: Readonly<Record<string, unknown>> | undefined;
  /** A new, empty state. */
  create(): S;
  /**
   * What one record adds (validating what it reads), changing nothing; `undefined` when the KPI
   * does not apply to it. A delta is good until the KPI's next `read`.
   */
  read(view: RecordView): D | undefined;
  /** Adds `from` into `into`; `from` is not changed. */
  merge(into: S, from: S): void;
  /** A JSON-serialisable copy of the state. */
  toJSON(state: S): unknown;
  /**
   * The state back from `toJSON`'s output (after a JSON round trip), checked: its own relations
   * (parts ≤ wholes, sums that its values can have) and those with its group's records `within`
   * (see {@link Within}); `field` names it in errors.
   */
  fromJSON(json: unknown, field: string, within: Within): S;
  /** The calculator's result for the state. */
  result(state: S): R;
  /** Capability: the state keeps values for an exact result, counted by the aggregator's budget. */
  readonly exactValues?: ExactValues<S> | undefined;
  /** Capability: survey responses that name a ticket count once per ticket (see {@link KeptRatings}). */
  readonly ratings?: KeptRatings<S> | undefined;
  /** Capability: the state counts every record of its group by kind (the `count` KPI); a restore checks the other KPIs against it. */
  readonly recordKinds?: ((state: S) => RecordKinds) | undefined;
}

/** A KPI whose delta goes into the record's own row. */
export interface AppliedParts<S, D, R> extends Parts<S, D, R> {
  /** Adds a delta of `read` into `state`; gives the number of values it kept for an exact result. */
  apply(state: S, delta: D): number;
  readonly perPeriod?: undefined;
}

/** A KPI whose delta is a list of changes, each counted in the row of its own period. */
export interface PerPeriodParts<S, C extends Change, R> extends Parts<S, readonly C[], R> {
  readonly apply?: undefined;
  /** Capability: changes by period, and a stock carried from period to period (needs the `period` option). */
  readonly perPeriod: PerPeriod<S, C, R>;
}

/** Something that happened at an instant. */
export interface Change {
  readonly atMs: number;
}

/** The parts of a KPI whose result is `R` (its state and delta are its own business). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the engine holds states and deltas without looking into them
export type KpiParts<R = unknown> = AppliedParts<any, any, R> | PerPeriodParts<any, any, R>;

/** Capability `exactValues`: how many values a state keeps, and its fixed-size form once the budget is spent. */
export interface ExactValues<S> {
  /** Values kept for an exact result. */
  size(state: S): number;
  /** Turns the state into its fixed-size, approximate form (for good). */
  compact(state: S): void;
  /** Whether the state is in its compact form. */
  isCompact(state: S): boolean;
}

/**
 * Capability `ratings`: survey responses of kind `type` that name a `ticketId` are not read by
 * `read`; the engine keeps one per ticket (the latest or the first, by `ratingPolicy`) and adds
 * the kept ones with `addKept` when the rows are built, so that any order of adding and merging
 * keeps the same response.
 */
export interface KeptRatings<S> {
  readonly type: SurveyType;
  /** The score as a number (binary CSAT: 1 or 0), or what was expected instead, in words. */
  score(value: unknown): number | string;
  /** Adds one kept survey: sent, and answered with `score` unless it is `null`. */
  addKept(state: S, score: number | null): void;
}

/**
 * Capability `perPeriod`: the record's changes each count in the row of the period in which they
 * happened (not always the record's), and a row's result depends on what the group's earlier
 * periods carried (a stock). A row without a period has no value (`null`); the total row is
 * `result` of the pooled state.
 */
export interface PerPeriod<S, C extends Change, R> {
  /** Counts one change. */
  add(state: S, change: C): void;
  /** The result of a period row, given what the group's earlier periods carried (`0` for the first), and what it carries on. */
  resultAfter(state: S, carried: number): { readonly result: R; readonly carried: number };
  /**
   * Checks restored states of one group's periods, in chronological order (or the total's
   * state alone), against what the changes of its `n` records can give: throws naming the
   * state's `field`.
   */
  checkSeries(series: readonly { readonly state: S; readonly field: string }[], n: number): void;
}

/** The records of a group by kind. */
export interface RecordKinds {
  readonly tickets: number;
  readonly surveyResponses: number;
  readonly calls: number;
}

/** The kinds of record. */
export type RecordKind = keyof RecordKinds;

/**
 * What a restored KPI state is checked against: its group's records. A KPI reads some of them,
 * each at most once, so the records it counted are at most those of the kinds it reads.
 */
export interface Within extends RecordKinds {
  /** Records in the group. */
  readonly n: number;
  /** Whether the records by kind are known (the aggregator has the `count` KPI); without it each kind is `n`. */
  readonly counted: boolean;
  /** Whether records a KPI could not use were left out of it (`onInvalid: "exclude"`). */
  readonly excluding: boolean;
}

/** The records of kinds `kinds` in a group (at most its `n`). */
export function recordsOf(within: Within, kinds: readonly RecordKind[]): number {
  let sum = 0;
  for (const kind of kinds) sum += within[kind];
  return Math.min(sum, within.n);
}

const KIND_WORDS: Readonly<Record<RecordKind, string>> = { tickets: "tickets", surveyResponses: "survey responses", calls: "calls" };

/** What a bound on records says in errors: `"the group's tickets (4)"`. */
const recordWords = (within: Within, kinds: readonly RecordKind[]): string =>
  `the group's ${within.counted ? kinds.map((k) => KIND_WORDS[k]).join(" and ") : "records"} (${recordsOf(within, kinds)})`;

/**
 * Whether a KPI counts every record of the kinds it reads: not necessarily (`"no"`), every one
 * unless `onInvalid: "exclude"` left some out (`"unlessExcluded"`), or every one (`"always"`: it
 * cannot refuse a record of those kinds).
 */
export type Every = "no" | "unlessExcluded" | "always";

/**
 * Checks count `value` (at `field`; `sum` names the counts it adds up, if several) of a saved KPI
 * state against the records of kinds `kinds` of its group: at most them (each counts once), and,
 * when the records by kind are known, equal to them as `every` says.
 */
export function checkRecords(field: string, value: number, within: Within, kinds: readonly RecordKind[], every: Every = "no", sum?: string): void {
  const bound = recordsOf(within, kinds);
  const words = recordWords(within, kinds);
  if (value > bound) fail(RESTORE, field, value, `${sum === undefined ? "at most" : `such that ${sum} ≤`} ${words}: each counts once`);
  const all = every === "always" || (every === "unlessExcluded" && !within.excluding);
  if (all && within.counted && value !== bound) fail(RESTORE, field, value, `${sum === undefined ? "equal to" : `such that ${sum} =`} ${words}: the KPI counts every one`);
}

/** Checks that count `part` of a saved state is at most count `whole` (named `wholeName` in errors). */
export function checkPart(field: string, part: number, whole: number, wholeName: string): void {
  if (part > whole) fail(RESTORE, field, part, `at most ${wholeName} (${whole})`);
}

/** Checks that count `value` (at `field`) of a saved state is 0, for the reason `why`. */
export function checkNone(field: string, value: number, why: string): void {
  if (value !== 0) fail(RESTORE, field, value, `0: ${why}`);
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
