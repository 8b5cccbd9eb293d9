/**
 * slaCompliance reads `{ elapsedMs, targetMs }` outcomes as numbers only: a string would compare
 * by JavaScript's coercion ("10" > 0) and count as achieved. Mutation testing found no test of
 * this check (issue 16).
 */
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { slaCompliance } from "./slaCompliance.js";

const errorOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("no error");
};

describe("slaCompliance outcome types", () => {
  it.each([
    [{ elapsedMs: 5, targetMs: "10" }],
    [{ elapsedMs: "5", targetMs: 10 }],
    [{ elapsedMs: 5, targetMs: 10n }],
  ])("rejects %o, naming the outcome", (outcome) => {
    const error = errorOf(() => slaCompliance(["achieved", outcome as never]));
    expect(isKpiInputError(error)).toBe(true);
    expect(error).toMatchObject({ index: 1 });
    expect(String((error as Error).message)).toMatch(/outcomes/);
  });

  it("counts a numeric outcome as the docs say: achieved when elapsedMs ≤ targetMs", () => {
    // 5 ≤ 10 achieved, 10 ≤ 10 achieved, 11 > 10 breached: 2 of 3
    expect(slaCompliance([{ elapsedMs: 5, targetMs: 10 }, { elapsedMs: 10, targetMs: 10 }, { elapsedMs: 11, targetMs: 10 }])).toMatchObject({ achieved: 2, breached: 1, n: 3 });
  });
});
