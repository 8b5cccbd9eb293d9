export { evaluateSla, SLA_METRICS } from "./evaluateSla.js";
export type { EvaluateSlaOptions, SlaMetric, SlaPolicy, SlaTarget, SlaTargetEvaluation, SlaTargetStatus } from "./evaluateSla.js";
