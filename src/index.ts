export * from "./errors.js";
export * from "./stats/wilsonInterval/index.js";
export * from "./operations/firstContactResolution/index.js";
