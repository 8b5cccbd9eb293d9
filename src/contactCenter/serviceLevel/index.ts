export * from "./serviceLevel.js";
