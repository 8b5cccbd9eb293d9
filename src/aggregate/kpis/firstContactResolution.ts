/**
 * The `firstContactResolution` KPI of summarize: tickets flagged resolved on first contact over
 * those with the flag, as firstContactResolution.
 *
 * @module
 */
import { fail } from "../../_lib/check.js";
import { firstContactResolution } from "../../operations/firstContactResolution/firstContactResolution.js";
import type { ConfidenceOptions, RateResult } from "../../stats/wilsonInterval/wilsonInterval.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import { countsParts, rateCheck } from "./_lib/counts.js";

/** `firstContactResolution`: tickets with `firstContactResolved: true` over those with the flag. Option `confidence`. */
export const firstContactResolutionKpi: KpiDescriptor<ConfidenceOptions, RateResult> = {
  options: ["confidence"],
  setup(options) {
    const o = options as ConfidenceOptions; // checked by the calculator:
    firstContactResolution({ resolvedOnFirstContact: 0, resolved: 0 }, o);
    return countsParts(
      ["resolvedOnFirstContact", "resolved"] as const,
      (view) => {
        const flag = view.ticket === null ? undefined : view.raw["firstContactResolved"];
        if (flag === undefined || flag === null) return undefined;
        if (typeof flag !== "boolean") fail(view.kpi, "records.firstContactResolved", flag, "true, false or absent", view.index, view.id);
        return flag;
      },
      (s, flag) => {
        s.resolved++;
        if (flag) s.resolvedOnFirstContact++;
      },
      (s) => firstContactResolution(s, o),
      rateCheck("resolvedOnFirstContact", "resolved"),
    );
  },
};
