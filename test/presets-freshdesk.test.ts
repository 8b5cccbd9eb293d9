/**
 * `--preset freshdesk` on a fixture export in the layout of Freshdesk's ticket export
 * (test/fixtures/helpdesks/freshdesk-export.csv, written by make_freshdesk_export.py beside it:
 * 30 made-up tickets, business hours computed by that script), checked against an independent
 * pass written here: the CSV split on commas outside quotes, Kolkata's fixed UTC+05:30 applied by
 * hand to the dates, HH:MM:SS read by hand, and numpy's default ("linear") percentile.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";
import { expectDurations, type Durations } from "./_support/helpdeskChecks.js";

const file = fileURLToPath(new URL("fixtures/helpdesks/freshdesk-export.csv", import.meta.url));
const split = (line: string): string[] => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? "");
const [head, ...lines] = readFileSync(file, "utf8").trim().split("\n") as [string, ...string[]];
const header = split(head);
const rows = lines.map((l) => Object.fromEntries(split(l).map((v, i) => [header[i], v])) as Record<string, string>);

/** "2026-10-05 16:09:09" in Asia/Kolkata (UTC+05:30 all year) → epoch ms. */
const kolkata = (text: string): number => Date.parse(`${text.replace(" ", "T")}+05:30`);
/** "19:50:51" → ms; "00:00:00" is Freshdesk's "none". */
const clock = (text: string): number | null => {
  if (text === "00:00:00") return null;
  const [h, m, s] = text.split(":").map(Number) as [number, number, number];
  return ((h * 60 + m) * 60 + s) * 1000;
};

interface Total { group: Record<string, string>; n: number; csat: { value: number; n: number }; firstResponseTime: Durations; resolutionTime: Durations; resolutionRate: { value: number } }
interface Out { counts: unknown; settings: { preset: unknown }; summary: { rows: Total[]; total: Total } }

async function report(...flags: string[]): Promise<Out> {
  const r = await cli("report", file, "--preset", "freshdesk", "--tz", "Asia/Kolkata", "--format", "json", ...flags);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return JSON.parse(r.stdout) as Out;
}
const resolved = rows.filter((r) => r["Status"] === "Resolved" || r["Status"] === "Closed");

describe("servicekpi report --preset freshdesk", () => {
  it("reads every row of the export", async () => {
    const out = await report();
    expect(out.counts).toEqual({ rows: 30, records: 30, rejected: 0 });
    expect(out.settings.preset).toEqual({ name: "freshdesk", hours: "calendar", missing: [] });
  });

  it("measures first response and resolution in calendar time from the export's instants", async () => {
    const { total } = (await report()).summary;
    const answered = rows.filter((r) => r["Initial response time"] !== "");
    expectDurations(total.firstResponseTime, answered.map((r) => kolkata(r["Initial response time"] as string) - kolkata(r["Created time"] as string)));
    expectDurations(total.resolutionTime, resolved.map((r) => kolkata(r["Resolved time"] as string) - kolkata(r["Created time"] as string)));
    expect(total.resolutionRate.value).toBeCloseTo((100 * resolved.length) / rows.length, 10);
  });

  it("reads Freshdesk's business hours with --hours business, 00:00:00 as none", async () => {
    const { total } = (await report("--hours", "business")).summary;
    expectDurations(total.firstResponseTime, rows.map((r) => clock(r["First response time (in hrs)"] as string)).filter((v): v is number => v !== null));
    // a resolved ticket's 00:00:00 is a resolution within closed hours: 0
    expectDurations(total.resolutionTime, resolved.map((r) => clock(r["Resolution time (in hrs)"] as string) ?? 0));
  });

  it("gives CSAT as the share of Awesome among the survey answers, by source", async () => {
    const out = await report("--by", "channel");
    for (const row of [...out.summary.rows, out.summary.total]) {
      const mine = rows.filter((r) => row.group["channel"] === undefined || r["Source"] === row.group["channel"]);
      const answers = mine.filter((r) => r["Survey results"] !== "");
      expect(row.csat.n).toBe(answers.length);
      if (answers.length > 0) expect(row.csat.value).toBeCloseTo((100 * answers.filter((r) => r["Survey results"] === "Awesome").length) / answers.length, 10);
    }
  });

  it("reads the Title Case headers of older accounts the same", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const titled = join(mkdtempSync(join(tmpdir(), "skpi-fd-")), "old.csv");
    const text = readFileSync(file, "utf8");
    const [first, ...rest] = text.split("\n");
    writeFileSync(titled, [(first as string).replace("Created time", "Created Time").replace("First response time (in hrs)", "First Response Time (in Hrs)").replace("Survey results", "Survey Result"), ...rest].join("\n"));
    const r = await cli("report", titled, "--preset", "freshdesk", "--tz", "Asia/Kolkata", "--hours", "business", "--format", "json");
    expect(JSON.parse(r.stdout).summary.total).toEqual((await report("--hours", "business")).summary.total);
  });
});
