export * from "./csat.js";
