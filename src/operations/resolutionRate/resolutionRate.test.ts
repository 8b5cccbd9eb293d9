import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { resolutionRate } from "./resolutionRate.js";

describe("resolutionRate", () => {
  it("is resolved over total with Wilson's interval in percent (the TSDoc example)", () => {
    // Value by hand: 425 / 500 = 85 %. Interval from statsmodels 0.15
    // proportion_confint(425, 500, method="wilson") × 100 (test/reference/rates.py).
    const result = resolutionRate({ resolved: 425, total: 500 });
    expect(result.value).toBe(85);
    expect(result.n).toBe(500);
    expect(result.ci?.lower).toBeCloseTo(81.60389193683017, 9);
    expect(result.ci?.upper).toBeCloseTo(87.86240423086119, 9);
    expect(result.ci?.level).toBe(0.95);
  });

  it("widens at 99 % (statsmodels 0.15, alpha = 0.01)", () => {
    const result = resolutionRate({ resolved: 425, total: 500 }, { confidence: 0.99 });
    expect(result.ci?.lower).toBeCloseTo(80.42976539556045, 9);
    expect(result.ci?.upper).toBeCloseTo(88.65351377611248, 9);
    expect(result.ci?.level).toBe(0.99);
  });

  it("keeps a non-degenerate interval at 0 % and 100 % (statsmodels 0.15)", () => {
    const none = resolutionRate({ resolved: 0, total: 25 });
    expect(none.value).toBe(0);
    expect(none.ci?.lower).toBe(0);
    expect(none.ci?.upper).toBeCloseTo(13.319225093904846, 9);
    const all = resolutionRate({ resolved: 25, total: 25 });
    expect(all.value).toBe(100);
    expect(all.ci?.lower).toBeCloseTo(86.68077490609515, 9);
    expect(all.ci?.upper).toBe(100);
  });

  it("gives null, not 0 or NaN, when there are no tickets", () => {
    expect(resolutionRate({ resolved: 0, total: 0 })).toEqual({ value: null, n: 0, ci: null });
  });

  it("rejects more resolved tickets than tickets, naming the field", () => {
    try {
      resolutionRate({ resolved: 501, total: 500 });
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toBeInstanceOf(RangeError);
      expect(error).toMatchObject({ kpi: "resolutionRate", field: "resolved", value: 501 });
      expect((error as Error).message).toContain("at most total (500)");
    }
  });

  it.each([
    [{ resolved: -1, total: 10 }, "resolved"],
    [{ resolved: 1.5, total: 10 }, "resolved"],
    [{ resolved: Number.NaN, total: 10 }, "resolved"],
    [{ resolved: 1, total: Number.POSITIVE_INFINITY }, "total"],
    [{ resolved: 1, total: 2.5 }, "total"],
    [{ resolved: 1, total: "10" }, "total"],
    [{ total: 10 }, "resolved"],
  ])("rejects %o naming %s", (counts, field) => {
    expect(() => resolutionRate(counts as never)).toThrow(expect.objectContaining({ field, kpi: "resolutionRate", code: "KPI_INVALID_INPUT" }));
  });

  it("rejects a counts argument that is not an object, and bad options", () => {
    expect(() => resolutionRate(null as never)).toThrow(expect.objectContaining({ field: "counts" }));
    expect(() => resolutionRate([425, 500] as never)).toThrow(expect.objectContaining({ field: "counts" }));
    expect(() => resolutionRate({ resolved: 1, total: 2 }, null as never)).toThrow(expect.objectContaining({ field: "options" }));
    for (const confidence of [0, 1, 95, Number.NaN]) {
      expect(() => resolutionRate({ resolved: 1, total: 2 }, { confidence })).toThrow(expect.objectContaining({ field: "options.confidence" }));
    }
  });

  it("is plain JSON", () => {
    const result = resolutionRate({ resolved: 3, total: 7 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
