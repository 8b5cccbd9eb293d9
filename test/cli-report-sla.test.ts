/**
 * `servicekpi report --sla` made deterministic and said in the file's terms (issue 15, item 8):
 * the default `now` is the latest instant in the data (computed here from the CSV by a plain
 * loop), the output states it, targets written as text and matched ignoring case give the same
 * numbers as their exact twins, a target no ticket can match is a warning, a `--now` before
 * tickets' last instants is one line with its count, errors name the file and the path inside it.
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
const dir = mkdtempSync(join(tmpdir(), "servicekpi-sla-"));
const write = (name: string, value: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
};

interface Out {
  settings: { timeZone: string; now?: string | null; nowFrom?: string };
  warnings: string[];
  excluded: { column: string; field: string; count: number }[];
  summary: { total: { slaCompliance: Record<string, { value: number; n: number }> } };
}
const run = async (...args: string[]): Promise<{ code: number; out: Out; stderr: string }> => {
  const r = await cli("report", csvPath, "--mapping", mappingPath, "--format", "json", ...args);
  return { code: r.code, out: JSON.parse(r.stdout) as Out, stderr: r.stderr };
};

describe.skipIf(!available)("servicekpi report --sla on tickets-5000.csv", () => {
  const lines = available ? readFileSync(csvPath, "utf8").trim().split(/\r?\n/) : ["x"];
  const header = (lines[0] as string).split(",");
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(",").map((v, i) => [header[i], v])) as Record<string, string>);
  const utc = (text: string): number => Date.parse(`${text.replace(" ", "T")}Z`);
  // the last instant each ticket mentions: created, solved, and created + first response
  const lastOf = (t: Record<string, string>): number =>
    Math.max(utc(t["created_date"] as string), t["resolved_date"] === "" ? -Infinity : utc(t["resolved_date"] as string), utc(t["created_date"] as string) + Number(t["first_response_minutes"]) * 60_000);
  const latest = Math.max(...rows.map(lastOf));
  const policy = write("policy.json", { targets: [{ metric: "first-reply", targetMs: 1_800_000 }, { metric: "resolution", targetMs: 86_400_000, priority: "High" }, { metric: "resolution", targetMs: 172_800_000 }] });

  it("measures running targets to the latest instant in the data, says so, and gives the same numbers every run", async () => {
    const first = await run("--sla", policy);
    expect(first.code).toBe(0);
    expect(first.out.settings).toMatchObject({ timeZone: "UTC", now: new Date(latest).toISOString(), nowFrom: "data" });
    const again = await run("--sla", policy);
    expect(again.out).toEqual(first.out);
    const given = await run("--sla", policy, "--now", new Date(latest).toISOString());
    expect(given.out.summary.total.slaCompliance).toEqual(first.out.summary.total.slaCompliance);
    expect(given.out.settings.nowFrom).toBe("--now");
    const table = await cli("report", csvPath, "--mapping", mappingPath, "--sla", policy);
    expect(table.stdout).toContain(`${new Date(latest).toISOString()} (the latest instant in the data)`);
  });

  it("reads targets as text and matches priority ignoring case and spaces: the same numbers as the exact policy", async () => {
    const texted = write("texted.json", { targets: [{ metric: "first-reply", targetMs: "30m" }, { metric: "resolution", targetMs: "1d", priority: " HIGH" }, { metric: "resolution", targetMs: "2d" }] });
    const [a, b] = await Promise.all([run("--sla", policy), run("--sla", texted)]);
    expect(b.out.summary.total.slaCompliance).toEqual(a.out.summary.total.slaCompliance);
    expect(b.out.warnings).toEqual([]);
  });

  it("warns once about a target no ticket has the priority of, naming the priorities there are", async () => {
    const urgent = write("urgent.json", { targets: [{ metric: "resolution", targetMs: "4h", priority: "Urgent" }, { metric: "resolution", targetMs: "2d" }] });
    const r = await run("--sla", urgent);
    const priorities = [...new Set(rows.map((t) => (t["priority"] as string).toLowerCase()))].sort().join(", ");
    const warning = `--sla ${urgent}: targets[0] (resolution, priority "Urgent") applies to no ticket (priorities in the data: ${priorities})`;
    expect(r.out.warnings).toEqual([warning]);
    expect(r.stderr).toBe(`servicekpi: warning: ${warning}\n`);
  });

  it("puts a --now before tickets' last instants in one line with the count", async () => {
    const now = Date.UTC(2024, 5, 1);
    const r = await run("--sla", policy, "--now", "2024-06-01");
    const early = rows.filter((t) => lastOf(t) > now).length;
    expect(r.out.excluded).toEqual([expect.objectContaining({ column: "slaCompliance", field: expect.stringMatching(/^options\.kpis\[\d+\]\.now$/), count: early })]);
    expect(r.out.warnings).toEqual([`--now 2024-06-01T00:00:00.000Z is before the last recorded instant of ${early} tickets: left out of SLA compliance`]);
    const table = await cli("report", csvPath, "--mapping", mappingPath, "--sla", policy, "--now", "2024-06-01");
    expect(table.stdout).toMatch(new RegExp(`slaCompliance +${early} +--now +a time at or after the ticket's last recorded instant`));
  });
});

describe("servicekpi report --sla: errors in the file's terms", () => {
  const tickets = write("t.csv", "id,createdAt\n1,2026-03-01T20:00:00Z\n");
  it("names the file and the path inside it, the calendar file for the calendar, and --now in its own words", async () => {
    const bad = write("bad.json", { targets: [{ metric: "first-reply", targetMs: "30 min" }] });
    expect((await cli("report", tickets, "--sla", bad)).stderr).toMatch(new RegExp(`^servicekpi: --sla ${bad.replace(/[.]/g, "\\.")}: targets\\[0\\]\\.targetMs must be`));
    const good = write("good.json", { targets: [{ metric: "first-reply", targetMs: "1h" }] });
    const calendar = write("cal.json", { timeZone: "Mars/Olympus", hours: {} });
    expect((await cli("report", tickets, "--sla", good, "--calendar", calendar)).stderr).toMatch(/^servicekpi: --calendar .*cal\.json: timeZone must be/);
    expect(await cli("report", tickets, "--sla", good, "--now", "soon")).toMatchObject({ code: 2, stderr: expect.stringMatching(/^servicekpi: --now: a date and time such as .*; got "soon"\n$/) });
    expect(await cli("report", tickets, "--now", "2026-03-02")).toMatchObject({ code: 0, stderr: expect.stringMatching(/^servicekpi: warning: --now is the time SLA targets still running are measured to: without --sla .* it changes nothing\n$/) });
  });
});
