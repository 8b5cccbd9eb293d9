/**
 * `--preset zammad` on a workbook in the layout of Zammad's reporting download
 * (test/fixtures/helpdesks/zammad-export.xlsx, written by hand by make_zammad_export.py: a title
 * in row 1, the header in row 3, 28 made-up tickets, a last line "Timezone: Europe/Berlin").
 * Checked against an independent pass over the rows the script lists in zammad-export.json:
 * Berlin's winter offset (UTC+01:00, every date of the fixture is in November) applied by hand,
 * the business minutes as the script computed them, and numpy's default percentile.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";
import { expectDurations, type Durations } from "./_support/helpdeskChecks.js";

const file = fileURLToPath(new URL("fixtures/helpdesks/zammad-export.xlsx", import.meta.url));
const truth = JSON.parse(readFileSync(fileURLToPath(new URL("fixtures/helpdesks/zammad-export.json", import.meta.url)), "utf8")) as {
  footerLine: number;
  rows: Record<string, string | number | null>[];
};
const rows = truth.rows;
/** "2026-11-09 10:04:33" in Berlin in November (CET, UTC+01:00) → epoch ms. */
const berlin = (text: unknown): number => Date.parse(`${String(text).replace(" ", "T")}+01:00`);
const MIN = 60_000;

interface Row { group: Record<string, string | null>; n: number; firstResponseTime: Durations; resolutionTime: Durations; resolutionRate: { value: number } }
interface Out { counts: unknown; notes?: unknown; settings: { timeZone: string }; summary: { rows: Row[]; total: Row } }
async function report(...flags: string[]): Promise<Out> {
  const r = await cli("report", file, "--preset", "zammad", "--format", "json", ...flags);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return JSON.parse(r.stdout) as Out;
}

describe("servicekpi report --preset zammad", () => {
  it("reads the header in row 3, every ticket, and the closing time zone line as a note in Europe/Berlin", async () => {
    const out = await report("--by", "team");
    expect(out.counts).toEqual({ rows: rows.length, records: rows.length, rejected: 0 });
    expect(out.notes).toEqual([{ line: truth.footerLine, text: "Timezone: Europe/Berlin" }]);
    expect(out.settings.timeZone).toBe("Europe/Berlin");
    for (const row of out.summary.rows) expect(row.n).toBe(rows.filter((r) => r["Group"] === row.group["team"]).length);
  });

  it("measures first response and resolution from the dates in calendar time", async () => {
    const { total } = (await report()).summary;
    const answered = rows.filter((r) => r["First Response At"] !== null);
    expectDurations(total.firstResponseTime, answered.map((r) => berlin(r["First Response At"]) - berlin(r["Created At"])));
    const closed = rows.filter((r) => r["State"] === "closed");
    expectDurations(total.resolutionTime, closed.map((r) => berlin(r["Closed At"]) - berlin(r["Created At"])));
    expect(total.resolutionRate.value).toBeCloseTo((100 * closed.length) / rows.length, 10);
  });

  it("reads Zammad's own SLA minutes with --hours business; a closed ticket without them (no SLA) is left out, not measured on the calendar", async () => {
    const r = await cli("report", file, "--preset", "zammad", "--hours", "business", "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Out & { excluded: { column: string; count: number }[] };
    const { total } = out.summary;
    const unmeasured = rows.filter((x) => x["State"] === "closed" && x["Close In Min"] === null).length;
    expect(unmeasured).toBeGreaterThan(0);
    expect(out.excluded).toEqual([expect.objectContaining({ column: "resolutionTime", field: "records.resolvedAt", count: unmeasured })]);
    const minutes = (column: string, of = rows): number[] => of.filter((r) => r[column] !== null).map((r) => Number(r[column]) * MIN);
    expect(rows.some((r) => r["First Response At"] !== null && r["First Response In Min"] === null)).toBe(true); // (the fixture has tickets without an SLA)
    expectDurations(total.firstResponseTime, minutes("First Response In Min"));
    expectDurations(total.resolutionTime, minutes("Close In Min", rows.filter((r) => r["State"] === "closed")));
  });

  it("reads the states, priorities and owners through the preset's vocabularies", async () => {
    const byStatus = await report("--by", "status");
    const states: Record<string, string> = { new: "new", open: "open", "pending reminder": "pending", "pending close": "pending", closed: "closed" };
    for (const row of byStatus.summary.rows) expect(row.n, String(row.group["status"])).toBe(rows.filter((r) => states[r["State"] as string] === row.group["status"]).length);
    const byPriority = await report("--by", "priority");
    expect(byPriority.summary.rows.map((r) => r.group["priority"]).sort()).toEqual([...new Set(rows.map((r) => String(r["Priority"]).slice(2)))].sort());
    const byAgent = await report("--by", "agent");
    // "-" is Zammad's nobody: no agent
    expect(byAgent.summary.rows.find((r) => r.group["agent"] === null)?.n).toBe(rows.filter((r) => r["Owner"] === "-").length);
  });

  it("gives --tz the last word over the workbook's line", async () => {
    const out = await report("--tz", "UTC");
    expect(out.settings.timeZone).toBe("UTC");
    const answered = rows.filter((r) => r["First Response At"] !== null);
    // (a difference of two wall times read in one zone: the same durations in any fixed offset)
    expectDurations(out.summary.total.firstResponseTime, answered.map((r) => berlin(r["First Response At"]) - berlin(r["Created At"])));
  });

  it("is recognised by init below its title rows, without asking for a time zone", async () => {
    const r = await cli("init", file, "--format", "json");
    const proposal = JSON.parse(r.stderr) as { preset: string; missing: string[]; next: string };
    expect(proposal).toMatchObject({ preset: "zammad", missing: [] });
    expect(proposal.next).not.toContain("--tz");
  });
});
