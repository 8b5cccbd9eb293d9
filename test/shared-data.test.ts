/**
 * Cross-checks against the shared real-world fixture ../shared/data/tickets-5000.csv (a ticket
 * export whose author flagged first response under 30 minutes and resolution under 24 hours).
 * The flags are the author's own computation, so they are an outside reference for
 * slaCompliance over the durations. The file lives outside the repository: without it (a
 * fresh clone elsewhere) these tests are skipped.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { slaCompliance, type SlaOutcome } from "../src/operations/slaCompliance/index.js";

const csvPath = fileURLToPath(new URL("../../shared/data/tickets-5000.csv", import.meta.url));
const available = existsSync(csvPath);

/** Header → column index, and the data rows split on commas (see the quote check below). */
function readTickets(): { text: string; column: (name: string) => number; rows: string[][] } {
  const text = readFileSync(csvPath, "utf8");
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  const header = (lines[0] ?? "").split(",");
  const column = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  return { text, column, rows: lines.slice(1).map((line) => line.split(",")) };
}

describe.skipIf(!available)("tickets-5000.csv (shared fixture)", () => {
  const { text, column, rows } = available ? readTickets() : { text: "", column: () => 0, rows: [] };

  it("can be read by splitting on commas: no quoted fields, 20 columns in every row", () => {
    expect(text).not.toContain('"');
    expect(rows).toHaveLength(5000);
    expect(rows.filter((row) => row.length !== 20)).toEqual([]);
  });

  it("first response under 30 minutes: slaCompliance equals the share of response_sla_met = True", () => {
    const minutes = column("first_response_minutes");
    const flag = column("response_sla_met");
    let flagged = 0;
    let other = 0;
    const outcomes: SlaOutcome[] = rows.map((row) => {
      if (row[flag] === "True") flagged++;
      else if (row[flag] !== "False") other++;
      return { elapsedMs: Number(row[minutes]) * 60_000, targetMs: 30 * 60_000 };
    });
    expect(other).toBe(0);
    const expected = (flagged / rows.length) * 100; // the author's flags: 2403 of 5000
    const result = slaCompliance(outcomes);
    expect(flagged).toBe(2403);
    expect(result).toMatchObject({ value: expected, n: 5000, achieved: flagged, breached: 5000 - flagged, active: 0 });
    expect(result.value).toBeCloseTo(48.06, 12);
    // statsmodels 0.15 proportion_confint(2403, 5000, method="wilson") × 100 (test/reference/rates.py)
    expect(result.ci?.lower).toBeCloseTo(46.67715998871421, 9);
    expect(result.ci?.upper).toBeCloseTo(49.445818694832624, 9);
  });

  it("resolution under 24 hours: slaCompliance equals the share of resolution_sla_met = True", () => {
    // The flags agree with resolution_hours ≤ 24 on every row, unresolved tickets included (the
    // export fills resolution_hours for them too); no duration lies exactly on a threshold.
    const hours = column("resolution_hours");
    const flag = column("resolution_sla_met");
    let flagged = 0;
    let disagreements = 0;
    const outcomes: SlaOutcome[] = rows.map((row) => {
      const met = row[flag] === "True";
      if (met) flagged++;
      if (Number(row[hours]) <= 24 !== met) disagreements++;
      return { elapsedMs: Number(row[hours]) * 3_600_000, targetMs: 24 * 3_600_000 };
    });
    expect(disagreements).toBe(0);
    const result = slaCompliance(outcomes);
    expect(flagged).toBe(3014);
    expect(result).toMatchObject({ value: (flagged / rows.length) * 100, n: 5000, achieved: 3014, breached: 1986 });
    // statsmodels 0.15 proportion_confint(3014, 5000, method="wilson") × 100
    expect(result.ci?.lower).toBeCloseTo(58.91631023941546, 9);
    expect(result.ci?.upper).toBeCloseTo(61.627905808594164, 9);
  });

  it("treating unresolved tickets as active (the Zendesk reading) measures only the 3724 resolved ones", () => {
    const hours = column("resolution_hours");
    const status = column("status");
    let resolved = 0;
    let resolvedInTime = 0;
    const outcomes: SlaOutcome[] = rows.map((row) => {
      if (row[status] !== "Resolved") return "active";
      resolved++;
      if (Number(row[hours]) <= 24) resolvedInTime++;
      return { elapsedMs: Number(row[hours]) * 3_600_000, targetMs: 24 * 3_600_000 };
    });
    const result = slaCompliance(outcomes);
    expect(resolved).toBe(3724);
    expect(result).toMatchObject({ n: 3724, achieved: resolvedInTime, active: 1276, value: (resolvedInTime / resolved) * 100 });
  });
});
