export * from "./averageHandleTime.js";
