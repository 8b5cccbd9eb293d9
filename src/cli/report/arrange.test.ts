import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { SummaryResult } from "../../aggregate/summarize/types.js";
import type { GroupValue } from "../../records/groupValue.js";
import { arrangeRows, compareValues } from "./arrange.js";
import { readKpiNames, readPercentiles, readUnit, unitFor } from "./kpis.js";

const sortBy = (dim: string, values: GroupValue[]): GroupValue[] => [...values].sort((a, b) => compareValues(dim, a, b));

describe("compareValues", () => {
  it("orders digits as numbers, case only as a tie-break, null last, types as summarize does", () => {
    expect(sortBy("agent", ["Agent_10", null, "Agent_2", "agent_3", "Agent_1", "v1.10", "v1.9"])).toEqual(["Agent_1", "Agent_2", "agent_3", "Agent_10", "v1.9", "v1.10", null]);
    expect(sortBy("x", [true, "b", 10, null, 9, false])).toEqual([9, 10, "b", false, true, null]);
    expect(sortBy("weekday", ["sun", "mon", "wed"])).toEqual(["mon", "wed", "sun"]);
    expect(sortBy("period", ["2025-W01", "2024-W52", "2024-W53"])).toEqual(["2024-W52", "2024-W53", "2025-W01"]);
    expect(sortBy("agent", ["b", "B", "a"])).toEqual(["a", "b", "B"]);
  });

  // Independent: two labels with the same prefix order by their numbers.
  test.prop([fc.nat(100_000), fc.nat(100_000), fc.constantFrom("Agent_", "team ", "Q", "")])("a shared prefix then numbers compare as the numbers do", (a, b, prefix) => {
    expect(Math.sign(compareValues("d", `${prefix}${a}`, `${prefix}${b}`))).toBe(Math.sign(a - b));
  });

  const value = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -50, max: 50 }), fc.boolean(), fc.constant(null));
  test.prop([value, value, value])("is a consistent order: antisymmetric and transitive", (a, b, c) => {
    expect(Math.sign(compareValues("d", a, b))).toBe(-Math.sign(compareValues("d", b, a)) || 0);
    if (compareValues("d", a, b) <= 0 && compareValues("d", b, c) <= 0) expect(compareValues("d", a, c)).toBeLessThanOrEqual(0);
    expect(compareValues("d", a, b) === 0).toBe(a === b);
  });
});

describe("arrangeRows", () => {
  const row = (agent: GroupValue, period: string, n: number) => ({ group: { agent, period }, n });
  const summary = { rows: [row("A10", "2026-01", 1), row("A2", "2026-02", 0), row("A2", "2026-01", 2)], total: { group: {}, n: 3 } } as unknown as SummaryResult;

  it("sorts by the dimensions in order and leaves out rows without records unless asked", () => {
    expect(arrangeRows(summary, ["agent", "period"], false).rows.map((r) => [r.group["agent"], r.group["period"]])).toEqual([["A2", "2026-01"], ["A10", "2026-01"]]);
    expect(arrangeRows(summary, ["agent", "period"], true).rows.map((r) => [r.group["agent"], r.group["period"]])).toEqual([["A2", "2026-01"], ["A2", "2026-02"], ["A10", "2026-01"]]);
    expect(arrangeRows(summary, ["period", "agent"], true).rows.map((r) => [r.group["period"], r.group["agent"]])).toEqual([["2026-01", "A2"], ["2026-01", "A10"], ["2026-02", "A2"]]);
    expect(summary.rows.map((r) => r.group["agent"])).toEqual(["A10", "A2", "A2"]); // the summary itself is left as it was
  });
});

describe("report flags", () => {
  it("chooses the unit of a median at 90 s, 90 min and 48 h", () => {
    expect([null, 89_999, 90_000, 5_399_999, 5_400_000, 172_799_999, 172_800_000].map(unitFor)).toEqual(["minutes", "seconds", "minutes", "minutes", "hours", "hours", "days"]);
  });

  it("reads --units, --percentiles and --kpis", () => {
    expect([readUnit(undefined), readUnit("days")]).toEqual([undefined, "days"]);
    expect(readPercentiles("50, 90,99.9")).toEqual([0.5, 0.9, 0.999]);
    expect(readPercentiles(undefined)).toBeUndefined();
    for (const bad of ["0", "100", "-5", "ninety", "50,", "1e2"]) expect(() => readPercentiles(bad)).toThrow(/--percentiles/);
    expect(readKpiNames("firstResponseTime, csat")).toEqual(["csat", "firstResponseTime"]);
    expect(() => readKpiNames(",")).toThrow(/--kpis/);
  });
});
