/**
 * `servicekpi report --targets` and `--benchmarks` (issue 15, item 6) on the shared export.
 * Expected values come from plain loops over the CSV here (CSAT = scores ≥ 4 over scores; p90 by
 * numpy's linear rule), statuses from the documented rule written out (met at or past the target,
 * at risk when short by no more than the warning band, missed beyond it), and the benchmark
 * thresholds from docs/kpis/benchmarks.md (email first response: under 1 h excellent, under 4 h
 * good; CSAT: 85 strong, 75 good).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const csvPath = fileURLToPath(new URL("../../shared/data/tickets-5000.csv", import.meta.url));
const mappingPath = fileURLToPath(new URL("../examples/tickets-5000.mapping.json", import.meta.url));
const available = existsSync(csvPath);
const dir = mkdtempSync(join(tmpdir(), "servicekpi-targets-"));
const write = (name: string, value: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

function numpyLinear(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return (s[lo] as number) + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] as number) - (s[lo] as number));
}

interface TargetJson { group: Record<string, string>; kpi: string; value: number; target: number; status: string; gap: number }
interface BenchJson { group: Record<string, string>; kpi: string; value: number; level: string | null; threshold: number | null; source: string | null }

describe.skipIf(!available)("servicekpi report --targets / --benchmarks on tickets-5000.csv", () => {
  const lines = available ? readFileSync(csvPath, "utf8").trim().split(/\r?\n/) : ["x"];
  const header = (lines[0] as string).split(",");
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(",").map((v, i) => [header[i], v])) as Record<string, string>);
  const of = (channel: string | undefined) => rows.filter((t) => channel === undefined || t["channel"] === channel);
  const csatOf = (ts: Record<string, string>[]): number => {
    const rated = ts.filter((t) => t["csat_score"] !== "").map((t) => Number(t["csat_score"]));
    return (rated.filter((s) => s >= 4).length * 100) / rated.length;
  };
  const p90Of = (ts: Record<string, string>[]): number => numpyLinear(ts.map((t) => Number(t["first_response_minutes"]) * 60_000), 0.9);
  const statusOf = (gap: number, warning: number): string => (gap >= 0 ? "met" : -gap <= warning ? "at risk" : "missed");
  const targets = write("targets.json", {
    targets: [
      { kpi: "csat", target: 40, warning: 3 },
      { kpi: "csat", target: 45, group: { channel: "Email" } },
      { kpi: "firstResponseTime.p90", target: "3h", warning: "15m" },
    ],
  });

  it("checks each group and the total against its target: met, at risk within the band, missed beyond, with the gap", async () => {
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel", "--targets", targets, "--format", "json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const results = (JSON.parse(r.stdout) as { targets: TargetJson[] }).targets;
    const channels = [...new Set(rows.map((t) => t["channel"] as string))].sort();
    expect(results).toHaveLength((channels.length + 1) * 2);
    for (const channel of [...channels, undefined]) {
      const ts = of(channel);
      const mine = results.filter((x) => x.group["channel"] === channel);
      const csat = mine.find((x) => x.kpi === "csat") as TargetJson;
      // Email has a target of its own (45, no band); the others 40 with a band of 3 points
      const [goal, band] = channel === "Email" ? [45, 0] : [40, 3];
      expect(csat.value).toBeCloseTo(csatOf(ts), 9);
      expect(csat.target).toBe(goal);
      expect(csat.gap).toBeCloseTo(csatOf(ts) - goal, 9);
      expect(csat.status).toBe(statusOf(csatOf(ts) - goal, band));
      const frt = mine.find((x) => x.kpi === "firstResponseTime.p90") as TargetJson;
      // lower is better for a duration: gap = target − value, in ms; band 15 minutes
      expect(frt.target).toBe(3 * 3_600_000);
      expect(frt.gap).toBeCloseTo(3 * 3_600_000 - p90Of(ts), 3);
      expect(frt.status).toBe(statusOf(3 * 3_600_000 - p90Of(ts), 15 * 60_000));
    }
    // the table shows durations in the columns' unit (minutes here)
    const table = await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel", "--targets", targets);
    const totalFrt = table.stdout.split("\n").find((l) => /^total +firstResponseTime\.p90 \(min\)/.test(l)) as string;
    expect(Number(totalFrt.split(/\s+/)[3])).toBeCloseTo(Math.round((p90Of(rows) / 60_000) * 100) / 100, 9);
  });

  it("rates CSAT and each channel's mean first response against the published benchmarks, with the source", async () => {
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--by", "channel", "--benchmarks", "--format", "json");
    const results = (JSON.parse(r.stdout) as { benchmarks: BenchJson[] }).benchmarks;
    const email = results.find((x) => x.group["channel"] === "Email" && x.kpi === "firstResponseTime.mean") as BenchJson;
    const emailMean = of("Email").reduce((s, t) => s + Number(t["first_response_minutes"]), 0) / of("Email").length;
    expect(email.value / 60_000).toBeCloseTo(emailMean, 9);
    // between 1 h and 4 h: "good", not "excellent"
    expect(emailMean).toBeGreaterThan(60);
    expect(emailMean).toBeLessThan(240);
    expect(email).toMatchObject({ level: "good", threshold: 4 * 3_600_000, source: expect.stringMatching(/https:\/\//) });
    const total = results.find((x) => Object.keys(x.group).length === 0 && x.kpi === "csat") as BenchJson;
    expect(total.value).toBeCloseTo(csatOf(rows), 9);
    expect(csatOf(rows)).toBeLessThan(75);
    expect(total.level).toBeNull();
    // no benchmark exists for a phone first response: no line rather than "below every level"
    expect(results.some((x) => x.group["channel"] === "Phone" && x.kpi === "firstResponseTime.mean")).toBe(false);
  });

  it("names what is wrong in a targets file, with the path inside it", async () => {
    const cases: [unknown, RegExp][] = [
      [{ targets: [{ kpi: "aht", target: 1 }] }, /targets\[0\]\.kpi: a KPI of the report: .*; got "aht"/],
      [{ targets: [{ kpi: "firstResponseTime", target: 1 }] }, /targets\[0\]\.kpi: .*firstResponseTime\.mean/],
      [{ targets: [{ kpi: "csat", target: "85%" }] }, /targets\[0\]\.target: a number/],
      [{ targets: [{ kpi: "resolutionTime.p50", target: "1 day" }] }, /targets\[0\]\.target: milliseconds or a duration text/],
      [{ targets: [{ kpi: "csat", target: 85, direction: "up" }] }, /targets\[0\]\.direction: "higher" or "lower"; got "up"/],
      [{ targets: [{ kpi: "csat", target: 85, warning: -1 }] }, /targets\[0\]\.warning: 0 or more/],
      [{ targets: [{ kpi: "csat", target: 85, group: { channel: 1 } }] }, /targets\[0\]\.group: an object of dimension values/],
      [{ goals: [] }, /expected \{ "targets": \[/],
    ];
    for (const [json, message] of cases) {
      const r = await cli("report", csvPath, "--mapping", mappingPath, "--targets", write("bad.json", json));
      // a file whose content cannot be used: exit 3, as a file that is not JSON
      expect([r.code, r.stdout]).toEqual([3, ""]);
      expect(r.stderr).toMatch(message);
    }
  });
});
