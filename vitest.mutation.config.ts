import { defineConfig } from "vitest/config";

/**
 * The tests Stryker runs against each mutant (`npm run mutation`, stryker.config.mjs): the unit
 * and property tests beside the calculator families, and the cross-cutting property and
 * reference tests in test/ that exercise them. The command-line, browser and packaging tests
 * are left out: they test the program around the calculators, and they take most of the time
 * of a full run.
 */
const FAMILIES = "{survey,operations,contactCenter,stats,targets,time,tickets}";

export default defineConfig({
  test: {
    include: [
      `src/${FAMILIES}/**/*.test.ts`,
      `src/${FAMILIES}/**/*.test-prop.ts`,
      "test/{confidenceLevels,partOfWholeRates}.test-prop.ts",
      "test/{holes,finite-results,error-messages}.test.ts",
    ],
    // checks of kept reference results against the definition they were computed from (seconds
    // each, and no library code under test): the ordinary test run has them
    exclude: ["**/*.reference.test.ts", "**/node_modules/**"],
    setupFiles: ["test/_support/mutationSetup.ts"],
    // Test files share one module graph per worker instead of each importing the library anew:
    // a mutant's tests then run in seconds, not minutes (importing dominates an isolated run).
    // The calculators keep no state between calls, so sharing it changes no result.
    isolate: false,
    testTimeout: 60_000,
  },
});
