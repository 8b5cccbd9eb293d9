export * from "./firstContactResolution.js";
