import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import type { Period } from "../../_lib/time/periods.js";
import { createAggregator } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { summarize } from "./summarize.js";

const DAY = 86_400_000;

describe("summarize: fillPeriods", () => {
  // Worked by hand: two email tickets in January (one solved in January), none in February, one
  // chat ticket in March. The backlog of February is January's end stock, unchanged.
  const records = [
    { id: 1, channel: "email", createdAt: "2026-01-05T10:00:00Z", status: "solved" as const, resolvedAt: "2026-01-06T10:00:00Z" },
    { id: 2, channel: "email", createdAt: "2026-01-20T10:00:00Z" },
    { id: 3, channel: "chat", createdAt: "2026-03-02T10:00:00Z" },
  ];

  it("adds the months without records, n 0 and KPIs as for no data, the backlog carried", () => {
    const plain = summarize(records, { kpis: ["count", "csat", "backlog"], period: "month" });
    expect(plain.rows.map((r) => r.group["period"])).toEqual(["2026-01", "2026-03"]);
    const filled = summarize(records, { kpis: ["count", "csat", "backlog"], period: "month", fillPeriods: true });
    expect(filled.rows.map((r) => [r.group["period"], r.n])).toEqual([["2026-01", 2], ["2026-02", 0], ["2026-03", 1]]);
    const feb = filled.rows[1];
    expect(feb?.csat.value).toBeNull();
    expect(feb?.backlog).toEqual({ created: 0, resolved: 0, reopened: 0, net: 0, openAtStart: 1, openAtEnd: 1 });
    expect(filled.rows[2]?.backlog).toMatchObject({ created: 1, openAtStart: 1, openAtEnd: 2 });
    expect(filled.total).toEqual(plain.total);
    // saved and restored, an aggregator keeps the option
    const aggregator = createAggregator({ kpis: ["count", "csat", "backlog"], period: "month", fillPeriods: true });
    for (const r of records) aggregator.add(r);
    expect(restoreAggregator(JSON.parse(JSON.stringify(aggregator.toJSON())) as never).result()).toEqual(filled);
  });

  it("fills every group from the earliest period of all to the latest", () => {
    const { rows } = summarize(records, { kpis: ["count"], by: "channel", period: "month", fillPeriods: true });
    expect(rows.map((r) => [r.group["channel"], r.group["period"], r.n])).toEqual([
      ["chat", "2026-01", 0], ["chat", "2026-02", 0], ["chat", "2026-03", 1],
      ["email", "2026-01", 2], ["email", "2026-02", 0], ["email", "2026-03", 0],
    ]);
  });

  it("steps weeks, quarters and years across their boundaries", () => {
    const at = (createdAt: string) => ({ id: createdAt, createdAt });
    const weeks = summarize([at("2025-12-24T00:00:00Z"), at("2026-01-07T00:00:00Z")], { kpis: [], period: "week", fillPeriods: true });
    expect(weeks.rows.map((r) => r.group["period"])).toEqual(["2025-W52", "2026-W01", "2026-W02"]);
    const quarters = summarize([at("2025-11-30T00:00:00Z"), at("2026-07-01T00:00:00Z")], { kpis: [], period: "quarter", fillPeriods: true });
    expect(quarters.rows.map((r) => r.group["period"])).toEqual(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
    const years = summarize([at("2024-02-29T00:00:00Z"), at("2026-01-01T00:00:00Z")], { kpis: [], period: "year", fillPeriods: true });
    expect(years.rows.map((r) => r.group["period"])).toEqual(["2024", "2025", "2026"]);
  });

  it("leaves the records without a period alone, and needs a period", () => {
    const { rows } = summarize([{ id: 1, createdAt: "2026-01-01" }, { id: 2, createdAt: "2026-02-01" }], { kpis: [], period: "month", periodOf: "resolvedAt", fillPeriods: true });
    expect(rows.map((r) => r.group["period"])).toEqual([null]);
    expect(() => summarize([], { kpis: [], fillPeriods: true })).toThrow(expect.objectContaining({ field: "options.period" }));
    try {
      summarize([], { kpis: [], period: "day", fillPeriods: "yes" as never });
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error) && [error.field, error.value]).toEqual(["options.fillPeriods", "yes"]);
    }
  });

  // The periods, computed independently (labels written from Date's own calendar, one day at a
  // time, ISO weeks by their Thursday), equal the filled rows; the rows with records are those of
  // the unfilled summary, the total unchanged.
  test.prop([fc.array(fc.integer({ min: 0, max: 800 }), { minLength: 1, maxLength: 12 }), fc.constantFrom<Period>("day", "week", "month", "quarter", "year")])(
    "fills exactly the labels between the first and the last, the other rows unchanged",
    (days, period) => {
      const start = Date.UTC(2024, 11, 1);
      const recs = days.map((d, i) => ({ id: i, createdAt: start + d * DAY, status: "solved" as const, resolvedAt: start + (d + 3) * DAY }));
      const filled = summarize(recs, { kpis: ["count", "backlog"], period, fillPeriods: true });
      const plain = summarize(recs, { kpis: ["count", "backlog"], period });
      const all = [...new Set(Array.from({ length: 820 }, (_, d) => labelOf(start + d * DAY, period)))];
      const present = plain.rows.map((r) => all.indexOf(r.group["period"] as string));
      expect(filled.rows.map((r) => r.group["period"])).toEqual(all.slice(Math.min(...present), Math.max(...present) + 1));
      for (const row of plain.rows) expect(filled.rows.find((r) => r.group["period"] === row.group["period"])).toEqual(row);
      expect(filled.total).toEqual(plain.total);
    },
  );
});

/** The label of the period of UTC instant `t`, from Date's calendar. */
function labelOf(t: number, period: Period): string {
  const iso = new Date(t).toISOString();
  if (period === "day") return iso.slice(0, 10);
  if (period === "month") return iso.slice(0, 7);
  if (period === "year") return iso.slice(0, 4);
  if (period === "quarter") return `${iso.slice(0, 4)}-Q${Math.floor(new Date(t).getUTCMonth() / 3) + 1}`;
  const thursday = new Date(t + (3 - ((new Date(t).getUTCDay() + 6) % 7)) * DAY); // the Thursday of its Monday-first week
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
