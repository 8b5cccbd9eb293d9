import { describe, expect, it } from "vitest";
import { csat } from "./csat.js";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";

// Reference numbers: test/reference/csat_reference.py (statsmodels 0.15.0
// proportion_confint(method="wilson"), numpy 2.4.6), printed in percent.

describe("csat", () => {
  it("is the top-two-box share with Wilson's interval (the TSDoc example)", () => {
    // 7 of 10 answers are 4 or 5; mean 38 / 10 by hand; Wilson 7/10 from statsmodels.
    const r = csat([5, 4, 4, 3, 5, 2, 5, 4, 1, 5]);
    expect(r.value).toBe(70);
    expect(r.n).toBe(10);
    expect(r.satisfied).toBe(7);
    expect(r.mean).toBe(3.8);
    expect(r.ci?.lower).toBeCloseTo(39.677814746114535, 10);
    expect(r.ci?.upper).toBeCloseTo(89.2208732593699, 10);
    expect(r.ci?.level).toBe(0.95);
    expect(Object.keys(r)).toEqual(["value", "n", "satisfied", "mean", "ci"]);
  });

  it("uses the confidence option", () => {
    // statsmodels proportion_confint(7, 10, alpha=0.10, method="wilson").
    const r = csat([5, 4, 4, 3, 5, 2, 5, 4, 1, 5], { confidence: 0.9 });
    expect(r.ci?.lower).toBeCloseTo(44.169979586983494, 10);
    expect(r.ci?.upper).toBeCloseTo(87.3123416096802, 10);
    expect(r.ci?.level).toBe(0.9);
  });

  it("counts only the top box with satisfiedMin = max", () => {
    // 4 of 10 answers are 5; statsmodels Wilson 4/10.
    const r = csat([5, 4, 4, 3, 5, 2, 5, 4, 1, 5], { satisfiedMin: 5 });
    expect(r.value).toBe(40);
    expect(r.satisfied).toBe(4);
    expect(r.mean).toBe(3.8);
    expect(r.ci?.lower).toBeCloseTo(16.818032970623616, 10);
    expect(r.ci?.upper).toBeCloseTo(68.73262302663417, 10);
  });

  it("defaults satisfiedMin to max − 1 on other scales (0–10: 9 and 10)", () => {
    // 15 of 25 answers are 9 or 10, mean 8.16 (numpy); Wilson 15/25 from statsmodels.
    const ten = [10, 9, 9, 8, 7, 10, 6, 9, 10, 5, 8, 9, 10, 3, 9, 10, 7, 8, 9, 10, 2, 9, 10, 8, 9];
    const r = csat(ten, { scale: { min: 0, max: 10 } });
    expect(r.value).toBe(60);
    expect(r.satisfied).toBe(15);
    expect(r.mean).toBeCloseTo(8.16, 12);
    expect(r.ci?.lower).toBeCloseTo(40.739457358967, 10);
    expect(r.ci?.upper).toBeCloseTo(76.59669762225204, 10);
  });

  it("accepts a negative scale (−2 to 2)", () => {
    // satisfied = 1 and 2; by hand: 2 of 4, mean (−2 + 0 + 1 + 2) / 4 = 0.25.
    const r = csat([-2, 0, 1, 2], { scale: { min: -2, max: 2 } });
    expect(r.value).toBe(50);
    expect(r.mean).toBe(0.25);
  });

  it("takes binary ratings in any spelling (the TSDoc example)", () => {
    // 3 good of 4; Wilson 3/4 from statsmodels.
    const r = csat(["good", "bad", true, 1], { scale: "binary" });
    expect(r.value).toBe(75);
    expect(r.n).toBe(4);
    expect(r.satisfied).toBe(3);
    expect(r.mean).toBeNull();
    expect(r.ci?.lower).toBeCloseTo(30.064184258240186, 10);
    expect(r.ci?.upper).toBeCloseTo(95.44127391902994, 10);
    expect(Object.keys(r)).toEqual(["value", "n", "satisfied", "mean", "ci"]);
  });

  it("handles a large binary sample", () => {
    // 412 good of 500: 82.4 %, Wilson from statsmodels.
    const ratings = [...Array<string>(412).fill("good"), ...Array<boolean>(88).fill(false)];
    const r = csat(ratings as never, { scale: "binary" });
    expect(r.value).toBeCloseTo(82.4, 12);
    expect(r.ci?.lower).toBeCloseTo(78.818582871064, 10);
    expect(r.ci?.upper).toBeCloseTo(85.48735986702741, 10);
  });

  it("gives null, not 0 or NaN, for no ratings", () => {
    const empty = { value: null, n: 0, satisfied: 0, mean: null, ci: null };
    expect(csat([])).toEqual(empty);
    expect(csat([], { scale: "binary" })).toEqual(empty);
    expect(JSON.parse(JSON.stringify(csat([])))).toEqual(empty);
  });

  it("takes any iterable and does not mutate the input", () => {
    const ratings = [1, 5, 4];
    const frozen = Object.freeze([...ratings]);
    expect(csat(new Set(ratings))).toEqual(csat(frozen));
    expect(csat(frozen).value).toBeCloseTo(200 / 3, 12);
    function* gen(): Generator<number> {
      yield 5;
      yield 1;
    }
    expect(csat(gen()).value).toBe(50);
  });

  it("does not depend on the order of the ratings", () => {
    const a = [5, 4, 4, 3, 5, 2, 5, 4, 1, 5];
    expect(csat([...a].reverse())).toEqual(csat(a));
    expect(csat([...a].sort())).toEqual(csat(a));
  });

  it.each([
    [6, 1],
    [0, 1],
    [4.5, 1],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
    ["5", 1],
    [null, 1],
    [undefined, 1],
    [true, 1],
  ])("rejects the rating %s, naming field and index", (bad, index) => {
    const e = inputErrorOf(() => csat([5, bad as number, 3]));
    expect(e).toMatchObject({ kpi: "csat", field: "ratings", index, code: "KPI_INVALID_INPUT" });
    expect(Object.is(e.value, bad)).toBe(true);
    expect(String(e.message)).toContain("an integer from 1 to 5");
  });

  it.each([["neutral"], ["Good"], [2], [0.5], [null], ["offered"], [Number.NaN]])("rejects the binary rating %s", (bad) => {
    const e = inputErrorOf(() => csat(["good", bad as never], { scale: "binary" }));
    expect(e).toMatchObject({ kpi: "csat", field: "ratings", index: 1 });
    expect(String(e.message)).toContain('"good", "bad", true, false, 1 or 0');
  });

  it.each([
    [{ min: 5, max: 1 }],
    [{ min: 1, max: 1 }],
    [{ min: 1.5, max: 5 }],
    [{ min: 1, max: Number.POSITIVE_INFINITY }],
    [{ min: 1 }],
    ["5-point"],
    [null],
    [[1, 5]],
  ])("rejects the scale %o", (scale) => {
    const e = inputErrorOf(() => csat([1], { scale: scale as never }));
    expect(e).toMatchObject({ kpi: "csat", field: "options.scale" });
    expect(String(e.message)).toContain('"binary" or { min, max }');
  });

  it.each([[0], [6], [4.5], [Number.NaN], ["4"]])("rejects satisfiedMin %s on 1–5", (satisfiedMin) => {
    const e = inputErrorOf(() => csat([1], { satisfiedMin: satisfiedMin as number }));
    expect(e).toMatchObject({ kpi: "csat", field: "options.satisfiedMin" });
  });

  it("rejects satisfiedMin together with the binary scale", () => {
    const e = inputErrorOf(() => csat(["good"], { scale: "binary", satisfiedMin: 1 }));
    expect(e).toMatchObject({ field: "options.satisfiedMin", value: 1 });
    expect(String(e.message)).toContain('scale "binary"');
  });

  it.each([[0], [1], [1.5], [Number.NaN], ["0.9"]])("rejects confidence %s", (confidence) => {
    expect(inputErrorOf(() => csat([5], { confidence: confidence as number }))).toMatchObject({ field: "options.confidence" });
  });

  it("rejects ratings that are not an array or iterable, and options that are not an object", () => {
    expect(inputErrorOf(() => csat(5 as never))).toMatchObject({ field: "ratings" });
    expect(inputErrorOf(() => csat("45" as never))).toMatchObject({ field: "ratings" });
    expect(inputErrorOf(() => csat([5], null as never))).toMatchObject({ field: "options" });
  });
});
