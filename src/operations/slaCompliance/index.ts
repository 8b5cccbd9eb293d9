export * from "./slaCompliance.js";
