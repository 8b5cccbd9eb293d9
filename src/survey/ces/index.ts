export * from "./ces.js";
