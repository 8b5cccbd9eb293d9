export * from "./responseRate.js";
