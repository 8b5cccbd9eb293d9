export { durationStats, percentileKey, type DurationStats, type DurationStatsOptions } from "./durationStats.js";
