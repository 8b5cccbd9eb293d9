// servicekpi against DuckDB and a hand-written floor: `npm run bench` (builds first).
//
//   npm run bench                       1,000,000 and 10,000,000 tickets
//   npm run bench -- --quick            30,000 tickets: the CI smoke run (checks numbers, no timing assertions)
//   npm run bench -- --sizes 1e6 --seed 7 --duckdb-threads 1 --only servicekpi-csv,duckdb
//
// What is computed, and how each contender computes it: bench/README.md. Each contender runs in
// its own process, one after the other; the numbers of servicekpi must agree with DuckDB's
// (counts exactly, the rest to 1e-9), else the run lists every difference and exits with 1.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DATA_DIR, ensureSample, snapshotDist } from "./lib/data.mjs";
import { compareSummaries } from "./lib/flat.mjs";
import { renderMarkdown, renderTable } from "./lib/table.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const HELP = `npm run bench -- [options]      (or: node bench/run.mjs [options], after npm run build)

  --quick                 20,000 tickets, results to bench/.data/ (the CI smoke run)
  --sizes LIST            ticket counts, e.g. 1e6,1e7 or 20000 (default 1e6,1e7)
  --seed N                sample seed (default 1)
  --only LIST             contenders to run: floor-csv, floor-memory, duckdb, duckdb-1-thread, servicekpi-memory,
                          servicekpi-csv, servicekpi-csv-2-workers, servicekpi-sketch (default: all but servicekpi-sketch; --quick: all but duckdb-1-thread)
  --duckdb-threads N      threads of the "duckdb" contender (default: DuckDB's own default, all cores)
  --max-exact-values N    pass maxExactValues to createAggregator (durations kept exactly up to N)
  --heap-mb N             --max-old-space-size of the Node contenders that load the records (default 8192)
  --stream-heap-mb N      --max-old-space-size of those that stream the CSV (default 256; 0: Node's default)
  --results DIR           where latest.json and latest.md go (default bench/results; --quick: bench/.data)
  --help
`;

const CONTENDERS = {
  "floor-csv": { script: "floor.mjs", args: ["--source", "csv"] },
  "floor-memory": { script: "floor.mjs", args: ["--source", "memory"], memory: true },
  duckdb: { script: "duckdb.mjs", args: [] },
  // DuckDB on one core, as servicekpi and the floor run: shown, not used for the ratios or the checks.
  "duckdb-1-thread": { script: "duckdb.mjs", args: ["--threads", "1"], notQuick: true },
  "servicekpi-memory": { script: "servicekpi.mjs", args: ["--source", "memory"], memory: true },
  "servicekpi-csv": { script: "servicekpi.mjs", args: ["--source", "csv"] },
  // The same from the CSV on two worker threads (byte ranges of the file, states merged): the
  // recipe of docs/guides/scaling.md, and the "on 2 cores".
  "servicekpi-csv-2-workers": { script: "servicekpi.mjs", args: ["--source", "csv", "--workers", "2", "--label", "csv, 2 worker threads"] },
  // The sketch path on a small file: durations past 1,000 per aggregator go to DDSketches, and
  // the percentiles are checked against DuckDB's to the relativeError they report.
  "servicekpi-sketch": { script: "servicekpi.mjs", args: ["--source", "memory", "--max-exact-values", "1000", "--label", "memory, maxExactValues 1000"], memory: true, quickOnly: true },
};

function parseSize(text) {
  const n = Number(text.replaceAll("_", "").replace(/k$/i, "e3").replace(/m$/i, "e6"));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--sizes: "${text}" is not a whole number of tickets`);
  return n;
}

const { values: flags } = parseArgs({
  options: {
    quick: { type: "boolean" }, sizes: { type: "string" }, seed: { type: "string" }, only: { type: "string" },
    "duckdb-threads": { type: "string" }, "max-exact-values": { type: "string" }, "heap-mb": { type: "string" }, "stream-heap-mb": { type: "string" },
    results: { type: "string" }, help: { type: "boolean" },
  },
  strict: true,
});
if (flags.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const sizes = flags.sizes !== undefined ? flags.sizes.split(",").map(parseSize) : flags.quick ? [20_000] : [1_000_000, 10_000_000];
const seed = flags.seed === undefined ? 1 : parseSize(flags.seed);
const only = flags.only !== undefined ? flags.only.split(",").map((s) => s.trim()) : Object.keys(CONTENDERS).filter((n) => (flags.quick ? !CONTENDERS[n].notQuick : !CONTENDERS[n].quickOnly));
for (const name of only) if (!(name in CONTENDERS)) throw new Error(`--only: unknown contender "${name}" (${Object.keys(CONTENDERS).join(", ")})`);
const heapMB = flags["heap-mb"] === undefined ? 8192 : parseSize(flags["heap-mb"]);
// V8 grows its heap lazily up to the limit it is given: a streaming process under an 8 GB limit
// peaked at 686 MB on 10M tickets, the same run under 256 MB at 156 MB (its live state is small).
const streamHeapMB = flags["stream-heap-mb"] === undefined ? 256 : flags["stream-heap-mb"] === "0" ? 0 : parseSize(flags["stream-heap-mb"]);
const resultsDir = flags.results ?? (flags.quick ? DATA_DIR : join(ROOT, "bench", "results"));

const log = (line) => process.stdout.write(`${line}\n`);
const git = (...a) => {
  try {
    return execFileSync("git", a, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
};

/** Runs one contender in its own process; resolves with its report, or `{ error }`. */
function runContender(name, file, size) {
  const c = CONTENDERS[name];
  const out = join(DATA_DIR, `result-${name}-${size}.json`);
  const extra = [];
  if (name === "duckdb" && flags["duckdb-threads"] !== undefined) extra.push("--threads", flags["duckdb-threads"]);
  if (name.startsWith("servicekpi")) extra.push("--dist", dist.dir);
  if (name.startsWith("servicekpi") && !c.args.includes("--max-exact-values") && flags["max-exact-values"] !== undefined) extra.push("--max-exact-values", flags["max-exact-values"]);
  const limit = c.memory ? heapMB : streamHeapMB;
  const node = name.startsWith("duckdb") || limit === 0 ? [] : [`--max-old-space-size=${limit}`];
  const argv = [...node, join(ROOT, "bench", "contenders", c.script), "--file", file, "--out", out, ...c.args, ...extra];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, argv, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
      process.stderr.write(d);
    });
    child.on("close", (code, signal) => {
      const processMs = performance.now() - t0;
      if (code === 0) {
        resolve({ name, processMs, ...JSON.parse(readFileSync(out, "utf8")) });
        return;
      }
      const outOfMemory = /heap out of memory|Allocation failed|ENOMEM/i.test(stderr) || signal === "SIGKILL";
      const last = stderr.trim().split("\n").filter((l) => l.trim() !== "").slice(-3).join(" | ");
      resolve({ name, processMs, error: outOfMemory ? `out of memory (heap limit ${limit || "default"} MB): ${last}` : `exit ${code ?? signal}: ${last}`, outOfMemory });
    });
  });
}

// Taken now, with the commit: every contender and the sample generator use this copy.
const commit = git("rev-parse", "--short", "HEAD");
const srcChanged = (git("status", "--porcelain", "--", "src") ?? "") !== "";
const dist = snapshotDist();
const env = {
  date: new Date().toISOString(),
  commit,
  srcChanged,
  dist: dist.hash,
  node: process.version,
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 1073741824),
  duckdb: JSON.parse(readFileSync(join(ROOT, "node_modules", "@duckdb", "node-api", "package.json"), "utf8")).version,
  heapMB,
  streamHeapMB,
  maxExactValues: flags["max-exact-values"] === undefined ? null : Number(flags["max-exact-values"]),
};
log(`servicekpi bench: ${sizes.map((s) => s.toLocaleString("en-US")).join(", ")} tickets, seed ${seed}; Node ${env.node}, ${env.cores} cores (${env.cpu}), ${env.memoryGB} GB`);

mkdirSync(resultsDir, { recursive: true });
const jsonFile = join(resultsDir, flags.quick ? "quick.json" : "latest.json");
const previous = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, "utf8")) : { runs: [] };
const runs = [];

/**
 * Why `size` records would not fit in memory, from the RSS after loading measured at another
 * size of at least 500,000 (this run or the previous results), or `null` when they should fit.
 */
function tooBigForMemory(size) {
  const measured = [...runs, ...previous.runs].flatMap((r) => (r.size < 500_000 ? [] : r.contenders.filter((c) => c.rssAfterLoadMB !== undefined).map((c) => ({ size: r.size, mb: c.rssAfterLoadMB }))));
  if (measured.length === 0) return null;
  const perRecord = Math.max(...measured.map((m) => (m.mb - 50) / m.size));
  const needMB = perRecord * size * 1.15 + 50;
  const freeMB = os.freemem() / 1048576;
  const why = `${size.toLocaleString("en-US")} records need about ${fmtGB(needMB)} in a Node heap (${fmtGB(perRecord * 1e6)} per million measured after loading, plus 15% for the aggregators)`;
  if (needMB > heapMB) return `${why}, over the heap limit of ${fmtGB(heapMB)} (--heap-mb)`;
  if (needMB > 0.8 * freeMB) return `${why}, over 80% of the ${fmtGB(freeMB)} free on this machine`;
  return null;
}
const fmtGB = (mb) => `${(mb / 1024).toFixed(1)} GB`;

let mismatches = 0;
let crashes = 0;
for (const size of sizes) {
  log(`\n== ${size.toLocaleString("en-US")} tickets ==`);
  const sample = ensureSample(size, seed, log, dist.dir);
  const run = { size, seed, fileMB: sample.bytes / 1048576, generateMs: sample.generateMs, loadAverage: os.loadavg()[0], contenders: [], skipped: [], problems: [] };
  let recordsDoNotFit = only.some((n) => CONTENDERS[n].memory) ? tooBigForMemory(size) : null;
  for (const name of Object.keys(CONTENDERS).filter((n) => only.includes(n))) {
    if (CONTENDERS[name].memory && recordsDoNotFit !== null) {
      run.skipped.push({ name, reason: recordsDoNotFit });
      log(`  ${name}: skipped: ${recordsDoNotFit}`);
      continue;
    }
    log(`  ${name} ...`);
    const r = await runContender(name, sample.file, size);
    if (r.error !== undefined) {
      if (CONTENDERS[name].memory && r.outOfMemory) {
        recordsDoNotFit = `${size.toLocaleString("en-US")} records do not fit in memory: ${r.error}`;
        run.skipped.push({ name, reason: recordsDoNotFit });
        log(`  ${name}: ${recordsDoNotFit}`);
      } else {
        crashes++;
        run.problems.push(`${name} crashed: ${r.error}`);
        log(`  ${name}: CRASHED: ${r.error}`);
      }
      continue;
    }
    run.contenders.push(r);
    const load = r.loadMs === undefined ? "" : `, loaded in ${(r.loadMs / 1000).toFixed(1)} s (RSS ${r.rssAfterLoadMB.toFixed(0)} MB)`;
    log(`  ${r.contender}: ${(r.timedMs / 1000).toFixed(2)} s timed, peak RSS ${r.maxRssMB.toFixed(0)} MB${load}; process ${(r.processMs / 1000).toFixed(1)} s`);
  }

  // The checks: every servicekpi number against DuckDB's, the floor's sums against DuckDB's totals.
  const duck = run.contenders.find((c) => c.name === "duckdb") ?? run.contenders.find((c) => c.name === "duckdb-1-thread");
  if (duck === undefined) {
    log("  (DuckDB not run: nothing to check the numbers against)");
  } else {
    for (const c of run.contenders.filter((x) => x.name.startsWith("servicekpi"))) {
      const stats = { sketchPercentiles: 0, maxSketchError: 0 };
      for (const view of ["monthly", "daily"]) run.problems.push(...compareSummaries(`${c.contender} ${view}`, c.results[view], duck.results[view], stats));
      if (stats.sketchPercentiles > 0) c.sketch = stats;
    }
    for (const c of run.contenders.filter((x) => x.name.startsWith("floor"))) {
      for (const [k, v] of Object.entries(duck.results.floorCheck)) {
        if (c.results.sums[k] !== v) run.problems.push(`${c.contender}: ${k} ${c.results.sums[k]}, DuckDB ${v} (the floor read the file wrong)`);
      }
    }
    const compared = run.contenders.filter((x) => !x.name.startsWith("duckdb")).length;
    const mismatchCount = run.problems.filter((p) => !p.includes(" crashed: ")).length;
    mismatches += mismatchCount;
    const groups = Object.keys(duck.results.monthly.rows).length + Object.keys(duck.results.daily.rows).length;
    run.checked = { groups, contenders: compared };
    if (mismatchCount === 0) log(`  numbers agree: ${compared} contender(s) against DuckDB, ${groups} rows (channel × month, day, totals)`);
    for (const c of run.contenders.filter((x) => x.sketch !== undefined)) {
      log(`  ${c.contender}: ${c.sketch.sketchPercentiles} percentiles from DDSketches (exact: false), at most ${(100 * c.sketch.maxSketchError).toFixed(3)}% from DuckDB's`);
    }
  }
  for (const c of run.contenders) {
    const approx = c.results?.monthly === undefined ? [] : Object.values(c.results.monthly.approx).map(Object.keys);
    c.approxKpis = [...new Set(approx.flat())];
    c.approxCells = approx.flat().length; // (row, duration KPI) pairs from a sketch, of 2 per row
    c.durationCells = c.results?.monthly === undefined ? 0 : 2 * Object.keys(c.results.monthly.rows).length;
    delete c.results;
  }
  log("");
  log(renderTable(run));
  runs.push(run);
}

// Results: merged with earlier runs of other sizes (seeds, maxExactValues), so 1M and 10M can be run apart.
const sameSetup = (p, r) => p.size === r.size && p.seed === r.seed && (p.env?.maxExactValues ?? null) === env.maxExactValues;
const merged = [...previous.runs.filter((p) => !runs.some((r) => sameSetup(p, r))), ...runs.map((r) => ({ ...r, env }))]
  .sort((a, b) => a.size - b.size || a.seed - b.seed || (a.env.maxExactValues ?? 0) - (b.env.maxExactValues ?? 0));
writeFileSync(jsonFile, `${JSON.stringify({ runs: merged }, null, 2)}\n`);
writeFileSync(jsonFile.replace(/\.json$/, ".md"), renderMarkdown(merged));
log(`results: ${jsonFile} and ${jsonFile.replace(/\.json$/, ".md")}`);

const problems = runs.flatMap((r) => r.problems.map((p) => `${r.size.toLocaleString("en-US")} tickets: ${p}`));
if (problems.length > 0) {
  process.stderr.write(`\nbench: ${mismatches} number(s) disagree, ${crashes} contender(s) crashed:\n`);
  for (const p of problems.slice(0, 200)) process.stderr.write(`  ${p}\n`);
  if (problems.length > 200) process.stderr.write(`  ... and ${problems.length - 200} more (all in ${jsonFile})\n`);
  process.exit(1);
}
