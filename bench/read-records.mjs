// Reading exports: rows per second of the CSV layer and of readRecords with and without the fast
// path, on a CSV of sample tickets or on a file you give. Timing lives here, never in tests.
//
//   npm run build && node bench/read-records.mjs                       # 200,000 sample tickets
//   node bench/read-records.mjs --tickets 1000000                        # more sample tickets
//   node bench/read-records.mjs ../shared/data/tickets-5000.csv examples/tickets-5000.mapping.json
//
// Each line is the median of --rounds runs (default 5): wall time, and process CPU time (which
// counts the file-reading and GC threads too; on a busy machine it is the steadier of the two).
// "zod only" reads with `ticketSchema.safeExtend({})`: the same schema as a new object, which
// has no fast path, so every row is validated by zod (the reader before the fast path).
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse";
import * as z from "zod";
import { readRecords } from "../dist/node/index.js";
import { ticketSchema } from "../dist/schemas/index.js";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(args.splice(at, 2)[1]);
};
const tickets = flag("tickets", 200_000);
const rounds = flag("rounds", 5);
let [file, mappingFile] = args;
if (file === undefined) {
  file = join(tmpdir(), `servicekpi-sample-${tickets}.csv`);
  if (!existsSync(file)) {
    const cli = new URL("../dist/cli/index.js", import.meta.url);
    execFileSync(process.execPath, [cli.pathname, "sample", "--tickets", String(tickets), "--seed", "1", "--out", file]);
  }
}
const mapping = mappingFile === undefined ? undefined : JSON.parse(readFileSync(mappingFile, "utf8"));

// The sample again with every timestamp written the US way (2026-01-15T08:51:40.289Z becomes
// 1/15/2026 8:51:40.289), read with a dateFormat: the cost of a date-fns pattern against ISO.
const US_FORMAT = "M/d/yyyy H:mm:ss.SSS";
const usFile = mappingFile === undefined ? file.replace(/\.csv$/, "-us.csv") : undefined;
if (usFile !== undefined && !existsSync(usFile)) {
  const iso = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}\.\d{3})Z/g;
  const us = readFileSync(file, "utf8").replace(iso, (_, y, mo, d, h, mi, s) => `${Number(mo)}/${Number(d)}/${y} ${Number(h)}:${mi}:${s}`);
  writeFileSync(usFile, us);
}

async function csvParseOnly() {
  const parser = createReadStream(file).pipe(parse({ relax_column_count: true, relax_quotes: true, raw: true, skip_empty_lines: true }));
  let rows = -1; // the header
  for await (const record of parser) rows += record.record.length > 0 ? 1 : 0;
  return rows;
}

/** Reads `from` (default the file), summing the creation times so that two readings can be compared. */
async function read(schema, options = {}, from = file) {
  const reader = readRecords(from, { schema, onInvalid: "skip", ...options });
  let records = 0;
  let sum = 0;
  for await (const record of reader) {
    records += 1; // produced and dropped, as a streaming aggregation would
    sum += record.createdAt?.getTime() ?? 0;
  }
  if (records !== reader.counts.records) throw new Error("records lost");
  checksums.set(from, sum);
  return reader.counts.rows;
}
const checksums = new Map();

const runs = [
  ["csv-parse alone (records as arrays, the old CSV layer)", csvParseOnly],
  ["readRecords, empty schema (the CSV layer and the reader)", () => read(z.object({}))],
  ["readRecords, ticketSchema, zod only (the old path)", () => read(ticketSchema.safeExtend({}), { mapping })],
  ["readRecords, ticketSchema, fast path", () => read(ticketSchema, { mapping })],
  ...(usFile === undefined ? [] : [[`readRecords, ticketSchema, US dates (${US_FORMAT})`, () => read(ticketSchema, { dateFormat: US_FORMAT }, usFile)]]),
];

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
// Rounds are interleaved (round 1 of every run, then round 2, …): on a shared machine the load
// drifts, and interleaving spreads the drift over all runs instead of one, which keeps the US/ISO
// ratio steady.
const times = runs.map(() => ({ wall: [], cpu: [], rows: 0 }));
console.log(`${file}: ${rounds} rounds each, interleaved, median`);
for (let r = 0; r < rounds; r++) {
  for (const [i, [, run]] of runs.entries()) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    times[i].rows = await run();
    times[i].wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    times[i].cpu.push((c.user + c.system) / 1000);
  }
}
const medians = new Map();
for (const [i, [label]] of runs.entries()) {
  const { wall, cpu, rows } = times[i];
  const perSecond = (ms) => Math.round((rows / ms) * 1000).toLocaleString("en-US").padStart(9);
  console.log(`${label.padEnd(58)} ${String(rows).padStart(8)} rows  ${perSecond(median(wall))} rows/s wall  ${perSecond(median(cpu))} rows/s cpu`);
  medians.set(label, median(cpu));
}
if (usFile !== undefined) {
  // the same instants, whichever way they were written
  if (checksums.get(usFile) !== checksums.get(file)) throw new Error("the US dates were not read as the ISO ones");
  const [iso, us] = [...medians.values()].slice(-2);
  console.log(`US dates with a dateFormat take ${(us / iso).toFixed(2)}× the CPU time of ISO dates (the target: within 1.5×)`);
}
