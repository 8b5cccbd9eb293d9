/**
 * The duration KPIs (first response, resolution and handle time): every duration kept for exact
 * percentiles while the aggregator's budget allows, a DDSketch beyond it.
 *
 * @module
 */
import { checkObject, fail } from "../../../_lib/check.js";
import { DEFAULT_PERCENTILES, durationStats, percentileKey, type DurationStatsOptions } from "../../../operations/durationStats/durationStats.js";
import { checkProbabilities, checkQuantileMethod, quantileOfRanks } from "../../../stats/quantile/quantileSorted.js";
import { DDSketch } from "../../../stats/sketch/ddSketch.js";
import type { DurationSummary } from "../../summarize/results.js";
import { RESTORE, savedDurations, type SizedAccumulator } from "../accumulator.js";
import { renamed } from "../errors.js";
import type { RecordView } from "../record.js";
import { durationField, firstResponseOf, resolutionOf } from "../ticketValues.js";

/** The relative accuracy of the sketches: every approximate percentile is within 1 %. */
export const SKETCH_ACCURACY = 0.01;

/** The durations themselves (`sketch` null), or a sketch of them (`values` empty). */
export interface DurationState {
  values: number[];
  sketch: DDSketch | null;
}

const DURATIONS = {
  firstResponseTime: (view: RecordView) => (view.ticket === null ? null : firstResponseOf(view, view.ticket)),
  resolutionTime: (view: RecordView) => (view.ticket === null ? null : resolutionOf(view, view.ticket)),
  handleTime: (view: RecordView) => (view.ticket === null ? null : durationField(view, "handleMs")),
} as const;

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

/** The accumulator of a duration KPI. */
export function durationAccumulator(kpi: keyof typeof DURATIONS, column: string, options: DurationStatsOptions): SizedAccumulator<DurationState, number> {
  const read = DURATIONS[kpi];
  return {
    kpi,
    column,
    create: () => ({ values: [], sketch: null }),
    read: (view) => read(view) ?? undefined,
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
    size: (state) => state.values.length,
    compact: (state) => void compact(state),
    isCompact: (state) => state.sketch !== null,
    toJSON: (state) => (state.sketch === null ? [...state.values] : { sketch: state.sketch.toJSON() }),
    fromJSON: (json, field) => (Array.isArray(json) ? { values: savedDurations(json, field), sketch: null } : { values: [], sketch: savedSketch(json, field) }),
    // durationStats sorts before it sums: the result does not depend on the order of the values.
    result: (state) =>
      state.sketch === null || state.sketch.count === 0
        ? { ...durationStats(state.values, options), exact: true, relativeError: 0 }
        : sketchStats(state.sketch, options),
  };
}
