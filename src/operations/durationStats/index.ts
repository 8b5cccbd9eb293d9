export * from "./durationStats.js";
