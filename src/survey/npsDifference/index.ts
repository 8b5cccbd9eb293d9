export * from "./npsDifference.js";
