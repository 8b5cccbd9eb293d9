export * from "./rateAgainstBenchmarks.js";
