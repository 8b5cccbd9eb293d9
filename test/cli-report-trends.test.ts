/**
 * `servicekpi report --trends` (issue 15, item 7): the monthly CSAT series of the shared export,
 * counted here by a plain loop, with Mann–Kendall's S, its variance without ties and the
 * continuity-corrected z (Hirsch & Slack 1984; normal tail by Abramowitz & Stegun 7.1.26), Sen's
 * slope as the median of the pairwise slopes, and the p chart's center Σx/Σn with limits
 * p̄ ± 3·√(p̄(1 − p̄)/nᵢ) (Montgomery, Introduction to Statistical Quality Control, ch. 7).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const csvPath = fileURLToPath(new URL("../../shared/data/tickets-5000.csv", import.meta.url));
const mappingPath = fileURLToPath(new URL("../examples/tickets-5000.mapping.json", import.meta.url));

function twoSided(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  return t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
}

interface Trend { kpi: string; periods: string[]; values: number[]; direction: string; pValue: number; slopePerPeriod: number; chart: { type: string; center: number; lower: number[]; upper: number[]; signals: string[] } }

describe.skipIf(!existsSync(csvPath))("servicekpi report --trends", () => {
  it("tests the monthly CSAT for a trend and draws its p chart's limits", async () => {
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel,month", "--kpis", "csat,firstResponseTime", "--trends", "--format", "json");
    expect(r.stderr).toBe("");
    const trends = (JSON.parse(r.stdout) as { trends: Trend[] }).trends;
    expect(trends.map((t) => t.kpi)).toEqual(["n", "csat", "firstResponseTime.mean"]);
    // a duration's mean gets an XmR chart
    expect(trends[2]?.chart.type).toBe("xmr");
    const csat = trends[1] as Trend;
    const lines = readFileSync(csvPath, "utf8").trim().split(/\r?\n/).slice(1).map((l) => l.split(","));
    const months = [...new Set(lines.map((c) => (c[1] as string).slice(0, 7)))].sort();
    const counts = months.map((m) => {
      const rated = lines.filter((c) => (c[1] as string).startsWith(m) && c[11] !== "").map((c) => Number(c[11]));
      return { x: rated.filter((s) => s >= 4).length, n: rated.length };
    });
    const values = counts.map(({ x, n }) => (x * 100) / n);
    expect(csat.periods).toEqual(months);
    csat.values.forEach((v, i) => expect(v).toBeCloseTo(values[i] as number, 9));
    // Mann–Kendall: S = Σ sign(xj − xi), Var S = n(n − 1)(2n + 5)/18 (no ties here), z with continuity correction
    const n = values.length;
    let s = 0;
    const slopes: number[] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      s += Math.sign((values[j] as number) - (values[i] as number));
      slopes.push(((values[j] as number) - (values[i] as number)) / (j - i));
    }
    const z = (s - Math.sign(s)) / Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
    expect(csat.pValue).toBeCloseTo(twoSided(z), 6);
    expect(csat.direction).toBe(twoSided(z) < 0.05 ? (s > 0 ? "increasing" : "decreasing") : "no trend");
    slopes.sort((a, b) => a - b);
    const mid = slopes.length / 2;
    expect(csat.slopePerPeriod).toBeCloseTo(slopes.length % 2 === 1 ? (slopes[Math.floor(mid)] as number) : ((slopes[mid - 1] as number) + (slopes[mid] as number)) / 2, 9);
    // p chart: center Σx/Σn, limits per month from its own n
    const p = counts.reduce((a, c) => a + c.x, 0) / counts.reduce((a, c) => a + c.n, 0);
    expect(csat.chart.type).toBe("p");
    expect(csat.chart.center).toBeCloseTo(p * 100, 9);
    counts.forEach(({ n: ni }, i) => {
      expect(csat.chart.upper[i]).toBeCloseTo(Math.min(1, p + 3 * Math.sqrt((p * (1 - p)) / ni)) * 100, 9);
      expect(csat.chart.lower[i]).toBeCloseTo(Math.max(0, p - 3 * Math.sqrt((p * (1 - p)) / ni)) * 100, 9);
    });
  });

  it("needs a period", async () => {
    expect(await cli("report", csvPath, "--mapping", mappingPath, "--trends")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--trends: add a period to --by/) });
  });
});
