/**
 * `--preset zendesk` on a fixture export in the layout of Zendesk's ticket CSV export
 * (test/fixtures/helpdesks/zendesk-export.csv, written by make_zendesk_export.py beside it: 40
 * made-up tickets), checked against an independent pass written here: the CSV split by commas
 * (no cell of the fixture holds one), Zendesk's own columns counted and averaged in plain loops,
 * and numpy's default ("linear") percentile by hand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";
import { expectDurations, type Durations } from "./_support/helpdeskChecks.js";

const file = fileURLToPath(new URL("fixtures/helpdesks/zendesk-export.csv", import.meta.url));
const [head, ...lines] = readFileSync(file, "utf8").trim().split("\n") as [string, ...string[]];
const header = head.split(",");
const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [header[i], v])) as Record<string, string>);
const M = 60_000;

const minutesIn = (column: string, of = rows): number[] => of.filter((r) => r[column] !== "").map((r) => Number(r[column]) * M);

interface Total { n: number; csat: { value: number; n: number; responseRate: { value: number; n: number } }; firstResponseTime: Durations; resolutionTime: Durations; resolutionRate: { value: number }; reopenRate: { value: number } }
interface Out { counts: unknown; settings: { preset: unknown; clocks: Record<string, string> }; summary: { rows: (Total & { group: Record<string, string> })[]; total: Total } }

async function report(...flags: string[]): Promise<Out> {
  const r = await cli("report", file, "--preset", "zendesk", "--tz", "Europe/Berlin", "--format", "json", ...flags);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return JSON.parse(r.stdout) as Out;
}


describe("servicekpi report --preset zendesk", () => {
  it("reads every row of the export, with nothing to map by hand", async () => {
    const out = await report();
    expect(out.counts).toEqual({ rows: 40, records: 40, rejected: 0 });
    expect(out.settings.preset).toEqual({ name: "zendesk", hours: "calendar", missing: [] });
  });

  it("gives CSAT, its response rate, resolution and reopen rates as counted from Zendesk's columns", async () => {
    const { total } = (await report()).summary;
    const score = (s: string): number => rows.filter((r) => r["Satisfaction Score"] === s).length;
    // CSAT on Zendesk's good/bad scale: Good / (Good + Bad); a survey was sent unless Not Offered
    expect(total.csat.n).toBe(score("Good") + score("Bad"));
    expect(total.csat.value).toBeCloseTo((100 * score("Good")) / (score("Good") + score("Bad")), 10);
    expect(total.csat.responseRate.n).toBe(score("Good") + score("Bad") + score("Offered"));
    const solved = rows.filter((r) => r["Status"] === "Solved" || r["Status"] === "Closed");
    expect(total.resolutionRate.value).toBeCloseTo((100 * solved.length) / rows.length, 10);
    // reopened: among resolved tickets, those Zendesk counts one reopen or more
    expect(total.reopenRate.value).toBeCloseTo((100 * solved.filter((r) => Number(r["Reopens"]) > 0).length) / solved.length, 10);
  });

  it("reads first reply and full resolution in calendar minutes, or in business minutes with --hours business", async () => {
    const calendar = (await report()).summary.total;
    expectDurations(calendar.firstResponseTime, minutesIn("First reply time in minutes"));
    expectDurations(calendar.resolutionTime, minutesIn("Full resolution time in minutes"));
    const out = await report("--hours", "business");
    expect(out.settings.clocks["firstResponseTime"]).toBe("export-business");
    expectDurations(out.summary.total.firstResponseTime, minutesIn("First reply time in minutes within business hours"));
    expectDurations(out.summary.total.resolutionTime, minutesIn("Full resolution time in minutes within business hours"));
  });

  it("groups by Zendesk's Via as the channel, and by any other column of the export", async () => {
    const out = await report("--by", "channel");
    const vias = [...new Set(rows.map((r) => r["Via"] as string))].sort();
    expect(out.summary.rows.map((r) => r.group["channel"])).toEqual(vias);
    for (const row of out.summary.rows) expect(row.n).toBe(rows.filter((r) => r["Via"] === row.group["channel"]).length);
    const types = await report("--by", "Ticket type");
    for (const row of types.summary.rows) {
      const mine = rows.filter((r) => r["Ticket type"] === row.group["Ticket type"]);
      expectDurations(row.firstResponseTime, minutesIn("First reply time in minutes", mine));
    }
  });

  it("says when a duration is in the file in the other clock only", async () => {
    // the same export without the calendar first-reply column: only its business-hours twin
    const dir = mkdtempSync(join(tmpdir(), "skpi-zendesk-"));
    const path = join(dir, "business-only.csv");
    const drop = header.indexOf("First reply time in minutes");
    writeFileSync(path, [head, ...lines].map((l) => l.split(",").filter((_, i) => i !== drop).join(",")).join("\n"));
    const r = await cli("report", path, "--preset", "zendesk", "--tz", "Europe/Berlin");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/durations in the other clock +firstResponseMs: the file gives them in business hours only \(--hours business reads them\)/);
    expect(r.stdout).toMatch(/Zendesk Support columns not in the file \(their fields left out\) +First reply time in minutes/);
  });

  it("validates the export with the preset: nothing rejected", async () => {
    const r = await cli("validate", file, "--preset", "zendesk", "--tz", "Europe/Berlin");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("40 rows, 40 valid, 0 rejected");
    expect(r.stdout).toContain("read as  Zendesk Support export (--preset zendesk)");
  });

  it("says which flag is wrong, and what a file lacks", async () => {
    expect(await cli("report", file, "--preset", "zendisk")).toMatchObject({ code: 2, stderr: expect.stringMatching(/^servicekpi: --preset: one of zendesk, freshdesk(, \w+)*; got "zendisk"\n$/) });
    // Help Scout has no export: the message says where its data is read
    for (const command of ["report", "init"]) {
      expect(await cli(command, file, "--preset", "helpscout")).toMatchObject({ code: 2, stderr: expect.stringContaining("--preset helpscout: Help Scout has no per-conversation export to read; its Mailbox API is read by fromHelpScout") });
    }
    expect(await cli("report", file, "--preset", "zendesk", "--hours", "office")).toMatchObject({ code: 2, stderr: 'servicekpi: --hours: calendar or business; got "office"\n' });
    expect(await cli("report", file, "--hours", "business")).toMatchObject({ code: 2, stderr: "servicekpi: --hours: the clock of a preset's durations; use it with --preset\n" });
    for (const command of ["report", "validate"]) {
      expect(await cli(command, file, "--preset", "zendesk", "--schema", "surveys")).toMatchObject({ code: 2, stderr: "servicekpi: --preset zendesk: Zendesk Support's tickets (--schema tickets); not with --schema surveys\n" });
    }
    const other = fileURLToPath(new URL("../examples/data/tickets-300.csv", import.meta.url));
    const r = await cli("report", other, "--preset", "zendesk");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^servicekpi: --preset zendesk: .*tickets-300\.csv has no column "Id", the ticket's id in a Zendesk Support export \(if it is there under another name: --map id="Its name"\)\n$/);
  });
});

describe("--preset zendesk on an account that writes its own date layout", () => {
  // Zendesk writes dates in the account's format: the same export with German dates (14.11.2026 05:04)
  const german = (text: string): string => text.replace(/(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2}):\d{2}/g, "$3.$2.$1 $4");
  const us = (text: string): string => text.replace(/(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2}):\d{2}/g, (_, y, m, d, t) => `${Number(m)}/${Number(d)}/${y} ${t}`);

  it("tells the layout from the first rows, reads every row the same, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skpi-zendesk-"));
    const original = await report();
    for (const [name, rewrite, layout] of [["german.csv", german, "d.M.yyyy H:mm"], ["us.csv", us, "M/d/yyyy H:mm"]] as const) {
      const path = join(dir, name);
      writeFileSync(path, rewrite(readFileSync(file, "utf8")));
      const r = await cli("report", path, "--preset", "zendesk", "--tz", "Europe/Berlin", "--format", "json");
      expect([r.code, r.stderr]).toEqual([0, ""]);
      const out = JSON.parse(r.stdout) as Out;
      expect(out.counts).toEqual({ rows: 40, records: 40, rejected: 0 });
      expect(out.summary.total).toEqual(original.summary.total);
      const table = await cli("report", path, "--preset", "zendesk", "--tz", "Europe/Berlin");
      const said = table.stdout.split("\n").find((l) => l.startsWith("dates "));
      expect(said?.replace(/^dates +/, "")).toBe(`${layout} (told from the first rows; --date-format to change)`);
    }
  });

  it("names the --date-format that reads the rejected dates, when one was given wrong", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "skpi-zendesk-")), "german.csv");
    writeFileSync(path, german(readFileSync(file, "utf8")));
    const hint = 'The rejected dates read as d.M.yyyy H:mm: give --date-format "d.M.yyyy H:mm"';
    const v = await cli("validate", path, "--preset", "zendesk", "--date-format", "yyyy-MM-dd HH:mm", "--format", "json");
    expect(v.code).toBe(1);
    expect(JSON.parse(v.stdout).hint).toBe(hint);
    const r = await cli("report", path, "--preset", "zendesk", "--date-format", "yyyy-MM-dd HH:mm");
    expect(r.stderr).toContain(`${hint}. Run servicekpi validate`);
    // no hint when the dates are read
    expect(JSON.parse((await cli("validate", path, "--preset", "zendesk", "--format", "json")).stdout).hint).toBeUndefined();
  });

  it("still tells the layout when a row was shifted by a stray comma, and rejects that row alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skpi-zendesk-"));
    const path = join(dir, "shifted.csv");
    const [first, second, ...rest] = german(readFileSync(file, "utf8")).split("\n");
    // a row whose cells moved (a comma written unquoted earlier, a cell left out later): its
    // Created at holds a word, with as many cells as the header
    writeFileSync(path, [first, (second as string).replace(/,\d{2}\.\d{2}\.\d{4} \d{2}:\d{2},/, ",Communication,"), ...rest].join("\n"));
    const r = await cli("report", path, "--preset", "zendesk", "--tz", "Europe/Berlin", "--max-rejected", "1");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dates +d\.M\.yyyy H:mm \(told from the first rows; 1 of \d+ date cells read by no layout; --date-format to change\)/);
    expect(r.stdout).toMatch(/shifted\.csv +40 +39 +1/);
  });
});

describe("servicekpi init on a Zendesk export", () => {
  it("recognises the export from its header and proposes --preset zendesk", async () => {
    const r = await cli("init", file, "--format", "json");
    expect(r.code).toBe(0);
    const proposal = JSON.parse(r.stderr) as { preset: string; mapping: Record<string, unknown>; missing: string[]; unused: string[]; next: string };
    expect(proposal.preset).toBe("zendesk");
    expect(JSON.parse(r.stdout)).toEqual(proposal.mapping); // the mapping printed is the preset's
    expect(proposal.mapping["firstResponseMs"]).toEqual({ column: "First reply time in minutes", unit: "minutes" });
    expect(proposal.missing).toEqual([]);
    expect(proposal.unused).toContain("Ticket type");
    expect(proposal.next).toBe(`servicekpi report ${file} --preset zendesk --tz ZONE`);
  });

  it("takes --preset and --hours, and says when the file is not that export", async () => {
    const r = await cli("init", file, "--preset", "Zendesk", "--hours", "business", "--format", "json");
    expect(JSON.parse(r.stdout)["resolutionMs"]).toEqual({ column: "Full resolution time in minutes within business hours", unit: "minutes" });
    const other = fileURLToPath(new URL("../examples/data/tickets-300.csv", import.meta.url));
    const wrong = await cli("init", other, "--preset", "zendesk");
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toMatch(/--preset zendesk: .*tickets-300\.csv is not a Zendesk Support export \(the column "Id" \(the ticket's id in a Zendesk Support export\) is missing\)\n$/);
    // a file that is no helpdesk's export gets the usual proposal
    expect(JSON.parse((await cli("init", other, "--format", "json")).stderr).preset).toBeUndefined();
  });

  it("lists the preset's columns the file lacks", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "skpi-zendesk-")), "no-tags.csv");
    const drop = header.indexOf("Tags");
    writeFileSync(path, [head, ...lines].map((l) => l.split(",").filter((_, i) => i !== drop).join(",")).join("\n"));
    const r = await cli("init", path, "--format", "json");
    expect(JSON.parse(r.stderr)).toMatchObject({ preset: "zendesk", missing: ["Tags"] });
  });

  it("proposes a date layout that reads most of a column's cells, and says how many it does not", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "skpi-init-")), "tickets.csv");
    const cells = ["08-04-2023 20:52", "24-04-2023 19:32", "16-05-2023 17:43", "13-04-2023 11:03", "24-04-2023 13:21", "14-05-2023 11:54", "06-04-2023 14:46", "06-04-2023 18:02", "17-04-2023 18:05", "Communication"];
    writeFileSync(path, ["ticket_id,created_date", ...cells.map((c, i) => `T-${i},${c}`)].join("\n"));
    const r = await cli("init", path, "--format", "json");
    const proposal = JSON.parse(r.stderr) as { mapping: Record<string, unknown>; unsure: { field: string; point: string }[] };
    expect(proposal.mapping["createdAt"]).toEqual({ column: "created_date", format: "d-M-yyyy H:mm" });
    expect(proposal.unsure).toContainEqual(expect.objectContaining({ field: "createdAt", point: '1 of 10 cells are no date in this layout ("Communication"): those rows will be rejected' }));
  });
});
