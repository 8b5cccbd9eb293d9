import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { responseRate } from "./responseRate.js";

// Reference numbers: test/reference/csat_reference.py (statsmodels 0.15.0
// proportion_confint(method="wilson")), printed in percent.

describe("responseRate", () => {
  it("is responded over sent with Wilson's interval (the TSDoc example)", () => {
    // 270 / 1200 = 22.5 % by hand; interval from statsmodels.
    const r = responseRate({ sent: 1200, responded: 270 });
    expect(r.value).toBe(22.5);
    expect(r.n).toBe(1200);
    expect(r.ci?.lower).toBeCloseTo(20.227242443479927, 10);
    expect(r.ci?.upper).toBeCloseTo(24.948262589670495, 10);
    expect(r.ci?.level).toBe(0.95);
    expect(Object.keys(r)).toEqual(["value", "n", "ci"]);
  });

  it("reaches 100 % with the upper bound exactly 100", () => {
    // statsmodels Wilson 40/40: (91.23783988027135, 100.0).
    const r = responseRate({ sent: 40, responded: 40 });
    expect(r.value).toBe(100);
    expect(r.ci?.lower).toBeCloseTo(91.23783988027135, 10);
    expect(r.ci?.upper).toBe(100);
  });

  it("uses the confidence option", () => {
    // statsmodels proportion_confint(31, 250, alpha=0.01, method="wilson").
    const r = responseRate({ sent: 250, responded: 31 }, { confidence: 0.99 });
    expect(r.value).toBeCloseTo(12.4, 12);
    expect(r.ci?.lower).toBeCloseTo(7.98432511811794, 10);
    expect(r.ci?.upper).toBeCloseTo(18.759854067974903, 10);
    expect(r.ci?.level).toBe(0.99);
  });

  it("gives null, not 0 or NaN, when nothing was sent", () => {
    expect(responseRate({ sent: 0, responded: 0 })).toEqual({ value: null, n: 0, ci: null });
  });

  it("is 0 (not null) when surveys were sent and none answered", () => {
    const r = responseRate({ sent: 20, responded: 0 });
    expect(r.value).toBe(0);
    expect(r.ci?.lower).toBe(0);
  });

  it("rejects more responses than surveys sent, naming the field", () => {
    try {
      responseRate({ sent: 10, responded: 11 });
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "responseRate", field: "responded", value: 11 });
      expect((error as Error).message).toContain("at most sent (10)");
    }
  });

  it.each([
    [{ sent: -1, responded: 0 }, "sent"],
    [{ sent: 10.5, responded: 1 }, "sent"],
    [{ sent: Number.POSITIVE_INFINITY, responded: 1 }, "sent"],
    [{ sent: 10, responded: Number.NaN }, "responded"],
    [{ sent: 10, responded: -2 }, "responded"],
    [{ sent: 10 }, "responded"],
    [{ responded: 1 }, "sent"],
  ])("rejects %o", (counts, field) => {
    expect(() => responseRate(counts as never)).toThrow(expect.objectContaining({ field, code: "KPI_INVALID_INPUT" }));
  });

  it("rejects bad counts and options objects and a bad confidence", () => {
    expect(() => responseRate(null as never)).toThrow(expect.objectContaining({ field: "counts" }));
    expect(() => responseRate([10, 2] as never)).toThrow(expect.objectContaining({ field: "counts" }));
    expect(() => responseRate({ sent: 10, responded: 2 }, { confidence: 95 })).toThrow(
      expect.objectContaining({ field: "options.confidence" }),
    );
  });
});
