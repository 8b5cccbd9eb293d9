import { describe, expectTypeOf, it } from "vitest";
import { kpiBalance, type KpiBalanceCode, type KpiBalanceWarning } from "./kpiBalance.js";

describe("kpiBalance types", () => {
  it("returns typed warnings", () => {
    expectTypeOf(kpiBalance({ csat: 1 }, { csat: 2 }).warnings).toEqualTypeOf<KpiBalanceWarning[]>();
    expectTypeOf<KpiBalanceWarning["code"]>().toEqualTypeOf<KpiBalanceCode>();
    // @ts-expect-error: unknown KPI field
    kpiBalance({ nps: 1 }, {});
  });
});
