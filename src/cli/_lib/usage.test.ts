/** parseDuration reads the duration text of SLA policies; its message is the command line's own. */
import { describe, expect, it } from "vitest";
import { parseDuration, parseTarget, UsageError } from "./usage.js";

describe("parseDuration", () => {
  it.each([
    ["1h 30m", 90 * 60_000],
    ["1h30m", 90 * 60_000],
    ["1d 12h", 36 * 3_600_000],
    ["0.07h", 252_000], // 0.07 × 3,600,000 exactly, not 252000.00000000003
  ])("%s is %d ms", (text, ms) => {
    expect(parseDuration("--x", text)).toBe(ms);
  });

  it.each(["2 h", "30m 1h", "1h 1h", "0h 0m", "", "1w"])("refuses %j with the flag's message", (text) => {
    expect(() => parseDuration("--interval", text)).toThrow(new UsageError(`--interval: expected a duration with its unit, like 30m, 180s, 1.5h or 500ms; got "${text}"`));
  });

  it("reads a service-level threshold with several parts", () => {
    expect(parseTarget("--target", "80/1m 30s")).toEqual({ targetServiceLevel: 80, thresholdMs: 90_000 });
  });
});
