export * from "./averageSpeedOfAnswer.js";
