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
});
