import { describe, expect, it } from "vitest";
import { deeperThan, MAX_JSON_DEPTH } from "./jsonDepth.js";

const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

describe("deeperThan", () => {
  it("draws the line at MAX_JSON_DEPTH (256): the row's own braces count", () => {
    expect(MAX_JSON_DEPTH).toBe(256);
    expect([deeperThan(nested(256)), deeperThan(nested(257))]).toEqual([false, true]);
    expect(deeperThan(`[${"[".repeat(10_000)}${"]".repeat(10_000)}]`)).toBe(true);
    expect(deeperThan('{"a": [1, {"b": [2]}]}', 3)).toBe(true);
    expect(deeperThan('{"a": [1, {"b": [2]}]}', 4)).toBe(false);
  });

  it("counts depth, not brackets: siblings and brackets inside strings (escaped quotes too) do not add up", () => {
    const wide = `[${Array.from({ length: 1_000 }, () => "{}").join(",")}]`;
    expect(deeperThan(wide)).toBe(false); // 1,001 brackets, 2 levels
    const quoted = JSON.stringify({ note: `say \\"${"[".repeat(300)}` });
    expect(deeperThan(quoted)).toBe(false);
    expect(deeperThan(`{"a": "\\"", "b": ${nested(300)}}`)).toBe(true);
  });

  it("text that is not JSON is measured as far as it goes (an unterminated string ends it)", () => {
    expect(deeperThan(`"${"[".repeat(300)}`)).toBe(false);
    expect(deeperThan(`${"[".repeat(300)}oops`)).toBe(true);
  });
});
