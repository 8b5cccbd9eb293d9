/**
 * `servicekpi init` on exports shaped like real ones (written to a temporary folder here) and on
 * the fixtures of test/fixtures (read, never changed): the proposed mapping entry by entry, the
 * report, and `validate` run with the written mapping, which must accept every row but the
 * really bad ones.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "../_lib/io.test-util.js";

const dir = mkdtempSync(join(tmpdir(), "servicekpi-init-"));
const file = (name: string, lines: readonly string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
};
const fixture = (name: string): string => fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url));

interface Report {
  rows: number;
  mapping: Record<string, unknown>;
  fields: { field: string; column: string | null; match: string; reading: string[] }[];
  unsure: { field: string; column?: string; point: string }[];
  missing: string[];
  unused: string[];
  next: string;
  /** Reader flags the mapping needs, as command-line words. */
  flags: string[];
}

/** Runs `init` with `--out` and `--format json`: the mapping written, the report (its next command ends with its reader flags), and the written path. */
async function init(path: string, ...flags: string[]): Promise<{ mapping: Record<string, unknown>; report: Report; out: string }> {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const r = await cli("init", path, "--out", out, "--format", "json", ...flags);
  expect([r.code, r.stdout]).toEqual([0, ""]);
  const report = JSON.parse(r.stderr) as Report;
  const mapping = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
  expect(report.mapping).toEqual(mapping);
  const reader = report.flags.map((f) => ` ${f}`).join("");
  expect(report.next).toBe(`servicekpi validate ${path} --mapping ${out}${flags.includes("--schema") ? ` --schema ${flags[flags.indexOf("--schema") + 1]}` : ""}${flags.includes("--sheet") ? ` --sheet ${flags[flags.indexOf("--sheet") + 1]}` : ""}${reader}`);
  return { mapping, report, out };
}

interface Checked {
  counts: { rows: number; records: number; rejected: number };
  rejected: { line: number; issues: { field: string; value: unknown }[] }[];
}
/** `validate` with the written mapping: the counts and the rejected rows' (line, field, value). */
async function validate(path: string, mapping: string, ...flags: string[]): Promise<{ counts: Checked["counts"]; rejected: [number, string, unknown][] }> {
  const r = await cli("validate", path, "--mapping", mapping, "--format", "json", ...flags);
  const checked = JSON.parse(r.stdout) as Checked;
  expect(r.code).toBe(checked.counts.rejected === 0 ? 0 : 1);
  return { counts: checked.counts, rejected: checked.rejected.flatMap((row) => row.issues.map((i): [number, string, unknown] => [row.line, i.field, i.value])) };
}

const points = (report: Report): [string, string][] => report.unsure.map((u) => [u.field, u.point]);

describe("servicekpi init on exports as they come", () => {
  it("a Zendesk-like export: names of its own, minutes in the names, Good/Bad satisfaction on the binary scale, a business-hours twin", async () => {
    const path = file("zendesk.csv", [
      "Ticket ID,Created at,Solved at,Status,Priority,Via,Group,Assignee,Satisfaction,First reply time in minutes,First reply time in minutes within business hours,Full resolution time in minutes,Requester wait time in minutes,Reopens",
      "101,2024-10-29 22:00:00 +0100,2024-10-30 09:15:00 +0100,Solved,High,Mail,Support,Ana,Good,12,0,675,640,0",
      "102,2024-10-30 08:05:00 +0100,,Open,Normal,Web Widget,Support,Ben,,45,45,,45,",
      "103,2024-10-31 13:45:00 +0100,2024-11-02 10:00:00 +0100,Closed,Low,Chat,Billing,Ana,Bad,3,3,2655,2000,1",
      "104,2024-11-01 07:30:00 +0100,,Hold,Urgent,Voice,Billing,,Offered,1,1,,30,0",
      "105,2024-11-01 09:00:00 +0100,2024-10-31 09:00:00 +0100,Solved,Normal,Mail,Support,Ben,Unoffered,5,5,10,5,0",
    ]);
    const { mapping, report, out } = await init(path);
    expect(mapping).toEqual({
      id: "Ticket ID",
      channel: "Via",
      createdAt: "Created at",
      status: { column: "Status", values: { Hold: "on-hold" } },
      priority: "Priority",
      team: "Group",
      agent: "Assignee",
      resolvedAt: "Solved at",
      firstResponseMs: { column: "First reply time in minutes", unit: "minutes" },
      resolutionMs: { column: "Full resolution time in minutes", unit: "minutes" },
      // Good/Bad/Offered/Unoffered: no translation, the reader reads them on the binary scale
      csat: "Satisfaction",
      // the same column says whether a survey went out: the response rate's denominator
      surveySent: { column: "Satisfaction", values: { Good: true, Bad: true, Offered: true, Unoffered: false } },
      reopens: "Reopens",
    });
    expect(report.flags).toEqual(["--csat-scale", "binary"]);
    expect(report.fields.map((f) => [f.field, f.match])).toEqual([
      ["id", "synonym"], ["channel", "synonym"], ["createdAt", "name"], ["status", "name"], ["priority", "name"], ["team", "synonym"], ["agent", "synonym"],
      ["resolvedAt", "synonym"], ["firstResponseMs", "synonym"], ["resolutionMs", "synonym"], ["csat", "synonym"], ["surveySent", "derived"], ["reopens", "name"],
    ]);
    expect(report.fields.find((f) => f.field === "csat")?.reading).toEqual(['"Good" → 1, "Bad" → 0, "Offered", "Unoffered" → no answer: read by --csat-scale binary, no translation needed; CSAT is good / (good + bad)']);
    expect(report.fields.find((f) => f.field === "surveySent")?.reading).toEqual(['from the csat column: "Good", "Bad", "Offered" → sent, "Unoffered" → not sent; the response rate\'s denominator (answers / surveys sent)']);
    // the business-hours twin and the time in New/Open statuses are no field of a ticket
    expect(report.unused).toEqual(["First reply time in minutes within business hours", "Requester wait time in minutes"]);
    expect(points(report)).toEqual([]);
    expect(report.missing).toEqual([]);
    // ticket 105 is solved a day before it was created: the one row really bad
    expect(await validate(path, out, "--csat-scale", "binary")).toEqual({ counts: { rows: 5, records: 4, rejected: 1 }, rejected: [[6, "resolvedAt", "2024-10-31 09:00:00 +0100"]] });
    // without the flag the reader refuses the words: the flag is part of the proposal
    expect((await validate(path, out)).rejected).toContainEqual([2, "csat", "Good"]);
  });

  it("a day-first European file: ';', a date and a time column, decimal commas and thousands dots, German statuses", async () => {
    const path = file("eu.csv", [
      "Ticket;Date;Time;Status;Channel;First response (min);Handle time (s)",
      "EU-1;31.10.2024;14:05;Gelöst;E-Mail;1,5;1.234,5",
      "EU-2;1.11.2024;9:30;In Bearbeitung;Telefon;12,25;90",
      "EU-3;02.11.2024;17:45:30;Wartend;E-Mail;0,5;2.000",
      "EU-4;4.11.2024;8:00;Unbekannt;Chat;;",
    ]);
    const { mapping, report, out } = await init(path);
    expect(mapping).toEqual({
      id: "Ticket",
      channel: "Channel",
      createdAt: { column: "Date", format: "d.M.yyyy", time: "Time" },
      status: { column: "Status", values: { "Gelöst": "solved", "In Bearbeitung": "open", Wartend: "pending", Unbekannt: null } },
      firstResponseMs: { column: "First response (min)", unit: "minutes", decimal: "," },
      handleMs: { column: "Handle time (s)", unit: "seconds", decimal: ",", thousands: "." },
    });
    expect(report.fields.find((f) => f.field === "createdAt")?.reading).toEqual(['format "d.M.yyyy"', 'time of day from "Time"']);
    expect(points(report)).toEqual([["status", '"Unbekannt" not understood: read as no value (null); write what it means in "values"']]);
    expect(report.unused).toEqual([]);
    expect(await validate(path, out)).toEqual({ counts: { rows: 4, records: 4, rejected: 0 }, rejected: [] });
  });

  it("a US file whose dates read both ways: month first, said to be unsure; clock-text handle times", async () => {
    const path = file("us-ambiguous.csv", [
      "Case Number,Date Opened,Date Closed,Status,Handle Time",
      "00001001,3/4/2024 9:05,3/5/2024 11:35,Closed,0:12:05",
      "00001002,3/6/2024 13:15,N/A,Working,1:02:03",
      "00001003,4/1/2024 22:00,4/2/2024 8:00,Escalated,0:00:40",
    ]);
    const { mapping, report, out } = await init(path);
    expect(mapping).toEqual({
      id: "Case Number",
      createdAt: { column: "Date Opened", format: "M/d/yyyy H:mm" },
      status: { column: "Status", values: { Working: "open", Escalated: "open" } },
      // "N/A" says there is none: no reason to reject the row
      resolvedAt: { column: "Date Closed", format: "M/d/yyyy H:mm", values: { "N/A": null } },
      handleMs: { column: "Handle Time", unit: "h:mm:ss" },
    });
    const ambiguous = 'no day above 12 in the cells: read month first (M/d/yyyy H:mm); if the file writes the day first, write format "d/M/yyyy H:mm"';
    expect(points(report)).toEqual([["createdAt", ambiguous], ["resolvedAt", ambiguous]]);
    expect(await validate(path, out)).toEqual({ counts: { rows: 3, records: 3, rejected: 0 }, rejected: [] });
    // a day above 12 settles it: no doubt left
    const settled = file("us.csv", ["Case Number,Date Opened", "1,3/4/2024 9:05", "2,3/14/2024 9:05"]);
    const second = await init(settled);
    expect([second.mapping["createdAt"], second.report.unsure]).toEqual([{ column: "Date Opened", format: "M/d/yyyy H:mm" }, []]);
  });

  it("survey files without a type column: the type from a column's name or the file's, else missing", async () => {
    const lines = ["Response ID,Ticket ID,Sent,Responded,How likely are you to recommend us?,Channel", "R1,T-1,2024-10-29 09:00,2024-10-29 10:00,9,email", "R2,T-2,2024-10-29 09:00,,,chat"];
    const path = file("survey.csv", lines);
    const nps = await init(path, "--schema", "surveys");
    expect(nps.mapping).toEqual({
      id: "Response ID", ticketId: "Ticket ID", type: { value: "nps" }, score: "How likely are you to recommend us?", sentAt: "Sent", respondedAt: "Responded", channel: "Channel",
    });
    // the question holds a synonym of the score within it ("how likely are you to recommend")
    expect(nps.report.fields.map((f) => [f.field, f.match])).toEqual([["id", "synonym"], ["ticketId", "name"], ["type", "value"], ["score", "guessed"], ["sentAt", "synonym"], ["respondedAt", "synonym"], ["channel", "name"]]);
    expect(nps.report.fields.find((f) => f.field === "type")?.reading).toEqual(['"nps" for every row (the column "How likely are you to recommend us?")']);
    expect([nps.report.unused, nps.report.missing]).toEqual([[], []]);
    expect(await validate(path, nps.out, "--schema", "surveys")).toEqual({ counts: { rows: 2, records: 2, rejected: 0 }, rejected: [] });
    const csatPath = file("csat-october.csv", ["Response,Rating,Answered at", "1,4,2024-10-29T10:00:00Z"]);
    const csat = await init(csatPath, "--schema", "surveys");
    expect(csat.mapping).toEqual({ id: "Response", type: { value: "csat" }, score: "Rating", respondedAt: "Answered at" });
    expect(await validate(csatPath, csat.out, "--schema", "surveys")).toEqual({ counts: { rows: 1, records: 1, rejected: 0 }, rejected: [] });
    const unknown = await init(file("responses.csv", ["Response,Rating", "1,4"]), "--schema", "surveys");
    expect([unknown.mapping, unknown.report.missing]).toEqual([{ id: "Response", score: "Rating" }, ["type"]]);
  });

  it("a call log: a yes/no Abandoned column as the outcome, seconds in the names, empty waits of abandoned calls", async () => {
    const path = file("calls.csv", [
      "Call ID,Start Time,Queue,Agent,Abandoned,Queue time (sec),Talk time (sec),ACW",
      "C1,2024-10-29 09:00:05,billing,Ana,No,12,300,30",
      "C2,2024-10-29 09:01:00,billing,,Yes,,,",
      "C3,2024-10-29 09:02:30,sales,Ben,No,0,95.5,12",
    ]);
    const { mapping, report, out } = await init(path, "--schema", "calls");
    expect(mapping).toEqual({
      waitMs: { column: "Queue time (sec)", unit: "seconds" },
      outcome: { column: "Abandoned", values: { No: "answered", Yes: "abandoned" } },
      talkMs: { column: "Talk time (sec)", unit: "seconds" },
      afterWorkMs: { column: "ACW", unit: "minutes" },
      id: "Call ID",
      startedAt: "Start Time",
      queue: "Queue",
      agent: "Agent",
    });
    // ACW has no unit in its name: 12 and 30 are guessed minutes, and said to be a guess
    expect(points(report)).toEqual([["afterWorkMs", 'numbers without a unit in the name: minutes guessed from their size; set "unit" (ms, seconds, minutes, hours, days)']]);
    expect(await validate(path, out, "--schema", "calls")).toEqual({ counts: { rows: 3, records: 3, rejected: 0 }, rejected: [] });
  });
});

describe("servicekpi init on an incident log", () => {
  it("a ServiceNow-like incident table: day-first dates, '?' for no value, incident_state and contact_type", async () => {
    // the layout of the UCI "Incident management process enriched event log" (ServiceNow)
    const path = file("incidents.csv", [
      "number,incident_state,active,reopen_count,contact_type,opened_at,category,assignment_group,priority,resolved_at",
      "INC0000045,New,TRUE,0,Phone,29-02-2016 01:16,Category 55,Group 56,3 - Moderate,?",
      "INC0000045,Resolved,TRUE,0,Phone,29-02-2016 01:16,Category 55,Group 56,3 - Moderate,29-02-2016 11:29",
      "INC0000047,Awaiting User Info,TRUE,1,Email,29-02-2016 04:40,Category 40,Group 70,3 - Moderate,?",
      "INC0000057,Awaiting Problem,TRUE,0,Phone,29-02-2016 06:10,Category 20,Group 70,3 - Moderate,?",
      "INC0000060,Active,TRUE,0,Self service,13-03-2016 06:10,Category 42,Group 24,3 - Moderate,?",
    ]);
    const { mapping, out } = await init(path);
    expect(mapping).toMatchObject({
      id: "number",
      channel: "contact_type",
      createdAt: { column: "opened_at", format: "d-M-yyyy H:mm" },
      status: { column: "incident_state", values: { Resolved: "solved", Active: "open", "Awaiting User Info": "pending", "Awaiting Problem": "on-hold" } },
      team: "assignment_group",
      reopens: "reopen_count",
      resolvedAt: { column: "resolved_at", format: "d-M-yyyy H:mm", values: { "?": null } },
    });
    expect((await validate(path, out)).counts).toEqual({ rows: 5, records: 5, rejected: 0 });
  });
});

describe("servicekpi init on other formats and schemas", () => {
  it("an NDJSON event log: Intercom-like words for types and authors, Y/N flags", async () => {
    const path = join(dir, "events.ndjson");
    writeFileSync(path, [
      // as pandas writes JSON lines: every key in every line, null where there is no value
      { ticket_id: "T-1", timestamp: "2024-10-29T10:00:00Z", event_type: "comment", author_type: "user", is_public: "Y", automated: null, new_status: null },
      { ticket_id: "T-1", timestamp: "2024-10-29T10:05:00Z", event_type: "comment", author_type: "admin", is_public: "N", automated: "maybe" },
      { ticket_id: "T-1", timestamp: "2024-10-29T11:00:00Z", event_type: "status_change", new_status: "Resolved" },
    ].map((e) => JSON.stringify(e)).join("\n"));
    const { mapping, report, out } = await init(path, "--schema", "events");
    expect(mapping).toEqual({
      ticketId: "ticket_id",
      at: "timestamp",
      type: { column: "event_type", values: { comment: "message", status_change: "status" } },
      author: { column: "author_type", values: { user: "customer", admin: "agent" } },
      public: { column: "is_public", values: { Y: true, N: false } },
      automated: { column: "automated", values: { maybe: null } },
      status: { column: "new_status", values: { Resolved: "solved" } },
    });
    expect(points(report)).toEqual([["automated", '"maybe" not understood as yes or no: read as no value (null)']]);
    expect(await validate(path, out, "--schema", "events")).toEqual({ counts: { rows: 3, records: 3, rejected: 0 }, rejected: [] });
  });

  it("a JSON array of contacts with typed values: Unix seconds, numeric ids, Bot/Agent kinds", async () => {
    const path = join(dir, "contacts.json");
    writeFileSync(path, JSON.stringify([
      { session_id: 1, start: 1730239200, Type: "Bot", customer: "c1" },
      { session_id: 2, start: 1730242800, Type: "Agent", customer: "c1", agent: "Ana" },
    ]));
    const { mapping, report, out } = await init(path, "--schema", "contacts");
    // "agent" is no key of the first row, which the reader checks a mapping against: left to be read by its name
    expect(mapping).toEqual({ id: "session_id", customerId: "customer", startedAt: { column: "start", format: "unix" }, kind: { column: "Type", values: { Bot: "self-service", Agent: "assisted" } } });
    expect(report.fields.find((f) => f.field === "agent")).toEqual({ field: "agent", column: "agent", match: "exact", entry: "agent", reading: ["left out of the mapping: read by its own name (the first row lacks it)"] });
    expect(await validate(path, out, "--schema", "contacts")).toEqual({ counts: { rows: 2, records: 2, rejected: 0 }, rejected: [] });
    // a key of another name missing from the first row cannot be left out: said so
    const sparse = join(dir, "sparse.ndjson");
    writeFileSync(sparse, `${JSON.stringify({ session_id: 1, start: "2024-10-29T10:00:00Z" })}\n${JSON.stringify({ session_id: 2, reason: "billing" })}\n`);
    const second = await init(sparse, "--schema", "contacts");
    expect([second.mapping, second.report.unsure]).toEqual([
      { id: "session_id", topic: "reason", startedAt: "start" },
      [{ field: "topic", column: "reason", point: 'the first row has no "reason": the reader checks the mapping against it and refuses the entry; put the key in the first row' }],
    ]);
  });

  it("a JSON export with the library's own names needs no more than them", async () => {
    const path = join(dir, "own.json");
    writeFileSync(path, JSON.stringify([{ id: "T-1", createdAt: "2024-10-29T10:00:00Z", firstResponseMs: 120000 }]));
    const { mapping, report } = await init(path);
    expect(mapping).toEqual({ id: "id", createdAt: "createdAt", firstResponseMs: "firstResponseMs" });
    expect(report.fields.map((f) => f.match)).toEqual(["exact", "exact", "exact"]);
    // a column with the field's own name is read for it whatever its cells: mapped, and its doubts said
    const odd = join(dir, "odd.json");
    writeFileSync(odd, JSON.stringify([{ id: "T-1", createdAt: "yesterday" }]));
    const second = await init(odd);
    expect([second.mapping, points(second.report)]).toEqual([{ id: "id", createdAt: "createdAt" }, [["createdAt", 'no date layout reads every cell ("yesterday"): declare "format", or those rows will be rejected']]]);
  });

  it("a TSV call log: mm:ss waits, guessed units, cells that are no number, and what is missing", async () => {
    const path = file("calls.tsv", ["Result\tWait\tHold", "Answered\t02:23\t12", "Missed\t10:05\tn/a", "Voicemail\t00:40\t30"]);
    const { mapping, report } = await init(path, "--schema", "calls");
    expect(mapping).toEqual({
      waitMs: { column: "Wait", unit: "mm:ss" },
      outcome: { column: "Result", values: { Missed: "abandoned", Voicemail: null } },
      holdMs: { column: "Hold", unit: "minutes", values: { "n/a": null } },
    });
    expect(points(report)).toEqual([
      ["waitMs", 'cells such as "02:23" read as minutes:seconds; h:mm text is not read (write it as h:mm:ss)'],
      ["outcome", '"Voicemail" not understood: read as no value (null); write what it means in "values"'],
      ["holdMs", 'numbers without a unit in the name: minutes guessed from their size; set "unit" (ms, seconds, minutes, hours, days)'],
    ]);
    expect(report.fields.find((f) => f.field === "holdMs")?.reading).toEqual(["unit minutes (guessed)", '"n/a" → no value']);
    const noWait = await init(file("outcomes.csv", ["Outcome,Agent", "answered,Ana"]), "--schema", "calls");
    expect(noWait.report.missing).toEqual(["waitMs (required for answered calls)"]);
    const noOutcome = await init(file("waits.csv", ["Wait (s),Agent", "12,Ana"]), "--schema", "calls");
    expect([noOutcome.mapping, noOutcome.report.missing]).toEqual([{ waitMs: { column: "Wait (s)", unit: "seconds" }, agent: "Agent" }, ["outcome"]]);
    const noTime = await init(file("contacts.csv", ["Contact ID,Topic", "1,billing"]), "--schema", "contacts");
    expect(noTime.report.missing).toEqual(["startedAt or createdAt"]);
    const noTicket = await init(file("tickets-nothing.csv", ["Subject,Body", "Hello,World"]));
    expect([noTicket.mapping, noTicket.report.missing, noTicket.report.unused]).toEqual([{}, ["id", "createdAt"], ["Subject", "Body"]]);
  });

  it("a business-hours column is taken when it is the only one, and said to count business hours", async () => {
    const { mapping, report } = await init(file("bh.csv", ["Id,Created at,First reply time in minutes within business hours", "1,2024-10-29 10:00,15"]));
    expect(mapping["firstResponseMs"]).toEqual({ column: "First reply time in minutes within business hours", unit: "minutes" });
    expect(report.fields.find((f) => f.field === "firstResponseMs")?.reading).toEqual(["counts business hours only (as the name says)", "unit minutes (from the name)"]);
  });
});

describe("servicekpi init on the fixtures", () => {
  it("us-tickets.csv: M/d/yyyy h:mm a dates, clock-text first replies, statuses in any case", async () => {
    const { mapping, report, out } = await init(fixture("us-tickets.csv"));
    expect(mapping).toEqual({
      id: "Ticket ID",
      createdAt: { column: "Created", format: "M/d/yyyy h:mm a" },
      status: "Status",
      resolvedAt: { column: "Solved", format: "M/d/yyyy h:mm a" },
      firstResponseMs: { column: "First Reply", unit: "h:mm:ss" },
      csat: "CSAT",
    });
    expect([report.rows, report.unsure, report.unused]).toEqual([4, [], []]);
    expect(await validate(fixture("us-tickets.csv"), out)).toEqual({ counts: { rows: 4, records: 4, rejected: 0 }, rejected: [] });
  });

  it("de-tickets.csv: ';', day-first two-digit years, decimal commas and thousands dots, German statuses", async () => {
    const { mapping, out } = await init(fixture("de-tickets.csv"));
    expect(mapping).toEqual({
      id: "Ticketnummer",
      channel: "Kanal",
      createdAt: { column: "Erstellt", format: "d/M/yy H:mm" },
      status: { column: "Status", values: { "Gelöst": "solved", Offen: "open" } },
      firstResponseMs: { column: "Erste Antwort (min)", unit: "minutes", decimal: "," },
      handleMs: { column: "Bearbeitung (s)", unit: "seconds", decimal: ",", thousands: "." },
    });
    expect(await validate(fixture("de-tickets.csv"), out)).toEqual({ counts: { rows: 3, records: 3, rejected: 0 }, rejected: [] });
    // the reading guide shows this very mapping
    const guide = readFileSync(new URL("../../../docs/guides/reading-exports.md", import.meta.url), "utf8");
    const shown = /## A mapping without writing one: servicekpi init[\s\S]*?```json\n([\s\S]*?)```/.exec(guide)?.[1];
    expect(JSON.parse(shown ?? "null")).toEqual(mapping);
  });

  it("nps-responses.csv: the type from the column \"Likelihood to recommend\"", async () => {
    const { mapping, out } = await init(fixture("nps-responses.csv"), "--schema", "surveys");
    expect(mapping).toEqual({ id: "Response", type: { value: "nps" }, score: "Likelihood to recommend", respondedAt: "Answered on", agent: "Agent" });
    expect(await validate(fixture("nps-responses.csv"), out, "--schema", "surveys")).toEqual({ counts: { rows: 5, records: 5, rejected: 0 }, rejected: [] });
  });

  it("tickets.xlsx: odd headers, typed dates, time and [h]:mm:ss cells; the Calls sheet with --sheet", async () => {
    const { mapping, report, out } = await init(fixture("tickets.xlsx"));
    expect(mapping).toEqual({
      id: "Ticket #",
      createdAt: "Opened (local)",
      status: "Status ",
      resolvedAt: "Solved at",
      // the workbook gives mm:ss cells as h:mm:ss text: the cells, not the name, say how they read
      firstResponseMs: { column: "First reply (mm:ss)", unit: "h:mm:ss" },
      handleMs: { column: "Handle time [h:mm:ss]", unit: "h:mm:ss" },
      csat: "CSAT ★",
      firstContactResolved: "Solved on 1st contact?",
    });
    expect(report.unused).toEqual(["Start time", "Note"]);
    // T-1007's CSAT of 9 (sheet row 10) is the one bad row
    expect(await validate(fixture("tickets.xlsx"), out)).toEqual({ counts: { rows: 8, records: 7, rejected: 1 }, rejected: [[10, "csat", 9]] });
    const calls = await init(fixture("tickets.xlsx"), "--schema", "calls", "--sheet", "Calls");
    expect(calls.mapping).toEqual({ waitMs: "Wait (ms)", outcome: "Outcome", queue: "Queue" });
    expect(await validate(fixture("tickets.xlsx"), calls.out, "--schema", "calls", "--sheet", "Calls")).toEqual({ counts: { rows: 3, records: 3, rejected: 0 }, rejected: [] });
  });

  it("tickets.parquet: snake_case names with units; a boolean 'solved' is no resolution time", async () => {
    const { mapping, report, out } = await init(fixture("tickets.parquet"));
    expect(mapping).toEqual({
      id: "ticket id",
      channel: "channel",
      createdAt: "created_at",
      firstResponseMs: { column: "frt_minutes", unit: "minutes" },
      handleMs: { column: "handle_seconds", unit: "seconds" },
    });
    expect(report.unused).toEqual(["created_utc", "day", "big", "price", "solved"]);
    expect(await validate(fixture("tickets.parquet"), out)).toEqual({ counts: { rows: 30, records: 30, rejected: 0 }, rejected: [] });
  });
});

describe("servicekpi init: survey scales as reader flags", () => {
  it("zendesk-satisfaction.csv: Good/Bad (any case) on the binary scale, the survey sends from Offered/Unoffered, a 1–5 effort column", async () => {
    const path = fixture("zendesk-satisfaction.csv");
    const { mapping, report, out } = await init(path);
    expect(mapping).toEqual({
      id: "Id",
      createdAt: "Created at",
      team: "Group",
      resolvedAt: "Solved at",
      // GOOD and "bad " too: the reader reads the words in any case, with spaces around
      csat: "Satisfaction Score",
      ces: "Customer effort (1-5)",
      surveySent: { column: "Satisfaction Score", values: { Good: true, Bad: true, Offered: true, Unoffered: false } },
      tags: "Tags",
    });
    expect(report.flags).toEqual(["--csat-scale", "binary", "--ces-scale", "1-5"]);
    expect(report.next).toBe(`servicekpi validate ${path} --mapping ${out} --csat-scale binary --ces-scale 1-5`);
    expect(points(report)).toEqual([["ces", "the name says 1–5: read on the 1–5 effort scale (--ces-scale 1-5), where lower is easier; if the question asks for agreement on 1–7 (higher is easier), drop the flag"]]);
    expect([report.missing, report.unused]).toEqual([[], ["Product"]]);
    expect(await validate(path, out, "--csat-scale", "binary", "--ces-scale", "1-5")).toEqual({ counts: { rows: 8, records: 8, rejected: 0 }, rejected: [] });
    // the table says the flags, and puts them in the command to run next
    const table = await cli("init", path);
    expect(table.code).toBe(0);
    expect(table.stderr).toContain("Reader flags: pass them with the mapping to validate and report");
    expect(table.stderr).toMatch(/--csat-scale binary\s+csat\s+Satisfaction Score\s+good\/bad ratings \("Good", "Bad"\)/);
    expect(table.stderr).toMatch(/--ces-scale 1-5\s+ces\s+Customer effort \(1-5\)\s+the name says 1–5/);
    expect(table.stderr).toContain(`servicekpi validate ${path} --mapping mapping.json --csat-scale binary --ces-scale 1-5`);
    expect(table.stderr).toContain("Columns left unused (report --by groups by any column, these too)");
  });

  it("CSAT scored up to 10: --csat-scale 1-10, said to be unsure; the name alone can say so", async () => {
    const path = file("csat-10.csv", ["Ticket ID,Created at,CSAT", "1,2024-10-29 10:00,8", "2,2024-10-29 11:00,10", "3,2024-10-29 12:00,3", "4,2024-10-29 13:00,9", "5,2024-10-29 14:00,"]);
    const { mapping, report, out } = await init(path);
    expect([mapping["csat"], report.flags]).toEqual(["CSAT", ["--csat-scale", "1-10"]]);
    expect(points(report)).toEqual([["csat", "scores up to 10: read on a 1–10 scale (--csat-scale 1-10); the CSAT KPI then counts 9s and 10s as satisfied"]]);
    expect(await validate(path, out, "--csat-scale", "1-10")).toEqual({ counts: { rows: 5, records: 5, rejected: 0 }, rejected: [] });
    expect((await validate(path, out)).counts).toEqual({ rows: 5, records: 2, rejected: 3 });
    const named = await init(file("named-10.csv", ["Ticket ID,Created at,Satisfaction (1-10)", "1,2024-10-29 10:00,4", "2,2024-10-29 11:00,2"]));
    expect([named.mapping["csat"], named.report.flags, named.report.unsure.map((u) => u.point)]).toEqual([
      "Satisfaction (1-10)", ["--csat-scale", "1-10"], ["the name says 1–10 and the scores go up to 4: read on a 1–10 scale (--csat-scale 1-10); the CSAT KPI then counts 9s and 10s as satisfied"],
    ]);
    // the default scales need no flag; one 9 among 1–5 scores is a bad row more likely than a scale: said only
    const one = await init(fixture("tickets.xlsx"));
    expect([one.report.flags, points(one.report)]).toEqual([[], [["csat", "one score above 5 (9): the 1–5 scale rejects it; if the survey scores 1–10, pass --csat-scale 1-10"]]]);
  });

  it("other good/bad words: translated to 1 and 0, with numbers the binary scale refuses said; no Offered, no surveySent", async () => {
    const path = file("satisfied.csv", ["Ticket ID,Created at,Customer satisfaction", "1,2024-10-29 10:00,Satisfied", "2,2024-10-29 11:00,Dissatisfied", "3,2024-10-29 12:00,3", "4,2024-10-29 13:00,N/A"]);
    const { mapping, report, out } = await init(path);
    expect(mapping).toEqual({ id: "Ticket ID", createdAt: "Created at", csat: { column: "Customer satisfaction", values: { "N/A": null, Satisfied: 1, Dissatisfied: 0 } } });
    expect(report.fields.find((f) => f.field === "csat")?.reading).toEqual(["CSAT is good / (good + bad) (--csat-scale binary)", "values: Satisfied → 1, Dissatisfied → 0", '"N/A" → no value']);
    expect(points(report)).toEqual([["csat", "1 of 3 cells are numbers other than 1 and 0 (3): the binary scale rejects them"]]);
    expect(await validate(path, out, "--csat-scale", "binary")).toEqual({ counts: { rows: 4, records: 3, rejected: 1 }, rejected: [[4, "csat", "3"]] });
    // Offered without Unoffered, and a cell that is no value: said so
    const naPath = file("offered-na.csv", ["Ticket ID,Created at,Satisfaction", "1,2024-10-29 10:00,Good", "2,2024-10-29 11:00,Offered", "3,2024-10-29 12:00,N/A"]);
    const na = await init(naPath);
    expect([na.mapping["surveySent"], na.report.fields.find((f) => f.field === "surveySent")?.reading]).toEqual([
      { column: "Satisfaction", values: { Good: true, Offered: true, "N/A": null } },
      ['from the csat column: "Good", "Offered" → sent, "N/A" → no value; the response rate\'s denominator (answers / surveys sent)'],
    ]);
    expect((await validate(naPath, na.out, "--csat-scale", "binary")).counts).toEqual({ rows: 3, records: 3, rejected: 0 });
    // a column of its own says whether a survey went out: read, not derived
    const own = await init(file("offered.csv", ["Ticket ID,Satisfaction,Survey offered", "1,Good,yes", "2,Offered,yes"]));
    expect([own.mapping["csat"], own.mapping["surveySent"], own.report.fields.find((f) => f.field === "surveySent")?.match]).toEqual(["Satisfaction", "Survey offered", "synonym"]);
    // NDJSON whose first row has no csat: csat is read by its name, and no surveySent refers to it
    const sparse = join(dir, "sparse-csat.ndjson");
    writeFileSync(sparse, [{ id: 1, createdAt: "2024-10-29T10:00:00Z" }, { id: 2, createdAt: "2024-10-29T11:00:00Z", csat: "Good" }, { id: 3, createdAt: "2024-10-29T12:00:00Z", csat: "Offered" }].map((r) => JSON.stringify(r)).join("\n"));
    const left = await init(sparse);
    expect([left.mapping, left.report.flags]).toEqual([{ id: "id", createdAt: "createdAt" }, ["--csat-scale", "binary"]]);
  });

  it("survey files: Good/Bad scores of a csat file (or of any type) on the binary scale, a 1–5 effort file, Good in an NPS file not understood", async () => {
    const csatPath = file("csat-responses.csv", ["Response ID,Rating,Answered at", "R1,Good,2024-10-29T10:00:00Z", "R2,bad,2024-10-29T11:00:00Z", "R3,Offered,", "R4,N/A,"]);
    const csat = await init(csatPath, "--schema", "surveys");
    expect([csat.mapping, csat.report.flags]).toEqual([{ id: "Response ID", type: { value: "csat" }, score: { column: "Rating", values: { "N/A": null } }, respondedAt: "Answered at" }, ["--csat-scale", "binary"]]);
    expect(await validate(csatPath, csat.out, "--schema", "surveys", "--csat-scale", "binary")).toEqual({ counts: { rows: 4, records: 4, rejected: 0 }, rejected: [] });
    const typed = await init(file("answers.csv", ["Response ID,Survey,Rating", "R1,csat,Good", "R2,csat,Bad"]), "--schema", "surveys");
    expect([typed.mapping, typed.report.flags]).toEqual([{ id: "Response ID", type: "Survey", score: "Rating" }, ["--csat-scale", "binary"]]);
    const cesPath = file("effort.csv", ["Response ID,Customer effort (1-5)", "R1,1", "R2,4"]);
    const ces = await init(cesPath, "--schema", "surveys");
    expect([ces.mapping, ces.report.flags]).toEqual([{ id: "Response ID", type: { value: "ces" }, score: "Customer effort (1-5)" }, ["--ces-scale", "1-5"]]);
    expect(await validate(cesPath, ces.out, "--schema", "surveys", "--ces-scale", "1-5")).toEqual({ counts: { rows: 2, records: 2, rejected: 0 }, rejected: [] });
    const nps = await init(file("nps-words.csv", ["Response ID,Likelihood to recommend", "R1,9", "R2,Good", "R3,10"]), "--schema", "surveys");
    expect([nps.mapping["score"], nps.report.flags, points(nps.report)]).toEqual([
      { column: "Likelihood to recommend", values: { Good: null } }, [], [["score", '"Good" not understood: read as no value (null); write what it means in "values"']],
    ]);
  });
});

const shared = fileURLToPath(new URL("../../../../shared/data/tickets-5000.csv", import.meta.url));

describe.skipIf(!existsSync(shared))("servicekpi init on the shared export tickets-5000.csv", () => {
  it("proposes the hand-written mapping of examples/tickets-5000.mapping.json, and the resolution hours besides", async () => {
    const { mapping, report, out } = await init(shared);
    const example = JSON.parse(readFileSync(new URL("../../../examples/tickets-5000.mapping.json", import.meta.url), "utf8")) as Record<string, unknown>;
    expect(mapping).toEqual({ ...example, resolutionMs: { column: "resolution_hours", unit: "hours" } });
    expect([report.rows, report.unsure, report.missing]).toEqual([200, [], []]);
    expect(report.unused).toEqual(["response_sla_met", "resolution_sla_met", "month", "week", "day_of_week", "hour_of_day"]);
    expect(await validate(shared, out)).toEqual({ counts: { rows: 5000, records: 5000, rejected: 0 }, rejected: [] });
  });
});

describe("servicekpi init: output and errors", () => {
  it("prints the mapping on stdout and the report as a table on stderr; --rows limits the rows read", async () => {
    const r = await cli("init", fixture("us-tickets.csv"), "--rows", "2");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: "Ticket ID", createdAt: { column: "Created", format: "M/d/yyyy h:mm a" } });
    expect(r.stderr).toContain("us-tickets.csv: a mapping for tickets from 2 rows");
    expect(r.stderr).toMatch(/createdAt\s+Created\s+synonym\s+format "M\/d\/yyyy h:mm a"/);
    expect(r.stderr).toContain(`servicekpi validate ${fixture("us-tickets.csv")} --mapping mapping.json`);
  });

  it("a header without rows: names alone, said so", async () => {
    const { mapping, report } = await init(file("empty.csv", ["Ticket ID,Created at"]));
    expect([mapping, report.rows, report.unsure[0]?.point]).toEqual([{ id: "Ticket ID", createdAt: "Created at" }, 0, "the file has no rows: the proposal rests on the column names alone"]);
  });

  it("refuses what it cannot do with exit code 2, and an unreadable file with 3", async () => {
    const csv = fixture("us-tickets.csv");
    expect(await cli("init", csv, "--schema", "orders")).toMatchObject({ code: 2, stderr: expect.stringContaining('--schema: expected one of tickets, events, surveys, calls, contacts; got "orders"') as unknown });
    expect(await cli("init", csv, "--sheet", "1")).toMatchObject({ code: 2, stderr: "servicekpi: --sheet: a sheet applies to .xlsx workbooks only\n" });
    expect(await cli("init", csv, "--rows", "0")).toMatchObject({ code: 2 });
    expect(await cli("init", join(dir, "notes.txt"))).toMatchObject({ code: 2, stderr: expect.stringContaining("cannot tell the format") as unknown });
    expect(await cli("init")).toMatchObject({ code: 2, stderr: expect.stringContaining("init: name the export") as unknown });
    expect(await cli("init", join(dir, "missing.csv"))).toMatchObject({ code: 3 });
    const help = await cli("init", "--help");
    expect([help.code, help.stdout.startsWith("servicekpi init <file>")]).toEqual([0, true]);
    expect((await cli("--help")).stdout).toContain("servicekpi init <file> [--out mapping.json]");
  });
});
