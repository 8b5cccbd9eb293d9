/**
 * A Vitest reporter that ends the run with one plain line, `N passed, N failed` (`, N skipped`
 * follows when tests were skipped).
 *
 * Vitest's own summary (`Tests  2013 passed | 3 skipped (2016)`) is not a form that tools reading
 * only the last lines of a log recognise, so a run that passed could be taken for one that ran
 * nothing. The line counts every test case (runtime and type tests); errors outside tests (a
 * file that does not load, a failing hook, an empty suite) and unhandled errors are failures too. When `SERVICEKPI_TEST_SUMMARY` names a file, the same line is written
 * there too, so `.ci/run` can repeat it as the last line of the whole CI log.
 */
import { writeFileSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      // Errors outside the tests (a file that failed to load, a failing hook, a suite with no
      // test in it) are failures as well: one per suite with errors, or one for the file when
      // only the file has them (an empty suite also leaves "no test found" on its file).
      let outside = 0;
      for (const suite of module.children.allSuites()) if (suite.errors().length > 0) outside += 1;
      if (outside === 0 && module.errors().length > 0) outside = 1;
      let failedTests = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failedTests += 1;
        else skipped += 1;
      }
      // and a file Vitest reports failed is never counted as passing, whatever the cause
      failed += failedTests + outside + (module.state() === "failed" && failedTests + outside === 0 ? 1 : 0);
    }
    const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
    process.stdout.write(`\n${line}\n`);
    const file = process.env.SERVICEKPI_TEST_SUMMARY;
    if (file) writeFileSync(file, `${line}\n`);
  }
}
