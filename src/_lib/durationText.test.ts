/**
 * Examples of duration text. Each expected number is written out from the unit sizes:
 * S = 1000 ms, M = 60 S, H = 60 M, D = 24 H.
 */
import { describe, expect, it } from "vitest";
import { durationTextMs } from "./durationText.js";

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe("durationTextMs", () => {
  it.each([
    ["2h", 2 * H],
    ["30m", 30 * M],
    ["30min", 30 * M],
    ["90s", 90 * S],
    ["500ms", 500],
    ["1d", D],
    ["1d 4h", 28 * 3_600_000],
    ["1d4h", 28 * 3_600_000],
    ["1h30m", 90 * 60_000],
    ["1h 30min 15s", H + 30 * M + 15 * S],
    ["1d 2h 3m 4s 5ms", D + 2 * H + 3 * M + 4 * S + 5],
    ["1.5h", 90 * 60_000],
    ["1.5d", 36 * 3_600_000],
    ["0.5s", 500],
    ["1.5ms", 1.5],
    ["  2h  ", 2 * H],
    ["1h   30m", 90 * M],
    ["1h 0m", H],
    ["007m", 7 * M],
  ])("%j is %d ms", (text, ms) => {
    expect(durationTextMs(text)).toBe(ms);
  });

  it("reads a decimal part without binary rounding error", () => {
    // 0.07 × 3,600,000 in floating point is 252000.00000000003; the text means exactly 252,000.
    expect(0.07 * 3_600_000).not.toBe(252_000);
    expect(durationTextMs("0.07h")).toBe(252_000);
    expect(durationTextMs("0.29h")).toBe(1_044_000); // 0.29 × 3,600,000 gives 1043999.9999999999
    expect(durationTextMs("2.3m")).toBe(138_000);
    expect(durationTextMs("1.001s")).toBe(1001);
  });

  it("gives 0 for a text of zero length or zero parts (callers refuse it)", () => {
    expect(durationTextMs("")).toBe(0);
    expect(durationTextMs("   ")).toBe(0);
    expect(durationTextMs("0s")).toBe(0);
    expect(durationTextMs("0h 0m")).toBe(0);
  });

  it.each([
    "2 h", // a space inside a part
    "2", // no unit
    "60000",
    "h",
    "-5m", // no sign
    "+5m",
    "1e3s", // no exponent
    ".5h", // no bare dot
    "5.h",
    "1,5h", // no decimal comma
    "2H", // lower case only
    "1 d",
    "30m 1h", // largest first
    "1h 2h", // each unit once
    "1m 2min",
    "5mins",
    "1w", // unknown unit
    "1hour",
    "1h,30m",
    "1h-30m",
    "١h", // Arabic-Indic digit one
    "NaN",
    "Infinityh",
  ])("%j is not a duration text (NaN)", (text) => {
    expect(durationTextMs(text)).toBeNaN();
  });

  it("reads a long run of spaces or digits in linear time", () => {
    const spaces = " ".repeat(50_000);
    const start = performance.now();
    expect(durationTextMs(`1d${spaces}x`)).toBeNaN();
    expect(durationTextMs(`1d${spaces}4h`)).toBe(28 * H);
    expect(durationTextMs(`${"9".repeat(400)}d`)).toBe(Number.POSITIVE_INFINITY); // callers refuse it
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
