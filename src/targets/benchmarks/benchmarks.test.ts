import { describe, expect, it } from "vitest";
import { benchmarks } from "./benchmarks.js";

describe("benchmarks", () => {
  it("reproduces the TSDoc example literally", () => {
    expect(benchmarks.find((b) => b.kpi === "nps")?.threshold).toBe(50);
    expect(benchmarks.filter((b) => b.kpi === "firstResponseTime" && b.channel === "chat").map((b) => [b.level, b.threshold])).toEqual([["excellent", 60_000]]);
  });

  it("ships the four benchmarks of the contract, in the library's units", () => {
    const find = (kpi: string, level: string, channel?: string) => benchmarks.find((b) => b.kpi === kpi && b.level === level && b.channel === channel);
    expect(find("firstResponseTime", "excellent", "chat")).toMatchObject({ threshold: 60_000, direction: "lower-is-better" });
    expect(find("firstResponseTime", "good", "email")).toMatchObject({ threshold: 4 * 3_600_000, direction: "lower-is-better" });
    expect(find("csat", "strong")).toMatchObject({ threshold: 85, direction: "higher-is-better" });
    expect(find("nps", "world-class")).toMatchObject({ threshold: 50, direction: "higher-is-better" });
  });

  it("cites a URL for every entry and has no duplicate kpi/channel/level", () => {
    for (const b of benchmarks) expect(b.source).toMatch(/https?:\/\/\S+/);
    const keys = benchmarks.map((b) => `${b.kpi}|${b.channel ?? ""}|${b.level}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is frozen, list and entries", () => {
    expect(Object.isFrozen(benchmarks)).toBe(true);
    for (const b of benchmarks) expect(Object.isFrozen(b)).toBe(true);
    expect(() => (benchmarks as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => {
      (benchmarks[0] as { threshold: number }).threshold = 1;
    }).toThrow(TypeError);
  });

  it("is JSON-serialisable as it is", () => {
    expect(JSON.parse(JSON.stringify(benchmarks))).toEqual(benchmarks);
  });
});
