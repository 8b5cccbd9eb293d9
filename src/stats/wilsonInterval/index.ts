export * from "./wilsonInterval.js";
