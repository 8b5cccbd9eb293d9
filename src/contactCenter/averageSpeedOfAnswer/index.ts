export { averageSpeedOfAnswer, type AverageSpeedOfAnswerResult } from "./averageSpeedOfAnswer.js";
