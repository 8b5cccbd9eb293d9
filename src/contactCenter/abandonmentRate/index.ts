export { abandonmentRate, type AbandonmentRateOptions, type AbandonmentRateResult } from "./abandonmentRate.js";
