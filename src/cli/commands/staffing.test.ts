import { describe, expect, it } from "vitest";
import { cli } from "../_lib/io.test-util.js";

describe("servicekpi staffing", () => {
  it("reproduces Call Centre Helper's Erlang C example: 14 agents, 20 scheduled at 30 % shrinkage", async () => {
    // Call Centre Helper, "Erlang C formula – made simple with an easy worked example": 100 calls
    // in 30 minutes, 180 s AHT, 80 % in 20 s → 14 agents (service level 88.8 %, occupancy 71.4 %),
    // 14 / (1 − 0.3) = 20 to schedule.
    const r = await cli("staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s", "--shrinkage", "30%", "--format", "json");
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { rows: { agents: number; scheduledAgents: number; serviceLevel: number; occupancy: number; trafficErlangs: number }[] };
    const [row] = data.rows;
    expect(row).toMatchObject({ agents: 14, scheduledAgents: 20, trafficErlangs: 10 });
    expect(row?.serviceLevel).toBeCloseTo(88.8, 1);
    expect(row?.occupancy).toBeCloseTo(71.43, 2);
  });

  it("prints a table by default, and totals for a day of intervals", async () => {
    const one = await cli("staffing", "--calls", "100", "--interval", "30m", "--aht", "3m", "--target", "80/20s");
    expect(one.stdout).toMatch(/^Staffing per interval\ninterval +calls +traffic \(Erlangs\) +agents +scheduled/);
    expect(one.stdout).toMatch(/\n +1 +100 +10 +14 +14 +88\.8\d? /);
    expect(one.stdout).not.toContain("Totals");
    const day = await cli("staffing", "--calls", "38,64,92", "--interval", "30m", "--aht", "240s", "--target", "80/20s", "--max-occupancy", "85%", "--format", "csv");
    const [perInterval, totals] = day.stdout.split("\r\n\r\n");
    expect(perInterval?.split("\r\n")[1]).toBe("interval,calls,trafficErlangs,agents,scheduledAgents,serviceLevel,asaSeconds,occupancy");
    expect(perInterval?.split("\r\n").length).toBe(5); // title, header, three intervals
    expect(totals).toMatch(/^# Totals\r\ncalls,agentHours,scheduledHours,peakAgents,peakScheduled,serviceLevel\r\n194,/);
  });

  it("adds the abandon share with --patience (Erlang A) and renders markdown and html", async () => {
    const md = await cli("staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s", "--patience", "2m", "--format", "markdown");
    expect(md.stdout).toContain("| interval | calls | traffic (Erlangs) | agents | scheduled | service level % | ASA s | occupancy % | abandon % |");
    const html = await cli("staffing", "--calls", "100,120", "--interval", "30m", "--aht", "180s", "--target", "80/20s", "--format", "html");
    expect(html.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(html.stdout).toContain("<table>"); // tables only: the charts belong to the report's review page
    expect(html.stdout).not.toMatch(/<script|<svg|https?:\/\//);
  });

  it.each([
    [["--interval", "30m", "--aht", "180s", "--target", "80/20s"], "--calls is required"],
    [["--calls", "100", "--interval", "30", "--aht", "180s", "--target", "80/20s"], "--interval: expected a duration with its unit"],
    [["--calls", "1e2", "--interval", "30m", "--aht", "180s", "--target", "80/20s"], "--calls: expected a number of calls"],
    [["--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "20s"], "--target: expected a service-level target like 80/20s"],
    [["--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s", "--shrinkage", "100%"], "--shrinkage: must be below 100 %"],
    [["--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s", "--shrinkage", "150%"], "--shrinkage: expected a share"],
    [["--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s", "--format", "xml"], "--format: expected one of table, json, csv, xlsx, markdown, html, vega"],
    [["--calls", "100", "--bogus", "1"], "Unknown option '--bogus'"],
  ])("rejects %j with one line on stderr and exit code 2", async (args, message) => {
    const r = await cli("staffing", ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("prints its help", async () => {
    const r = await cli("staffing", "--help");
    expect([r.code, r.stdout.split("\n")[0]]).toEqual([0, "servicekpi staffing --calls N[,N...] --interval 30m --aht 180s --target 80/20s [options]"]);
  });
});
