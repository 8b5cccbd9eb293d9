/**
 * The duration KPIs (first response, resolution, handle and next reply time): every duration
 * kept for exact percentiles while the aggregator's budget allows, a DDSketch beyond it; with
 * options, business time (`calendar`) and counts per bucket (`buckets`).
 *
 * @module
 */
import { checkCount, checkObject, fail } from "../../../_lib/check.js";
import { DEFAULT_PERCENTILES, durationStats, percentileKey, type DurationStats, type DurationStatsOptions } from "../../../operations/durationStats/durationStats.js";
import { checkProbabilities, checkQuantileMethod, quantileOfRanks } from "../../../stats/quantile/quantileSorted.js";
import { DDSketch } from "../../../stats/sketch/ddSketch.js";
import { checkRecords, RESTORE, savedDurations, type AppliedParts, type RecordKind, type UncheckedOptions } from "../../_lib/kpi.js";
import { renamed } from "../../_lib/errors.js";
import type { RecordView } from "../../_lib/view.js";
import { addMoment, createMoments, exactSum, mergeMoments, momentsOf, sampleSd, savedMoments, savedMomentsOf, type Moments } from "./moments.js";
import { bucketIndex, bucketsOf, readBuckets, savedBucketCounts, sketchBucketsFit, type DurationBucket } from "./buckets.js";
import type { BusinessCalendar, BusinessCalendarDefinition } from "../../../time/businessCalendar/businessCalendar.js";
import type { BusinessClock } from "./businessClock.js";

/** Options of the duration KPIs of summarize: durationStats' own, and `buckets`. */
export interface DurationKpiOptions extends DurationStatsOptions {
  /**
   * Upper bounds in ms (finite, above 0, ascending) of a distribution of the durations: the
   * result's `buckets`, one per bound (the durations above the previous bound up to and
   * including this one) and one above the last bound. Default: no distribution.
   */
  readonly buckets?: Iterable<number> | undefined;
}

/** Options of the duration KPIs measured between two instants (first response, resolution, next reply). */
export interface BusinessDurationKpiOptions extends DurationKpiOptions {
  /**
   * Measure in business time with this calendar (a `businessCalendar` value or definition):
   * each duration is the open time between its two instants, as `businessTimeBetween` counts
   * it. Records that give only a ready-made duration cannot be measured so. Default: wall-clock time.
   */
  readonly calendar?: BusinessCalendar | BusinessCalendarDefinition | undefined;
}

/**
 * A duration KPI of a summary: {@link durationStats}, exact while the aggregator keeps every
 * duration (`maxExactValues`), from a DDSketch beyond it.
 */
export interface DurationSummary extends DurationStats {
  /**
   * `true` when computed from every duration; `false` when from a sketch, where `n`, `minMs` and
   * `maxMs` are still exact, `meanMs` exact up to float rounding, and the median and
   * percentiles within `relativeError` of the exact ones (by the same quantile method).
   */
  readonly exact: boolean;
  /** The bound on the relative error of the median and percentiles: `0` when exact, `0.01` from a sketch. */
  readonly relativeError: number;
  /**
   * The sample standard deviation of the durations, √(Σ(x − meanMs)² / (n − 1)) (as numpy's
   * `std(ddof=1)` and R's `sd`), or `null` when n < 2. Exact up to float rounding (a few ulps)
   * from a sketch too: it comes from exact sums kept beside the durations. Also `null` for a
   * sketch restored from an aggregator saved by 0.1.0 or earlier, which did not keep those sums.
   */
  readonly sdMs: number | null;
  /** `"business"` when measured with the `calendar` option (open time only); absent for wall-clock time. */
  readonly clock?: "business" | undefined;
  /** With the `buckets` option: the durations per bucket, exact even from a sketch; absent without it. */
  readonly buckets?: readonly DurationBucket[] | undefined;
}

/** The `nextReplyTime` KPI's result: durationStats of the next reply times (`n` counts waits), and the tickets they came from. */
export interface NextReplyTimeSummary extends DurationSummary {
  /** Tickets with at least one next reply time. */
  readonly tickets: number;
}

/** The relative accuracy of the sketches: every approximate percentile is within 1 %. */
const SKETCH_ACCURACY = 0.01;

/** The durations themselves (`sketch` null), or a sketch of them (`values` empty), and what the options add. */
export interface DurationState {
  values: number[];
  sketch: DDSketch | null;
  /** Durations per bucket (with the `buckets` option), else `null`. */
  counts: number[] | null;
  /** Records that gave at least one duration. */
  records: number;
  /** Exact Σx and Σx² of the durations (for `sdMs`); `null` only for a sketch saved before they were kept. */
  moments: Moments | null;
}

/** Turns `state` into its sketch (no-op when it is one). */
function compact(state: DurationState): DDSketch {
  if (state.sketch === null) {
    state.sketch = DDSketch.create({ relativeAccuracy: SKETCH_ACCURACY });
    for (const ms of state.values) state.sketch.add(ms);
    state.values = [];
  }
  return state.sketch;
}

/** A saved sketch: `{ sketch: DDSketchState }` of non-negative durations at {@link SKETCH_ACCURACY}. */
function savedSketch(json: unknown, field: string): DDSketch {
  const o = checkObject(RESTORE, field, json);
  // the sketch names its fields state.…: renamed to where they are in the saved aggregator
  const sketch = renamed(RESTORE, () => DDSketch.fromJSON(o["sketch"]), (f) => f.replace(/^state/, `${field}.sketch`));
  if (sketch.relativeAccuracy !== SKETCH_ACCURACY) fail(RESTORE, `${field}.sketch.relativeAccuracy`, sketch.relativeAccuracy, String(SKETCH_ACCURACY));
  if (sketch.min !== null && sketch.min < 0) fail(RESTORE, `${field}.sketch.min`, sketch.min, "a duration ≥ 0");
  return sketch;
}

/** durationStats from a sketch: count, min and max exact, the mean up to float rounding, percentiles within α. */
function sketchStats(sketch: DDSketch, options: DurationStatsOptions): Omit<DurationSummary, "sdMs"> {
  const n = sketch.count;
  const ps = options.percentiles === undefined ? DEFAULT_PERCENTILES : checkProbabilities("durationStats", "options.percentiles", options.percentiles);
  const method = checkQuantileMethod("durationStats", options);
  const at = sketch.ranks();
  const min = sketch.min as number;
  const max = sketch.max as number;
  const percentiles: Record<string, number> = {};
  for (const p of ps) percentiles[percentileKey(p)] = quantileOfRanks(n, at, p, method);
  const mean = sketch.sum / n;
  return {
    n,
    meanMs: Math.min(Math.max(mean, min), max),
    medianMs: quantileOfRanks(n, at, 0.5, method),
    minMs: min,
    maxMs: max,
    percentiles,
    exact: false,
    relativeError: SKETCH_ACCURACY,
  };
}

/**
 * The exact sums of a restored state: from its `values` when it kept them; else the sketch's
 * saved `moments`, or `null` (no `sdMs`) for a sketch saved before they were kept.
 */
function restoredMoments(saved: unknown, field: string, values: readonly number[] | null, sketch: DDSketch | null): Moments | null {
  if (values !== null) return momentsOf(values);
  const s = sketch as DDSketch;
  const json = (saved as Record<string, unknown>)["moments"];
  if (json === undefined) return null;
  const moments = savedMoments(json, `${field}.moments`, s.count, s.min, s.max);
  // the sketch's sum is the same durations' sum in floating point: within its rounding of the exact one
  const exact = exactSum(moments);
  if (!(Math.abs(s.sum - exact) <= sumSlack(s.count, s.max ?? 0))) {
    fail(RESTORE, `${field}.sketch.sum`, s.sum, `the sum of the durations, ${exact} (moments.sum) up to rounding`);
  }
  return moments;
}

/** How far a floating-point sum of `n` durations up to `max` can be from the exact sum: (n − 1)·ε/2 of n·max, with room to spare. */
const sumSlack = (n: number, max: number): number => 2 * n * n * Number.EPSILON * max;

/**
 * Saved counts per bucket, checked against the durations: those kept give them exactly; a
 * sketch's buckets (each a 1 % range) and exact min and max bound them.
 */
function restoredBuckets(json: unknown, field: string, bounds: readonly number[], n: number, values: readonly number[] | null, sketch: DDSketch | null): number[] {
  const counts = savedBucketCounts(json, field, bounds, n);
  if (values !== null) {
    const exact = new Array<number>(bounds.length + 1).fill(0);
    for (const ms of values) (exact[bucketIndex(bounds, ms)] as number)++;
    const i = exact.findIndex((c, k) => c !== counts[k]);
    if (i >= 0) fail(RESTORE, field, counts[i], `${exact[i]}: the kept durations from ${i === 0 ? 0 : bounds[i - 1]} (exclusive) to ${bounds[i] ?? "any"} ms`, i);
    return counts;
  }
  const misfit = sketchBucketsFit(bounds, counts, (sketch as DDSketch).toJSON());
  if (misfit !== null) fail(RESTORE, field, counts[misfit.i], misfit.expected, misfit.i);
  return counts;
}

/** What a record gives a duration KPI: one duration, or (next reply time) a list of them. */
type Delta = number | readonly number[];

/**
 * The parts of a duration KPI `kpi` whose records each give `read(view)`, with its options
 * (`percentiles`, `method`, `buckets`; `clock` the `calendar` option read, or `null`).
 * `perRecord`: the state counts the records too, shown as `tickets` (next reply time). `reads`:
 * the kinds of record that can give durations.
 */
function partsOf(
  kpi: string,
  options: UncheckedOptions<BusinessDurationKpiOptions>,
  clock: BusinessClock | null,
  perRecord: boolean,
  reads: readonly RecordKind[],
  read: (view: RecordView) => Delta | undefined,
): AppliedParts<DurationState, Delta, DurationSummary & { tickets?: number }> {
  durationStats([], options as DurationStatsOptions); // the calculator checks percentiles and method
  const bounds = readBuckets(kpi, options.buckets);
  // saved with the percentiles and bounds as arrays (any iterable is accepted), the calendar validated
  let saved: Readonly<Record<string, unknown>> = options;
  if (options.percentiles !== undefined) saved = { ...saved, percentiles: Array.from(options.percentiles as Iterable<number>) };
  if (bounds !== null) saved = { ...saved, buckets: [...bounds] };
  if (clock !== null) saved = { ...saved, calendar: clock.calendar };
  const o = saved as DurationStatsOptions;
  // without the options that add to it, the state keeps the JSON form it had before them
  const plain = bounds === null && !perRecord;
  const add = (state: DurationState, ms: number): number => {
    if (state.moments !== null) addMoment(state.moments, ms);
    if (state.counts !== null) (state.counts[bucketIndex(bounds as number[], ms)] as number)++;
    if (state.sketch !== null) {
      state.sketch.add(ms);
      return 0;
    }
    state.values.push(ms);
    return 1;
  };
  return {
    saved,
    create: () => ({ values: [], sketch: null, counts: bounds === null ? null : new Array<number>(bounds.length + 1).fill(0), records: 0, moments: createMoments() }),
    read,
    apply: (state, delta) => {
      state.records++;
      if (typeof delta === "number") return add(state, delta);
      let kept = 0;
      for (const ms of delta) kept += add(state, ms);
      return kept;
    },
    merge: (into, from) => {
      if (from.sketch !== null) compact(into).merge(from.sketch);
      else if (into.sketch !== null) for (const ms of from.values) into.sketch.add(ms);
      else for (const ms of from.values) into.values.push(ms);
      const counts = into.counts;
      if (counts !== null && from.counts !== null) from.counts.forEach((c, i) => (counts[i] = (counts[i] as number) + c));
      into.records += from.records;
      if (into.moments !== null && from.moments !== null) mergeMoments(into.moments, from.moments);
      else into.moments = null;
    },
    exactValues: {
      size: (state) => state.values.length,
      compact: (state) => void compact(state),
      isCompact: (state) => state.sketch !== null,
    },
    toJSON: (state) => {
      // kept durations give their sums again; a sketch saves them beside it
      const durations =
        state.sketch === null
          ? { values: [...state.values] }
          : { sketch: state.sketch.toJSON(), ...(state.moments === null ? {} : { moments: savedMomentsOf(state.moments) }) };
      if (plain) return "values" in durations ? durations.values : durations;
      return { ...durations, ...(perRecord ? { tickets: state.records } : {}), ...(state.counts === null ? {} : { buckets: [...state.counts] }) };
    },
    fromJSON: (json, field, within) => {
      if (plain) {
        const values = Array.isArray(json) ? savedDurations(json, field) : null;
        const sketch = values === null ? savedSketch(json, field) : null;
        const records = values === null ? (sketch as DDSketch).count : values.length;
        // one duration per record
        checkRecords(values === null ? `${field}.sketch.count` : field, records, within, reads, "no", values === null ? undefined : "its length (one duration per record)");
        return { values: values ?? [], sketch, counts: null, records, moments: restoredMoments(json, field, values, sketch) };
      }
      const saved = checkObject(RESTORE, field, json);
      const values = saved["sketch"] === undefined ? savedDurations(saved["values"], `${field}.values`) : null;
      const sketch = values === null ? savedSketch(saved, field) : null;
      const n = values === null ? (sketch as DDSketch).count : values.length;
      const counts = bounds === null ? null : restoredBuckets(saved["buckets"], `${field}.buckets`, bounds, n, values, sketch);
      let records = n;
      if (perRecord) {
        records = checkCount(RESTORE, `${field}.tickets`, saved["tickets"]);
        if (records > n || (n > 0 && records === 0)) fail(RESTORE, `${field}.tickets`, records, `a count from ${Math.min(n, 1)} to ${n} (records with at least one of the ${n} durations)`);
        checkRecords(`${field}.tickets`, records, within, reads);
      } else {
        checkRecords(values === null ? `${field}.sketch.count` : `${field}.values`, n, within, reads, "no", values === null ? undefined : "its length (one duration per record)");
      }
      return { values: values ?? [], sketch, counts, records, moments: restoredMoments(saved, field, values, sketch) };
    },
    // durationStats sorts before it sums: the result does not depend on the order of the values.
    result: (state) => {
      const base = state.sketch === null || state.sketch.count === 0 ? { ...durationStats(state.values, o), exact: true, relativeError: 0 } : sketchStats(state.sketch, o);
      const stats: DurationSummary = { ...base, sdMs: sampleSd(state.moments, base.n) };
      if (plain && clock === null) return stats;
      return {
        ...stats,
        ...(perRecord ? { tickets: state.records } : {}),
        ...(clock === null ? {} : { clock: "business" as const }),
        ...(state.counts === null ? {} : { buckets: bucketsOf(bounds as number[], state.counts, stats.n) }),
      };
    },
  };
}

/** Every kind of record. */
const ANY_RECORD: readonly RecordKind[] = ["tickets", "surveyResponses", "calls"];

/**
 * The parts of a duration KPI that takes one duration per record, `duration(view)` (`null`:
 * none), with its options: durationStats' (`percentiles`, `method`), `buckets` if given, and
 * `clock`, its `calendar` option read (default none). `kpi` names it in option errors; `reads`
 * are the kinds of record that can give a duration (default any).
 */
export function durationParts(
  options: UncheckedOptions<BusinessDurationKpiOptions>,
  duration: (view: RecordView) => number | null,
  clock: BusinessClock | null = null,
  kpi = "durationStats",
  reads: readonly RecordKind[] = ANY_RECORD,
): AppliedParts<DurationState, Delta, DurationSummary> {
  return partsOf(kpi, options, clock, false, reads, (view) => duration(view) ?? undefined);
}

/**
 * The parts of a duration KPI that takes a list of durations per record, `durations(view)`
 * (empty: none), and counts the records that gave at least one (`tickets`); options as
 * {@link durationParts}.
 */
export function durationListParts(
  options: UncheckedOptions<BusinessDurationKpiOptions>,
  durations: (view: RecordView) => readonly number[],
  clock: BusinessClock | null = null,
  kpi = "durationStats",
  reads: readonly RecordKind[] = ANY_RECORD,
): AppliedParts<DurationState, Delta, NextReplyTimeSummary> {
  return partsOf(kpi, options, clock, true, reads, (view) => {
    const list = durations(view);
    return list.length === 0 ? undefined : list;
  }) as AppliedParts<DurationState, Delta, NextReplyTimeSummary>;
}
