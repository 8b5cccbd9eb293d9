export * from "./npsCategory.js";
