import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test-prop.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
    coverage: { provider: "v8", include: ["src/**/*.ts"], exclude: ["src/**/*.test*.ts"] },
  },
});
