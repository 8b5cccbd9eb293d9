export * from "./chatConcurrency.js";
