export * from "./trend.js";
