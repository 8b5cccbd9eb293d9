/**
 * `--preset hubspot` on two fixture exports of the same 24 made-up tickets
 * (test/fixtures/helpdesks/make_hubspot_export.py): one by property labels, one by internal names
 * and values with HubSpot's operating-hours durations (computed by that script). Checked against
 * an independent pass written here: the CSV split on commas (no cell holds one), New York's
 * summer offset (UTC−04:00, every date of the fixture is in September) applied by hand, and
 * numpy's default ("linear") percentile.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";
import { expectDurations, type Durations } from "./_support/helpdeskChecks.js";

const path = (name: string): string => fileURLToPath(new URL(`fixtures/helpdesks/${name}`, import.meta.url));
const table = (name: string): Record<string, string>[] => {
  const [head, ...lines] = readFileSync(path(name), "utf8").trim().split("\n") as [string, ...string[]];
  const header = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [header[i], v])) as Record<string, string>);
};
const labels = table("hubspot-export.csv");
const internal = table("hubspot-export-internal.csv");
const newYork = (text: string): number => Date.parse(`${text.replace(" ", "T")}:00-04:00`);

interface Row { group: Record<string, string>; n: number; firstResponseTime: Durations; resolutionTime: Durations; resolutionRate: { value: number } }
interface Out { counts: unknown; summary: { rows: Row[]; total: Row } }

async function report(name: string, ...flags: string[]): Promise<Out> {
  const r = await cli("report", path(name), "--preset", "hubspot", "--tz", "America/New_York", "--format", "json", ...flags);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return JSON.parse(r.stdout) as Out;
}

describe("servicekpi report --preset hubspot", () => {
  it("reads the labels export: first reply and close from the instants, the default pipeline's stages", async () => {
    const out = await report("hubspot-export.csv", "--by", "channel");
    expect(out.counts).toEqual({ rows: 24, records: 24, rejected: 0 });
    const { total } = out.summary;
    const replied = labels.filter((r) => r["First agent email reply date"] !== "");
    expectDurations(total.firstResponseTime, replied.map((r) => newYork(r["First agent email reply date"] as string) - newYork(r["Create date"] as string)));
    const closed = labels.filter((r) => r["Ticket status"] === "Closed");
    expectDurations(total.resolutionTime, closed.map((r) => newYork(r["Close date"] as string) - newYork(r["Create date"] as string)));
    expect(total.resolutionRate.value).toBeCloseTo((100 * closed.length) / labels.length, 10);
    for (const row of out.summary.rows) expect(row.n).toBe(labels.filter((r) => r["Source"] === row.group["channel"]).length);
  });

  it("reads the export by internal names and values the same, and HubSpot's operating hours with --hours business", async () => {
    const byLabels = await report("hubspot-export.csv");
    const byNames = await report("hubspot-export-internal.csv");
    expect(byNames.summary.total.firstResponseTime).toEqual(byLabels.summary.total.firstResponseTime);
    expect(byNames.summary.total.resolutionTime).toEqual(byLabels.summary.total.resolutionTime);
    const { total } = (await report("hubspot-export-internal.csv", "--hours", "business")).summary;
    const ms = (column: string, of = internal): number[] => of.filter((r) => r[column] !== "").map((r) => Number(r[column]));
    expectDurations(total.firstResponseTime, ms("hs_time_to_first_response_in_operating_hours"));
    expectDurations(total.resolutionTime, ms("hs_time_to_close_in_operating_hours", internal.filter((r) => r["hs_pipeline_stage"] === "4")));
  });

  it("is recognised by init under labels or internal names", async () => {
    for (const name of ["hubspot-export.csv", "hubspot-export-internal.csv"]) {
      const r = await cli("init", path(name), "--format", "json");
      expect(JSON.parse(r.stderr)).toMatchObject({ preset: "hubspot", missing: [] });
    }
  });
});
