export * from "./requiredAgents.js";
