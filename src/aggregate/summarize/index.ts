export { summarize } from "./summarize.js";
export { createAggregator, type Aggregator, type AggregatorJSON, type Mergeable } from "./createAggregator.js";
export { restoreAggregator } from "./restoreAggregator.js";
export type {
  AnyColumns, BacklogResult, KpiColumns, CountResult, DurationSummary, GroupBy, GroupFunction, KpiName, KpiOptionsMap, KpiRequest, KpiResultMap, KpiSpec, PeriodOf,
  ResponseRateBeside, SlaKpiOptions, SummarizeOptions, SummaryGroup, SummaryRecord, SummaryResult, SummaryRow, WithResponseRate,
} from "./types.js";
export type { Period } from "../_lib/period.js";
export type { KeptRating } from "../_lib/ratings.js";
