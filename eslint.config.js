import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "docs/api/", "coverage/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "zod"] }],
      "no-restricted-globals": ["error", { name: "Date", message: "Calculators are pure: pass `now` instead of reading the clock." }],
    },
  },
  {
    files: ["examples/**/*.mjs", "scripts/**/*.mjs", "test/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
