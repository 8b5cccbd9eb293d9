import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { benchmarks } from "../benchmarks/benchmarks.js";
import { rateAgainstBenchmarks } from "./rateAgainstBenchmarks.js";

const entry = fc.constantFrom(...benchmarks);

test.prop([entry, fc.double({ min: -1e7, max: 1e8, noNaN: true })])("a rating's benchmark is met and is the strictest met", (b, value) => {
  const r = rateAgainstBenchmarks(b.kpi, value, { channel: b.channel });
  const met = benchmarks.filter(
    (c) => c.kpi === b.kpi && (c.channel === undefined || c.channel === b.channel) && (c.direction === "higher-is-better" ? value >= c.threshold : value <= c.threshold),
  );
  if (met.length === 0) expect(r).toBeNull();
  else {
    const t = r!.benchmark.threshold;
    for (const c of met) expect(c.direction === "higher-is-better" ? t >= c.threshold : t <= c.threshold).toBe(true);
  }
});

test.prop([entry, fc.double({ min: 0, max: 1e6, noNaN: true })])("a better value never rates lower", (b, delta) => {
  const worse = rateAgainstBenchmarks(b.kpi, b.threshold, { channel: b.channel })!;
  const betterValue = b.direction === "higher-is-better" ? b.threshold + delta : b.threshold - delta;
  const better = rateAgainstBenchmarks(b.kpi, betterValue, { channel: b.channel })!;
  const strict = (x: number, y: number) => (b.direction === "higher-is-better" ? x >= y : x <= y);
  expect(strict(better.benchmark.threshold, worse.benchmark.threshold)).toBe(true);
});
