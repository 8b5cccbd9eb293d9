export { wilsonInterval } from "./wilsonInterval.js";
export type { ConfidenceInterval, ConfidenceOptions } from "./wilsonInterval.js";
