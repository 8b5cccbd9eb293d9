export * from "./planMilestones.js";
