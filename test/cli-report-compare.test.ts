/**
 * `servicekpi report --compare` (issue 15, item 5). The expected p-values are the pooled
 * two-proportion z-test written out here (normal tail by Abramowitz & Stegun 7.1.26, |error| <
 * 1.5e-7), on counts taken from the CSV by a plain loop; a report compared with itself changes by
 * 0 with p = 1; period labels step back by the calendar.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";
import { shiftedLabel } from "../src/cli/report/compare.js";

const csvPath = fileURLToPath(new URL("../../shared/data/tickets-5000.csv", import.meta.url));
const mappingPath = fileURLToPath(new URL("../examples/tickets-5000.mapping.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "servicekpi-compare-"));

/** P(|Z| ≥ |z|) with erfc from Abramowitz & Stegun 7.1.26. */
function twoSided(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return erfc;
}

interface Cmp { group: Record<string, string>; against: Record<string, string>; kpi: string; value: number; before: number; change: number; pValue: number | null; test: string | null }

describe("period labels a period and a year back", () => {
  it("steps over year ends, ISO week 53 and 29 February", () => {
    expect(["2026-03", "2026-01"].map((l) => shiftedLabel(l, "month", "previous"))).toEqual(["2026-02", "2025-12"]);
    expect(shiftedLabel("2026-Q1", "quarter", "previous")).toBe("2025-Q4");
    expect(shiftedLabel("2026-Q3", "quarter", "year")).toBe("2025-Q3");
    expect(shiftedLabel("2021-W01", "week", "previous")).toBe("2020-W53"); // 2020 had 53 ISO weeks
    expect(shiftedLabel("2026-W01", "week", "previous")).toBe("2025-W52");
    expect(shiftedLabel("2021-W10", "week", "year")).toBe("2020-W10");
    expect(shiftedLabel("2020-W53", "week", "year")).toBeNull(); // 2019 had 52
    expect(shiftedLabel("2024-03-01", "day", "previous")).toBe("2024-02-29");
    expect(shiftedLabel("2024-02-29", "day", "year")).toBeNull();
    expect(shiftedLabel("2025-01-01", "day", "year")).toBe("2024-01-01");
    expect(shiftedLabel("2026", "year", "previous")).toBe("2025");
  });
});

describe.skipIf(!existsSync(csvPath))("servicekpi report --compare on tickets-5000.csv", () => {
  const lines = existsSync(csvPath) ? readFileSync(csvPath, "utf8").trim().split(/\r?\n/) : ["x"];
  const header = (lines[0] as string).split(",");
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(",").map((v, i) => [header[i], v])) as Record<string, string>);

  it("puts each month beside the one before, with the two-proportion test of CSAT", async () => {
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--by", "month", "--kpis", "csat,resolutionRate", "--compare", "previous", "--format", "json");
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { comparison: { with: string; alpha: number; rows: Cmp[] } };
    expect([out.comparison.with, out.comparison.alpha]).toEqual(["previous", 0.05]);
    // eleven months have a month before them in 2024 (January has none)
    expect(new Set(out.comparison.rows.map((c) => c.group["period"])).size).toBe(11);
    const month = (m: string) => rows.filter((t) => (t["created_date"] as string).startsWith(m) && t["csat_score"] !== "").map((t) => Number(t["csat_score"]) >= 4);
    for (const [now, before] of [["2024-02", "2024-01"], ["2024-07", "2024-06"]] as const) {
      const c = out.comparison.rows.find((x) => x.group["period"] === now && x.kpi === "csat") as Cmp;
      const [a, b] = [month(now), month(before)];
      const [xa, xb] = [a.filter(Boolean).length, b.filter(Boolean).length];
      const pooled = (xa + xb) / (a.length + b.length);
      const z = (xa / a.length - xb / b.length) / Math.sqrt(pooled * (1 - pooled) * (1 / a.length + 1 / b.length));
      expect(c.against["period"]).toBe(before);
      expect(c.change).toBeCloseTo(((xa / a.length) - (xb / b.length)) * 100, 9);
      expect(c.pValue).toBeCloseTo(twoSided(z), 6);
      expect(c.test).toBe("two-proportion z-test");
    }
  });

  it("against a saved report: the same file changes by 0, with p = 1", async () => {
    const saved = join(dir, "saved.json");
    writeFileSync(saved, (await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel", "--format", "json")).stdout);
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel", "--compare", saved, "--format", "json");
    const cmp = (JSON.parse(r.stdout) as { comparison: { rows: Cmp[] } }).comparison.rows;
    const channels = new Set(rows.map((t) => t["channel"]));
    expect(new Set(cmp.map((c) => c.group["channel"] ?? "total")).size).toBe(channels.size + 1);
    for (const c of cmp) {
      expect(c.change).toBe(0);
      if (c.test !== null) expect(c.pValue).toBeCloseTo(1, 12);
    }
  });

  it("matches a saved report's rows by every dimension", async () => {
    const saved = join(dir, "saved2.json");
    writeFileSync(saved, (await cli("report", csvPath, "--mapping", mappingPath, "--by", "priority,channel", "--kpis", "csat", "--format", "json")).stdout);
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel,priority", "--kpis", "csat", "--compare", saved, "--format", "json");
    const cmp = (JSON.parse(r.stdout) as { comparison: { rows: Cmp[] } }).comparison.rows.filter((c) => c.kpi === "csat");
    // every channel × priority row found its twin (the dimensions in another order), plus the total
    const pairs = new Set(rows.map((t) => `${t["channel"]} ${t["priority"]}`));
    expect(cmp).toHaveLength(pairs.size + 1);
    for (const c of cmp) expect([c.change, c.against["channel"] ?? null, c.against["priority"] ?? null]).toEqual([0, c.group["channel"] ?? null, c.group["priority"] ?? null]);
  });

  it("needs a period for previous and year, and a saved JSON report otherwise", async () => {
    expect(await cli("report", csvPath, "--mapping", mappingPath, "--compare", "previous")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--compare previous: add a period to --by/) });
    const notReport = join(dir, "x.json");
    writeFileSync(notReport, "[1, 2]");
    expect(await cli("report", csvPath, "--mapping", mappingPath, "--compare", notReport)).toMatchObject({ code: 3, stderr: expect.stringMatching(/expected a report saved with --format json/) });
    // rows that are no rows (without their group) are no saved report either: one line, exit 3, not an internal error
    writeFileSync(notReport, JSON.stringify({ summary: { rows: [1, 2], total: {} } }));
    expect(await cli("report", csvPath, "--mapping", mappingPath, "--compare", notReport)).toMatchObject({ code: 3, stderr: expect.stringMatching(/^servicekpi: --compare .*x\.json: expected a report saved with --format json.*\n$/) });
  });
});

describe("servicekpi report --compare: KPIs improving at another's cost", () => {
  it("warns when handle time fell while CSAT fell too (kpiBalance)", async () => {
    // January: handle times 10 min, CSAT 5 and 5; February: 5 min, CSAT 1 and 2
    const file = join(dir, "balance.csv");
    writeFileSync(file, "id,created,handle_min,csat\n1,2026-01-05T10:00:00Z,10,5\n2,2026-01-06T10:00:00Z,10,5\n3,2026-02-05T10:00:00Z,5,1\n4,2026-02-06T10:00:00Z,5,2\n");
    const r = await cli("report", file, "--map", "id=id,createdAt=created,handleMs=handle_min@minutes,csat=csat", "--by", "month", "--compare", "previous", "--format", "json");
    const warnings = (JSON.parse(r.stdout) as { warnings: string[] }).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^2026-02 against 2026-01: .*handle time.*CSAT/i);
    expect(r.stderr).toContain(`servicekpi: warning: ${warnings[0] as string}`);
  });
});

describe("servicekpi report --compare: durations by Welch's t-test", () => {
  it("tests the change of a mean first response as scipy's ttest_ind(equal_var=False) does", async () => {
    // January 10, 20, 30, 40 min; February 30, 50, 70, 90 min. scipy 1.x:
    // stats.ttest_ind([30, 50, 70, 90], [10, 20, 30, 40], equal_var=False)
    //   → statistic 2.4248711305964283, pvalue 0.06645858409863344, df 4.411764705882352
    const file = join(dir, "frt.csv");
    const rows = [[1, "01-05", 10], [2, "01-06", 20], [3, "01-07", 30], [4, "01-08", 40], [5, "02-05", 30], [6, "02-06", 50], [7, "02-07", 70], [8, "02-08", 90]];
    writeFileSync(file, `id,created,frt\n${rows.map(([id, d, m]) => `${id},2026-${d}T10:00:00Z,${m}`).join("\n")}\n`);
    const r = await cli("report", file, "--map", "id=id,createdAt=created,firstResponseMs=frt@minutes", "--by", "month", "--kpis", "firstResponseTime", "--compare", "previous", "--format", "json");
    const c = (JSON.parse(r.stdout) as { comparison: { rows: Cmp[] } }).comparison.rows.find((x) => x.kpi === "firstResponseTime.mean") as Cmp;
    expect([c.value, c.before, c.test]).toEqual([60 * 60_000, 25 * 60_000, "Welch's t-test"]);
    expect(c.pValue).toBeCloseTo(0.06645858409863344, 8);
  });
});

