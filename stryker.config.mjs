// Mutation testing (issue 16): `npm run mutation` changes the calculators one small edit at a
// time (a `<` for a `<=`, a `+` for a `-`, a condition forced true …) and runs, for each such
// mutant, the tests that cover the changed line. A mutant no test notices ("survived") is a
// result the tests would let change. Scores per module and the survivors left: docs/testing.md.
//
// Stryker 9.6 runs on Node 20 with vitest 4.1 (Stryker 10 needs Node 22; see TOOLCHAIN.md).
// The tests it runs are those of vitest.mutation.config.ts. `npm run mutation` runs Stryker on
// one family after another (scripts/mutation.mjs, `npm run mutation -- time` for one) and keeps
// each family's report in reports/mutation/families/; `npm run mutation:ci` starts from those
// reports and tests only the mutants of code or tests changed since they were written.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  mutate: [
    "src/{survey,operations,contactCenter,stats,targets,time,tickets}/**/*.ts",
    "!src/**/*.test*.ts",
    "!src/**/index.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  // a mutant that loops forever is stopped after its tests' normal time × 1.5 + 5 s: "timed out",
  // which counts as detected
  timeoutMS: 5_000,
  dryRunTimeoutMinutes: 30,
  // a mutant in a constant's initialiser runs every test: slow, and such mutants are few
  ignoreStatic: true,
  incrementalFile: "reports/mutation/incremental.json",
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".tmp/stryker",
  cleanTempDir: "always",
};
