// Aggregators: CPU time per ticket of the benchmark's two aggregators (bench/lib/spec.mjs: channel ×
// month with eight KPIs, and the backlog by day), fed records already in memory, as readRecords
// gives them (`Date` timestamps). Timing lives here, never in tests.
//
//   npm run bench:aggregate                      # 200,000 sample tickets, 5 rounds
//   node bench/aggregators.mjs --tickets 50000 --rounds 9
//   node bench/aggregators.mjs --dist ../other/dist       # another build (before/after comparisons)
//
// "first pass" is the first run in the process (the JIT still compiling, the zone tables empty),
// as a one-off report meets it; every other line is the median of --rounds runs after it, and
// the least of them (the steadier figure on a shared machine). Times
// are the process's CPU time (process.cpuUsage) over the part named, divided by the tickets.
// "both" adds every record to the two aggregators in one pass, then takes result() of each, as
// the bench's servicekpi contender does; "both, one reading" does the same with the internal
// addToEach of the command line, which reads each record once for both (absent in builds
// without it). A JSON line with the numbers ends
// the output, for scripts.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadRecords } from "./lib/csv.mjs";
import { summaryOptions } from "./lib/spec.mjs";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const tickets = flag("tickets", 200_000);
const rounds = flag("rounds", 5);
const distAt = args.indexOf("--dist");
const dist = distAt < 0 ? new URL("../dist/", import.meta.url) : pathToFileURL(`${args[distAt + 1]}/`);
const { createAggregator } = await import(new URL("index.js", dist).href);
// the command line's way of feeding several views: one reading of each record for all (internal)
const { addToEach } = await import(new URL("aggregate/summarize/createAggregator.js", dist).href);

const file = join(tmpdir(), `servicekpi-sample-${tickets}.csv`);
if (!existsSync(file)) {
  const cli = new URL("../dist/cli/index.js", import.meta.url);
  execFileSync(process.execPath, [cli.pathname, "sample", "--tickets", String(tickets), "--seed", "1", "--out", file]);
}
const records = await loadRecords(file);
const options = summaryOptions();

/** CPU ms (user + system) of running `work`. */
function cpuMs(work) {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const parts = {
  monthly: () => {
    const a = createAggregator(options.monthly);
    for (const r of records) a.add(r);
    a.result();
  },
  daily: () => {
    const a = createAggregator(options.daily);
    for (const r of records) a.add(r);
    a.result();
  },
  both: () => {
    const monthly = createAggregator(options.monthly);
    const daily = createAggregator(options.daily);
    for (const r of records) {
      monthly.add(r);
      daily.add(r);
    }
    monthly.result();
    daily.result();
  },
};
if (addToEach !== undefined) {
  parts["both, one reading"] = () => {
    const both = [createAggregator(options.monthly), createAggregator(options.daily)];
    for (const r of records) addToEach(both, r);
    for (const a of both) a.result();
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perTicket = (ms) => Number(((ms * 1000) / records.length).toFixed(2));
console.log(`servicekpi aggregators (${dist.pathname}): ${records.length.toLocaleString("en-US")} sample tickets in memory, ${rounds} rounds; Node ${process.version}`);
const first = cpuMs(parts.both);
const out = { firstPass: { cpuMs: Math.round(first), usPerTicket: perTicket(first) } };
console.log(`  ${"first pass (both)".padEnd(18)} ${(first / 1000).toFixed(2)} s CPU, ${perTicket(first).toFixed(2)} µs a ticket`);
for (const [name, work] of Object.entries(parts)) {
  const times = Array.from({ length: rounds }, () => cpuMs(work));
  const ms = median(times);
  const least = Math.min(...times);
  out[name] = { cpuMs: Math.round(ms), usPerTicket: perTicket(ms), leastUsPerTicket: perTicket(least) };
  console.log(`  ${name.padEnd(18)} ${(ms / 1000).toFixed(2)} s CPU, ${perTicket(ms).toFixed(2)} µs a ticket; least ${perTicket(least).toFixed(2)} µs (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s)`);
}
console.log(JSON.stringify({ tickets: records.length, rounds, ...out }));
