export * from "./baseline.js";
