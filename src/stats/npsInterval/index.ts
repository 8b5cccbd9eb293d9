export type { NpsIntervalMethod } from "./npsInterval.js";
