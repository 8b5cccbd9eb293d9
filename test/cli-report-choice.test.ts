/**
 * `servicekpi report` choosing what it shows (issue 15, item 1): --kpis, means beside
 * percentiles, --percentiles, --units and the unit chosen per KPI, one total without --by,
 * natural order of groups, rows without records only with --fill-periods, CSV numbers without
 * binary noise. Expected numbers come from plain loops over the files written or read here.
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

/** numpy.percentile(values, 100·p), default linear method: h = (n − 1)·p. */
function numpyLinear(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return (s[lo] as number) + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] as number) - (s[lo] as number));
}

/** A CSV without quoted cells, as rows of objects. */
function parseCsv(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const header = (head as string).split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [header[i], v])));
}

function fixture(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "servicekpi-choice-"));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe.skipIf(!available)("servicekpi report: --kpis, --percentiles, --units on tickets-5000.csv", () => {
  const rows = parseCsv(available ? readFileSync(csvPath, "utf8") : "x\n");

  it("shows the records and the chosen KPIs only, durations as mean and the asked percentiles in hours", async () => {
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--by", "team", "--kpis", "firstResponseTime,csat", "--percentiles", "50,95", "--units", "hours", "--format", "csv");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const table = parseCsv(r.stdout);
    // the columns in the report's own order (CSAT before first response), whatever the flag's
    expect(Object.keys(table[0] as object)).toEqual([
      "view", "team", "n", "csat", "csat.n", "firstResponseTime.mean.hours", "firstResponseTime.p50.hours", "firstResponseTime.p95.hours",
    ]);
    // one flat table: a row per team, then the total, no title or comment lines
    expect(table.map((row) => [row["view"], row["team"]])).toEqual([...[...new Set(rows.map((t) => t["team"]))].sort().map((t) => ["team", t]), ["total", ""]]);
    for (const row of table) {
      const mine = rows.filter((t) => row["view"] === "total" || t["team"] === row["team"]);
      const hours = mine.map((t) => Number(t["first_response_minutes"]) / 60);
      expect(Number(row["n"])).toBe(mine.length);
      expect(Number(row["firstResponseTime.mean.hours"])).toBeCloseTo(hours.reduce((a, b) => a + b, 0) / hours.length, 9);
      expect(Number(row["firstResponseTime.p50.hours"])).toBeCloseTo(numpyLinear(hours, 0.5), 9);
      expect(Number(row["firstResponseTime.p95.hours"])).toBeCloseTo(numpyLinear(hours, 0.95), 9);
      const rated = mine.filter((t) => t["csat_score"] !== "").map((t) => Number(t["csat_score"]));
      expect(Number(row["csat"])).toBeCloseTo((rated.filter((s) => s >= 4).length * 100) / rated.length, 9);
      // at most 15 significant digits: no 2249.0400000000004
      for (const cell of Object.values(row).filter((c) => /^[\d.e+-]+$/.test(c))) expect(cell.replace(/^-?0\.0*|[.-]/g, "").replace(/e.*$/, "").length).toBeLessThanOrEqual(15);
    }
  });

  it("chooses each duration KPI's unit from its median and names it; JSON keeps milliseconds at full precision", async () => {
    const table = await cli("report", csvPath, "--mapping", mappingPath);
    // first responses: median 31.5 min (minutes); resolutions: median 13 h (hours)
    const frt = rows.map((t) => Number(t["first_response_minutes"]) * 60_000);
    expect(numpyLinear(frt, 0.5)).toBeGreaterThan(90_000);
    expect(numpyLinear(frt, 0.5)).toBeLessThan(90 * 60_000);
    expect(table.stdout).toContain("first response mean (min)");
    expect(table.stdout).toContain("resolution p90 (h)");
    const json = JSON.parse((await cli("report", csvPath, "--mapping", mappingPath, "--format", "json")).stdout) as { summary: { total: { firstResponseTime: { meanMs: number } } } };
    expect(json.summary.total.firstResponseTime.meanMs).toBeCloseTo(frt.reduce((a, b) => a + b, 0) / frt.length, 6);
  });

  it("prints the total once without --by", async () => {
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--kpis", "csat");
    const first = r.stdout.split("\n\n")[0] as string;
    expect(first.split("\n")).toEqual([
      "KPIs",
      expect.stringMatching(/^group +records +CSAT % +CSAT answers$/),
      expect.stringMatching(/^-+/),
      expect.stringMatching(/^total +5000 /),
    ]);
  });
});

describe("servicekpi report: order, units and empty periods on a small export", () => {
  // created on 1 Jan, 1 Mar (none in February); first replies of 20, 40 and 60 s; solves after 2, 3 and 4 days
  const csv = [
    "id,created,agent,first_reply_s,status,solved",
    "1,2026-01-05T10:00:00Z,Agent_10,20,solved,2026-01-07T10:00:00Z",
    "2,2026-01-06T10:00:00Z,Agent_2,40,solved,2026-01-09T10:00:00Z",
    "3,2026-03-02T10:00:00Z,agent_3,60,solved,2026-03-06T10:00:00Z",
    "4,2026-03-03T10:00:00Z,Agent_1,,open,",
    "5,2026-03-04T10:00:00Z,,,open,",
  ].join("\n");
  const file = fixture("small.csv", `${csv}\n`);
  const map = "id=id,createdAt=created,agent=agent,firstResponseMs=first_reply_s@seconds,status=status,resolvedAt=solved";

  it("sorts group values naturally, Agent_2 before Agent_10, case apart, no value last", async () => {
    const r = await cli("report", file, "--map", map, "--by", "agent", "--format", "json");
    const out = JSON.parse(r.stdout) as { summary: { rows: { group: { agent: string | null } }[] } };
    expect(out.summary.rows.map((row) => row.group.agent)).toEqual(["Agent_1", "Agent_2", "agent_3", "Agent_10", null]);
    const table = await cli("report", file, "--map", map, "--by", "agent");
    expect(table.stdout.split("\n").slice(3, 8).map((l) => l.split(/\s+/)[0])).toEqual(["Agent_1", "Agent_2", "agent_3", "Agent_10", "(none)"]);
  });

  it("shows seconds for a 40 s median and days for a 3-day one, unless --units says", async () => {
    const r = await cli("report", file, "--map", map, "--kpis", "firstResponseTime,resolutionTime", "--format", "csv");
    const [total] = parseCsv(r.stdout);
    // means by hand: (20 + 40 + 60) / 3 = 40 s; (2 + 3 + 4) / 3 = 3 d
    expect(total).toMatchObject({ "firstResponseTime.mean.seconds": "40", "resolutionTime.mean.days": "3" });
    const minutes = parseCsv((await cli("report", file, "--map", map, "--kpis", "firstResponseTime,resolutionTime", "--units", "minutes", "--format", "csv")).stdout)[0];
    expect(Number(minutes?.["firstResponseTime.mean.minutes"])).toBeCloseTo(40 / 60, 14);
    expect(minutes?.["resolutionTime.mean.minutes"]).toBe(String(3 * 24 * 60));
  });

  it("leaves out months without records unless --fill-periods, which shows February with the backlog carried", async () => {
    const plain = JSON.parse((await cli("report", file, "--map", map, "--by", "month", "--format", "json")).stdout) as { summary: { rows: { group: { period: string }; n: number }[] } };
    expect(plain.summary.rows.map((row) => [row.group.period, row.n])).toEqual([["2026-01", 2], ["2026-03", 3]]);
    const filled = JSON.parse((await cli("report", file, "--map", map, "--by", "month", "--fill-periods", "--format", "json")).stdout) as {
      summary: { rows: { group: { period: string }; n: number; backlog: { openAtStart: number; openAtEnd: number } }[] };
    };
    // January: 2 created, 2 solved → 0 open; February carries 0; March: 3 created, 1 solved → 2
    expect(filled.summary.rows.map((row) => [row.group.period, row.n, row.backlog.openAtEnd])).toEqual([["2026-01", 2, 0], ["2026-02", 0, 0], ["2026-03", 3, 2]]);
  });

  it("names a KPI, a unit, a percentile or a combination it cannot use, exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [["--kpis", "csat,aht"], /--kpis: KPIs among count, csat, .*; got "aht"/],
      [["--units", "weeks"], /--units: seconds, minutes, hours, days; got "weeks"/],
      [["--percentiles", "50,100"], /--percentiles: percent ranks between 0 and 100/],
      [["--fill-periods"], /--fill-periods: add a period to --by/],
      [["--kpis", "backlog"], /--kpis backlog: the backlog is counted per period/],
      [["--kpis", "slaCompliance"], /--kpis slaCompliance: give the SLA policy with --sla/],
    ];
    for (const [flags, message] of cases) {
      const r = await cli("report", file, "--map", map, ...flags);
      expect([r.code, r.stdout]).toEqual([2, ""]);
      expect(r.stderr).toMatch(message);
    }
  });
});
