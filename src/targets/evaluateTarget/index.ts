export * from "./evaluateTarget.js";
