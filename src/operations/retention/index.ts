export * from "./retention.js";
