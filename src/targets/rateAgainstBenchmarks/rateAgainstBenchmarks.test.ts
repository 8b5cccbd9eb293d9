import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { Benchmark } from "../benchmarks/benchmarks.js";
import { rateAgainstBenchmarks } from "./rateAgainstBenchmarks.js";

const HOUR = 3_600_000;

describe("rateAgainstBenchmarks", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(rateAgainstBenchmarks("firstResponseTime", 45_000, { channel: "chat" })?.level).toBe("excellent");
    expect(rateAgainstBenchmarks("firstResponseTime", 3 * HOUR, { channel: "email" })?.level).toBe("good");
    expect(rateAgainstBenchmarks("csat", 88)?.level).toBe("strong");
    expect(rateAgainstBenchmarks("csat", 60)).toBeNull();
  });

  it("picks the strictest level met and returns its benchmark", () => {
    // Chatsy: email < 1 h excellent, < 4 h good. 30 min meets both: excellent wins.
    const r = rateAgainstBenchmarks("firstResponseTime", 30 * 60_000, { channel: "email" });
    expect(r).toMatchObject({ kpi: "firstResponseTime", value: 1_800_000, level: "excellent", benchmark: { threshold: HOUR } });
    // SQM: FCR 70–79 % good, 80 %+ world class.
    expect(rateAgainstBenchmarks("firstContactResolution", 74)?.level).toBe("good");
    expect(rateAgainstBenchmarks("firstContactResolution", 80)?.level).toBe("world-class");
    expect(rateAgainstBenchmarks("nps", 72)?.level).toBe("world-class");
    expect(rateAgainstBenchmarks("nps", 12)?.level).toBe("good");
    expect(rateAgainstBenchmarks("nps", -5)).toBeNull();
    expect(rateAgainstBenchmarks("abandonmentRate", 6.5, { channel: "phone" })?.level).toBe("industry-standard");
  });

  it("is inclusive at the threshold", () => {
    expect(rateAgainstBenchmarks("firstResponseTime", 60_000, { channel: "chat" })?.level).toBe("excellent");
    expect(rateAgainstBenchmarks("firstResponseTime", 60_001, { channel: "chat" })).toBeNull();
    expect(rateAgainstBenchmarks("csat", 85)?.level).toBe("strong");
  });

  it("uses channel-specific benchmarks only for that channel", () => {
    expect(rateAgainstBenchmarks("firstResponseTime", 10_000)).toBeNull();
    expect(rateAgainstBenchmarks("firstResponseTime", 10_000, { channel: "phone" })).toBeNull();
    expect(rateAgainstBenchmarks("csat", 90, { channel: "email" })?.level).toBe("strong");
    expect(rateAgainstBenchmarks("unknownKpi", 1)).toBeNull();
  });

  it("rates against custom benchmarks", () => {
    const own: Benchmark[] = [{ kpi: "csat", level: "target", threshold: 92, direction: "higher-is-better", source: "our OKR" }];
    expect(rateAgainstBenchmarks("csat", 93, { benchmarks: own })?.level).toBe("target");
    expect(rateAgainstBenchmarks("csat", 90, { benchmarks: own })).toBeNull();
  });

  it("rejects bad input with the field", () => {
    expect(inputErrorOf(() => rateAgainstBenchmarks("csat", Number.NaN))).toMatchObject({ field: "value" });
    expect(inputErrorOf(() => rateAgainstBenchmarks("csat", Number.POSITIVE_INFINITY))).toMatchObject({ field: "value" });
    expect(inputErrorOf(() => rateAgainstBenchmarks(1 as never, 1))).toMatchObject({ field: "kpi" });
    expect(inputErrorOf(() => rateAgainstBenchmarks("csat", 1, { channel: 3 as never }))).toMatchObject({ field: "options.channel" });
    const bad = [{ kpi: "csat", level: "x", threshold: 1, direction: "up", source: "" }] as never;
    expect(inputErrorOf(() => rateAgainstBenchmarks("csat", 1, { benchmarks: bad }))).toMatchObject({ field: "options.benchmarks.direction" });
    expect(inputErrorOf(() => rateAgainstBenchmarks("csat", 1, { benchmarks: [null] as never }))).toMatchObject({ field: "options.benchmarks", index: 0 });
    // Each part of an entry is checked, whatever the KPI asked for.
    const good = { kpi: "csat", level: "good", threshold: 80, direction: "higher-is-better", source: "ours" };
    const expected = "a benchmark { kpi, level, threshold, direction, source }";
    for (const broken of [{ kpi: 1 }, { level: null }, { threshold: Number.NaN }, { threshold: "80" }]) {
      const list = [good, { ...good, ...broken }] as never;
      expect(inputErrorOf(() => rateAgainstBenchmarks("fcr", 1, { benchmarks: list }))).toMatchObject({ field: "options.benchmarks", index: 1, expected });
    }
  });

  it("picks the strictest level met in any order of the list, for either direction", () => {
    const up = (level: string, threshold: number): Benchmark => ({ kpi: "csat", level, threshold, direction: "higher-is-better", source: "ours" });
    const down = (level: string, threshold: number): Benchmark => ({ kpi: "frt", level, threshold, direction: "lower-is-better", source: "ours" });
    // listed weakest first: the last one met is the strictest (95 meets 70, 80 and 90)
    expect(rateAgainstBenchmarks("csat", 95, { benchmarks: [up("fair", 70), up("good", 80), up("excellent", 90)] })?.level).toBe("excellent");
    // a first response of 30 min meets "within 4 h", "within 1 h" and "within 45 min"
    expect(rateAgainstBenchmarks("frt", 30, { benchmarks: [down("4 h", 240), down("1 h", 60), down("45 min", 45)] })?.level).toBe("45 min");
  });

  it("keeps the first listed of two benchmarks met with the same threshold", () => {
    const a: Benchmark = { kpi: "csat", level: "first", threshold: 80, direction: "higher-is-better", source: "A" };
    const b: Benchmark = { kpi: "csat", level: "second", threshold: 80, direction: "higher-is-better", source: "B" };
    expect(rateAgainstBenchmarks("csat", 85, { benchmarks: [a, b] })?.level).toBe("first");
    expect(rateAgainstBenchmarks("csat", 85, { benchmarks: [b, a] })?.level).toBe("second");
  });
});
