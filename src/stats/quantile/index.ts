export * from "./methods.js";
export * from "./quantile.js";
export * from "./percentiles.js";
