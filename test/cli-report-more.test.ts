/**
 * `servicekpi report` with the KPIs of issue 15 items 2 and 3: business time with --calendar
 * alone, the distribution of durations (--buckets), and complaint, escalation, reassignment,
 * one-touch and customer counts. Every expected number is worked by hand in the comments.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../src/cli/_lib/io.test-util.js";

const dir = mkdtempSync(join(tmpdir(), "servicekpi-more-"));
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

// A: created Friday 2026-03-06 16:00, answered Monday 10:00, solved Monday 12:00 (UTC).
// B: created Monday 09:30, answered 10:00, solved Tuesday 10:00.
// C: created Monday 18:00 (after hours), not answered, open.
const tickets = write("t.csv", [
  "id,created,answered,solved,status,customer,complaint,escalated,reassignments,replies",
  "A,2026-03-06T16:00:00Z,2026-03-09T10:00:00Z,2026-03-09T12:00:00Z,solved,c1,true,false,0,1",
  "B,2026-03-09T09:30:00Z,2026-03-09T10:00:00Z,2026-03-10T10:00:00Z,solved,c2,false,true,2,3",
  "C,2026-03-09T18:00:00Z,,,open,c1,,false,1,0",
].join("\n") + "\n");
const map = "id=id,createdAt=created,firstResponseAt=answered,resolvedAt=solved,status=status,customerId=customer,complaint=complaint,escalated=escalated,reassignments=reassignments,replies=replies";
// Monday to Friday, 09:00–17:00 UTC
const calendar = write("cal.json", JSON.stringify({ timeZone: "UTC", week: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]]])) }));

type Json = { settings: { clocks: Record<string, string> }; summary: { total: Record<string, { meanMs?: number; value?: number; n?: number; buckets?: { upToMs: number | null; count: number }[] }> } };
const json = async (...args: string[]): Promise<Json> => {
  const r = await cli("report", tickets, "--map", map, "--format", "json", ...args);
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as Json;
};

describe("servicekpi report: business time, buckets and the review's other KPIs", () => {
  it("measures first response and resolution in business hours with --calendar alone, and says so", async () => {
    const plain = await json("--kpis", "firstResponseTime,resolutionTime");
    // calendar time: A 66 h and B 0.5 h to the first reply; A 68 h and B 24.5 h to the solve
    expect(plain.summary.total["firstResponseTime"]?.meanMs).toBe(((66 + 0.5) / 2) * 3_600_000);
    expect(plain.settings.clocks).toEqual({ firstResponseTime: "calendar", resolutionTime: "calendar" });
    const business = await json("--kpis", "firstResponseTime,resolutionTime", "--calendar", calendar);
    // business time: A Fri 16–17 + Mon 09–10 = 2 h, B 0.5 h; solves: A 1 + 3 = 4 h, B 7.5 + 1 = 8.5 h
    expect(business.summary.total["firstResponseTime"]?.meanMs).toBe(((2 + 0.5) / 2) * 3_600_000);
    expect(business.summary.total["resolutionTime"]?.meanMs).toBe(((4 + 8.5) / 2) * 3_600_000);
    expect(business.settings.clocks).toEqual({ firstResponseTime: "business", resolutionTime: "business" });
    const table = (await cli("report", tickets, "--map", map, "--kpis", "firstResponseTime", "--calendar", calendar)).stdout;
    expect(table).toMatch(/first response mean \((min|h), business\)/);
    expect(table).toMatch(/clock of first response +business hours \(--calendar .*cal\.json\)/);
  });

  it("gives the share of each bucket with --buckets", async () => {
    const out = await json("--kpis", "firstResponseTime", "--calendar", calendar, "--buckets", "1h,4h");
    // business first responses 2 h (A) and 0.5 h (B): one ≤ 1 h, one in 1–4 h, none above
    expect(out.summary.total["firstResponseTime"]?.buckets?.map((b) => [b.upToMs, b.count])).toEqual([[3_600_000, 1], [14_400_000, 1], [null, 0]]);
    const table = (await cli("report", tickets, "--map", map, "--kpis", "firstResponseTime", "--buckets", "1h,4h")).stdout;
    // calendar time: 66 h and 0.5 h → 50 % ≤ 1 h, 50 % above 4 h
    expect(table).toMatch(/first response: share of each bucket\ngroup +n +≤ 1 h % +1 h–4 h % +> 4 h %\n[- ]+\ntotal +2 +50 +0 +50/);
    // per group too: the solved tickets A and B by status, C open without a first reply
    const byStatus = (await cli("report", tickets, "--map", map, "--kpis", "firstResponseTime", "--buckets", "1h,4h", "--by", "status")).stdout;
    expect(byStatus).toMatch(/first response: share of each bucket\nstatus +n +≤ 1 h % +1 h–4 h % +> 4 h %\n[- ]+\nopen +0 +– +– +–\nsolved +2 +50 +0 +50\n/);
    expect(await cli("report", tickets, "--map", map, "--buckets", "4h,1h")).toMatchObject({ code: 2, stderr: expect.stringMatching(/--buckets: auto, or increasing durations/) });
  });

  it("counts complaints, escalations, reassignments, one-touch solves and customers", async () => {
    const out = await json("--kpis", "complaintRate,escalationRate,reassignmentRate,oneTouchResolutionRate,uniqueCustomers");
    const t = out.summary.total;
    // complaint flags: A true, B false, C unset → 1 of 2; escalated: B of A, B, C → 1 of 3
    expect([t["complaintRate"]?.value, t["complaintRate"]?.n]).toEqual([50, 2]);
    expect(t["escalationRate"]?.value).toBeCloseTo(100 / 3, 12);
    // reassigned at least once: B (2) and C (1) of 3; mean (0 + 2 + 1) / 3 = 1
    expect(t["reassignmentRate"]).toMatchObject({ n: 3, meanReassignments: 1 });
    // solved A (1 reply) and B (3 replies): one of two solved with at most one reply
    expect([t["oneTouchResolutionRate"]?.value, t["oneTouchResolutionRate"]?.n]).toEqual([50, 2]);
    // customers c1 and c2 over 3 tickets
    expect(t["uniqueCustomers"]).toMatchObject({ value: 2, n: 3, ticketsPerCustomer: 1.5 });
    // a category makes a complaint too: C has none, A's flag stands
    const byCategory = await cli("report", tickets, "--map", map, "--kpis", "complaintRate", "--complaint-categories", "Billing", "--format", "json");
    expect((JSON.parse(byCategory.stdout) as Json).summary.total["complaintRate"]).toMatchObject({ n: 3 });
  });

  it("names the calendar file and the path inside it", async () => {
    const bad = write("bad-cal.json", JSON.stringify({ timeZone: "UTC", week: { mon: [["17:00", "09:00"]] } }));
    expect(await cli("report", tickets, "--map", map, "--calendar", bad)).toMatchObject({ code: 3, stderr: expect.stringMatching(/^servicekpi: --calendar .*bad-cal\.json: week\.mon\[0\] must be a window whose end is after its start\n$/) });
  });
});
