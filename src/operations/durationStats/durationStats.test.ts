import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { durationStats, percentileKey } from "./durationStats.js";

const MINUTE = 60_000;

describe("durationStats", () => {
  it("reproduces the TSDoc example literally", () => {
    // By hand: 21 values summing to 441 minutes → mean 21 min; sorted positions (type 7,
    // h = 20·p): p50 → x[10] = 5 min, p90 → x[18] = 30 min, p95 → x[19] = 60 min.
    // numpy 2.4.6: np.mean → 1260000.0; np.quantile(..., [0.5, 0.9, 0.95]) → 300000, 1800000, 3600000.
    const minutes = [1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 10, 12, 15, 20, 30, 60, 241];
    expect(durationStats(minutes.map((m) => m * 60_000))).toEqual({
      n: 21,
      meanMs: 1_260_000,
      medianMs: 300_000,
      minMs: 60_000,
      maxMs: 14_460_000,
      percentiles: { p50: 300_000, p90: 1_800_000, p95: 3_600_000 },
    });
    expect(durationStats([], { percentiles: [0.99] })).toEqual({
      n: 0,
      meanMs: null,
      medianMs: null,
      minMs: null,
      maxMs: null,
      percentiles: { p99: null },
    });
  });

  it("computes first-response-time statistics by hand and as numpy does", () => {
    // Minutes 1 2 2 3 4 5 8 12 30 240 (n = 10). By hand: mean 307 / 10 = 30.7 min;
    // median h = 4.5 → (4 + 5) / 2 = 4.5 min; p90 h = 8.1 → 30 + 0.1·210 = 51 min;
    // p95 h = 8.55 → 30 + 0.55·210 = 145.5 min. numpy 2.4.6 np.quantile gives
    // 3059999.9999999953 and 8729999.999999987 ms for p90 and p95 (the same to 1e-9).
    const ms = [240, 1, 2, 30, 2, 3, 12, 4, 5, 8].map((m) => m * MINUTE);
    const r = durationStats(ms);
    expect(r.n).toBe(10);
    expect(r.meanMs).toBeCloseTo(30.7 * MINUTE, 6);
    expect(r.medianMs).toBe(4.5 * MINUTE);
    expect(r.minMs).toBe(MINUTE);
    expect(r.maxMs).toBe(240 * MINUTE);
    expect(r.percentiles.p90).toBeCloseTo(51 * MINUTE, 6);
    expect(r.percentiles.p95).toBeCloseTo(145.5 * MINUTE, 6);
    expect(r.percentiles.p90).toBe(3059999.9999999953);
    expect(r.percentiles.p95).toBe(8729999.999999987);
  });

  it("uses the chosen method for the percentiles and for the median", () => {
    // [1, 2, 3, 4]: "lower" takes x[floor(3·p)]: p50 → x[1] = 2, p90 → x[2] = 3.
    // "weibull" (Excel PERCENTILE.EXC): p50 h = 5·0.5 − 1 = 1.5 → 2.5.
    expect(durationStats([4, 1, 3, 2], { method: "lower" })).toMatchObject({ medianMs: 2, percentiles: { p50: 2, p90: 3, p95: 3 } });
    expect(durationStats([4, 1, 3, 2], { method: "weibull", percentiles: [0.5] })).toMatchObject({ medianMs: 2.5, percentiles: { p50: 2.5 } });
  });

  it("names keys by the percentage without float noise", () => {
    const r = durationStats([1, 2, 3], { percentiles: [0.999, 0.07, 0, 1, 0.995, 1 / 3, 0.001] });
    expect(Object.keys(r.percentiles)).toEqual(["p99.9", "p7", "p0", "p100", "p99.5", "p33.33333333", "p0.1"]);
    expect(percentileKey(0.9)).toBe("p90");
    expect(percentileKey(0.29)).toBe("p29"); // 0.29·100 = 28.999999999999996 in floating point
    expect(percentileKey(0.57)).toBe("p57"); // 56.99999999999999
    expect(percentileKey(-0)).toBe("p0");
  });

  it("allows duplicate percentiles, which share a key, and keeps the requested order", () => {
    const r = durationStats([10, 20, 30], { percentiles: [0.9, 0.5, 0.9] });
    expect(r.percentiles).toEqual({ p90: 28, p50: 20 });
    expect(Object.keys(r.percentiles)).toEqual(["p90", "p50"]);
  });

  it("gives n 0 and nulls, never NaN or 0, without durations", () => {
    const r = durationStats([]);
    expect(r).toEqual({ n: 0, meanMs: null, medianMs: null, minMs: null, maxMs: null, percentiles: { p50: null, p90: null, p95: null } });
    expect(durationStats(new Set<number>(), { percentiles: [] }).percentiles).toEqual({});
  });

  it("handles one duration, zeros and ties", () => {
    expect(durationStats([5000])).toEqual({ n: 1, meanMs: 5000, medianMs: 5000, minMs: 5000, maxMs: 5000, percentiles: { p50: 5000, p90: 5000, p95: 5000 } });
    expect(durationStats([0, 0, 0]).meanMs).toBe(0);
    expect(durationStats([-0]).minMs).toBe(0);
  });

  it("keeps the mean within [min, max] despite rounding", () => {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004 and / 3 = 0.10000000000000002 > 0.1 without the clamp.
    // 0.7 · 3 / 3 = 0.6999999999999998 < 0.7 without the clamp.
    expect(durationStats([0.1, 0.1, 0.1]).meanMs).toBe(0.1);
    expect(durationStats([0.7, 0.7, 0.7]).meanMs).toBe(0.7);
  });

  it("does not depend on the order of the durations and does not modify them", () => {
    const ms = [900, 120, 45, 3600, 60, 60, 30];
    const copy = [...ms];
    const a = durationStats(ms, { percentiles: [0.25, 0.75, 0.99] });
    const b = durationStats([...ms].reverse(), { percentiles: [0.25, 0.75, 0.99] });
    expect(b).toEqual(a);
    expect(ms).toEqual(copy);
  });

  it("is JSON-serialisable unchanged", () => {
    const r = durationStats([1, 2, 3, 10]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const empty = durationStats([]);
    expect(JSON.parse(JSON.stringify(empty))).toEqual(empty);
  });

  it.each([
    [[1000, -1], 1],
    [[Number.NaN], 0],
    [[1, Number.POSITIVE_INFINITY], 1],
    [[1, 2, "3"], 2],
    [[undefined], 0],
  ])("rejects the duration at its index in %o", (ms, index) => {
    try {
      durationStats(ms as number[]);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "durationStats", field: "durationsMs", index, value: (ms as unknown[])[index] });
    }
  });

  it("rejects durations that are not a list", () => {
    expect(() => durationStats(42 as never)).toThrow(expect.objectContaining({ field: "durationsMs", code: "KPI_INVALID_INPUT" }));
  });

  it.each([[[0.5, 95]], [[-0.5]], [[Number.NaN]], [["0.9"]]])("rejects percentiles %o with the index", (ps) => {
    const bad = ps.findIndex((p) => !(typeof p === "number" && p >= 0 && p <= 1));
    expect(() => durationStats([1, 2], { percentiles: ps as number[] })).toThrow(
      expect.objectContaining({ field: "options.percentiles", index: bad }),
    );
  });

  it("rejects bad options", () => {
    expect(() => durationStats([1], { percentiles: 0.9 as never })).toThrow(expect.objectContaining({ field: "options.percentiles" }));
    expect(() => durationStats([1], { method: "p90" as never })).toThrow(expect.objectContaining({ field: "options.method", value: "p90" }));
    expect(() => durationStats([1], null as never)).toThrow(expect.objectContaining({ field: "options" }));
  });
});
