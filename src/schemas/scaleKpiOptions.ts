/**
 * The KPI options that go with the reader's survey scales.
 *
 * @module
 */
import { fail, isPlainObject } from "../_lib/check.js";
import type { CsatScale } from "../survey/csat/scale.js";
import { checkScales } from "./_lib/scales.js";
import type { CesScaleName, CsatScaleName } from "./types.js";

/**
 * The options of the csat and ces KPIs that read scores on the given scales.
 *
 * @category Schemas
 */
export interface ScaleKpiOptions {
  /** Options of the `csat` KPI: its `scale` (empty on the default 1–5 scale). */
  readonly csat: {
    /** `{ min: 1, max: 10 }` for `"1-10"`, `"binary"` for good/bad. */
    readonly scale?: CsatScale | "binary";
  };
  /** Options of the `ces` KPI: `lowerIsEasier` on the 1–5 effort scale (empty on the default 1–7). */
  readonly ces: {
    /** `true` for the `"1-5"` effort scale, where 1 is the easiest. */
    readonly lowerIsEasier?: true;
  };
}

/**
 * The options of the `csat` and `ces` KPIs (of `summarize`, `createAggregator` and the
 * calculators) that read scores on the scales the records were read with, so that a reader's
 * `csatScale` and the KPI's `scale` cannot disagree: `"1-10"` gives `{ scale: { min: 1, max: 10 } }`,
 * `"binary"` `{ scale: "binary" }`, CES `"1-5"` `{ lowerIsEasier: true }`.
 *
 * @example
 * ```ts
 * const scales = { csatScale: "binary", cesScale: "1-5" } as const;
 * const { records } = parseRecords(rows, ticketSchema, { ...scales });
 * const o = scaleKpiOptions(scales);
 * summarize(records, { kpis: [{ kpi: "csat", ...o.csat }, { kpi: "ces", ...o.ces }] });
 * ```
 * @category Schemas
 */
export function scaleKpiOptions(scales: { readonly csatScale?: CsatScaleName | undefined; readonly cesScale?: CesScaleName | undefined } = {}): ScaleKpiOptions {
  if (!isPlainObject(scales)) fail("scaleKpiOptions", "scales", scales, "an object { csatScale?, cesScale? }");
  const { csat, ces } = checkScales("scaleKpiOptions", scales.csatScale, scales.cesScale);
  return {
    csat: csat === "1-10" ? { scale: { min: 1, max: 10 } } : csat === "binary" ? { scale: "binary" } : {},
    ces: ces === "1-5" ? { lowerIsEasier: true } : {},
  };
}
