import { describe, expect, it } from "vitest";
import { TICKET_STATUSES } from "../../records/ticket.js";
import { cli } from "../_lib/io.test-util.js";
import { SAMPLE_COLUMNS } from "./sample.js";

type Row = Record<(typeof SAMPLE_COLUMNS)[number], string>;

function parse(csv: string): Row[] {
  const [header, ...lines] = csv.trimEnd().split("\n");
  expect(header?.split(",")).toEqual(SAMPLE_COLUMNS);
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [SAMPLE_COLUMNS[i], v])) as Row);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

describe("servicekpi sample", () => {
  it("writes the requested number of consistent tickets, in time order", async () => {
    const r = await cli("sample", "--tickets", "3000", "--seed", "7");
    expect(r.code).toBe(0);
    const rows = parse(r.stdout);
    expect(rows).toHaveLength(3000);
    expect(rows[0]?.id).toBe("T-0000001");
    expect(new Set(rows.map((t) => t.id)).size).toBe(3000);
    let previous = 0;
    for (const t of rows) {
      const created = Date.parse(t.createdAt);
      expect(created).toBeGreaterThanOrEqual(previous);
      previous = created;
      expect(TICKET_STATUSES).toContain(t.status);
      expect(t.status === "solved").toBe(t.resolvedAt !== "");
      if (t.firstResponseAt !== "") expect(Date.parse(t.firstResponseAt)).toBeGreaterThanOrEqual(created);
      if (t.resolvedAt !== "") expect(Date.parse(t.resolvedAt)).toBeGreaterThanOrEqual(Date.parse(t.firstResponseAt));
      if (t.csat !== "") expect([t.surveySent, ["1", "2", "3", "4", "5"].includes(t.csat)]).toEqual(["true", true]);
      if (t.nps !== "") expect([t.surveySent, Number(t.nps) >= 0 && Number(t.nps) <= 10]).toEqual(["true", true]);
      if (t.firstContactResolved === "true") expect([t.status, t.reopens]).toEqual(["solved", "0"]);
    }
    expect(Date.parse(rows[0]?.createdAt as string)).toBeGreaterThanOrEqual(Date.parse("2026-01-01T00:00:00Z"));
    expect(Date.parse(rows[2999]?.createdAt as string)).toBeLessThan(Date.parse("2026-04-01T00:00:00Z")); // 90 days
  });

  it("looks like a helpdesk: chat answers faster than email, weekdays busier than weekends", async () => {
    const rows = parse((await cli("sample", "--tickets", "20000")).stdout);
    const frt = (channel: string): number =>
      median(rows.filter((t) => t.channel === channel && t.firstResponseAt !== "").map((t) => Date.parse(t.firstResponseAt) - Date.parse(t.createdAt)));
    expect(frt("chat")).toBeLessThan(5 * 60_000);
    expect(frt("email")).toBeGreaterThan(60 * 60_000);
    const weekend = rows.filter((t) => [0, 6].includes(new Date(t.createdAt).getUTCDay())).length;
    expect(weekend / rows.length).toBeLessThan(2 / 7); // 2 of 7 days, at under half the weekday volume
    const rated = rows.filter((t) => t.csat !== "");
    expect(rated.length / rows.filter((t) => t.surveySent === "true").length).toBeCloseTo(0.35, 1);
  });

  it("gives the same file for the same seed and a different one for another seed", async () => {
    const a = (await cli("sample", "--tickets", "500", "--seed", "3")).stdout;
    expect((await cli("sample", "--tickets", "500", "--seed", "3")).stdout).toBe(a);
    expect((await cli("sample", "--tickets", "500", "--seed", "4")).stdout).not.toBe(a);
  });

  it("writes NDJSON and JSON with the same tickets", async () => {
    const csv = parse((await cli("sample", "--tickets", "50", "--days", "3")).stdout);
    const ndjson = (await cli("sample", "--tickets", "50", "--days", "3", "--format", "ndjson")).stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    const json = JSON.parse((await cli("sample", "--tickets", "50", "--days", "3", "--format", "json")).stdout) as Record<string, unknown>[];
    expect(json).toEqual(ndjson);
    expect(ndjson.map((t) => t.id)).toEqual(csv.map((t) => t.id));
    expect(ndjson.map((t) => t.csat ?? "")).toEqual(csv.map((t) => (t.csat === "" ? "" : Number(t.csat))));
    expect(JSON.parse((await cli("sample", "--tickets", "0", "--format", "json")).stdout)).toEqual([]);
  });

  it.each([
    [["--tickets", "1.5"], "--tickets: expected a whole number ≥ 0"],
    [["--tickets=-1"], "--tickets: expected a whole number ≥ 0"],
    [["--days", "0"], "--days: expected a whole number ≥ 1"],
    [["--start", "2026-13-45"], "--start: expected a date YYYY-MM-DD"],
    [["--format", "xlsx"], "--format: sample writes csv, ndjson or json"],
  ])("rejects %j with exit code 2", async (args, message) => {
    const r = await cli("sample", ...args);
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain(message);
  });

  it("prints its help", async () => {
    const r = await cli("sample", "--help");
    expect([r.code, r.stdout.split("\n")[0]]).toEqual([0, "servicekpi sample [--tickets 10000] [--seed 1] [--start 2026-01-01] [--days 90] [--format csv] [--out FILE]"]);
  });
});
