export * from "./smartTarget.js";
