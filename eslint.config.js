import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // .tmp/ holds scratch files and mutation testing's sandboxes (a copy of the tree)
  { ignores: ["dist/", "docs/api/", "coverage/", "node_modules/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "zod"] }],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Functions are pure: take `now` as an option instead of reading the clock." },
        { object: "Math", property: "random", message: "Functions are pure and deterministic." },
      ],
    },
  },
  {
    // The schemas entry may use zod; the Node entry and the command line may use zod, csv-parse
    // and Node built-ins.
    // The main entry (everything else in src/) stays free of both.
    files: ["src/schemas/**/*.ts"],
    ignores: ["src/**/*.test*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path"] }] },
  },
  {
    files: ["src/node/**/*.ts", "src/cli/**/*.ts"],
    ignores: ["src/**/*.test*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["examples/**/*.mjs", "scripts/**/*.mjs", "test/**/*.mjs", "bench/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", fetch: "readonly", btoa: "readonly" } },
  },
);
