// What every contender process shares: its arguments, a clock, and the report it leaves for
// bench/run.mjs (wall times of the timed phases, peak memory, the numbers it computed).
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

/** The contender's options: `--file`, `--out` and the extra ones named in `options`. */
export function childArgs(options = {}) {
  const { values } = parseArgs({ options: { file: { type: "string" }, out: { type: "string" }, ...options }, strict: true });
  if (values.file === undefined || values.out === undefined) throw new Error("a contender needs --file and --out");
  return values;
}

/** A stopwatch: `lap()` gives the ms since the last lap (or the start). */
export function stopwatch() {
  let last = performance.now();
  return {
    lap() {
      const now = performance.now();
      const ms = now - last;
      last = now;
      return ms;
    },
  };
}

export const rssMB = () => process.memoryUsage().rss / 1048576;

/**
 * Writes the report: `timedMs` is the wall time of the timed phases (what the table shows),
 * `phases` their breakdown; peak RSS from `process.resourceUsage().maxRSS` (KiB on Linux).
 */
export function report(out, { contender, rows, timedMs, phases, extra = {}, results }) {
  const usage = process.resourceUsage();
  const payload = {
    contender,
    rows,
    timedMs,
    phases,
    maxRssMB: usage.maxRSS / 1024,
    cpuUserMs: usage.userCPUTime / 1000,
    cpuSystemMs: usage.systemCPUTime / 1000,
    ...extra,
    results,
  };
  writeFileSync(out, JSON.stringify(payload));
}
