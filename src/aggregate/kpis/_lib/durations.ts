/**
 * The duration KPIs (first response, resolution and handle time): every duration kept for exact
 * percentiles while the aggregator's budget allows, a DDSketch beyond it.
 *
 * @module
 */
import { checkObject, fail } from "../../../_lib/check.js";
import { DEFAULT_PERCENTILES, durationStats, percentileKey, type DurationStats, type DurationStatsOptions } from "../../../operations/durationStats/durationStats.js";
import { checkProbabilities, checkQuantileMethod, quantileOfRanks } from "../../../stats/quantile/quantileSorted.js";
import { DDSketch } from "../../../stats/sketch/ddSketch.js";
import { RESTORE, savedDurations, type AppliedParts, type UncheckedOptions } from "../../_lib/kpi.js";
import { renamed } from "../../_lib/errors.js";
import type { RecordView } from "../../_lib/view.js";

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
}

/** The relative accuracy of the sketches: every approximate percentile is within 1 %. */
const SKETCH_ACCURACY = 0.01;

/** The durations themselves (`sketch` null), or a sketch of them (`values` empty). */
export interface DurationState {
  values: number[];
  sketch: DDSketch | null;
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
function sketchStats(sketch: DDSketch, options: DurationStatsOptions): DurationSummary {
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
 * The parts of a duration KPI that takes `duration(view)` of each record (`null`: none), with
 * durationStats' options (`percentiles`, `method`).
 */
export function durationParts(options: UncheckedOptions<DurationStatsOptions>, duration: (view: RecordView) => number | null): AppliedParts<DurationState, number, DurationSummary> {
  durationStats([], options as DurationStatsOptions); // the calculator checks the options
  // saved with the percentiles as an array (any iterable is accepted)
  const saved = options.percentiles === undefined ? options : { ...options, percentiles: Array.from(options.percentiles as Iterable<number>) };
  const o = saved as DurationStatsOptions;
  return {
    saved,
    create: () => ({ values: [], sketch: null }),
    read: (view) => duration(view) ?? undefined,
    apply: (state, ms) => {
      if (state.sketch !== null) {
        state.sketch.add(ms);
        return 0;
      }
      state.values.push(ms);
      return 1;
    },
    merge: (into, from) => {
      if (from.sketch !== null) compact(into).merge(from.sketch);
      else if (into.sketch !== null) for (const ms of from.values) into.sketch.add(ms);
      else for (const ms of from.values) into.values.push(ms);
    },
    exactValues: {
      size: (state) => state.values.length,
      compact: (state) => void compact(state),
      isCompact: (state) => state.sketch !== null,
    },
    toJSON: (state) => (state.sketch === null ? [...state.values] : { sketch: state.sketch.toJSON() }),
    fromJSON: (json, field) => (Array.isArray(json) ? { values: savedDurations(json, field), sketch: null } : { values: [], sketch: savedSketch(json, field) }),
    // durationStats sorts before it sums: the result does not depend on the order of the values.
    result: (state) =>
      state.sketch === null || state.sketch.count === 0
        ? { ...durationStats(state.values, o), exact: true, relativeError: 0 }
        : sketchStats(state.sketch, o),
  };
}
