export * from "./controlChart.js";
