// trend() at length: time and peak memory of the Mann–Kendall test with Sen's slope and its
// interval on 10,000, 100,000 and 1,000,000 points. Timing lives here, never in tests.
//
//   npm run bench:trend                                   # builds, then 1e4, 1e5, 1e6 points
//   node bench/trend.mjs --sizes 1e4,3e5 --shape hourly   # after npm run build
//
// Each size runs in a child process of its own, so that its peak resident memory
// (process.resourceUsage().maxRSS: the whole process, the series included) is its alone.
// Shapes (seeded, the same series every run):
//   walk    a random walk of whole steps −1, 0, +1: few distinct values, many ties (default)
//   hourly  the same walk in tenths, as { t: days, value } points an hour apart (times and
//           values not exact in binary: the path for inexact differences)
//   weekly  the walk with a weekly bump, period 7 (the seasonal test: seven groups)
// "wall" is the time of the trend() call, "cpu" its process CPU time (user + system): on a
// shared machine the second is the steadier. The goal: 1M points in under 10 s and
// under 300 MB.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : args[at + 1];
};
const shape = option("shape", "walk");

/** The series of a shape (seeded generator: the same numbers every run). */
function series(n) {
  let state = 12345;
  const step = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return Math.floor((state / 4_294_967_296) * 3) - 1;
  };
  let v = 0;
  if (shape === "hourly") {
    const start = Date.UTC(2020, 0, 1) / 86_400_000;
    return { points: Array.from({ length: n }, (_, i) => ({ t: start + i / 24, value: (v += step()) / 10 })), options: {} };
  }
  if (shape === "weekly") return { points: Array.from({ length: n }, (_, i) => (v += step()) + (i % 7 === 0 ? 3 : 0)), options: { period: 7 } };
  return { points: Array.from({ length: n }, () => (v += step())), options: {} };
}

if (args.includes("--child")) {
  const n = Number(option("child", "0"));
  const { trend } = await import(new URL("../dist/index.js", import.meta.url).href);
  const { points, options } = series(n);
  const rssBefore = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const r = trend(points, options);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({
    n, wallMs: wall, cpuMs: (used.user + used.system) / 1000,
    peakMB: (process.resourceUsage().maxRSS * 1024) / 1e6, seriesMB: rssBefore / 1e6,
    s: r.s, slope: r.slope, slopeCi: r.slopeCi, direction: r.direction,
  }));
} else {
  const sizes = option("sizes", "1e4,1e5,1e6").split(",").map(Number);
  const script = fileURLToPath(import.meta.url);
  console.log(`trend(), shape "${shape}"\n`);
  console.log("| points | wall | cpu | peak RSS | RSS before the call | slope | slopeCi |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  const results = [];
  for (const n of sizes) {
    const out = execFileSync(process.execPath, [script, "--child", String(n), "--shape", shape], { encoding: "utf8", maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split("\n").pop());
    results.push(r);
    const ci = r.slopeCi === null ? "—" : `${r.slopeCi.lower.toPrecision(6)} … ${r.slopeCi.upper.toPrecision(6)}`;
    console.log(`| ${n.toLocaleString("en")} | ${(r.wallMs / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.peakMB.toFixed(0)} MB | ${r.seriesMB.toFixed(0)} MB | ${r.slope.toPrecision(6)} | ${ci} |`);
  }
  const million = results.find((r) => r.n === 1_000_000);
  if (million !== undefined) {
    const ok = million.wallMs < 10_000 && million.peakMB < 300;
    console.log(`\ngoal (1M points: under 10 s, under 300 MB): ${ok ? "met" : "not met"} (${(million.wallMs / 1000).toFixed(2)} s wall, ${(million.cpuMs / 1000).toFixed(2)} s cpu, ${million.peakMB.toFixed(0)} MB)`);
  }
  console.log(JSON.stringify({ shape, results }));
}
