/**
 * `--preset chatwoot` on a CSV in the layout of Chatwoot's CSAT responses download
 * (test/fixtures/helpdesks/chatwoot-csat.csv, written by make_chatwoot_export.py: 26 made-up
 * answers, comments with commas and quotes, a last line "Reporting period …"). Checked against an
 * independent pass over the answers the script lists in chatwoot-csat.json: CSAT as the share
 * of 4 and 5 among the answers (the usual top-two-box definition on a 1–5 scale).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const file = fileURLToPath(new URL("fixtures/helpdesks/chatwoot-csat.csv", import.meta.url));
const truth = JSON.parse(readFileSync(fileURLToPath(new URL("fixtures/helpdesks/chatwoot-csat.json", import.meta.url)), "utf8")) as {
  rows: Record<string, string | number>[];
  lastLine: string;
};
const rows = truth.rows;
const topTwo = (of: readonly Record<string, string | number>[]): number => (100 * of.filter((r) => Number(r["Rating"]) >= 4).length) / of.length;

interface Row { group: Record<string, string | null>; n: number; csat: { value: number; n: number } }
interface Out { counts: unknown; notes?: unknown; settings: { timeZone: string }; summary: { rows: Row[]; total: Row } }
async function run(command: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cli(command, file, "--preset", "chatwoot", "--format", "json", ...flags);
}

describe("servicekpi report --preset chatwoot", () => {
  it("reads every answer as a CSAT survey response, the closing period line as a note", async () => {
    const r = await run("report", "--by", "agent");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = JSON.parse(r.stdout) as Out;
    expect(out.counts).toEqual({ rows: rows.length, records: rows.length, rejected: 0 });
    expect(out.notes).toEqual([{ line: rows.length + 3, text: truth.lastLine }]); // (header, an empty line, the answers)
    expect(out.summary.total.csat.n).toBe(rows.length);
    expect(out.summary.total.csat.value).toBeCloseTo(topTwo(rows), 10);
    for (const row of out.summary.rows) {
      const agent = row.group["agent"] ?? "";
      const mine = rows.filter((x) => x["Agent Name"] === agent);
      expect(row.csat.n, String(agent)).toBe(mine.length);
      expect(row.csat.value, String(agent)).toBeCloseTo(topTwo(mine), 10);
    }
  });

  it("gives the same report and notes through worker threads", async () => {
    const one = JSON.parse((await run("report", "--by", "agent")).stdout) as Out;
    const r = await run("report", "--by", "agent", "--workers", "2");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const two = JSON.parse(r.stdout) as Out;
    expect(two.notes).toEqual(one.notes);
    expect(two.summary).toEqual(one.summary);
  });

  it("reads the Rails-written dates in UTC: every answer falls in November 2026", async () => {
    const r = await run("report", "--by", "month");
    const out = JSON.parse(r.stdout) as Out;
    expect(out.settings.timeZone).toBe("UTC");
    expect(out.summary.rows.map((x) => [x.group["period"], x.n])).toEqual([["2026-11", rows.length]]);
  });

  it("validates with zero rejected rows, and refuses --schema tickets, saying why", async () => {
    const ok = await run("validate");
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ schema: "surveys", counts: { rejected: 0 }, notes: [{ text: truth.lastLine }] });
    const wrong = await run("report", "--schema", "tickets");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--preset chatwoot: Chatwoot's survey responses (--schema surveys); not with --schema tickets");
  });

  it("without the preset, the period line is a rejected row (the preset is what knows it)", async () => {
    const r = await cli("validate", file, "--schema", "surveys", "--map", 'type=Rating,score=Rating', "--format", "json");
    const out = JSON.parse(r.stdout) as { counts: { rows: number; rejected: number } };
    expect(out.counts.rows).toBe(rows.length + 1);
    expect(out.counts.rejected).toBeGreaterThanOrEqual(1);
  });

  it("is recognised by init as a survey export", async () => {
    const r = await cli("init", file, "--format", "json");
    const proposal = JSON.parse(r.stderr) as { preset: string; schema: string; missing: string[]; next: string; fields: unknown[] };
    expect(proposal).toMatchObject({ preset: "chatwoot", schema: "surveys" });
    expect(proposal.fields).toContainEqual({ field: "type", column: "(every row: csat)", meaning: "the same for every row of a Chatwoot export" });
    expect(proposal.next).not.toContain("--tz");
  });
});
