import { describe, expect, it } from "vitest";
import { ces } from "./ces.js";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";

// Reference numbers: test/reference/ces_reference.py: scipy 1.17.1 stats.t.interval(c, n − 1,
// loc=mean, scale=sem) and statsmodels 0.15.0 DescrStatsW.tconfint_mean, which agree to 1e-15.

const EXAMPLE = [7, 6, 5, 4, 6, 7, 3, 5, 6, 2];

describe("ces", () => {
  it("is the mean with easy and difficult shares and the t interval (the TSDoc example)", () => {
    // mean 5.1, easy (≥ 5) 70 %, difficult (≤ 3) 20 %: numpy; interval: scipy t.interval.
    const r = ces(EXAMPLE);
    expect(r.value).toBe(5.1);
    expect(r.mean).toBe(5.1);
    expect(r.n).toBe(10);
    expect(r.easyPercent).toBe(70);
    expect(r.difficultPercent).toBe(20);
    expect(r.netEasy).toBe(50);
    expect(r.ci?.lower).toBeCloseTo(3.910125402372816, 11);
    expect(r.ci?.upper).toBeCloseTo(6.2898745976271835, 11);
    expect(r.ci?.level).toBe(0.95);
    expect(Object.keys(r)).toEqual(["value", "n", "mean", "easyPercent", "difficultPercent", "netEasy", "ci"]);
  });

  it.each([
    [0.9, 4.135798860919329, 6.06420113908067],
    [0.99, 3.390615337873677, 6.809384662126322],
  ])("uses confidence %s (scipy t.interval)", (confidence, lower, upper) => {
    const r = ces(EXAMPLE, { confidence });
    expect(r.ci?.lower).toBeCloseTo(lower, 11);
    expect(r.ci?.upper).toBeCloseTo(upper, 11);
    expect(r.ci?.level).toBe(confidence);
  });

  it("matches scipy on forty answers", () => {
    // Counts of 1..7: 2, 3, 4, 5, 8, 9, 9. mean 4.925, easy 65 %, difficult 22.5 % (numpy).
    const counts = [2, 3, 4, 5, 8, 9, 9];
    const ratings = counts.flatMap((c, i) => Array<number>(c).fill(i + 1));
    const r = ces(ratings);
    expect(r.mean).toBeCloseTo(4.925, 14);
    expect(r.easyPercent).toBe(65);
    expect(r.difficultPercent).toBe(22.5);
    expect(r.netEasy).toBe(42.5);
    expect(r.ci?.lower).toBeCloseTo(4.352953918570867, 11);
    expect(r.ci?.upper).toBeCloseTo(5.497046081429133, 11);
  });

  it("has an interval from two answers (df = 1) that is not clipped to the scale", () => {
    // scipy t.interval(0.95, 1, loc=4.5, scale=sem([3, 6])).
    const r = ces([3, 6]);
    expect(r.ci?.lower).toBeCloseTo(-14.55930710426204, 10);
    expect(r.ci?.upper).toBeCloseTo(23.55930710426204, 10);
  });

  it("has no interval for one answer and a point interval when all answers agree", () => {
    expect(ces([6])).toEqual({ value: 6, n: 1, mean: 6, easyPercent: 100, difficultPercent: 0, netEasy: 100, ci: null });
    expect(ces([4, 4, 4]).ci).toEqual({ lower: 4, upper: 4, level: 0.95 });
    expect(ces(Array<number>(1000).fill(7)).ci).toEqual({ lower: 7, upper: 7, level: 0.95 });
  });

  it("reads the original 1–5 effort scale with lowerIsEasier (the TSDoc example)", () => {
    // easy ≤ 2: 1, 2, 2; difficult ≥ 4: 5; mean 10 / 4, all by hand.
    const r = ces([1, 2, 5, 2], { lowerIsEasier: true });
    expect(r.mean).toBe(2.5);
    expect(r.easyPercent).toBe(75);
    expect(r.difficultPercent).toBe(25);
    expect(r.netEasy).toBe(50);
  });

  it("matches scipy on a 1–5 effort sample", () => {
    // easy 8 / 12, difficult 2 / 12, mean 2.25 (numpy); interval: scipy t.interval.
    const r = ces([1, 2, 2, 3, 1, 5, 4, 2, 1, 3, 2, 1], { lowerIsEasier: true });
    expect(r.mean).toBe(2.25);
    expect(r.easyPercent).toBeCloseTo(66.66666666666666, 12);
    expect(r.difficultPercent).toBeCloseTo(16.666666666666664, 12);
    expect(r.ci?.lower).toBeCloseTo(1.431607608433678, 11);
    expect(r.ci?.upper).toBeCloseTo(3.068392391566322, 11);
  });

  it.each([
    [{ min: 1, max: 7 }, false, [1, 2, 3, 4, 5, 6, 7], 3, 3], // ≥ 5 easy, ≤ 3 difficult
    [{ min: 1, max: 5 }, false, [1, 2, 3, 4, 5], 2, 2], // ≥ 4, ≤ 2
    [{ min: 1, max: 10 }, false, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 5], // ≥ 6, ≤ 5
    [{ min: 0, max: 10 }, false, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 5], // ≥ 6, ≤ 4
    [{ min: 1, max: 5 }, true, [1, 2, 3, 4, 5], 2, 2], // ≤ 2 easy, ≥ 4 difficult
    [{ min: 1, max: 7 }, true, [1, 2, 3, 4, 5, 6, 7], 3, 3], // ≤ 3, ≥ 5
    [{ min: 1, max: 2 }, false, [1, 2], 1, 1], // ≥ 2, ≤ 1
  ])("splits %o (lowerIsEasier %s) at the midpoint", (scale, lowerIsEasier, all, easy, difficult) => {
    // One answer per scale point: the shares count the points strictly above / below the midpoint.
    const r = ces(all, { scale, lowerIsEasier });
    expect(r.easyPercent).toBeCloseTo((easy / all.length) * 100, 12);
    expect(r.difficultPercent).toBeCloseTo((difficult / all.length) * 100, 12);
    expect(r.mean).toBe((scale.min + scale.max) / 2);
  });

  it("takes explicit thresholds", () => {
    // 1–7, easy ≥ 6: 7, 6, 6, 7, 6 = 5 of 10; difficult ≤ 2: 2 = 1 of 10.
    const r = ces(EXAMPLE, { easyMin: 6, difficultMax: 2 });
    expect(r.easyPercent).toBe(50);
    expect(r.difficultPercent).toBe(10);
    expect(r.netEasy).toBe(40);
    const s = ces([1, 2, 3, 4, 5], { lowerIsEasier: true, easyMax: 1, difficultMin: 5 });
    expect(s.easyPercent).toBe(20);
    expect(s.difficultPercent).toBe(20);
  });

  it("gives null, not 0 or NaN, for no ratings", () => {
    const empty = { value: null, n: 0, mean: null, easyPercent: null, difficultPercent: null, netEasy: null, ci: null };
    expect(ces([])).toEqual(empty);
    expect(ces([], { lowerIsEasier: true })).toEqual(empty);
  });

  it("takes any iterable, does not mutate, does not depend on order", () => {
    const frozen = Object.freeze([...EXAMPLE]);
    expect(ces(frozen)).toEqual(ces([...EXAMPLE].reverse()));
    expect(ces(new Set([1, 7]).values())).toEqual(ces([7, 1]));
  });

  it("keeps an exact zero spread on a wide scale and many answers", () => {
    const r = ces(Array<number>(100_001).fill(999_999), { scale: { min: 0, max: 1_000_000 } });
    expect(r.ci).toEqual({ lower: 999_999, upper: 999_999, level: 0.95 });
  });

  it.each([[8], [0], [7.5], [Number.NaN], [Number.NEGATIVE_INFINITY], ["7"], [null], [true]])(
    "rejects the rating %s, naming field and index",
    (bad) => {
      const e = inputErrorOf(() => ces([7, 6, bad as number]));
      expect(e).toMatchObject({ kpi: "ces", field: "ratings", index: 2 });
      expect(Object.is(e.value, bad)).toBe(true);
      expect(String(e.message)).toContain("an integer from 1 to 7");
    },
  );

  it("checks ratings against the 1–5 default of lowerIsEasier", () => {
    expect(inputErrorOf(() => ces([6], { lowerIsEasier: true }))).toMatchObject({ field: "ratings", index: 0, value: 6 });
  });

  // the whole message, each part (mutation testing emptied the parts one by one, unnoticed)
  it.each([
    [{ lowerIsEasier: true, easyMin: 5 }, "options.easyMin", "undefined when lowerIsEasier is true: use easyMax instead (easy when rating ≤ easyMax)"],
    [{ lowerIsEasier: true, difficultMax: 3 }, "options.difficultMax", "undefined when lowerIsEasier is true: use difficultMin instead (difficult when rating ≥ difficultMin)"],
    [{ easyMax: 2 }, "options.easyMax", "undefined unless lowerIsEasier is true: use easyMin instead (easy when rating ≥ easyMin)"],
    [{ lowerIsEasier: false, difficultMin: 4 }, "options.difficultMin", "undefined unless lowerIsEasier is true: use difficultMax instead (difficult when rating ≤ difficultMax)"],
    [{ lowerIsEasier: "yes" }, "options.lowerIsEasier", "true, false or undefined"],
  ])("rejects thresholds of the other direction: %o", (options, field, expected) => {
    const e = inputErrorOf(() => ces([1], options as never));
    expect(e).toMatchObject({ kpi: "ces", field, expected });
  });

  it.each([
    [{ easyMin: 8 }, "options.easyMin"],
    [{ easyMin: 5.5 }, "options.easyMin"],
    [{ difficultMax: 0 }, "options.difficultMax"],
    [{ difficultMax: Number.NaN }, "options.difficultMax"],
    [{ lowerIsEasier: true, easyMax: 6 }, "options.easyMax"],
    [{ lowerIsEasier: true, difficultMin: "4" }, "options.difficultMin"],
    [{ lowerIsEasier: "yes" }, "options.lowerIsEasier"],
    [{ scale: { min: 7, max: 1 } }, "options.scale"],
    [{ scale: { min: 1, max: 7.5 } }, "options.scale"],
    [{ scale: "1-7" }, "options.scale"],
    [{ confidence: 1 }, "options.confidence"],
  ])("rejects %o", (options, field) => {
    expect(inputErrorOf(() => ces([1], options as never))).toMatchObject({ kpi: "ces", field });
  });

  it.each([
    [{ easyMin: 3 }, "options.easyMin", 3, "greater than difficultMax (3)"],
    [{ difficultMax: 5 }, "options.difficultMax", 5, "less than easyMin (5)"],
    [{ easyMin: 4, difficultMax: 4 }, "options.easyMin", 4, "greater than difficultMax (4)"],
    [{ lowerIsEasier: true, easyMax: 4 }, "options.easyMax", 4, "less than difficultMin (4)"],
    [{ lowerIsEasier: true, difficultMin: 1 }, "options.difficultMin", 1, "greater than easyMax (2)"],
  ])("rejects overlapping easy and difficult bands: %o", (options, field, value, message) => {
    const e = inputErrorOf(() => ces([1], options));
    expect(e).toMatchObject({ field, value });
    expect(String(e.message)).toContain(message);
    expect(String(e.message)).toContain("cannot be both easy and difficult");
  });

  it("rejects ratings that are not an array or iterable, and options that are not an object", () => {
    expect(inputErrorOf(() => ces(7 as never))).toMatchObject({ field: "ratings" });
    expect(inputErrorOf(() => ces([7], null as never))).toMatchObject({ field: "options" });
  });
});
