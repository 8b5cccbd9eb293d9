export { wilsonInterval } from "./wilsonInterval.js";
export type { ConfidenceInterval, ConfidenceOptions, RateResult } from "./wilsonInterval.js";
