/**
 * docs/guides/summarize.md: the numbers and messages it shows are asserted here (the shared-data
 * table is asserted by test/shared-data-summarize.test.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { summarize } from "./summarize.js";

const page = readFileSync(new URL("../../../docs/guides/summarize.md", import.meta.url), "utf8");

describe("docs/guides/summarize.md", () => {
  it("shows the error message summarize throws", () => {
    const shown = "KpiInputError: summarize: records.csat[0] (id \"T3\") must be an integer from 1 to 5, got 7";
    expect(page).toContain(shown);
    expect(() => summarize([{ id: "T3", createdAt: "2024-01-01", csat: 7 }], { kpis: ["csat"] })).toThrow(shown.replace("KpiInputError: ", ""));
  });

  it("shows the period labels of the table", () => {
    for (const label of ["day 2025-01-01, week 2025-W01, month 2025-01, quarter 2025-Q1, year 2025", "day 2024-12-31, week 2025-W01, month 2024-12, quarter 2024-Q4, year 2024"]) {
      expect(page).toContain(label);
    }
    expect(page).toContain('[["2024-01", 50, 80], ["2024-02", 100, 30]]');
    expect(page).toContain('[[{ channel: "chat", period: "2024-02" }, 2, 50], [{ channel: "email", period: "2024-02" }, 1, 100]]');
  });

  it("shows what labels give: a row per tag, the total once", () => {
    const records = [
      { id: 1, createdAt: "2024-03-01T09:00:00Z", tags: ["billing", "vip"], csat: 5 },
      { id: 2, createdAt: "2024-03-01T10:00:00Z", tags: ["billing"], csat: 2 },
      { id: 3, createdAt: "2024-03-02T11:00:00Z", tags: ["vip", "vip"], csat: 4 },
      { id: 4, createdAt: "2024-03-02T12:00:00Z", tags: [], csat: 3 },
    ];
    // the page shows the same records
    expect(page).toContain('{ id: 1, createdAt: "2024-03-01T09:00:00Z", tags: ["billing", "vip"], csat: 5 },');
    expect(page).toContain('{ id: 4, createdAt: "2024-03-02T12:00:00Z", tags: [], csat: 3 },');
    const { rows, total, overlapping } = summarize(records, { kpis: ["csat"], by: "tags" });
    expect(rows.map((r) => [r.group["tags"], r.n, r.csat.value])).toEqual([["billing", 2, 50], ["vip", 2, 100], [null, 1, 0]]);
    expect(page).toContain('// [["billing", 2, 50], ["vip", 2, 100], [null, 1, 0]]');
    expect([total.n, total.csat.value, rows.reduce((s, r) => s + r.n, 0)]).toEqual([4, 50, 5]);
    expect(page).toContain("total.n; // 4: each ticket once, while the rows' n add up to 5");
    expect(total).toEqual(summarize(records, { kpis: ["csat"] }).total);
    expect(overlapping).toEqual(["tags"]);
  });
});
