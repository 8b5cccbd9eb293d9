/**
 * servicekpi: customer-service KPIs with named definitions.
 *
 * Every export is pure and works in the browser. Rates are percentages (0–100), NPS is in
 * points (−100 to +100), durations are milliseconds, and "no data" is `null`.
 *
 * @packageDocumentation
 */

// Errors
// An explicit list: errors.ts also holds describeValue, which is internal.
export { KPI_INVALID_INPUT, KpiInputError, isKpiInputError, type KpiInputErrorDetails } from "./errors.js";

// Survey KPIs
export * from "./survey/npsCategory/index.js";
export * from "./survey/nps/index.js";
export * from "./survey/npsDifference/index.js";
export * from "./survey/csat/index.js";
export * from "./survey/ces/index.js";
export * from "./survey/responseRate/index.js";
export * from "./survey/sentimentShare/index.js";

// Operational KPIs
export * from "./operations/firstContactResolution/index.js";
export * from "./operations/resolutionRate/index.js";
export * from "./operations/complaintRatio/index.js";
export * from "./operations/slaCompliance/index.js";
export * from "./operations/retention/index.js";
export * from "./operations/durationStats/index.js";
export * from "./operations/averageHandleTime/index.js";
export * from "./operations/backlog/index.js";
export * from "./operations/repeatContacts/index.js";
export * from "./operations/selfServiceDeflection/index.js";
export * from "./operations/contactVolume/index.js";

// Contact center
export * from "./contactCenter/serviceLevel/index.js";
export * from "./contactCenter/abandonmentRate/index.js";
export * from "./contactCenter/averageSpeedOfAnswer/index.js";
export * from "./contactCenter/occupancy/index.js";
export * from "./contactCenter/chatConcurrency/index.js";
export * from "./contactCenter/erlangC/index.js";
export * from "./contactCenter/requiredAgents/index.js";
export * from "./contactCenter/staffingTable/index.js";

// Tickets
export * from "./tickets/ticketTimings/index.js";
export * from "./tickets/evaluateSla/index.js";
export * from "./tickets/liveView/index.js";

// Aggregation
export * from "./aggregate/normalizeChannel/index.js";
export * from "./aggregate/summarize/index.js";
export type { CallRecord, ContactRecord, SurveyResponseRecord, TicketEventRecord, TicketRecord } from "./records/types.js";

// Targets, benchmarks and trends
export * from "./targets/benchmarks/index.js";
export * from "./targets/rateAgainstBenchmarks/index.js";
export * from "./targets/evaluateTarget/index.js";
export * from "./targets/smartTarget/index.js";
export * from "./targets/baseline/index.js";
export * from "./targets/planMilestones/index.js";
export * from "./targets/improvementScenarios/index.js";
export * from "./targets/kpiBalance/index.js";
export * from "./targets/trend/index.js";
export * from "./targets/controlChart/index.js";

// Statistics
export * from "./stats/quantile/index.js";
export * from "./stats/wilsonInterval/index.js";
export * from "./stats/compareProportions/index.js";

// Time
export * from "./time/businessCalendar/index.js";
export * from "./time/businessTime/index.js";
