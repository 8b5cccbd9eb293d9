/**
 * `servicekpi report --heatmap` (issue 15, item 7): the weekday × hour matrix, checked against a
 * plain count over the CSV (weekday and hour of each created_date in UTC, and in New York), and a
 * KPI per cell against numpy's linear median written out here.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const csvPath = fileURLToPath(new URL("../../shared/data/tickets-5000.csv", import.meta.url));
const mappingPath = fileURLToPath(new URL("../examples/tickets-5000.mapping.json", import.meta.url));

interface Heatmap { measure: string; timeZone: string; weekdays: string[]; hours: number[]; values: (number | null)[][] }

describe.skipIf(!existsSync(csvPath))("servicekpi report --heatmap", () => {
  const lines = existsSync(csvPath) ? readFileSync(csvPath, "utf8").trim().split(/\r?\n/) : ["x"];
  const header = (lines[0] as string).split(",");
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(",").map((v, i) => [header[i], v])) as Record<string, string>);
  const instant = (t: Record<string, string>): Date => new Date(`${(t["created_date"] as string).replace(" ", "T")}Z`);
  /** Weekday (0 = Monday) and hour of an instant on the wall clock of a zone, by Intl. */
  const wall = (d: Date, timeZone: string): [number, number] => {
    const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "numeric", hourCycle: "h23" }).formatToParts(d);
    const day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.find((p) => p.type === "weekday")?.value as string);
    return [day, Number(parts.find((p) => p.type === "hour")?.value)];
  };

  // The export's timestamps have no offset: they are read in --tz, so in any zone the matrix
  // shows the weekday and hour they are written with (here taken as UTC to read them off).
  it("counts the records of each weekday and hour as written, in any --tz", async () => {
    for (const tz of ["UTC", "America/New_York"]) {
      const r = await cli("report", csvPath, "--mapping", mappingPath, "--heatmap", "volume", "--tz", tz, "--kpis", "count", "--format", "json");
      const h = (JSON.parse(r.stdout) as { heatmap: Heatmap }).heatmap;
      expect([h.measure, h.timeZone, h.weekdays, h.hours.length]).toEqual(["volume", tz, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], 24]);
      const expected = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
      for (const t of rows) {
        const [d, hour] = wall(instant(t), "UTC");
        (expected[d] as number[])[hour] = ((expected[d] as number[])[hour] as number) + 1;
      }
      expect(h.values).toEqual(expected);
    }
  });

  it("gives a KPI per cell, durations in the columns' unit in the table, and shades the cells in HTML", async () => {
    const r = await cli("report", csvPath, "--mapping", mappingPath, "--heatmap", "firstResponseTime.p50", "--format", "json");
    const h = (JSON.parse(r.stdout) as { heatmap: Heatmap }).heatmap;
    const monday9 = rows.filter((t) => instant(t).getUTCDay() === 1 && instant(t).getUTCHours() === 9).map((t) => Number(t["first_response_minutes"]) * 60_000).sort((a, b) => a - b);
    const mid = (monday9.length - 1) / 2;
    const median = ((monday9[Math.floor(mid)] as number) + (monday9[Math.ceil(mid)] as number)) / 2;
    expect(h.values[0]?.[9]).toBeCloseTo(median, 6);
    const table = await cli("report", csvPath, "--mapping", mappingPath, "--heatmap", "firstResponseTime.p50");
    expect(table.stdout).toContain("firstResponseTime.p50 (min) by weekday and hour (UTC)");
    const html = (await cli("report", csvPath, "--mapping", mappingPath, "--heatmap", "volume", "--format", "html")).stdout;
    // the table on the review page: the largest count (46) in the darkest shade
    const section = html.slice(html.indexOf("<caption>records by weekday and hour"));
    expect(section.slice(0, section.indexOf("</table>"))).toMatch(/<td class="n" style="background:rgba\(9,105,218,0\.800\)">46<\/td>/);
    // and the chart: a cell per weekday and hour, the same counts
    const figure = html.slice(html.indexOf('<figure id="heatmap"'), html.indexOf("</figure>", html.indexOf('<figure id="heatmap"')));
    expect(figure.match(/aria-roledescription="rect mark"/g)).toHaveLength(7 * 24);
    expect(figure).toMatch(/weekday: mon; records: \d+"/);
    expect(figure).toContain("records: 46\"");
  });

  it("names a measure it cannot show", async () => {
    expect(await cli("report", csvPath, "--mapping", mappingPath, "--heatmap", "aht")).toMatchObject({ code: 2, stderr: expect.stringMatching(/^servicekpi: --heatmap: a KPI of the report: .*; got "aht"\n$/) });
    expect(await cli("report", csvPath, "--mapping", mappingPath, "--heatmap", "csat", "--kpis", "nps")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--heatmap csat: the report does not compute csat/) });
  });
});
