import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: the pure main entry, the zod schemas and the Node readers, ESM and CommonJS.
    entry: { index: "src/index.ts", "schemas/index": "src/schemas/index.ts", "node/index": "src/node/index.ts" },
    format: ["esm", "cjs"],
    target: "node20",
    platform: "neutral",
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: false,
    clean: false, // `npm run build` empties dist/ first: two configs build into it
    treeshake: true,
    splitting: false,
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
