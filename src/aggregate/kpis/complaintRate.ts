/**
 * The `complaintRate` KPI of summarize: complaints over tickets, as complaintRatio, from a
 * complaint flag or from the ticket's category.
 *
 * @module
 */
import { checkArray, fail } from "../../_lib/check.js";
import { complaintRatio } from "../../operations/complaintRatio/complaintRatio.js";
import type { ConfidenceOptions, RateResult } from "../../stats/wilsonInterval/wilsonInterval.js";
import type { KpiDescriptor } from "../_lib/kpi.js";
import type { RecordView } from "../_lib/view.js";
import { countsParts, flagOf, rateCheck } from "./_lib/counts.js";

/** Options of the `complaintRate` KPI. */
export interface ComplaintRateOptions extends ConfidenceOptions {
  /**
   * Categories that make a ticket a complaint (`["Complaint", "Billing complaint"]`), matched
   * against its `category` ignoring case and surrounding spaces. With them every ticket counts
   * in `n`; without them only the tickets that carry a `complaint` flag.
   */
  readonly categories?: readonly string[] | undefined;
}

/** How a category compares: without surrounding spaces, in lower case. */
const fold = (text: string): string => text.trim().toLowerCase();

/**
 * `complaintRate`: complaints over tickets, in percent, with Wilson's interval (complaintRatio
 * of the group's counts). A ticket is a complaint when its `complaint` flag is `true`, or when
 * option `categories` holds its `category` (case and surrounding spaces aside). With
 * `categories`, every ticket counts in `n`; without, only those whose flag is set (`true` or
 * `false`): a ticket without the flag is unknown and left out. Options `categories`, `confidence`.
 *
 * @see ISO 10002:2018, clause 3, for what a complaint is; docs/kpis/complaint-rate.md
 */
export const complaintRateKpi: KpiDescriptor<ComplaintRateOptions, RateResult> = {
  options: ["categories", "confidence"],
  setup(options) {
    const o = options as ComplaintRateOptions;
    complaintRatio({ complaints: 0, interactions: 0 }, o); // the calculator checks the confidence
    const given = options.categories;
    const list =
      given === undefined
        ? undefined
        : checkArray("complaintRate", "options.categories", given).map((c, i) =>
            typeof c === "string" && c.trim() !== "" ? c : fail("complaintRate", "options.categories", c, "a list of category names (non-empty strings)", i),
          );
    const folded = new Set(list?.map(fold));
    const complaint = (view: RecordView): boolean | undefined => {
      const flag = flagOf(view, "complaint");
      if (list === undefined || view.ticket === null) return flag;
      const category = view.raw["category"];
      if (category !== undefined && category !== null && typeof category !== "string") fail(view.kpi, "records.category", category, "a string or absent", view.index, view.id);
      return flag === true || (typeof category === "string" && folded.has(fold(category)));
    };
    const parts = countsParts(
      ["complaints", "tickets"] as const,
      complaint,
      (s, isComplaint) => {
        s.tickets++;
        if (isComplaint) s.complaints++;
      },
      (s) => complaintRatio({ complaints: s.complaints, interactions: s.tickets }, o),
      // with categories every ticket counts
      rateCheck("complaints", "tickets", ["tickets"], list === undefined ? "no" : "unlessExcluded"),
    );
    // saved with the categories as an array (any iterable is accepted)
    return list === undefined ? parts : { ...parts, saved: { ...options, categories: list } };
  },
};
