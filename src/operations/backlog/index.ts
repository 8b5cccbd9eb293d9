export * from "./backlogAt.js";
export * from "./backlogSeries.js";
