export * from "./benchmarks.js";
