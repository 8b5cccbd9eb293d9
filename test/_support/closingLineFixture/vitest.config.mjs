// The closing-line reporter's own test (test/closing-line.test.ts) runs Vitest on these files.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["*.fixture.ts"],
    reporters: [fileURLToPath(new URL("../closingLine.reporter.ts", import.meta.url))],
  },
});
