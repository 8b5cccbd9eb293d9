/**
 * The command line's messages (issue 16, item 6): one line each, in the words of the flags and
 * files a user typed, never the library's API (`options.timeZone`, `createAggregator:`); one exit
 * code for a file whose content cannot be used; values quoted short, with their length.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const dir = mkdtempSync(join(tmpdir(), "servicekpi-messages-"));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const rows = [
  { id: "T-1", createdAt: "2026-03-02T09:00:00Z", channel: "email", Product: "Pro" },
  { id: "T-2", createdAt: "2026-03-03T10:00:00Z", channel: "chat", Product: "Free" },
];
const csv = write("t.csv", `id,createdAt,channel,Product\n${rows.map((r) => Object.values(r).join(",")).join("\n")}\n`);
const ndjson = write("t.ndjson", `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
const json = write("t.json", JSON.stringify(rows));
const policy = write("policy.json", JSON.stringify({ targets: [{ metric: "first-reply", targetMs: "1h" }] }));
const STAFFING = ["staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s"];

/** The library's words that a command-line message must not show. */
const API = /options\.|createAggregator|summarize:|readRecords:|staffingTable:|liveView:|internal error/;

describe("servicekpi: messages in the words of the command line", () => {
  it("names the flag of every bad value, in one line, never an API path", async () => {
    const cases: [string[], string, number][] = [
      [["report", csv, "--tz", "Mars/Base"], "--tz Mars/Base: not a time zone (IANA names such as Europe/Amsterdam)", 2],
      [["validate", csv, "--tz", "Mars/Base"], "--tz Mars/Base: not a time zone", 2],
      [["report", csv, "--sla", policy, "--tz", "Mars/Base", "--now", "2026-03-04 00:00"], "--tz Mars/Base", 2],
      [["report", csv, "--date-format", "qqqq"], "--date-format qqqq: must be a date-fns pattern", 2],
      [["validate", csv, "--date-format", "qqqq"], "--date-format qqqq", 2],
      [["report", csv, "--thousands", "x"], "--thousands x: not a thousands separator (. , ' or space)", 2],
      [["report", csv, "--thousands", "."], '--thousands .: must be a separator other than the decimal one', 2],
      [["report", csv, "--sheet", "3"], "--sheet 3: a sheet applies to .xlsx workbooks only", 2],
      [["report", csv, "--by", "Product,Product"], "--by Product: must be a dimension whose name differs", 2],
      [["report", csv, "--by", "nosuch"], "--by nosuch: neither a field of the records nor a column", 2],
      [["report", csv, "--by", "nosuch", "--sla", policy], "--by nosuch: neither a field", 2], // read first for the report's now
      [["report", csv, "--by", "nosuch", "--workers", "2"], "--by nosuch: neither a field", 2],
      [["report", csv, "--map", "createdAt=Opened"], '--map: createdAt must be a column of the rows ("id", "createdAt", "channel", "Product"), got "Opened"', 3],
      [["report", csv, "--map", "nosuch=id"], "--map: nosuch must be a field of the schema", 3],
      [["report", write("notes.txt", "x"), "--by", "channel"], "cannot tell the format of", 2],
      [["validate", write("notes2.txt", "x")], "cannot tell the format of", 2],
      [["report", csv, "--sla", policy, "--now", "soon"], '--now: a date and time such as 2026-03-29T09:30:00Z or "2026-03-29 09:30" (read in --tz); got "soon"', 2],
      [[...STAFFING, "--max-occupancy", "0%"], "--max-occupancy 0%: must be an occupancy above 0", 2],
      [["staffing", "--calls", "10", "--interval", "1ms", "--aht", "10h", "--target", "80/20s"], "--target 80/20s: must be a service level target that at most 10,000,000 agents can meet", 2],
      [["sample", "--days", "100000000"], '--days: at most 36,525 (a hundred years); got "100000000"', 2],
    ];
    for (const [args, said, code] of cases) {
      const r = await cli(...args);
      expect({ args, code: r.code, lines: r.stderr.split("\n").length, said: r.stderr.includes(said) }).toEqual({ args, code, lines: 2, said: true });
      expect(r.stderr).toMatch(/^servicekpi: /);
      expect(r.stderr).not.toMatch(API);
    }
  });

  it("gives one line, not node's three, for a negative value, and the flag's own check says what it takes", async () => {
    const cases: [string[], string][] = [
      [["report", csv, "--max-exact", "-1"], '--max-exact: a whole number of durations (0 or more); got "-1"'],
      [["report", csv, "--workers", "-1"], '--workers: a whole number from 1 to 256, or auto; got "-1"'],
      [["report", csv, "--horizon", "-1h", "--live"], '--horizon: a duration such as 1h or 30m; got "-1h"'],
      [["report", csv, "--percentiles", "-5"], '--percentiles: percent ranks between 0 and 100, comma-separated (50,90,95); got "-5"'],
      [["report", csv, "--max-rejected", "-1"], '--max-rejected: a number of rows (10) or a share of the rows (0.5%); got "-1"'],
      [["report", csv, "--buckets", "-1h"], '--buckets: auto, or increasing durations separated by commas (15m,1h,4h,1d); got "-1h"'],
      [["staffing", "--calls", "-1", "--interval", "30m", "--aht", "180s", "--target", "80/20s"], '--calls: expected a number of calls, or one per interval separated by commas (38,64,92); got "-1"'],
      [[...STAFFING, "--shrinkage", "-.5"], '--shrinkage: expected a share like 30% or 0.3; got "-.5"'],
      [["sample", "--tickets", "-1"], '--tickets: expected a whole number ≥ 0; got "-1"'],
      [["init", csv, "--rows", "-1"], '--rows: expected a whole number ≥ 1; got "-1"'],
    ];
    for (const [args, message] of cases) expect(await cli(...args)).toMatchObject({ code: 2, stderr: `servicekpi: ${message}\n` });
    // a value that is no number and starts with a dash: node's question, on one line
    const dash = await cli("report", csv, "--by", "-channel");
    expect([dash.code, dash.stderr.split("\n").length]).toEqual([2, 2]);
    expect(dash.stderr).toMatch(/^servicekpi: Option '--by' argument is ambiguous\. Did you forget .* \(see --help\)\n$/);
  });

  it("exits 3 for a file given to an option whose content cannot be used: not JSON, not what the option takes, or unreadable", async () => {
    const notJson = write("not.json", "not json\n");
    const missing = join(dir, "missing.json");
    const cases: [string, string, string][] = [
      ["--sla", write("not-policy.json", '{"foo": 1}'), "targets must be an array"],
      ["--sla", write("list.json", "[1]"), "expected a JSON object { targets, pauseOn? }"],
      ["--calendar", write("not-calendar.json", '{"foo": 1}'), "timeZone must be"],
      ["--targets", write("not-targets.json", '{"foo": 1}'), 'expected { "targets": ['],
      ["--compare", write("not-saved.json", '{"summary": {"rows": [1], "total": {}}}'), "expected a report saved with --format json"],
      ["--mapping", write("not-mapping.json", "[1]"), "expected a JSON object of field → column"],
    ];
    for (const [flag, file, said] of cases) {
      for (const [bad, what] of [[file, said], [notJson, "not valid JSON (Unexpected token"], [missing, "cannot read the file (ENOENT"]] as const) {
        const r = await cli("report", csv, flag, bad, ...(flag === "--calendar" ? ["--sla", policy] : []));
        expect({ flag, bad, code: r.code, stderr: r.stderr }).toEqual({ flag, bad, code: 3, stderr: expect.stringMatching(new RegExp(`^servicekpi: ${flag} ${bad.replace(/[.]/g, "\\.")}: .*\\n$`)) });
        expect(r.stderr).toContain(what);
      }
    }
  });

  it("lists the fields and the file's columns for a --by that is neither, in CSV, NDJSON, JSON and xlsx", async () => {
    const fields = "Fields: id, channel, createdAt, status, priority, team, agent, customerId, topic, firstResponseAt, resolvedAt, events, firstResponseMs, resolutionMs, handleMs, csat, nps, ces, surveySent, firstContactResolved, reopens, replies, complaint, escalated, reassignments, category, region, country, tags; also hourOfDay, weekday and one period (day, week, month, quarter, year).";
    for (const file of [csv, ndjson, json]) {
      expect(await cli("report", file, "--by", "Prodcut")).toEqual({ code: 2, stdout: "", stderr: `servicekpi: --by Prodcut: neither a field of the records nor a column of ${file}. ${fields} Columns: "id", "createdAt", "channel", "Product"\n` });
      // the column itself groups
      const ok = await cli("report", file, "--by", "Product", "--kpis", "count", "--format", "csv");
      expect([ok.code, ok.stdout]).toEqual([0, "view,Product,n\r\nProduct,Free,1\r\nProduct,Pro,1\r\ntotal,,2\r\n"]);
    }
    const book = await cli("report", fixture("tickets.xlsx"), "--by", "Prodcut");
    expect(book).toMatchObject({ code: 2, stderr: expect.stringContaining(`Columns: "Ticket #", "Opened (local)", "Solved at"`) as unknown });
    // a wide file: the first twenty columns, and how many there are
    const header = ["id", "createdAt", ...Array.from({ length: 30 }, (_, i) => `extra ${i}`)];
    const wide = write("wide.csv", `${header.join(",")}\nT-1,2026-03-02T09:00:00Z${",x".repeat(30)}\n`);
    const r = await cli("report", wide, "--by", "nosuch");
    expect(r.stderr).toMatch(/Columns: "id", "createdAt", "extra 0", .*"extra 17" … \(32 in all\)\n$/);
    expect(r.stderr).not.toContain("extra 18");
  });

  it("quotes a long value short and says its length", async () => {
    const long = "x".repeat(100_000);
    for (const args of [["report", csv, "--tz", long], ["report", csv, "--by", long], ["report", csv, "--map", `createdAt=${long}`]]) {
      const r = await cli(...args);
      expect(r.stderr.length).toBeLessThan(1_000); // not 100,000
      expect(r.stderr).toContain(`"${"x".repeat(77)}…" (100,000 characters)`);
    }
  });
});
