import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { retention } from "./retention.js";

describe("retention", () => {
  it("is ((E − N) / S) × 100 (the TSDoc example)", () => {
    // Worked example by hand with the formula in HubSpot's glossary: S = 200, E = 210, N = 40:
    // (210 − 40) / 200 × 100 = 85 % retained, 30 of 200 = 15 % churned.
    expect(retention({ atStart: 200, atEnd: 210, acquired: 40 })).toEqual({
      retentionRate: 85,
      churnRate: 15,
      n: 200,
      retained: 170,
      lost: 30,
    });
  });

  it("matches an independent computation and keeps retention + churn = 100", () => {
    const [S, E, N] = [1375, 1290, 212];
    const result = retention({ atStart: S, atEnd: E, acquired: N });
    expect(result.retained).toBe(1078);
    expect(result.lost).toBe(297);
    expect(result.retentionRate).toBeCloseTo((100 * (E - N)) / S, 12); // 78.4 %
    expect(result.churnRate).toBeCloseTo((100 * (S - (E - N))) / S, 12); // 21.6 %
    expect(result.retentionRate! + result.churnRate!).toBeCloseTo(100, 12);
  });

  it("gives 100 % retention when nobody left and 0 % when everybody did", () => {
    expect(retention({ atStart: 50, atEnd: 80, acquired: 30 })).toMatchObject({ retentionRate: 100, churnRate: 0, lost: 0 });
    expect(retention({ atStart: 50, atEnd: 30, acquired: 30 })).toMatchObject({ retentionRate: 0, churnRate: 100, lost: 50 });
  });

  it("gives null rates, not 0 or NaN, with no customers at the start", () => {
    expect(retention({ atStart: 0, atEnd: 12, acquired: 12 })).toEqual({ retentionRate: null, churnRate: null, n: 0, retained: 0, lost: 0 });
    expect(retention({ atStart: 0, atEnd: 0, acquired: 0 })).toEqual({ retentionRate: null, churnRate: null, n: 0, retained: 0, lost: 0 });
  });

  it("rejects more acquisitions than customers at the end, naming acquired", () => {
    try {
      retention({ atStart: 100, atEnd: 20, acquired: 30 });
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "retention", field: "acquired", value: 30 });
      expect((error as Error).message).toContain("at most atEnd (20)");
    }
  });

  it("rejects more retained customers than there were at the start, naming atEnd", () => {
    try {
      retention({ atStart: 100, atEnd: 150, acquired: 30 });
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "retention", field: "atEnd", value: 150 });
      expect((error as Error).message).toContain("at most atStart + acquired (130)");
    }
    expect(() => retention({ atStart: 0, atEnd: 1, acquired: 0 })).toThrow(expect.objectContaining({ field: "atEnd" }));
  });

  it.each([
    [{ atStart: -1, atEnd: 0, acquired: 0 }, "atStart"],
    [{ atStart: 1.5, atEnd: 0, acquired: 0 }, "atStart"],
    [{ atStart: 10, atEnd: Number.NaN, acquired: 0 }, "atEnd"],
    [{ atStart: 10, atEnd: 5, acquired: Number.POSITIVE_INFINITY }, "acquired"],
    [{ atStart: 10, atEnd: 5 }, "acquired"],
    [{ atEnd: 5, acquired: 0 }, "atStart"],
  ])("rejects %o naming %s", (counts, field) => {
    expect(() => retention(counts as never)).toThrow(expect.objectContaining({ field, kpi: "retention", code: "KPI_INVALID_INPUT" }));
  });

  it("rejects a counts argument that is not an object", () => {
    expect(() => retention(null as never)).toThrow(expect.objectContaining({ field: "counts" }));
    expect(() => retention([200, 210, 40] as never)).toThrow(expect.objectContaining({ field: "counts" }));
  });
});
