export * from "./selfServiceDeflection.js";
