import { describe, expectTypeOf, it } from "vitest";
import { staffingTable, type StaffingRow, type StaffingTableResult, type StaffingTotals, type StaffingTotalsWithAbandonment } from "./staffingTable.js";
import type { RequiredAgentsWithAbandonmentResult } from "../requiredAgents/requiredAgents.js";

const options = { intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000 };

describe("staffingTable types", () => {
  it("takes counts or interval objects and returns typed rows and totals", () => {
    const t = staffingTable([60, { calls: 100, start: "09:00" }, { calls: 40, ahtMs: 240_000, start: new Date() }], options);
    expectTypeOf(t).toEqualTypeOf<StaffingTableResult>();
    expectTypeOf(t.rows[0]!.agents).toEqualTypeOf<number>();
    expectTypeOf(t.rows[0]!.start).toEqualTypeOf<string | number | Date | undefined>();
    expectTypeOf(t.totals).toEqualTypeOf<StaffingTotals>();
    expectTypeOf(t.totals.serviceLevel).toEqualTypeOf<number | null>();
  });

  it("adds the Erlang A fields with patience", () => {
    const t = staffingTable([60], { ...options, patienceMs: 120_000 });
    expectTypeOf(t.rows).toEqualTypeOf<readonly StaffingRow<RequiredAgentsWithAbandonmentResult>[]>();
    expectTypeOf(t.rows[0]!.probabilityOfAbandon).toEqualTypeOf<number>();
    expectTypeOf(t.totals).toEqualTypeOf<StaffingTotalsWithAbandonment>();
  });

  it("rejects what is not an interval", () => {
    // @ts-expect-error: an interval needs calls
    staffingTable([{ ahtMs: 1 }], options);
    // @ts-expect-error: intervalMs is required
    staffingTable([1], { ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000 });
  });
});
