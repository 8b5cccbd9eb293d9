/**
 * Exports as they come, through the command line with one mapping and no conversion script:
 * US dates with AM/PM and capitalised statuses (test/fixtures/us-tickets.csv), a German export
 * with `;`, day-first two-digit years, decimal commas and thousands dots (de-tickets.csv), an NPS
 * survey without a type column (nps-responses.csv), and the workbook and Parquet file made by
 * test/fixtures/make-fixtures.mjs. Every expected number is counted by hand from the fixture
 * rows, written in the test.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "servicekpi-exports-"));
const write = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

interface Total {
  n: number;
  csat: { value: number | null; n: number };
  nps: { value: number | null; n: number; promoters: number; detractors: number };
  firstResponseTime: { n: number; medianMs: number; minMs: number; maxMs: number };
  resolutionTime: { n: number; minMs: number; maxMs: number };
  resolutionRate: { value: number; n: number };
}
const json = (stdout: string) => JSON.parse(stdout) as { counts: { rows: number; records: number; rejected: number }; summary: { rows: { group: Record<string, unknown>; n: number }[]; total: Total } };

describe("servicekpi report on exports as they come", () => {
  it("US dates (M/d/yyyy h:mm a), statuses in any case, clock-text first replies", async () => {
    const mapping = write("us.json", {
      id: "Ticket ID",
      createdAt: { column: "Created", format: "M/d/yyyy h:mm a" },
      resolvedAt: { column: "Solved", format: "M/d/yyyy h:mm a" },
      status: { column: "Status", values: { Closed: "closed" } },
      firstResponseMs: "First Reply",
      csat: "CSAT",
    });
    const r = await cli("report", fixture("us-tickets.csv"), "--mapping", mapping, "--by", "month", "--format", "json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = json(r.stdout);
    expect(out.counts).toEqual({ rows: 4, records: 4, rejected: 0 });
    // by hand: first replies 0:02:23, 0:45:00, 1:30:00, 0:00:40 → 143 s, 2700 s, 5400 s, 40 s
    expect(out.summary.total.firstResponseTime).toMatchObject({ n: 4, minMs: 40_000, maxMs: 5_400_000, medianMs: (143_000 + 2_700_000) / 2 });
    // resolved: US-1 (Closed), US-3 (SOLVED), US-4 ("solved ") → 3 of 4; 9:05 AM → 11:35 AM is 2.5 h,
    // 11/2 10:00 PM → 11/4 8:00 AM is 34 h, 12/31 11:59 PM → 1/1 12:30 AM is 31 min
    expect(out.summary.total.resolutionRate).toMatchObject({ value: 75, n: 4 });
    expect(out.summary.total.resolutionTime).toMatchObject({ n: 3, minMs: 31 * 60_000, maxMs: 34 * 3_600_000 });
    // US-4, solved on New Year's Day, puts its solve in 2025-01 (the backlog's flow), a month no
    // record is placed in: shown with --fill-periods only
    expect(out.summary.rows.map((row) => [row.group["period"], row.n])).toEqual([["2024-10", 2], ["2024-11", 1], ["2024-12", 1]]);
    const filled = json((await cli("report", fixture("us-tickets.csv"), "--mapping", mapping, "--by", "month", "--fill-periods", "--format", "json")).stdout);
    expect(filled.summary.rows.map((row) => [row.group["period"], row.n])).toEqual([["2024-10", 2], ["2024-11", 1], ["2024-12", 1], ["2025-01", 0]]);
  });

  it("a German export: ';', day-first two-digit years, decimal commas and thousands dots, translated statuses", async () => {
    const mapping = write("de.json", {
      id: "Ticketnummer",
      createdAt: { column: "Erstellt", format: "dd/MM/yy HH:mm" },
      status: { column: "Status", values: { "Gelöst": "solved", Offen: "open" } },
      firstResponseMs: { column: "Erste Antwort (min)", unit: "minutes" },
      handleMs: { column: "Bearbeitung (s)", unit: "seconds", thousands: "." },
      channel: "Kanal",
    });
    const r = await cli("report", fixture("de-tickets.csv"), "--mapping", mapping, "--decimal", ",", "--tz", "Europe/Berlin", "--by", "channel", "--format", "json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = json(r.stdout);
    expect(out.counts).toEqual({ rows: 3, records: 3, rejected: 0 });
    // 1,5 + 12,25 + 0,5 minutes: 90 s, 735 s, 30 s
    expect(out.summary.total.firstResponseTime).toMatchObject({ n: 3, minMs: 30_000, maxMs: 735_000, medianMs: 90_000 });
    expect(out.summary.rows.map((row) => [row.group["channel"], row.n])).toEqual([["E-Mail", 2], ["Telefon", 1]]);
    // DE-1 and DE-3 are solved (Gelöst) but the export has no time of solving: left out of the
    // resolution time only, counted with their ids, and listed as warnings by validate
    const left = (JSON.parse(r.stdout) as { excluded: { column: string; field: string; count: number; ids: string[] }[] }).excluded;
    expect(left.map((e) => [e.column, e.field, e.count, e.ids])).toEqual([["resolutionTime", "records.resolvedAt", 2, ["DE-1", "DE-3"]]]);
    expect(out.summary.total.resolutionRate).toMatchObject({ n: 3, value: (2 * 100) / 3 });
    const checked = await cli("validate", fixture("de-tickets.csv"), "--mapping", mapping, "--decimal", ",", "--format", "json");
    expect(checked.code).toBe(0);
    expect((JSON.parse(checked.stdout) as { warnings: unknown[] }).warnings).toEqual(left);
    // a thousands dot with the default decimal dot is a contradiction, named before any row is read
    const clash = await cli("validate", fixture("de-tickets.csv"), "--mapping", mapping);
    expect([clash.code, clash.stderr]).toEqual([3, `servicekpi: --mapping ${mapping}: handleMs.thousands must be a separator other than the decimal one (".", the default: give decimal "," too), got "."\n`]);
    // without --decimal the commas are no numbers: every row is rejected, named, nothing read as 15 or 1225
    const plain = write("de-plain.json", { id: "Ticketnummer", createdAt: { column: "Erstellt", format: "dd/MM/yy HH:mm" }, firstResponseMs: { column: "Erste Antwort (min)", unit: "minutes" } });
    const strict = await cli("validate", fixture("de-tickets.csv"), "--mapping", plain, "--format", "json");
    expect(strict.code).toBe(1);
    const issues = (JSON.parse(strict.stdout) as { rejected: { issues: { field: string; value: unknown }[] }[] }).rejected.flatMap((row) => row.issues);
    expect(issues.filter((i) => i.field === "firstResponseMs").map((i) => i.value)).toEqual(["1,5", "12,25", "0,5"]);
    // --summary: one line per field and reason, with the rows and their first lines (header on line 1)
    const summary = await cli("validate", fixture("de-tickets.csv"), "--mapping", plain, "--summary", "--format", "json");
    expect((JSON.parse(summary.stdout) as { reasons: unknown[] }).reasons).toEqual([
      { field: "firstResponseMs", reason: 'firstResponseMs (column "Erste Antwort (min)") must be a number of minutes', rows: 3, lines: [2, 3, 4] },
    ]);
  });

  it("an NPS survey file without a type column: { value: \"nps\" } for every row", async () => {
    const mapping = write("nps.json", { id: "Response", type: { value: "nps" }, respondedAt: "Answered on", score: "Likelihood to recommend", agent: "Agent" });
    const r = await cli("report", fixture("nps-responses.csv"), "--schema", "surveys", "--mapping", mapping, "--by", "agent", "--format", "json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = json(r.stdout);
    // 10, 9 promoters; 8 passive; 6, 3 detractors: (2 − 2) / 5 = 0
    expect(out.summary.total.nps).toMatchObject({ value: 0, n: 5, promoters: 2, detractors: 2 });
    expect(out.summary.rows.map((row) => [row.group["agent"], row.n])).toEqual([["Ana", 3], ["Ben", 2]]);
  });

  it("refuses a unit on a field that is not a duration, before reading a row", async () => {
    const r = await cli("report", fixture("us-tickets.csv"), "--map", "id=Ticket ID,createdAt=Created,csat=CSAT@hours");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^servicekpi: --map: csat\.unit must be absent: a unit applies to duration fields only.*, got "hours"\n$/);
  });

  it("reads the workbook (typed dates, [h]:mm:ss durations, odd headers) and the Parquet file like a CSV", async () => {
    // the column names of the fixtures written by test/fixtures/make-fixtures.mjs
    const xlsx = write("x.json", { id: "Ticket #", createdAt: "Opened (local)", resolvedAt: "Solved at", handleMs: "Handle time [h:mm:ss]", firstResponseMs: "First reply (mm:ss)", status: "Status ", csat: "CSAT ★" });
    const book = await cli("validate", fixture("tickets.xlsx"), "--mapping", xlsx, "--format", "json");
    const checked = JSON.parse(book.stdout) as { counts: unknown; rejected: { line: number; issues: { field: string; value: unknown }[] }[] };
    // 8 tickets (a blank row between them skipped); T-1007 has a CSAT of 9 on a 1–5 scale, on sheet row 10
    expect(checked.counts).toEqual({ rows: 8, records: 7, rejected: 1 });
    expect(checked.rejected.map((r) => [r.line, r.issues.map((i) => [i.field, i.value])])).toEqual([[10, [["csat", 9]]]]);
    const other = await cli("validate", fixture("tickets.xlsx"), "--sheet", "Calls", "--schema", "calls", "--mapping", write("c.json", { waitMs: "Wait (ms)", outcome: "Outcome", queue: "Queue" }), "--format", "json");
    expect((JSON.parse(other.stdout) as { counts: unknown }).counts).toEqual({ rows: 3, records: 3, rejected: 0 });
    const parquet = write("p.json", { id: "ticket id", createdAt: "created_at", firstResponseMs: { column: "frt_minutes", unit: "minutes" }, channel: "channel" });
    const r = await cli("report", fixture("tickets.parquet"), "--mapping", parquet, "--format", "json", "--workers", "2");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    // frt_minutes 2.5 and 0.25 (the third row has none): 150 s and 15 s
    expect(json(r.stdout).summary.total.firstResponseTime).toMatchObject({ n: PARQUET_FRT.length, minMs: Math.min(...PARQUET_FRT), maxMs: Math.max(...PARQUET_FRT) });
  });
});

describe("servicekpi report: survey scales, any column, labels", () => {
  // test/fixtures/zendesk-satisfaction.csv, counted by hand: Satisfaction Score Good (101, 104,
  // 106 "GOOD"), Bad (102, 107 "bad "), Offered (103, 108), Unoffered (105); effort 1, 4, 2, 2, 5
  const mapping = write("zd.json", {
    id: "Id", createdAt: "Created at", resolvedAt: "Solved at", team: "Group", tags: "Tags", csat: "Satisfaction Score", ces: "Customer effort (1-5)",
    surveySent: { column: "Satisfaction Score", values: { Good: true, Bad: true, Offered: true, Unoffered: false } },
  });
  interface Scaled { csat: { value: number; n: number; satisfied: number; mean: number | null; responseRate: { value: number; n: number } }; ces: { value: number; n: number; easyPercent: number; difficultPercent: number } }
  const scaled = (stdout: string) => JSON.parse(stdout) as { summary: { rows: { group: Record<string, unknown>; n: number; csat: Scaled["csat"] }[]; total: Scaled & { n: number }; overlapping?: string[] } };

  it("Zendesk's Good/Bad/Offered/Unoffered with --csat-scale binary, a 1–5 effort scale with --ces-scale 1-5, grouped by a column that is no field", async () => {
    const r = await cli("report", fixture("zendesk-satisfaction.csv"), "--mapping", mapping, "--csat-scale", "binary", "--ces-scale", "1-5", "--by", "Product", "--format", "json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = scaled(r.stdout);
    // 3 good of 5 answers; 7 surveys sent (Unoffered is not), 5 answered
    expect(out.summary.total.csat).toMatchObject({ value: 60, n: 5, satisfied: 3, mean: null, responseRate: { value: (5 * 100) / 7, n: 7 } });
    // effort 1, 4, 2, 2, 5: mean 2.8; easy (≤ 2) 3 of 5, difficult (≥ 4) 2 of 5
    expect(out.summary.total.ces).toMatchObject({ value: 2.8, n: 5, easyPercent: 60, difficultPercent: 40 });
    // Product: Mobile app 103, 106, 107; Payments 101, 102, 104, 108; 105 blank
    expect(out.summary.rows.map((row) => [row.group["Product"], row.n, row.csat.value])).toEqual([["Mobile app", 3, 50], ["Payments", 4, (2 * 100) / 3], [null, 1, null]]);
    // without the scale, the words are no score on 1–5: every answered row rejected, named
    const plain = await cli("report", fixture("zendesk-satisfaction.csv"), "--mapping", mapping, "--ces-scale", "1-5", "--format", "json");
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('8 of 8 rows rejected (100.0 %), left out of every KPI: csat (column "Satisfaction Score") must be a whole number from 1 to 5');
  });

  it("--by tags counts a ticket in each of its tags and says the groups overlap; the total counts it once", async () => {
    const r = await cli("report", fixture("zendesk-satisfaction.csv"), "--mapping", mapping, "--csat-scale", "binary", "--by", "tags", "--format", "json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = scaled(r.stdout);
    // billing 101, 102, 104; bug 106, 107; refund 104, 108; vip 101, 105, 106; no tags 103
    expect(out.summary.rows.map((row) => [row.group["tags"], row.n])).toEqual([["billing", 3], ["bug", 2], ["refund", 2], ["vip", 3], [null, 1]]);
    expect(out.summary.total.n).toBe(8);
    expect(out.summary.overlapping).toEqual(["tags"]);
    // vip: 101 Good, 105 Unoffered, 106 GOOD → 2 of 2
    expect(out.summary.rows.find((row) => row.group["tags"] === "vip")?.csat).toMatchObject({ value: 100, n: 2 });
    const table = await cli("report", fixture("zendesk-satisfaction.csv"), "--mapping", mapping, "--csat-scale", "binary", "--by", "tags");
    expect(table.stdout).toContain("groups by tags overlap");
  });

  it("names a --by that is neither a field nor a column, and a scale it does not know", async () => {
    const typo = await cli("report", fixture("zendesk-satisfaction.csv"), "--mapping", mapping, "--csat-scale", "binary", "--by", "Prodcut");
    expect([typo.code, typo.stderr]).toEqual([2, `servicekpi: --by Prodcut: neither a field of the records nor a column of ${fixture("zendesk-satisfaction.csv")}. Fields: id, channel, createdAt, status, priority, team, agent, customerId, topic, firstResponseAt, resolvedAt, events, firstResponseMs, resolutionMs, handleMs, csat, nps, ces, surveySent, firstContactResolved, reopens, replies, complaint, escalated, reassignments, category, region, country, tags; also hourOfDay, weekday and one period (day, week, month, quarter, year). Columns: "Id", "Created at", "Solved at", "Group", "Product", "Tags", "Satisfaction Score", "Customer effort (1-5)"\n`]);
    const scale = await cli("validate", fixture("zendesk-satisfaction.csv"), "--mapping", mapping, "--csat-scale", "stars");
    expect([scale.code, scale.stderr]).toEqual([2, 'servicekpi: --csat-scale: 1-5, 1-10 or binary; got "stars"\n']);
    const ces = await cli("validate", fixture("zendesk-satisfaction.csv"), "--mapping", mapping, "--ces-scale", "0-10");
    expect(ces.stderr).toBe('servicekpi: --ces-scale: 1-7 or 1-5; got "0-10"\n');
    const ok = await cli("validate", fixture("zendesk-satisfaction.csv"), "--mapping", mapping, "--csat-scale", "binary", "--ces-scale", "1-5", "--format", "json");
    expect([ok.code, (JSON.parse(ok.stdout) as { counts: unknown }).counts]).toEqual([0, { rows: 8, records: 8, rejected: 0 }]);
  });
});

const { PARQUET_TICKETS } = (await import(new URL("./fixtures/make-fixtures.mjs", import.meta.url).href)) as { PARQUET_TICKETS: { frt: number | null }[] };
/** The first response times the Parquet fixture was written with, in ms. */
const PARQUET_FRT = PARQUET_TICKETS.flatMap((t) => (t.frt === null ? [] : [t.frt * 60_000]));
