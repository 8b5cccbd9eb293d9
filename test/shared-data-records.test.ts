/**
 * readRecords and parseRecords on the shared real-world export ../shared/data/tickets-5000.csv
 * (see test/shared-data.test.ts), with the mapping the reading-exports guide shows. Spot checks
 * compare records with the raw text of their lines. Skipped when the file is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readRecords } from "../src/node/index.js";
import { parseRecords, ticketSchema, type RecordMapping, type TicketRecord } from "../src/schemas/index.js";

const csvUrl = new URL("../../shared/data/tickets-5000.csv", import.meta.url);
const available = existsSync(fileURLToPath(csvUrl));

/** The mapping of docs/guides/reading-exports.md. */
const mapping: RecordMapping<TicketRecord> = {
  id: "ticket_id",
  createdAt: "created_date",
  firstResponseMs: { column: "first_response_minutes", unit: "minutes" },
  resolutionMs: { column: "resolution_hours", unit: "hours" },
  status: { column: "status", values: { Resolved: "solved", "In Progress": "open", Escalated: "open" } },
  resolvedAt: "resolved_date",
  csat: "csat_score",
};

it("the mapping above is the one docs/guides/reading-exports.md shows", () => {
  const guide = readFileSync(new URL("../docs/guides/reading-exports.md", import.meta.url), "utf8");
  const block = /```json\n([\s\S]*?)```/.exec(guide)?.[1];
  expect(JSON.parse(block ?? "null")).toEqual(mapping);
});

describe.skipIf(!available)("tickets-5000.csv through readRecords", () => {
  it("5,000 rows, 5,000 records, 0 rejected; values match the raw text", async () => {
    const { records, rejected, counts } = await readRecords(csvUrl, { schema: ticketSchema, mapping }).collect();
    expect(counts).toEqual({ rows: 5000, records: 5000, rejected: 0 });
    expect(rejected).toEqual([]);
    const byId = new Map(records.map((r) => [r.id, r]));

    // TKT-000001,2024-10-29 22:00:00,Chat,Account Access,Low,Agent_022,Team_Beta,261.3160766843023,17.25326246777651,Resolved,2024-10-30 15:15:11.744884,2.0,APAC,Australia,...
    expect(byId.get("TKT-000001")).toEqual({
      id: "TKT-000001",
      createdAt: new Date("2024-10-29T22:00:00Z"),
      channel: "Chat",
      category: "Account Access",
      priority: "Low",
      agent: "Agent_022",
      team: "Team_Beta",
      firstResponseMs: 261.3160766843023 * 60_000,
      resolutionMs: 17.25326246777651 * 3_600_000,
      status: "solved",
      resolvedAt: new Date("2024-10-30T15:15:11.744Z"),
      csat: 2,
      region: "APAC",
      country: "Australia",
    });
    // TKT-000002,2024-02-05 20:00:00,Self-Service,...,In Progress,,,EMEA,Germany: no resolution, no rating
    const second = byId.get("TKT-000002");
    expect([second?.status, second?.channel, second?.country]).toEqual(["open", "Self-Service", "Germany"]);
    expect(second && ("resolvedAt" in second || "csat" in second)).toBe(false);
    // TKT-002500,2024-04-22 14:00:00,Email,Technical Issue,Medium,Agent_021,Team_Gamma,63.8458597210775,61.69009416097353,In Progress,,,Americas,USA
    expect(byId.get("TKT-002500")).toMatchObject({ createdAt: new Date("2024-04-22T14:00:00Z"), firstResponseMs: 63.8458597210775 * 60_000, status: "open", region: "Americas" });
    // TKT-005000,...,0.5,Resolved,2024-05-28 17:30:00.000000,4.0,APAC,India
    expect(byId.get("TKT-005000")).toMatchObject({ resolutionMs: 1_800_000, resolvedAt: new Date("2024-05-28T17:30:00Z"), csat: 4, country: "India" });
  });

  it("matches the file's own counts: statuses and ratings", async () => {
    const text = readFileSync(csvUrl, "utf8");
    const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
    const { records } = await readRecords(csvUrl, { schema: ticketSchema, mapping }).collect();
    expect(records.filter((r) => r.status === "solved")).toHaveLength(count(/,Resolved,/g));
    expect(records.filter((r) => r.csat !== undefined)).toHaveLength(count(/,[1-5]\.0,[A-Za-z]/g));
    expect(records.filter((r) => r.resolvedAt !== undefined)).toHaveLength(count(/,Resolved,\d/g));
  });

  it("parseRecords on rows split by hand gives the same records, and the time zone shifts them", async () => {
    const [header = "", ...lines] = readFileSync(csvUrl, "utf8").trimEnd().split("\n");
    const columns = header.split(",");
    const rows = lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [columns[i], v])));
    const parsed = parseRecords(rows, ticketSchema, { mapping });
    const read = await readRecords(csvUrl, { schema: ticketSchema, mapping }).collect();
    expect(parsed.records).toEqual(read.records);
    const tokyo = parseRecords(rows.slice(0, 1), ticketSchema, { mapping, timeZone: "Asia/Tokyo" });
    expect(tokyo.records[0]?.createdAt.toISOString()).toBe("2024-10-29T13:00:00.000Z");
  });
});
