export { summarize } from "./summarize.js";
export { createAggregator, type Aggregator, type AggregatorJSON, type Mergeable } from "./createAggregator.js";
export { restoreAggregator } from "./restoreAggregator.js";
export type {
  AnyColumns, BacklogResult, CountResult, ExcludedRecords, CsatKpiOptions, DurationSummary, GroupBy, GroupFunction, KpiColumns, KpiName, KpiOptionsMap, KpiRequest, KpiResultMap, KpiSpec,
  NpsKpiOptions, PeriodOf, ResponseRateBeside, SlaKpiOptions, SlaKpiResult, SummarizeOptions, SummaryGroup, SummaryRecord, SummaryResult, SummaryRow, WithResponseRate,
} from "./types.js";
export type { ComplaintRateOptions, OneTouchResolutionResult, ReassignmentRateResult, UniqueCustomersResult } from "./types.js";
export type { BusinessDurationKpiOptions, DurationBucket, DurationKpiOptions, NextReplyTimeSummary } from "./types.js";
export type { Period } from "../../_lib/time/periods.js";
export type { KeptRating } from "../_lib/ratings.js";
