import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { firstContactResolution } from "./firstContactResolution.js";

describe("firstContactResolution", () => {
  it("is resolved on first contact over resolved, with Wilson's interval in percent", () => {
    // 72 of 100: value by hand; interval from statsmodels 0.15
    // proportion_confint(72, 100, method="wilson") = (0.6251197129007884, 0.7986031478881379).
    const result = firstContactResolution({ resolvedOnFirstContact: 72, resolved: 100 });
    expect(result.value).toBe(72);
    expect(result.n).toBe(100);
    expect(result.ci?.lower).toBeCloseTo(62.51197129007884, 9);
    expect(result.ci?.upper).toBeCloseTo(79.8603147888138, 9);
    expect(result.ci?.level).toBe(0.95);
  });

  it("gives null, not 0 or NaN, when nothing was resolved", () => {
    expect(firstContactResolution({ resolvedOnFirstContact: 0, resolved: 0 })).toEqual({ value: null, n: 0, ci: null });
  });

  it("rejects more first-contact resolutions than resolutions, naming the field", () => {
    try {
      firstContactResolution({ resolvedOnFirstContact: 11, resolved: 10 });
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toBeInstanceOf(RangeError);
      expect(error).toMatchObject({ kpi: "firstContactResolution", field: "resolvedOnFirstContact", value: 11 });
      expect((error as Error).message).toContain("at most resolved (10)");
    }
  });

  it.each([
    [{ resolvedOnFirstContact: -1, resolved: 10 }, "resolvedOnFirstContact"],
    [{ resolvedOnFirstContact: 1, resolved: 2.5 }, "resolved"],
    [{ resolvedOnFirstContact: Number.NaN, resolved: 2 }, "resolvedOnFirstContact"],
    [{ resolved: 2 }, "resolvedOnFirstContact"],
  ])("rejects %o", (counts, field) => {
    expect(() => firstContactResolution(counts as never)).toThrow(expect.objectContaining({ field, code: "KPI_INVALID_INPUT" }));
  });

  it("rejects a counts argument that is not an object", () => {
    expect(() => firstContactResolution(null as never)).toThrow(expect.objectContaining({ field: "counts" }));
  });

  it("rejects options that are not an object (null threw a TypeError, 5 was accepted), as its siblings do", () => {
    const counts = { resolvedOnFirstContact: 1, resolved: 2 };
    for (const options of [null, 5, "0.9", [0.9]]) {
      expect(() => firstContactResolution(counts, options as never)).toThrow(
        expect.objectContaining({ kpi: "firstContactResolution", field: "options", code: "KPI_INVALID_INPUT" }),
      );
    }
    expect(firstContactResolution(counts, undefined).ci?.level).toBe(0.95);
  });
});
