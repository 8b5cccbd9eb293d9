/**
 * Cross-checks of backlogSeries and contactVolume against the shared fixture
 * ../shared/data/tickets-5000.csv, whose author derived a `week` column (Monday to Sunday) and a
 * `month` column from each ticket's creation time, and set `status` (Resolved, In Progress,
 * Escalated) with a `resolved_date` for the resolved ones only. Those columns are the outside
 * reference; the channel counts were taken from the file with Python's collections.Counter.
 * Skipped when the file is not there.
 */
import { describe, expect, it } from "vitest";
import { available, readRows } from "./sharedData.test-util.js";
import { backlogSeries } from "../src/operations/backlog/index.js";
import { contactVolume } from "../src/operations/contactVolume/index.js";
import type { Ticket } from "../src/records/ticket.js";

const tally = (values: readonly string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
};

describe.skipIf(!available)("tickets-5000.csv: volume and backlog (shared fixture)", () => {
  const rows = available ? readRows() : [];
  const tickets: Ticket[] = rows.map((r) => ({
    id: r["ticket_id"] as string,
    channel: r["channel"],
    createdAt: r["created_date"] as string,
    ...(r["status"] === "Resolved" ? { status: "solved" as const, resolvedAt: r["resolved_date"] } : { status: "open" as const }),
  }));

  it("backlogSeries by Monday week creates as many tickets per week as the author's week column", () => {
    const series = backlogSeries(tickets, { from: "2024-01-01", to: "2025-01-01", interval: "week" });
    const expected = tally(rows.map((r) => (r["week"] as string).slice(0, 10)));
    expect(Object.fromEntries(series.filter((i) => i.created > 0).map((i) => [i.label, i.created]))).toEqual(expected);
  });

  it("backlogSeries by month matches the author's month column, and ends with the 1,276 unresolved tickets", () => {
    const series = backlogSeries(tickets, { from: "2024-01-01", to: "2025-02-01", interval: "month" });
    expect(Object.fromEntries(series.filter((i) => i.created > 0).map((i) => [i.label, i.created]))).toEqual(tally(rows.map((r) => r["month"] as string)));
    // Every resolution falls before February 2025 (the last on 2025-01-06), so what remains open
    // is the 1,056 In Progress and 220 Escalated tickets.
    expect(series.at(-1)?.openAtEnd).toBe(1276);
    expect(series.reduce((sum, i) => sum + i.resolved, 0)).toBe(3724);
    expect(series[0]?.openAtStart).toBe(0);
  });

  it("contactVolume by channel gives the counts and shares of the file", () => {
    // collections.Counter over the channel column: Chat 1796, Email 1554, Phone 926, Social Media 501, Self-Service 223.
    expect(contactVolume(tickets)).toEqual({
      total: 5000,
      groups: [
        { key: { channel: "Chat" }, count: 1796, share: 35.92 },
        { key: { channel: "Email" }, count: 1554, share: 31.08 },
        { key: { channel: "Phone" }, count: 926, share: 18.52 },
        { key: { channel: "Social Media" }, count: 501, share: 10.02 },
        { key: { channel: "Self-Service" }, count: 223, share: 4.46 },
      ],
    });
  });
});
