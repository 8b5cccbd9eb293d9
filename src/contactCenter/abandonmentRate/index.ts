export * from "./abandonmentRate.js";
