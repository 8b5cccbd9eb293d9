// The sample files: made by the built CLI (`servicekpi sample`), cached in bench/.data/ (ignored
// by git) and reused while the tickets, the seed and the generator's source are the same.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DATA_DIR = join(ROOT, "bench", ".data");
const GENERATOR = ["src/cli/sample/generate.ts", "src/cli/sample/random.ts", "src/cli/commands/sample.ts"];

/** A hash of the generator's source: a changed generator makes the cached files stale. */
function generatorHash() {
  const hash = createHash("sha256");
  for (const f of GENERATOR) {
    const path = join(ROOT, f);
    hash.update(existsSync(path) ? readFileSync(path) : `missing ${f}`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The path of the sample of `tickets` tickets from `seed`, generated when missing or stale by
 * the CLI of the build in `dist`.
 * Returns `{ file, bytes, cached, generateMs }` (`generateMs`: how long the generation took, then or earlier).
 */
export function ensureSample(tickets, seed, log, dist = join(ROOT, "dist")) {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = join(DATA_DIR, `tickets-${tickets}-seed${seed}.csv`);
  const metaFile = `${file}.meta.json`;
  const hash = generatorHash();
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, "utf8"));
    if (meta.generator === hash && meta.bytes === statSync(file).size) return { file, bytes: meta.bytes, cached: true, generateMs: meta.generatedMs };
    log(`  the cached ${file} was made by another version of the generator: making it again`);
  }
  log(`  generating ${tickets.toLocaleString("en-US")} tickets (seed ${seed}) with \`servicekpi sample\` ...`);
  const partial = `${file}.partial`;
  const t0 = performance.now();
  execFileSync(process.execPath, [join(dist, "cli", "index.js"), "sample", "--tickets", String(tickets), "--seed", String(seed), "--out", partial], { stdio: "inherit" });
  const generatedMs = performance.now() - t0;
  renameSync(partial, file);
  const bytes = statSync(file).size;
  writeFileSync(metaFile, JSON.stringify({ tickets, seed, generator: hash, bytes, generatedMs }, null, 2));
  log(`  ${(bytes / 1048576).toFixed(0)} MB in ${(generatedMs / 1000).toFixed(1)} s`);
  return { file, bytes, cached: false, generateMs: generatedMs };
}

const ENTRIES = ["index.js", "node/index.js", "schemas/index.js", "cli/index.js"];

/**
 * A copy of dist/ in node_modules/.cache/servicekpi-bench/dist, which every contender of the run
 * imports: others may rebuild dist/ while a long run goes on, and the contenders must all measure
 * the same code. (Under node_modules, the copy is out of the way of eslint, vitest and tsc, and
 * its imports of zod and csv-parse still resolve.) Returns `{ dir, hash }`, `hash` a fingerprint
 * of the copied JavaScript.
 */
export function snapshotDist() {
  const from = join(ROOT, "dist");
  const dir = join(ROOT, "node_modules", ".cache", "servicekpi-bench", "dist");
  for (const e of ENTRIES) if (!existsSync(join(from, e))) throw new Error(`bench: dist/${e} is missing: run \`npm run build\` (npm run bench does it), and wait for a build in progress to end`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
  const hash = createHash("sha256");
  const walk = (d) => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith(".js")) hash.update(name.name).update(readFileSync(path));
    }
  };
  walk(dir);
  for (const e of ENTRIES) if (!existsSync(join(dir, e))) throw new Error(`bench: the copy of dist/ lacks ${e} (was a build running?)`);
  return { dir, hash: hash.digest("hex").slice(0, 12) };
}
