import { defineConfig } from "tsup";

// The library has five entries: the pure main entry, the zod schemas, the helpdesk presets, the
// Node readers and the review page (its charts load vega and vega-lite only when drawn).
const entries = { index: "src/index.ts", "schemas/index": "src/schemas/index.ts", "helpdesks/index": "src/helpdesks/index.ts", "node/index": "src/node/index.ts", "report/index": "src/report/index.ts" };

export default defineConfig([
  {
    // ESM, one output file per source module (dist/ mirrors src/), not one bundle per entry: with
    // `sideEffects: false` a consumer's bundler then drops every module it does not import, so
    // `import { nps } from "servicekpi"` brings only nps's own modules. A single-file bundle keeps
    // every module-level constant (benchmark tables, lookup arrays) because a bundler cannot prove
    // a top-level statement inside one big file free of side effects. The sources import `./x.js`,
    // which is what Node's ESM loader needs in the unbundled output.
    entry: ["src/**/*.ts", "!src/**/*.test*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    target: "node20",
    platform: "neutral",
    dts: false,
    sourcemap: false,
    clean: false, // `npm run build` empties dist/ first: several configs build into it
  },
  {
    // CommonJS: one bundled file per entry (require() loads everything anyway).
    entry: entries,
    format: ["cjs"],
    target: "node20",
    platform: "neutral",
    dts: false,
    sourcemap: false,
    clean: false,
    treeshake: true,
    splitting: false,
  },
  {
    // The declarations of both formats, bundled per entry (dist/index.d.ts and dist/index.d.cts ...).
    entry: entries,
    format: ["esm", "cjs"],
    dts: { only: true, compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: false,
  },
  {
    // The `servicekpi` command (package.json `bin`): ESM only, for Node.
    entry: { "cli/index": "src/cli/index.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    dts: false,
    sourcemap: false,
    clean: false,
    treeshake: true,
    splitting: false,
  },
]);
