export * from "./sentimentShare.js";
