import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { complaintRatio } from "./complaintRatio.js";

describe("complaintRatio", () => {
  it("is complaints over interactions with Wilson's interval in percent (the TSDoc example)", () => {
    // Value by hand: 37 / 12500 = 0.296 %. Interval from statsmodels 0.15
    // proportion_confint(37, 12500, method="wilson") × 100 (test/reference/rates.py).
    const result = complaintRatio({ complaints: 37, interactions: 12500 });
    expect(result.value).toBe(0.296);
    expect(result.n).toBe(12500);
    expect(result.ci?.lower).toBeCloseTo(0.21483345902562312, 11);
    expect(result.ci?.upper).toBeCloseTo(0.40770689448935, 11);
    expect(result.ci?.level).toBe(0.95);
  });

  it("narrows at 90 % (statsmodels 0.15, alpha = 0.1)", () => {
    const result = complaintRatio({ complaints: 37, interactions: 12500 }, { confidence: 0.9 });
    expect(result.ci?.lower).toBeCloseTo(0.22612038016723407, 11);
    expect(result.ci?.upper).toBeCloseTo(0.3873911768913523, 11);
  });

  it("has an interval that is not symmetric around a small ratio", () => {
    const { value, ci } = complaintRatio({ complaints: 37, interactions: 12500 });
    expect(ci!.upper - value!).toBeGreaterThan(value! - ci!.lower);
  });

  it("gives null, not 0 or NaN, when there were no interactions", () => {
    expect(complaintRatio({ complaints: 0, interactions: 0 })).toEqual({ value: null, n: 0, ci: null });
  });

  it("is 0 (not null) when there were interactions and no complaints", () => {
    const result = complaintRatio({ complaints: 0, interactions: 800 });
    expect(result.value).toBe(0);
    expect(result.ci?.lower).toBe(0);
    expect(result.ci?.upper).toBeGreaterThan(0);
  });

  it("rejects more complaints than interactions, naming the field", () => {
    try {
      complaintRatio({ complaints: 9, interactions: 8 });
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "complaintRatio", field: "complaints", value: 9 });
      expect((error as Error).message).toContain("at most interactions (8)");
    }
  });

  it.each([
    [{ complaints: -1, interactions: 10 }, "complaints"],
    [{ complaints: 0.5, interactions: 10 }, "complaints"],
    [{ complaints: Number.NaN, interactions: 10 }, "complaints"],
    [{ complaints: 1, interactions: Number.NEGATIVE_INFINITY }, "interactions"],
    [{ complaints: 1, interactions: -3 }, "interactions"],
    [{ interactions: 10 }, "complaints"],
    [{ complaints: 1 }, "interactions"],
  ])("rejects %o naming %s", (counts, field) => {
    expect(() => complaintRatio(counts as never)).toThrow(expect.objectContaining({ field, kpi: "complaintRatio", code: "KPI_INVALID_INPUT" }));
  });

  it("rejects a counts argument that is not an object, and bad options", () => {
    expect(() => complaintRatio(undefined as never)).toThrow(expect.objectContaining({ field: "counts" }));
    expect(() => complaintRatio({ complaints: 1, interactions: 2 }, { confidence: 1.2 })).toThrow(
      expect.objectContaining({ field: "options.confidence" }),
    );
  });
});
