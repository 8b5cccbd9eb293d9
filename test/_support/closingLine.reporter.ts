/**
 * A Vitest reporter that ends the run with one plain line, `N passed, N failed` (`, N skipped`
 * follows when tests were skipped).
 *
 * Vitest's own summary (`Tests  2013 passed | 3 skipped (2016)`) is not a form that tools reading
 * only the last lines of a log recognise, so a run that passed could be taken for one that ran
 * nothing. The line counts every test case (runtime and type tests); a run with unhandled errors
 * adds them to the failures. When `SERVICEKPI_TEST_SUMMARY` names a file, the same line is written
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
      // A file that failed to load has no tests but is a failure all the same.
      if (module.state() === "failed" && module.children.size === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else skipped += 1;
      }
    }
    const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
    process.stdout.write(`\n${line}\n`);
    const file = process.env.SERVICEKPI_TEST_SUMMARY;
    if (file) writeFileSync(file, `${line}\n`);
  }
}
