/**
 * `--preset jira` on a fixture in the layout of Jira Service Management's CSV export
 * (test/fixtures/helpdesks/jira-export.csv, written by make_jira_export.py: 24 made-up requests,
 * Labels and Comment repeated once per value under one header, dates dd/MMM/yy h:mm a), checked
 * against an independent pass written here: the CSV split on commas (no cell holds one), the
 * dates read by hand (London is on GMT, UTC+0, all of November), and numpy's default percentile.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";
import { expectDurations, type Durations } from "./_support/helpdeskChecks.js";

const file = fileURLToPath(new URL("fixtures/helpdesks/jira-export.csv", import.meta.url));
const [head, ...lines] = readFileSync(file, "utf8").trim().split("\n") as [string, ...string[]];
const header = head.split(",");
const rows = lines.map((l) => l.split(","));
const cell = (row: readonly string[], name: string): string => row[header.indexOf(name)] as string;
const all = (row: readonly string[], name: string): string[] => header.flatMap((h, i) => (h === name && row[i] !== "" ? [row[i] as string] : []));
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "15/Nov/26 12:29 AM" on GMT → epoch ms. */
function gmt(text: string): number {
  const [, d, mon, yy, h, m, ampm] = /^(\d{2})\/(\w{3})\/(\d{2}) (\d{1,2}):(\d{2}) (AM|PM)$/.exec(text) as unknown as string[];
  const hour = (Number(h) % 12) + (ampm === "PM" ? 12 : 0);
  return Date.UTC(2000 + Number(yy), MONTHS.indexOf(mon as string), Number(d), hour, Number(m));
}

interface Row { group: Record<string, string>; n: number; csat: { value: number; n: number }; firstResponseTime: Durations; resolutionTime: Durations }
interface Out { counts: unknown; summary: { rows: Row[]; total: Row } }
async function report(...flags: string[]): Promise<Out> {
  const r = await cli("report", file, "--preset", "jira", "--tz", "Europe/London", "--format", "json", ...flags);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return JSON.parse(r.stdout) as Out;
}

describe("servicekpi report --preset jira", () => {
  it("reads every row, the repeated Labels columns as one list", async () => {
    expect(header.filter((h) => h === "Labels").length).toBeGreaterThan(1);
    const out = await report("--by", "tags");
    expect(out.counts).toEqual({ rows: 24, records: 24, rejected: 0 });
    for (const row of out.summary.rows) {
      const tag = row.group["tags"];
      // (requests without a label form the group of no tag)
      expect(row.n, String(tag)).toBe(rows.filter((r) => (tag === null || tag === undefined ? all(r, "Labels").length === 0 : all(r, "Labels").includes(tag))).length);
    }
  });

  it("measures first response and resolution from Jira's dates, and CSAT from the 1-5 rating", async () => {
    const { total } = (await report()).summary;
    const answered = rows.filter((r) => cell(r, "Custom field ([CHART] Date of First Response)") !== "");
    expectDurations(total.firstResponseTime, answered.map((r) => gmt(cell(r, "Custom field ([CHART] Date of First Response)")) - gmt(cell(r, "Created"))));
    const done = rows.filter((r) => ["Resolved", "Closed", "Canceled"].includes(cell(r, "Status")));
    expectDurations(total.resolutionTime, done.map((r) => gmt(cell(r, "Resolved")) - gmt(cell(r, "Created"))));
    const ratings = rows.map((r) => cell(r, "Satisfaction rating")).filter((v) => v !== "").map(Number);
    expect(total.csat).toMatchObject({ n: ratings.length, value: (100 * ratings.filter((v) => v >= 4).length) / ratings.length });
  });

  it("is recognised by init, repeated columns and all", async () => {
    const r = await cli("init", file, "--format", "json");
    expect(JSON.parse(r.stderr)).toMatchObject({ preset: "jira", missing: [] });
  });

  it("refuses the repeated header without the preset, saying so", async () => {
    const r = await cli("validate", file, "--map", 'id="Issue key",createdAt=Created', "--date-format", "dd/MMM/yy h:mm a");
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('the header names the column "Labels" twice');
  });
});
