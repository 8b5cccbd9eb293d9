export * from "./improvementScenarios.js";
