import { checkArray, fail } from "../../_lib/check.js";
import { stateToJSON, type AggregatorJSON } from "../_lib/json.js";
import { readOptions, type ReadOptions } from "../_lib/options.js";
import { buildResult } from "../_lib/rows.js";
import { KPIS } from "../kpis/index.js";
import { addRecord, applyRead, emptyState, excludeRecord, mergeState, readRecord, type AggregatorState, type ReadRecord } from "../_lib/state.js";
import { isKpiInputError } from "../../errors.js";
import { RecordView } from "../_lib/view.js";
import type { AnyColumns, KpiColumns, KpiRequest, SummarizeOptions, SummaryRecord, SummaryResult } from "./types.js";

export type { AggregatorJSON } from "../_lib/json.js";

/** A summary built record by record, mergeable with others made with the same options. */
export interface Aggregator<C extends object = AnyColumns> {
  /** Takes one record in; throws `KpiInputError` for a bad record and then changes nothing. */
  add(record: SummaryRecord): Aggregator<C>;
  /**
   * Adds everything `other` holds (`other` is not changed); the same as having added its records
   * here. `other` must be an aggregator made with the same options (checked when called).
   */
  merge(other: Mergeable): Aggregator<C>;
  /** The summary of everything added and merged so far (the aggregator can go on taking records). */
  result(): SummaryResult<C>;
  /** A plain, versioned JSON-serialisable state; {@link restoreAggregator} makes an aggregator of it again. */
  toJSON(): AggregatorJSON;
}

/** What {@link Aggregator.merge} takes: any aggregator; its options are checked when merging. */
export interface Mergeable {
  /** The aggregator's saved form. */
  toJSON(): AggregatorJSON;
}

interface Internals {
  readonly o: ReadOptions;
  readonly state: AggregatorState;
}

const internals = /* @__PURE__ */ new WeakMap<object, Internals>();

/** An aggregator over state `state` (errors of `add` name `kpi`). */
export function makeAggregator<C extends object>(kpi: string, o: ReadOptions, state: AggregatorState): Aggregator<C> {
  const aggregator: Aggregator<C> = {
    add(record) {
      addRecord(kpi, o, state, record);
      return aggregator;
    },
    merge(other) {
      const theirs = internals.get(other as object);
      if (theirs === undefined) fail("createAggregator", "other", other, "an aggregator (from createAggregator or restoreAggregator)");
      if (theirs.o.signature !== o.signature) {
        fail("createAggregator", "other", other, `an aggregator made with the same options: these are ${JSON.stringify(o.saved)}, the other's ${JSON.stringify(theirs.o.saved)}`);
      }
      mergeState(o, state, theirs.state);
      return aggregator;
    },
    result: () => buildResult(o, state) as unknown as SummaryResult<C>,
    toJSON: () => stateToJSON(o, state),
  };
  internals.set(aggregator, { o, state });
  return aggregator;
}

/**
 * Adds `record` to each of `aggregators` (internal: the command line's views of one file),
 * reading it once for all those that read records alike (the same time zone and `periodOf`, the
 * same number of records so far), and all or nothing: a record that one of them refuses changes
 * none of them.
 */
export function addToEach(aggregators: readonly Aggregator[], record: SummaryRecord): void {
  const list = checkArray("addToEach", "aggregators", aggregators);
  const owns = list.map((a, i) => internals.get(a as object) ?? fail("addToEach", "aggregators", a, "an aggregator (from createAggregator or restoreAggregator)", i));
  const reads: [Internals, ReadRecord][] = [];
  let shared: RecordView | undefined;
  const unreadable: [Internals, unknown][] = []; // views that could not read the record at all
  for (const own of owns) {
    const { o, state } = own;
    const alike = shared !== undefined && shared.timeZone === o.timeZone && shared.periodOf === o.periodOf && shared.index === state.added;
    try {
      const view = alike ? (shared as RecordView) : new RecordView("createAggregator", record, state.added, o.timeZone, o.periodOf);
      shared ??= view;
      reads.push([own, readRecord(o, state, view)]);
    } catch (error) {
      if (!o.exclude || !isKpiInputError(error)) throw error;
      unreadable.push([own, error]);
    }
  }
  for (const [{ o, state }, read] of reads) applyRead(o, state, read);
  for (const [{ o, state }, error] of unreadable) excludeRecord(o, state, record, error);
}

/**
 * An aggregator: the state of a {@link summarize} that takes records one at a time, merges
 * exactly with other aggregators made with the same options, and saves to JSON.
 *
 * @remarks
 * `summarize(records, options)` is `createAggregator(options)` fed every record, then
 * `result()`. What the aggregator keeps is exact: counts, score histograms and every raw
 * duration (percentiles need them), never a rate or a mean. So
 *
 *     a.merge(b).result()  deep-equals  one aggregator fed a's and b's records
 *
 * for any split of the records, merged in any order, floating point included: durations are
 * sorted before they are summed, ratings of one ticket are chosen by a total order, and rows
 * are sorted at the end. `toJSON()` writes the state with the options (functions as their
 * names); `restoreAggregator` reads it back, on another worker or machine. Memory: O(groups ×
 * KPIs) plus one number per duration and one entry per rated ticket; once a record has counted
 * in several groups (labels, see {@link summarize}), also the total's own state (every record
 * once, its durations included), since the overlapping groups cannot be pooled for it.
 *
 * @param options - As for {@link summarize}.
 * @returns An object with `add(record)`, `merge(other)`, `result()` and `toJSON()`.
 * @throws {@link KpiInputError} for invalid options (as {@link summarize}); `add` for an invalid
 *   record (the aggregator is then unchanged); `merge` when `other` was made with other options
 *   (field `"other"`).
 * @example
 * ```ts
 * const options = { kpis: ["count", "csat"], by: "channel" } as const;
 * const a = createAggregator(options).add({ id: 1, channel: "chat", createdAt: "2024-01-02T10:00:00Z", csat: 5 });
 * const b = createAggregator(options).add({ id: 2, channel: "chat", createdAt: "2024-01-03T10:00:00Z", csat: 2 });
 * a.merge(restoreAggregator(JSON.parse(JSON.stringify(b))));
 * a.result().total.csat; // value 50, n 2, satisfied 1, mean 3.5, as csat([5, 2])
 * ```
 * @see docs/guides/summarize.md
 * @category Aggregation
 */
export function createAggregator<const K extends readonly KpiRequest[]>(options: SummarizeOptions<K>): Aggregator<KpiColumns<K>> {
  return makeAggregator<KpiColumns<K>>("createAggregator", readOptions("createAggregator", options, KPIS), emptyState());
}
