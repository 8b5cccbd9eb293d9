/**
 * The closing-line reporter (test/_support/closingLine.reporter.ts): the last line of every CI
 * log, so it must count what Vitest counts. Runs the real Vitest on the fixture files beside the
 * reporter and reads the line it writes; the expected counts are read off the fixtures by hand.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const fixtures = fileURLToPath(new URL("./_support/closingLineFixture/", import.meta.url));
const vitest = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "closing-line-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs Vitest on `files` with the reporter: its exit code and the line written to the summary file. */
function run(name: string, files: readonly string[]): Promise<{ code: number; line: string; stdout: string }> {
  const summary = join(out, `${name}.txt`);
  return new Promise((resolve) => {
    execFile(process.execPath, [vitest, "run", "--config", "vitest.config.mjs", ...files], { cwd: fixtures, env: { ...process.env, SERVICEKPI_TEST_SUMMARY: summary, NO_COLOR: "1" } }, (error, stdout) => {
      resolve({ code: error === null ? 0 : Number(error.code), line: readFileSync(summary, "utf8"), stdout });
    });
  });
}

describe("the closing line", () => {
  it.each([
    ["pass", "1 passed, 0 failed, 1 skipped\n", 0], // one test passes, one is skipped: no ", 0 skipped" form
    ["fail", "1 passed, 1 failed\n", 1],
    ["empty", "0 passed, 1 failed\n", 1], // a suite without tests fails the run: counted once
    ["broken", "0 passed, 1 failed\n", 1], // a file that throws while loading
    ["hook", "0 passed, 1 failed, 1 skipped\n", 1], // a failing beforeAll: its test is skipped, the suite fails
  ])("%s.fixture.ts gives %j", async (name, line, code) => {
    const result = await run(name, [`${name}.fixture.ts`]);
    expect(result.line).toBe(line);
    expect(result.code).toBe(code);
    // the same line ends Vitest's own output
    expect(result.stdout.trimEnd().endsWith(line.trimEnd())).toBe(true);
  });

  it("adds the files up: 2 passed, 4 failed, 2 skipped", async () => {
    expect((await run("all", [])).line).toBe("2 passed, 4 failed, 2 skipped\n");
  });
});
