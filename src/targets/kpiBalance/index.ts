export * from "./kpiBalance.js";
