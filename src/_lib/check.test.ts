import { describe, expect, it } from "vitest";
import { checkArray, checkCount, checkList, checkNonNegative, HOLE_EXPECTED } from "./check.js";
import { inputErrorOf } from "./inputError.test-util.js";

describe("checkArray", () => {
  it("returns an array without holes as it is, and any other iterable as a new array", () => {
    const list = [1, undefined, 3];
    expect(checkArray("k", "values", list)).toBe(list);
    expect(checkArray("k", "values", new Set([1, 2]))).toEqual([1, 2]);
    expect(checkArray("k", "values", new Float64Array([0.5]))).toEqual([0.5]);
    expect(inputErrorOf(() => checkArray("k", "values", 5))).toMatchObject({ kpi: "k", field: "values", value: 5, expected: "an array" });
  });

  it("rejects a hole as a missing element, at its index, wherever it is", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(inputErrorOf(() => checkArray("k", "values", [1, , 2]))).toMatchObject({ kpi: "k", field: "values", index: 1, value: undefined, expected: HOLE_EXPECTED });
    expect(inputErrorOf(() => checkArray("k", "values", new Array(3))).index).toBe(0);
    const trailing = [1, 2];
    trailing.length = 3;
    expect(inputErrorOf(() => checkArray("k", "values", trailing)).index).toBe(2);
    const deleted = [1, 2, 3];
    delete deleted[2];
    expect(inputErrorOf(() => checkArray("k", "values", deleted)).message).toBe("k: values[2] must be an element (the array has a hole here), got undefined");
  });
});

describe("checkList", () => {
  it("takes arrays only, naming what it expected", () => {
    expect(checkList("k", "options.by", ["a"], "a list")).toEqual(["a"]);
    expect(inputErrorOf(() => checkList("k", "options.by", new Set(["a"]), "a list"))).toMatchObject({ field: "options.by", expected: "a list" });
  });

  it("names a hole by its index, or inside the record at `index` by the field", () => {
    // eslint-disable-next-line no-sparse-arrays
    const holey = ["a", , "b"];
    expect(inputErrorOf(() => checkList("k", "options.by", holey, "a list"))).toMatchObject({ field: "options.by", index: 1, value: undefined, expected: HOLE_EXPECTED });
    expect(inputErrorOf(() => checkList("k", "tickets.events", holey, "events", 4, "T-1"))).toMatchObject({ field: "tickets.events[1]", index: 4, recordId: "T-1" });
  });
});

describe("checkCount and checkNonNegative", () => {
  // JSON writes -0 as 0, so a -0 let through would make a state and its saved copy disagree
  // (restoreAggregator.test-prop.ts found it: a group's `n` set to -0 in memory).
  it("read -0 as 0, and refuse anything below it", () => {
    expect(Object.is(checkCount("k", "n", -0), 0)).toBe(true);
    expect(Object.is(checkNonNegative("k", "ms", -0), 0)).toBe(true);
    expect(checkCount("k", "n", 7)).toBe(7);
    expect(checkNonNegative("k", "ms", 2.5)).toBe(2.5);
    expect(inputErrorOf(() => checkCount("k", "n", -1))).toMatchObject({ field: "n", value: -1, expected: "a whole number ≥ 0" });
    expect(inputErrorOf(() => checkNonNegative("k", "ms", -5e-324))).toMatchObject({ field: "ms", expected: "a finite number ≥ 0" });
  });
});
