/**
 * `--preset intercom` on a fixture in the layout of Intercom's Conversation dataset export
 * (test/fixtures/helpdesks/intercom-export.csv, written by make_intercom_export.py: 30 made-up
 * conversations, the zone in each date header, office-hours seconds computed by that script),
 * checked against an independent pass written here: the CSV split on commas outside quotes,
 * weekdays read from the local dates as written, and numpy's default ("linear") percentile.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";
import { expectDurations, type Durations } from "./_support/helpdeskChecks.js";

const file = fileURLToPath(new URL("fixtures/helpdesks/intercom-export.csv", import.meta.url));
const split = (line: string): string[] => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? "");
const [head, ...lines] = readFileSync(file, "utf8").trim().split("\n") as [string, ...string[]];
const header = split(head);
const rows = lines.map((l) => Object.fromEntries(split(l).map((v, i) => [header[i], v])) as Record<string, string>);
const ZONE = "America/Los_Angeles";
const seconds = (column: string): number[] => rows.filter((r) => r[column] !== "").map((r) => Number(r[column]) * 1000);

interface Row { group: Record<string, string>; n: number; csat: { value: number; n: number }; firstResponseTime: Durations; resolutionTime: Durations; handleTime: Durations }
interface Out { counts: unknown; settings: { timeZone: string }; summary: { rows: Row[]; total: Row } }

async function report(...flags: string[]): Promise<Out> {
  const r = await cli("report", file, "--preset", "intercom", "--format", "json", ...flags);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return JSON.parse(r.stdout) as Out;
}

describe("servicekpi report --preset intercom", () => {
  it("reads every row, in the time zone the header names", async () => {
    const out = await report("--by", "weekday");
    expect(out.counts).toEqual({ rows: 30, records: 30, rejected: 0 });
    expect(out.settings.timeZone).toBe(ZONE);
    // the weekday of each local date as written (the zone's own days, not UTC's)
    const names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    const weekdayOf = (local: string): string => names[new Date(`${local.slice(0, 10)}T12:00:00Z`).getUTCDay()] as string;
    for (const row of out.summary.rows) expect(row.n).toBe(rows.filter((r) => weekdayOf(r[`Conversation started at (${ZONE})`] as string) === row.group["weekday"]).length);
  });

  it("reads Intercom's seconds: first response, time to close, handling time; office hours with --hours business", async () => {
    const calendar = (await report()).summary.total;
    expectDurations(calendar.firstResponseTime, seconds("First response time (seconds)"));
    expectDurations(calendar.resolutionTime, seconds("Time to close (seconds)"));
    expectDurations(calendar.handleTime, seconds("Handling time (seconds)"));
    const business = (await report("--hours", "business")).summary.total;
    expectDurations(business.firstResponseTime, seconds("First response time, only within office hours (seconds)"));
    expectDurations(business.resolutionTime, seconds("Time to close, within office hours (seconds)"));
  });

  it("gives CSAT as the share of ratings of 4 and 5", async () => {
    const { total } = (await report()).summary;
    const ratings = rows.map((r) => r["Last teammate rating"]).filter((v) => v !== "").map(Number);
    expect(total.csat.n).toBe(ratings.length);
    expect(total.csat.value).toBeCloseTo((100 * ratings.filter((v) => v >= 4).length) / ratings.length, 10);
  });

  it("lets --tz win over the header's zone, and refuses headers naming two zones", async () => {
    expect((await report("--tz", "UTC")).settings.timeZone).toBe("UTC");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const mixed = join(mkdtempSync(join(tmpdir(), "skpi-ic-")), "mixed.csv");
    writeFileSync(mixed, readFileSync(file, "utf8").replace(`Conversation last closed at (${ZONE})`, "Conversation last closed at (Europe/Dublin)"));
    const r = await cli("report", mixed, "--preset", "intercom");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/--preset intercom: .*mixed\.csv: the export names dates in several time zones/);
  });

  it("is recognised by init from its header, zones and all", async () => {
    const r = await cli("init", file, "--format", "json");
    expect(JSON.parse(r.stderr)).toMatchObject({ preset: "intercom", missing: [] });
  });
});
