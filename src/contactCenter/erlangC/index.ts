export * from "./erlangC.js";
