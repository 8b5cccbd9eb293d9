// servicekpi: the report of bench/README.md with createAggregator, from records already in
// memory (`--source memory`) or streamed from the CSV by readRecords (`--source csv`), on one
// thread or, with `--workers N`, split across N worker threads whose aggregator states are
// merged (the recipe of docs/guides/scaling.md).
import { Buffer } from "node:buffer";
import { closeSync, createReadStream, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { getHeapStatistics } from "node:v8";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { childArgs, report, rssMB, stopwatch } from "../lib/child.mjs";
import { loadRecords } from "../lib/csv.mjs";
import { flattenSummary } from "../lib/flat.mjs";
import { summaryOptions } from "../lib/spec.mjs";

const args = isMainThread
  ? childArgs({ source: { type: "string" }, workers: { type: "string" }, "max-exact-values": { type: "string" }, "verify-rows": { type: "string" }, label: { type: "string" }, dist: { type: "string" } })
  : workerData.args;
// The build to measure: the run's copy of dist/ (bench/lib/data.mjs, snapshotDist), else dist/.
const dist = args.dist ?? fileURLToPath(new URL("../../dist", import.meta.url));
const load = (entry) => import(pathToFileURL(join(dist, entry)).href);
const [{ createAggregator, restoreAggregator }, { readRecords }, { ticketSchema }] = await Promise.all([load("index.js"), load("node/index.js"), load("schemas/index.js")]);
const maxExactValues = args["max-exact-values"] === undefined ? undefined : Number(args["max-exact-values"]);
const options = summaryOptions({ maxExactValues });
const file = args.file;

/** The naive loader must give exactly the records readRecords gives: checked on the first rows. */
async function verifyLoader(rows) {
  const mine = await loadRecords(file, rows);
  const theirs = [];
  for await (const record of readRecords(file, { schema: ticketSchema, onInvalid: "throw" })) {
    theirs.push(record);
    if (theirs.length >= rows) break;
  }
  if (mine.length !== theirs.length) throw new Error(`loader check: ${mine.length} records loaded, readRecords gave ${theirs.length}`);
  for (let i = 0; i < mine.length; i++) {
    if (!isDeepStrictEqual(mine[i], theirs[i])) {
      throw new Error(`loader check: record ${i} differs from readRecords':\n${JSON.stringify(mine[i])}\n${JSON.stringify(theirs[i])}`);
    }
  }
  return mine.length;
}

/**
 * Aggregates the records of `source` (a path, or a stream of CSV text) into both aggregators;
 * gives them with the counts of the reader.
 */
async function aggregate(source) {
  const monthly = createAggregator(options.monthly);
  const daily = createAggregator(options.daily);
  const reader = readRecords(source, { schema: ticketSchema, onInvalid: "collect", format: "csv" });
  for await (const r of reader) {
    monthly.add(r);
    daily.add(r);
  }
  if (reader.counts.rejected > 0) {
    const first = reader.rejected[0];
    throw new Error(`readRecords rejected ${reader.counts.rejected} of ${reader.counts.rows} rows; the first, line ${first.line}: ${JSON.stringify(first.issues)}`);
  }
  return { monthly, daily, rows: reader.counts.rows };
}

/**
 * `parts` byte ranges of the file, each starting at the beginning of a line after the header
 * (the sample has no line breaks inside fields; the row count and DuckDB's check would show a
 * bad cut), and the header line itself.
 */
function byteRanges(parts) {
  const size = statSync(file).size;
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(1 << 16);
  const lineStartAfter = (at) => {
    for (let pos = at; pos < size; pos += buffer.length) {
      const got = readSync(fd, buffer, 0, buffer.length, pos);
      const nl = buffer.subarray(0, got).indexOf(10);
      if (nl >= 0) return pos + nl + 1;
    }
    return size;
  };
  try {
    const bodyStart = lineStartAfter(0);
    const header = Buffer.alloc(bodyStart);
    readSync(fd, header, 0, bodyStart, 0);
    const starts = [bodyStart];
    for (let k = 1; k < parts; k++) starts.push(Math.max(starts[k - 1], lineStartAfter(bodyStart + Math.floor(((size - bodyStart) * k) / parts) - 1)));
    return { header: header.toString("utf8"), ranges: starts.map((start, k) => ({ start, end: k + 1 < parts ? starts[k + 1] : size })) };
  } finally {
    closeSync(fd);
  }
}

/** A worker: its byte range, behind the header, read and aggregated; the states posted back. */
async function work() {
  const { header, start, end } = workerData;
  const stream = Readable.from((async function* () {
    yield header;
    if (end > start) yield* createReadStream(file, { start, end: end - 1 });
  })());
  const { monthly, daily, rows } = await aggregate(stream);
  parentPort.postMessage({ monthly: monthly.toJSON(), daily: daily.toJSON(), rows });
}

/** The contender's process: the timed part, then the report. */
async function main() {
  const watch = stopwatch();
  const phases = {};
  const extra = {};
  let rows;
  let monthly;
  let daily;

  if (args.source === "memory") {
    extra.verifiedRows = await verifyLoader(Number(args["verify-rows"] ?? 20_000));
    watch.lap();
    const records = await loadRecords(file);
    extra.loadMs = watch.lap();
    extra.rssAfterLoadMB = rssMB();
    rows = records.length;
    // Timed from here: the records are in memory.
    monthly = createAggregator(options.monthly);
    for (const r of records) monthly.add(r);
    phases.addMonthly = watch.lap();
    daily = createAggregator(options.daily);
    for (const r of records) daily.add(r);
    phases.addDaily = watch.lap();
  } else if (args.source === "csv" && args.workers === undefined) {
    watch.lap();
    ({ monthly, daily, rows } = await aggregate(file));
    phases.readAndAdd = watch.lap();
  } else if (args.source === "csv") {
    const workers = Number(args.workers);
    if (!Number.isSafeInteger(workers) || workers < 1) throw new Error(`--workers: "${args.workers}" is not a whole number ≥ 1`);
    watch.lap();
    const { header, ranges } = byteRanges(workers);
    const parts = await Promise.all(
      ranges.map(
        ({ start, end }) =>
          new Promise((resolve, reject) => {
            // each worker with the heap limit of this process (the bench's --stream-heap-mb)
          const resourceLimits = { maxOldGenerationSizeMb: Math.round(getHeapStatistics().heap_size_limit / 1048576) };
          const worker = new Worker(new URL(import.meta.url), { workerData: { args, header, start, end }, resourceLimits });
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.once("exit", (code) => code !== 0 && reject(new Error(`a worker exited with code ${code}`)));
          }),
      ),
    );
    phases.readAndAddInWorkers = watch.lap();
    monthly = restoreAggregator(parts[0].monthly, options.monthly);
    daily = restoreAggregator(parts[0].daily, options.daily);
    for (const part of parts.slice(1)) {
      monthly.merge(restoreAggregator(part.monthly, options.monthly));
      daily.merge(restoreAggregator(part.daily, options.daily));
    }
    rows = parts.reduce((sum, part) => sum + part.rows, 0);
    phases.merge = watch.lap();
    extra.workers = workers;
  } else {
    throw new Error('--source: "memory" or "csv"');
  }
  const monthlyResult = monthly.result();
  phases.resultMonthly = watch.lap();
  const dailyResult = daily.result();
  phases.resultDaily = watch.lap();
  const timedMs = Object.values(phases).reduce((s, ms) => s + ms, 0);

  report(args.out, {
    contender: `servicekpi (${args.label ?? args.source})`,
    rows,
    timedMs,
    phases,
    extra,
    results: { monthly: flattenSummary(monthlyResult), daily: flattenSummary(dailyResult) },
  });
}

await (isMainThread ? main() : work());
