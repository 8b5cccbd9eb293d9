export * from "./businessTimeBetween.js";
export * from "./addBusinessTime.js";
