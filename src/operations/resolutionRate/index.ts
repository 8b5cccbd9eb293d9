export * from "./resolutionRate.js";
