import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { slaCompliance, type SlaOutcome } from "./slaCompliance.js";

describe("slaCompliance", () => {
  it("is achieved over achieved + breached, active left out (the TSDoc example)", () => {
    // Counts by hand: 3 achieved (one from 20 min against 30 min), 1 breached, 1 active.
    // Interval: statsmodels 0.15 proportion_confint(3, 4, method="wilson") × 100.
    const result = slaCompliance(["achieved", "achieved", "breached", "active", { elapsedMs: 1_200_000, targetMs: 1_800_000 }]);
    expect(result).toMatchObject({ value: 75, n: 4, achieved: 3, breached: 1, active: 1 });
    expect(result.ci?.lower).toBeCloseTo(30.064184258240186, 9);
    expect(result.ci?.upper).toBeCloseTo(95.44127391902994, 9);
    expect(result.ci?.level).toBe(0.95);
  });

  it("returns the fields in the documented order and survives JSON", () => {
    const result = slaCompliance(["achieved", "breached"]);
    expect(Object.keys(result)).toEqual(["value", "n", "achieved", "breached", "active", "ci"]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("counts a measurement exactly on the deadline as achieved, one ms over as breached", () => {
    expect(slaCompliance([{ elapsedMs: 60_000, targetMs: 60_000 }])).toMatchObject({ achieved: 1, breached: 0 });
    expect(slaCompliance([{ elapsedMs: 60_001, targetMs: 60_000 }])).toMatchObject({ achieved: 0, breached: 1 });
    expect(slaCompliance([{ elapsedMs: 0, targetMs: 1 }])).toMatchObject({ achieved: 1 });
  });

  it("matches Wilson's interval for 45 of 50 (statsmodels 0.15)", () => {
    const outcomes: SlaOutcome[] = [...Array<SlaOutcome>(45).fill("achieved"), ...Array<SlaOutcome>(5).fill("breached"), ...Array<SlaOutcome>(7).fill("active")];
    const result = slaCompliance(outcomes);
    expect(result).toMatchObject({ value: 90, n: 50, achieved: 45, breached: 5, active: 7 });
    expect(result.ci?.lower).toBeCloseTo(78.63976856252035, 9);
    expect(result.ci?.upper).toBeCloseTo(95.65242350681096, 9);
  });

  it("gives null value and interval when nothing is measured yet (the TSDoc example)", () => {
    expect(slaCompliance([])).toEqual({ value: null, n: 0, achieved: 0, breached: 0, active: 0, ci: null });
    expect(slaCompliance(["active", "active"])).toEqual({ value: null, n: 0, achieved: 0, breached: 0, active: 2, ci: null });
    expect(slaCompliance(["active", "paused"])).toEqual({ value: null, n: 0, achieved: 0, breached: 0, active: 2, ci: null });
  });

  it("counts paused targets as active: still running, not measured", () => {
    // By hand: achieved 2, breached 1 → 2/3 = 66.67 %; the paused and the active one are left out.
    const withPaused = slaCompliance(["achieved", "paused", "breached", "achieved", "active"]);
    expect(withPaused).toMatchObject({ n: 3, achieved: 2, breached: 1, active: 2 });
    expect(withPaused.value).toBeCloseTo(200 / 3, 12);
    expect(withPaused).toEqual(slaCompliance(["achieved", "active", "breached", "achieved", "active"]));
  });

  it("accepts any iterable, once", () => {
    function* outcomes(): Generator<SlaOutcome> {
      yield "achieved";
      yield { elapsedMs: 5, targetMs: 4 };
    }
    expect(slaCompliance(outcomes())).toMatchObject({ value: 50, achieved: 1, breached: 1 });
    expect(slaCompliance(new Set<SlaOutcome>(["achieved", "active"]))).toMatchObject({ value: 100, active: 1 });
  });

  it("does not depend on the order of outcomes", () => {
    const outcomes: SlaOutcome[] = ["breached", "achieved", { elapsedMs: 10, targetMs: 5 }, "active", "achieved", { elapsedMs: 1, targetMs: 5 }];
    expect(slaCompliance([...outcomes].reverse())).toEqual(slaCompliance(outcomes));
  });

  it("does not mutate its input", () => {
    const outcomes: SlaOutcome[] = ["achieved", { elapsedMs: 1, targetMs: 2 }];
    const copy = JSON.parse(JSON.stringify(outcomes)) as unknown;
    slaCompliance(outcomes);
    expect(outcomes).toEqual(copy);
  });

  it.each([
    ["Paused", 1],
    ["Achieved", 1],
    [null, 1],
    [undefined, 1],
    [1, 1],
    [true, 1],
    [{ elapsedMs: -1, targetMs: 10 }, 1],
    [{ elapsedMs: Number.NaN, targetMs: 10 }, 1],
    [{ elapsedMs: Number.POSITIVE_INFINITY, targetMs: 10 }, 1],
    [{ elapsedMs: 1, targetMs: 0 }, 1],
    [{ elapsedMs: 1, targetMs: -5 }, 1],
    [{ elapsedMs: 1, targetMs: Number.POSITIVE_INFINITY }, 1],
    [{ elapsedMs: "1", targetMs: 10 }, 1],
    [{ targetMs: 10 }, 1],
    [{}, 1],
  ])("rejects element %o at index %i, naming outcomes", (bad, index) => {
    try {
      slaCompliance(["achieved", bad as SlaOutcome, "breached"]);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "slaCompliance", field: "outcomes", index });
      expect((error as { value: unknown }).value).toBe(bad);
      expect((error as Error).message).toMatch(/^slaCompliance: outcomes\[1\] must be "achieved", "breached", "active", "paused" or/);
    }
  });

  it("rejects a non-iterable outcomes argument and bad options", () => {
    expect(() => slaCompliance(42 as never)).toThrow(expect.objectContaining({ field: "outcomes" }));
    expect(() => slaCompliance("achieved" as never)).toThrow(expect.objectContaining({ field: "outcomes" }));
    expect(() => slaCompliance(null as never)).toThrow(expect.objectContaining({ field: "outcomes" }));
    expect(() => slaCompliance(["achieved"], { confidence: 0 })).toThrow(expect.objectContaining({ field: "options.confidence" }));
  });
});
