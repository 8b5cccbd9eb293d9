export * from "./compareProportions.js";
