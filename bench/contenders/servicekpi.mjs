// servicekpi: the report of bench/README.md with createAggregator, from records already in
// memory (`--source memory`) or streamed from the CSV by readRecords (`--source csv`).
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { childArgs, report, rssMB, stopwatch } from "../lib/child.mjs";
import { loadRecords } from "../lib/csv.mjs";
import { flattenSummary } from "../lib/flat.mjs";
import { summaryOptions } from "../lib/spec.mjs";

const args = childArgs({ source: { type: "string" }, "max-exact-values": { type: "string" }, "verify-rows": { type: "string" }, label: { type: "string" }, dist: { type: "string" } });
// The build to measure: the run's copy of dist/ (bench/lib/data.mjs, snapshotDist), else dist/.
const dist = args.dist ?? fileURLToPath(new URL("../../dist", import.meta.url));
const load = (entry) => import(pathToFileURL(join(dist, entry)).href);
const [{ createAggregator }, { readRecords }, { ticketSchema }] = await Promise.all([load("index.js"), load("node/index.js"), load("schemas/index.js")]);
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
} else if (args.source === "csv") {
  watch.lap();
  monthly = createAggregator(options.monthly);
  daily = createAggregator(options.daily);
  const reader = readRecords(file, { schema: ticketSchema, onInvalid: "collect" });
  for await (const r of reader) {
    monthly.add(r);
    daily.add(r);
  }
  phases.readAndAdd = watch.lap();
  rows = reader.counts.rows;
  if (reader.counts.rejected > 0) {
    const first = reader.rejected[0];
    throw new Error(`readRecords rejected ${reader.counts.rejected} of ${rows} rows; the first, line ${first.line}: ${JSON.stringify(first.issues)}`);
  }
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
