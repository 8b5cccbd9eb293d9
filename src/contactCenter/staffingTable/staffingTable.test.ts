import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { requiredAgents } from "../requiredAgents/requiredAgents.js";
import { staffingTable, type StaffingInterval, type StaffingTableOptions } from "./staffingTable.js";

const HALF_HOUR = 1_800_000;
const options = { intervalMs: HALF_HOUR, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, shrinkage: 0.3 };

/** The forecast of docs/guides/staffing.md: calls per half hour, 08:00 to 18:00. */
const guideCalls = [38, 64, 92, 118, 131, 140, 134, 121, 104, 97, 108, 126, 133, 122, 106, 93, 81, 66, 49, 31];
const guideOptions = { intervalMs: HALF_HOUR, ahtMs: 240_000, targetServiceLevel: 80, thresholdMs: 20_000, maxOccupancy: 85, shrinkage: 0.3 };
const label = (i: number): string => `${String(8 + Math.floor(i / 2)).padStart(2, "0")}:${i % 2 === 0 ? "00" : "30"}`;

describe("staffingTable", () => {
  it("reproduces the TSDoc example literally", () => {
    const t = staffingTable([60, { calls: 100, start: "09:00" }, { calls: 40, ahtMs: 240_000 }], {
      intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, shrinkage: 0.3,
    });
    expect(t.rows.map((r) => r.agents)).toEqual([9, 14, 8]);
    expect(t.rows.map((r) => r.scheduledAgents)).toEqual([13, 20, 12]);
    const { serviceLevel, asaMs, occupancy, ...exact } = t.totals;
    expect(exact).toEqual({ calls: 200, workloadMs: 38_400_000, agentMs: 55_800_000, scheduledAgentMs: 81_000_000, peakAgents: 14, peakScheduledAgents: 20 });
    expect(serviceLevel!.toFixed(3)).toBe("86.668");
    expect(Math.trunc(serviceLevel! * 1000) / 1000).toBe(86.667);
    expect(Math.trunc(asaMs! * 100) / 100).toBe(11421.06);
    expect(Math.trunc(occupancy! * 1000) / 1000).toBe(68.817);
    expect(t.rows[1]).toMatchObject({ index: 1, start: "09:00", calls: 100, ahtMs: 180_000, trafficErlangs: 10 });
    expect("start" in t.rows[0]!).toBe(false);
    expect(t.rows[2]).toMatchObject({ ahtMs: 240_000, trafficErlangs: 40 * 240_000 / HALF_HOUR });
  });

  it("reproduces the day in docs/guides/staffing.md", () => {
    const t = staffingTable(guideCalls.map((calls, i) => ({ calls, start: label(i) })), guideOptions);
    expect(t.rows.map((r) => r.agents)).toEqual([8, 12, 16, 20, 22, 23, 22, 20, 18, 17, 19, 21, 22, 21, 18, 16, 15, 12, 10, 7]);
    expect(t.rows.map((r) => r.scheduledAgents)).toEqual([12, 18, 23, 29, 32, 33, 32, 29, 26, 25, 28, 30, 32, 30, 26, 23, 22, 18, 15, 10]);
    expect(t.rows[5]).toMatchObject({ start: "10:30", calls: 140, agents: 23, scheduledAgents: 33 });
    expect(t.rows[5]!.trafficErlangs.toFixed(2)).toBe("18.67");
    expect(t.rows[5]!.serviceLevel.toFixed(1)).toBe("82.4");
    expect((t.rows[5]!.asaMs / 1000).toFixed(1)).toBe("14.0");
    expect(t.rows[5]!.occupancy.toFixed(1)).toBe("81.2");
    // The page's table, cell by cell, as the rows print at its precision.
    const guide = readFileSync(new URL("../../../docs/guides/staffing.md", import.meta.url), "utf8");
    const table = guide.split("\n").filter((line) => /^\| \d\d:\d\d \|/.test(line)).map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
    expect(table).toEqual(
      t.rows.map((r) => [r.start, String(r.calls), r.trafficErlangs.toFixed(2), String(r.agents), String(r.scheduledAgents), `${r.serviceLevel.toFixed(1)} %`, `${(r.asaMs / 1000).toFixed(1)} s`, `${r.occupancy.toFixed(1)} %`]),
    );
    expect(Math.round(t.totals.asaMs!)).toBe(13_505);
    const { serviceLevel, asaMs, occupancy, ...exact } = t.totals;
    expect(exact).toEqual({ calls: 1954, workloadMs: 468_960_000, agentMs: 610_200_000, scheduledAgentMs: 887_400_000, peakAgents: 23, peakScheduledAgents: 33 });
    expect([exact.workloadMs / 3_600_000, exact.agentMs / 3_600_000, exact.scheduledAgentMs / 3_600_000].map((h) => h.toFixed(2))).toEqual(["130.27", "169.50", "246.50"]);
    expect(serviceLevel!.toFixed(1)).toBe("83.9");
    expect((asaMs! / 1000).toFixed(1)).toBe("13.5");
    expect(occupancy!.toFixed(1)).toBe("76.9");

    // An 80 % occupancy cap adds one agent at 10:30, 11:00, 11:30 and 14:00 (peak 24).
    const capped = staffingTable(guideCalls, { ...guideOptions, maxOccupancy: 80 });
    expect(capped.rows.map((r) => r.agents)).toEqual([8, 12, 16, 20, 22, 24, 23, 21, 18, 17, 19, 21, 23, 21, 18, 16, 15, 12, 10, 7]);
    expect(capped.totals.agentMs / 3_600_000).toBe(171.5);

    // Erlang A with a 2-minute mean patience: 152 agent hours instead of 169.5, 6.1 % abandon.
    const impatient = staffingTable(guideCalls, { ...guideOptions, patienceMs: 120_000 });
    expect(impatient.rows.map((r) => r.agents)).toEqual([7, 11, 14, 18, 20, 21, 20, 18, 16, 15, 17, 19, 20, 18, 16, 15, 13, 11, 9, 6]);
    expect(impatient.totals.agentMs / 3_600_000).toBe(152);
    expect(impatient.totals.probabilityOfAbandon!.toFixed(3)).toBe("0.061");
    expect(impatient.totals.serviceLevel!.toFixed(1)).toBe("83.0");
  });

  it("gives each row exactly what requiredAgents gives for the interval", () => {
    const intervals: StaffingInterval[] = [{ calls: 0 }, { calls: 12.5, ahtMs: 420_000 }, { calls: 300, start: new Date(Date.UTC(2024, 0, 8, 9)) }, { calls: 75, start: 3 }];
    const t = staffingTable(intervals, { ...options, maxOccupancy: 0.8, patienceMs: 90_000 });
    intervals.forEach((interval, i) => {
      const ahtMs = interval.ahtMs ?? options.ahtMs;
      const expected = requiredAgents({ ...options, maxOccupancy: 0.8, patienceMs: 90_000, calls: interval.calls, ahtMs });
      const { index, start, calls, ahtMs: rowAht, trafficErlangs, ...rest } = t.rows[i]!;
      expect(rest).toEqual(expected);
      expect([index, start, calls, rowAht, trafficErlangs]).toEqual([i, interval.start, interval.calls, ahtMs, (interval.calls * ahtMs) / HALF_HOUR]);
    });
    expect(t.rows[2]!.start).toBe(intervals[2]!.start);
  });

  it("pools the totals by calls, not by rows", () => {
    // A quiet interval with a high service level must not pull the day up as much as a busy one.
    const t = staffingTable([2, 400], options);
    const [quiet, busy] = t.rows as [(typeof t.rows)[number], (typeof t.rows)[number]];
    expect(t.totals.serviceLevel).toBeCloseTo((2 * quiet.serviceLevel + 400 * busy.serviceLevel) / 402, 12);
    expect(t.totals.asaMs).toBeCloseTo((2 * quiet.asaMs + 400 * busy.asaMs) / 402, 9);
    expect(t.totals.occupancy).toBeCloseTo(((402 * 180_000) / ((quiet.agents + busy.agents) * HALF_HOUR)) * 100, 12);
    expect(t.totals).not.toHaveProperty("probabilityOfAbandon");
  });

  it("weights the ASA by answered calls and pools abandonment under Erlang A", () => {
    const t = staffingTable([50, 150], { ...options, patienceMs: 60_000 });
    const [a, b] = t.rows as [(typeof t.rows)[number], (typeof t.rows)[number]];
    const answered = [50 * (1 - a.probabilityOfAbandon), 150 * (1 - b.probabilityOfAbandon)] as const;
    expect(t.totals.asaMs).toBeCloseTo((answered[0] * a.asaMs + answered[1] * b.asaMs) / (answered[0] + answered[1]), 9);
    expect(t.totals.probabilityOfAbandon).toBeCloseTo((50 * a.probabilityOfAbandon + 150 * b.probabilityOfAbandon) / 200, 15);
  });

  it("returns empty totals for no intervals or no calls", () => {
    const empty = { calls: 0, workloadMs: 0, agentMs: 0, scheduledAgentMs: 0, peakAgents: 0, peakScheduledAgents: 0, serviceLevel: null, asaMs: null, occupancy: null };
    expect(staffingTable([], options)).toEqual({ rows: [], totals: empty });
    expect(staffingTable([0, 0], options).totals).toEqual(empty);
    expect(staffingTable([], { ...options, patienceMs: 1000 }).totals).toEqual({ ...empty, probabilityOfAbandon: null });
  });

  it("accepts any iterable and per-interval AHTs without a default", () => {
    const t = staffingTable(new Set([{ calls: 100, ahtMs: 180_000 }]), { intervalMs: HALF_HOUR, targetServiceLevel: 0.8, thresholdMs: 20_000 });
    expect(t.rows[0]!.agents).toBe(14);
  });

  it("says so when the totals overflow: two intervals of 1e308 ms with 1e300 calls of 1e8 ms each (1 Erlang)", () => {
    const e = inputErrorOf(() => staffingTable([{ calls: 1e300, ahtMs: 1e8 }, { calls: 1e300, ahtMs: 1e8 }], { intervalMs: 1e308, targetServiceLevel: 80, thresholdMs: 20_000 }));
    expect(e).toMatchObject({ kpi: "staffingTable", field: "intervals" });
    expect(e.expected).toBe("intervals whose total workloadMs stays within the largest double, 1.8e308");
  });

  it("does not modify its input", () => {
    const intervals = [{ calls: 10, start: "08:00" }, 20];
    const opts = { ...options };
    const before = JSON.stringify([intervals, opts]);
    staffingTable(intervals, opts);
    expect(JSON.stringify([intervals, opts])).toBe(before);
  });

  it.each([
    [[10, -1], "intervals", 1, -1],
    [[Number.NaN], "intervals", 0, Number.NaN],
    [[10, "12"], "intervals", 1, "12"],
    [[null], "intervals", 0, null],
    [[[12]], "intervals", 0, [12]],
    [[{ calls: 5 }, { calls: -3 }], "intervals.calls", 1, -3],
    [[{ ahtMs: 180_000 }], "intervals.calls", 0, undefined],
    [[1, new Date(0)], "intervals", 1, new Date(0)],
    [[{ calls: 5, ahtMs: 0 }], "intervals.ahtMs", 0, 0],
    [[5, 5, { calls: 5, start: {} }], "intervals.start", 2, {}],
    [[{ calls: 5, start: new Date(Number.NaN) }], "intervals.start", 0, new Date(Number.NaN)],
    [[5, { calls: 5, start: Number.NaN }], "intervals.start", 1, Number.NaN],
    [[{ calls: 5, start: Number.POSITIVE_INFINITY }], "intervals.start", 0, Number.POSITIVE_INFINITY],
    [[1, 2e8], "options.targetServiceLevel", 1, 80],
    [[1, 1e306], "intervals.calls", 1, 1e306],
  ])("rejects intervals %o (field %s, index %i)", (intervals, field, index, value) => {
    try {
      staffingTable(intervals as StaffingInterval[], options);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "staffingTable", field, index, value });
    }
  });

  it.each([
    [{ intervalMs: 0 }, "options.intervalMs", 0],
    [{ ahtMs: -1 }, "options.ahtMs", -1],
    [{ targetServiceLevel: 100 }, "options.targetServiceLevel", 100],
    [{ thresholdMs: 0 }, "options.thresholdMs", 0],
    [{ maxOccupancy: 150 }, "options.maxOccupancy", 150],
    [{ shrinkage: 1 }, "options.shrinkage", 1],
    [{ patienceMs: -5 }, "options.patienceMs", -5],
  ])("rejects options %o (field %s)", (change, field, value) => {
    expect(() => staffingTable([10], { ...options, ...change } as StaffingTableOptions)).toThrow(
      expect.objectContaining({ code: "KPI_INVALID_INPUT", kpi: "staffingTable", field, value }),
    );
  });

  it("asks for an AHT when an interval has none and there is no default", () => {
    expect(() => staffingTable([{ calls: 5, ahtMs: 1000 }, 7], { intervalMs: HALF_HOUR, targetServiceLevel: 80, thresholdMs: 20_000 })).toThrow(
      expect.objectContaining({ field: "options.ahtMs", index: 1, value: undefined }),
    );
    expect(() => staffingTable([{ calls: 5 }], { intervalMs: HALF_HOUR, targetServiceLevel: 80, thresholdMs: 20_000 })).toThrow(
      expect.objectContaining({ field: "options.ahtMs", index: 0 }),
    );
    expect(inputErrorOf(() => staffingTable([7], { intervalMs: HALF_HOUR, targetServiceLevel: 80, thresholdMs: 20_000 })).expected).toBe(
      "a finite number of milliseconds > 0 (the average handle time): interval 0 has no ahtMs of its own",
    );
    expect(() => staffingTable(10 as never, options)).toThrow(expect.objectContaining({ field: "intervals" }));
    expect(() => staffingTable([], null as never)).toThrow(expect.objectContaining({ field: "options" }));
  });
});
