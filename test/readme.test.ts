/**
 * The README's quick start, executed. Each call below must appear verbatim in the README's first
 * `ts` block, and the numbers the README shows as comments are asserted here (truncated digits
 * with "…" are checked to that many decimals). The references: NPS 20 and the counts by hand
 * (5 promoters − 3 detractors of 10); Tango's bounds from test/reference/nps_intervals.py; Wilson
 * bounds from statsmodels' proportion_confint(method="wilson"); percentiles from
 * numpy.quantile(…, method="linear"), whose scalar result for p = 0.95 is 2927999.9999999995.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { csat, durationStats, firstContactResolution, nps } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const quickStart = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

/** Asserts that the README shows this call, so the test and the page cannot drift apart. */
function shown(call: string): void {
  expect(quickStart).toContain(call);
}

describe("README quick start", () => {
  it("is at most 10 lines and imports from the package", () => {
    expect(quickStart.trim().split("\n").length).toBeLessThanOrEqual(10);
    expect(quickStart).toContain('from "servicekpi"');
  });

  it("nps with Tango's interval", () => {
    shown("nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 2]);");
    const r = nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 2]);
    expect(r).toMatchObject({ value: 20, n: 10, promoters: 5, passives: 2, detractors: 3 });
    expect(r.standardError).toBeCloseTo(27.568, 3);
    expect(r.ci?.lower).toBeCloseTo(-32.9548, 3);
    expect(r.ci?.upper).toBeCloseTo(62.8241, 3);
    expect(quickStart).toContain("lower: -32.954…, upper: 62.824…");
  });

  it("csat with Wilson's interval", () => {
    shown("csat([5, 4, 4, 3, 1]);");
    const r = csat([5, 4, 4, 3, 1]);
    expect(r).toMatchObject({ value: 60, n: 5, satisfied: 3, mean: 3.4 });
    expect(r.ci?.lower).toBeCloseTo(23.0724, 3);
    expect(r.ci?.upper).toBeCloseTo(88.2379, 3);
  });

  it("first-contact resolution", () => {
    shown("firstContactResolution({ resolvedOnFirstContact: 72, resolved: 100 });");
    const r = firstContactResolution({ resolvedOnFirstContact: 72, resolved: 100 });
    expect(r.value).toBe(72);
    expect(r.ci?.lower).toBeCloseTo(62.5120, 3);
    expect(r.ci?.upper).toBeCloseTo(79.8603, 3);
  });

  it("duration percentiles", () => {
    shown("durationStats([45_000, 60_000, 90_000, 240_000, 3_600_000]).percentiles;");
    expect(durationStats([45_000, 60_000, 90_000, 240_000, 3_600_000]).percentiles).toEqual({
      p50: 90000,
      p90: 2256000,
      p95: 2927999.9999999995,
    });
    expect(quickStart).toContain("p95: 2927999.9999999995");
  });

  it("no answers is null", () => {
    shown("nps([]).value;");
    expect(nps([]).value).toBeNull();
  });
});
