/**
 * summarize over the shared fixture ../shared/data/tickets-5000.csv (see test/shared-data.test.ts):
 * per channel and per month, against an independent computation written here (plain loops and
 * numpy's "linear" percentile by hand), against numbers taken with numpy 2.4 from the file, and
 * against the library's calculators on the filtered arrays. Skipped when the file is absent.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { available, readRows } from "./sharedData.test-util.js";
import { createAggregator, restoreAggregator, summarize } from "../src/aggregate/summarize/index.js";
import { durationStats } from "../src/operations/durationStats/index.js";
import type { TicketRecord } from "../src/records/types.js";
import { csat } from "../src/survey/csat/index.js";
import { sdNear } from "../src/aggregate/kpis/_lib/sd.test-util.js";

/** numpy.percentile(values, 100 p) with the default "linear" method (Hyndman & Fan type 7). */
function linear(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

describe.skipIf(!available)("tickets-5000.csv: summarize by channel and month (shared fixture)", () => {
  const rows = available ? readRows() : [];
  const tickets: TicketRecord[] = rows.map((r) => ({
    id: r["ticket_id"] as string,
    createdAt: r["created_date"] as string,
    channel: r["channel"],
    priority: r["priority"],
    team: r["team"],
    agent: r["agent"],
    category: r["category"],
    firstResponseMs: Number(r["first_response_minutes"]) * 60_000,
    ...(r["status"] === "Resolved" ? { status: "solved" as const, resolvedAt: r["resolved_date"] } : { status: "open" as const }),
    ...(r["csat_score"] === "" ? {} : { csat: Number(r["csat_score"]) }),
  }));
  const options = { kpis: ["count", "csat", { kpi: "firstResponseTime", percentiles: [0.5, 0.9] }, "resolutionTime", "resolutionRate"], by: "channel" } as const;

  it("per channel: n, CSAT (4 and 5 of 1–5 satisfied) and first-response median and p90 as computed by hand and by numpy", () => {
    const { rows: result, total } = summarize(tickets, options);
    // numpy 2.4: np.percentile(first_response_minutes * 60000, [50, 90]) per channel; counts from the file
    const numpy: Record<string, [number, number, number, number, number]> = {
      Chat: [1796, 1315, 505, 1826443.9246393372, 10328695.369537061],
      Email: [1554, 1195, 492, 2084449.983429531, 10829402.36944828],
      Phone: [926, 681, 259, 1825358.948432866, 9496567.884698737],
      "Self-Service": [223, 159, 60, 2112785.8475418324, 9791983.325351644],
      "Social Media": [501, 374, 138, 2187950.9647084866, 13409019.256698556],
    };
    expect(result.map((r) => r.group["channel"])).toEqual(Object.keys(numpy));
    for (const row of result) {
      const channel = row.group["channel"] as string;
      const [n, rated, satisfied, median, p90] = numpy[channel] as [number, number, number, number, number];
      // independent: plain loops over the rows of the file
      let count = 0;
      const scores: number[] = [];
      const frt: number[] = [];
      for (const r of rows) {
        if (r["channel"] !== channel) continue;
        count++;
        if (r["csat_score"] !== "") scores.push(Number(r["csat_score"]));
        frt.push(Number(r["first_response_minutes"]) * 60_000);
      }
      const good = scores.filter((s) => s >= 4).length;
      expect([row.n, count]).toEqual([n, n]);
      expect([row.csat.n, row.csat.satisfied, scores.length, good]).toEqual([rated, satisfied, rated, satisfied]);
      expect(row.csat.value).toBe((good * 100) / scores.length);
      expect(row.firstResponseTime.medianMs).toBeCloseTo(linear(frt, 0.5), 6);
      expect(row.firstResponseTime.percentiles["p90"]).toBeCloseTo(linear(frt, 0.9), 6);
      expect(Math.abs((row.firstResponseTime.medianMs as number) / median - 1)).toBeLessThan(1e-12);
      expect(Math.abs((row.firstResponseTime.percentiles["p90"] as number) / p90 - 1)).toBeLessThan(1e-12);
      // the library's calculators on the filtered arrays: exactly equal
      expect(row.csat).toEqual({ ...csat(scores), responseRate: null });
      expect(row.firstResponseTime).toEqual({ ...durationStats(frt, { percentiles: [0.5, 0.9] }), exact: true, relativeError: 0, sdMs: sdNear(frt) });
    }
    // the table of docs/guides/summarize.md
    const page = readFileSync(new URL("../docs/guides/summarize.md", import.meta.url), "utf8");
    for (const row of result) {
      const minutes = (ms: number | null | undefined): string => ((ms as number) / 60_000).toFixed(1);
      const line = `| ${row.group["channel"]} | ${row.n} | ${row.csat.n} | ${(row.csat.value as number).toFixed(2)} | ${minutes(row.firstResponseTime.medianMs)} | ${minutes(row.firstResponseTime.percentiles["p90"])} |`;
      expect(page).toContain(line);
    }
    expect(total.n).toBe(5000);
    expect(result.reduce((s, r) => s + r.n, 0)).toBe(5000);
    expect(total.csat).toMatchObject({ n: 3724, satisfied: 1454 });
    expect(total.resolutionRate).toMatchObject({ n: 5000, value: (3724 * 100) / 5000 });
    // resolution time from created_date → resolved_date, against numpy on resolution_hours × 3600000:
    // resolved_date has microseconds, which timestamps keep only to the millisecond (within 1 ms)
    expect(total.resolutionTime.n).toBe(3724);
    expect(Math.abs((total.resolutionTime.medianMs as number) - 47264013.25600499)).toBeLessThan(1);
    expect(Math.abs((total.resolutionTime.percentiles["p90"] as number) - 271700885.136192)).toBeLessThan(1);
  });

  it("per month: the author's month column, and CSAT per month equals csat over that month's scores", () => {
    const { rows: result } = summarize(tickets, { kpis: ["csat"], period: "month" });
    const byMonth = new Map<string, number[]>();
    const counts = new Map<string, number>();
    for (const r of rows) {
      const month = r["month"] as string;
      counts.set(month, (counts.get(month) ?? 0) + 1);
      if (r["csat_score"] !== "") byMonth.set(month, [...(byMonth.get(month) ?? []), Number(r["csat_score"])]);
    }
    expect(result.map((r) => [r.group["period"], r.n])).toEqual([...counts.entries()].sort());
    for (const row of result) expect(row.csat).toEqual({ ...csat(byMonth.get(row.group["period"] as string) ?? []), responseRate: null });
    expect(result.map((r) => r.n)).toEqual([421, 397, 446, 409, 415, 410, 426, 416, 432, 446, 407, 375]);
  });

  it("by normalized channel and month: 60 rows adding up to 5000, equal to four workers merged through JSON", () => {
    const o = { ...options, by: ["channel"], period: "month", channel: "normalize", timeZone: "UTC" } as const;
    const whole = summarize(tickets, o);
    expect(whole.rows).toHaveLength(60);
    expect(new Set(whole.rows.map((r) => r.group["channel"]))).toEqual(new Set(["chat", "email", "phone", "self-service", "social"]));
    expect(whole.rows.reduce((s, r) => s + r.n, 0)).toBe(5000);
    const workers = [0, 1, 2, 3].map(() => createAggregator(o));
    tickets.forEach((t, i) => workers[i % 4]?.add(t));
    const merged = createAggregator(o);
    for (const w of workers.reverse()) merged.merge(restoreAggregator(JSON.parse(JSON.stringify(w.toJSON()))));
    expect(merged.result()).toEqual(whole);
  });
});
