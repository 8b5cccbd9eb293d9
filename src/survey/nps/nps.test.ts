import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { nps, type NpsIntervalMethod } from "./nps.js";

// Reference values from test/reference/nps_intervals.py (scipy 1.17.1 brentq, numpy 2.4.6), an
// independent implementation of Tango's score interval, the adjusted Wald and the Wald interval.
// [promoters, passives, detractors, confidence, value, se, scoreLo, scoreHi, adjLo, adjHi, waldLo, waldHi]
const CASES = [
  [6, 139, 16, 0.95, -6.211180124223603, 2.8718821806591994, -12.402343246406817, -0.5433395731677076, -11.815367463259916, -0.37975448795959443, -11.839965766157984, -0.5823944822892182],
  [5, 2, 3, 0.95, 20.0, 27.568097504180443, -32.95479117191665, 62.8241485119116, -30.32599443550416, 61.09522520473494, -34.032478230482226, 74.03247823048223],
  [40, 0, 0, 0.95, 100.0, 0.0, 82.47567976054269, 100.0, 83.58169938961083, 100.0, 100.0, 100.0],
  [0, 0, 40, 0.95, -100.0, 0.0, -100.0, -82.47567976054276, -100.0, -83.58169938961083, -100.0, -100.0],
  [0, 40, 0, 0.95, 0.0, 0.0, -8.762160119728662, 8.762160119728666, -5.582455437622453, 5.582455437622453, 0.0, 0.0],
  [1, 0, 0, 0.95, 100.0, 0.0, -58.69013712455252, 100.0, -48.49864942025203, 98.49864942025202, 100.0, 100.0],
  [0, 1, 0, 0.95, 0.0, 0.0, -79.34506856227628, 79.34506856227625, -60.01139595444137, 60.01139595444137, 0.0, 0.0],
  [0, 0, 1, 0.95, -100.0, 0.0, -100.0, 58.69013712455252, -98.49864942025202, 48.49864942025203, -100.0, -100.0],
  [18, 12, 10, 0.95, 20.0, 12.845232578665128, -5.981751014415097, 43.17282062045001, -5.5193205090255635, 42.72862283460695, -5.176193227224219, 45.17619322722422],
  [18, 12, 10, 0.9, 20.0, 12.845232578665128, -1.7800675672268285, 39.768663585947436, -1.640824067292865, 38.85012639287426, -1.128527396052545, 41.12852739605255],
  [18, 12, 10, 0.99, 20.0, 12.845232578665128, -14.061712291911736, 49.405504223900756, -13.099621793444328, 50.30892411902572, -13.08712648702664, 53.08712648702665],
  [39, 0, 1, 0.95, 95.0, 4.937104414532876, 74.23726207305181, 99.11463369946372, 75.54571705748305, 100.0, 85.32345315960185, 100.0],
  [250, 400, 350, 0.95, -10.0, 2.4289915602982237, -14.732500454235895, -5.216741429864677, -14.722736228690447, -5.217443232924711, -14.760735976936267, -5.239264023063728],
  [5200, 3100, 1700, 0.95, 35.0, 0.7533259586659682, 33.51381793214924, 36.46663903967758, 33.513211385118844, 36.465794912991726, 33.52350825239559, 36.476491747604406],
] as const;

// Same script: scores [10, 9, 9, 8, 7, 6, 3, 10, 9, 2] with weights below.
const WEIGHTS = [1.5, 0.5, 2.0, 1.0, 1.0, 0.8, 1.2, 0.7, 1.3, 2.0];
const WEIGHTED = { value: 16.666666666666668, promoterPercent: 50.0, detractorPercent: 33.33333333333333, effectiveN: 8.591885441527447, standardError: 30.61988178445219, score: [-39.85220949641945, 63.571984957936856], adjustedWald: [-36.89246610932068, 61.59907512723297], wald: [-43.347198841733665, 76.680532175067] } as const;

const README_SCORES = [10, 9, 9, 8, 7, 6, 3, 10, 9, 2];

function scoresFor(promoters: number, passives: number, detractors: number): number[] {
  // Spread over every score of each group so the array form exercises the whole scale.
  const out: number[] = [];
  for (let i = 0; i < promoters; i++) out.push(9 + (i % 2));
  for (let i = 0; i < passives; i++) out.push(7 + (i % 2));
  for (let i = 0; i < detractors; i++) out.push(i % 7);
  return out;
}

/** The digits a TSDoc example shows before its "…". */
function digits(x: number, places: number): number {
  const f = 10 ** places;
  return Math.trunc(x * f) / f;
}

function fieldOf(fn: () => unknown): Record<string, unknown> {
  try {
    fn();
  } catch (error) {
    expect(isKpiInputError(error)).toBe(true);
    expect(error).toBeInstanceOf(RangeError);
    return error as unknown as Record<string, unknown>;
  }
  return expect.unreachable("no error thrown");
}

describe("nps", () => {
  it("matches the published Cavo et al. (2012) example in Fagerland, Lydersen & Laake (2017)", () => {
    // Table (59, 6; 16, 80): estimate -0.0621, Tango score CI -0.1240 to -0.0054, Wald CI
    // -0.1184 to -0.0058 (4 decimals in the book, i.e. 2 decimals in points).
    const counts = { promoters: 6, detractors: 16, passives: 139 };
    const score = nps(counts);
    expect(score.value).toBeCloseTo(-6.21, 2);
    expect(score.ci?.lower).toBeCloseTo(-12.4, 2);
    expect(score.ci?.upper).toBeCloseTo(-0.54, 2);
    const wald = nps(counts, { interval: "wald" });
    expect(wald.ci?.lower).toBeCloseTo(-11.84, 2);
    expect(wald.ci?.upper).toBeCloseTo(-0.58, 2);
  });

  describe.each(CASES)("%i promoters, %i passives, %i detractors at %f", (P, Q, D, confidence, value, se, sLo, sHi, aLo, aHi, wLo, wHi) => {
    const expected: Record<NpsIntervalMethod, readonly [number, number]> = { score: [sLo, sHi], "adjusted-wald": [aLo, aHi], wald: [wLo, wHi] };
    it.each(["score", "adjusted-wald", "wald"] as const)("%s interval equals scipy's, counts and array form", (interval) => {
      for (const input of [{ promoters: P, passives: Q, detractors: D }, scoresFor(P, Q, D)]) {
        const r = nps(input, { confidence, interval });
        expect(r.value).toBeCloseTo(value, 10);
        expect(r.standardError).toBeCloseTo(se, 10);
        expect(r.ci?.lower).toBeCloseTo(expected[interval][0], 9);
        expect(r.ci?.upper).toBeCloseTo(expected[interval][1], 9);
        expect(r.ci?.level).toBe(confidence);
        expect([r.n, r.effectiveN, r.promoters, r.passives, r.detractors]).toEqual([P + Q + D, P + Q + D, P, Q, D]);
      }
    });
  });

  it("gives bounds of exactly ±100 for one-group samples, as Tango's interval should", () => {
    expect(nps({ promoters: 40, passives: 0, detractors: 0 }).ci?.upper).toBe(100);
    expect(nps({ promoters: 0, passives: 0, detractors: 40 }).ci?.lower).toBe(-100);
  });

  it("gives z²/(n + z²) for an all-passive sample, Tango's interval in closed form", () => {
    // With no promoters and no detractors T(δ) = -√(nδ/(1-δ)) for δ > 0, so the upper bound
    // solves nδ/(1-δ) = z²: δ = z²/(n + z²), and symmetrically below.
    const z = 1.959963984540054;
    const r = nps({ promoters: 0, passives: 40, detractors: 0 });
    expect(r.ci?.upper).toBeCloseTo(((z * z) / (40 + z * z)) * 100, 12);
    expect(r.ci?.lower).toBeCloseTo((-(z * z) / (40 + z * z)) * 100, 12);
  });

  it("matches the TSDoc example literally", () => {
    const r = nps(README_SCORES);
    expect(r).toMatchObject({
      value: 20,
      n: 10,
      effectiveN: 10,
      detractors: 3,
      passives: 2,
      promoters: 5,
      detractorPercent: 30,
      passivePercent: 20,
      promoterPercent: 50,
    });
    expect(digits(r.standardError!, 3)).toBe(27.568);
    expect(digits(r.ci!.lower, 3)).toBe(-32.954);
    expect(digits(r.ci!.upper, 3)).toBe(62.824);
    expect(r.ci?.level).toBe(0.95);
    const cavo = { promoters: 6, passives: 139, detractors: 16 };
    expect(digits(nps(cavo).ci!.lower, 3)).toBe(-12.402);
    expect(digits(nps(cavo).ci!.upper, 3)).toBe(-0.543);
    expect(digits(nps(cavo, { interval: "wald" }).ci!.lower, 3)).toBe(-11.839);
    expect(digits(nps(cavo, { interval: "wald" }).ci!.upper, 3)).toBe(-0.582);
    expect(nps([]).value).toBeNull();
  });

  it("weights the shares and uses Kish's effective n for the standard error and intervals", () => {
    const interval = { score: WEIGHTED.score, "adjusted-wald": WEIGHTED.adjustedWald, wald: WEIGHTED.wald } as const;
    for (const method of ["score", "adjusted-wald", "wald"] as const) {
      const r = nps(README_SCORES, { weights: WEIGHTS, interval: method });
      expect(r.value).toBeCloseTo(WEIGHTED.value, 10);
      expect(r.promoterPercent).toBeCloseTo(WEIGHTED.promoterPercent, 10);
      expect(r.detractorPercent).toBeCloseTo(WEIGHTED.detractorPercent, 10);
      expect(r.passivePercent).toBeCloseTo(100 - WEIGHTED.promoterPercent - WEIGHTED.detractorPercent, 10);
      expect(r.effectiveN).toBeCloseTo(WEIGHTED.effectiveN, 12);
      expect(r.standardError).toBeCloseTo(WEIGHTED.standardError, 10);
      expect(r.ci?.lower).toBeCloseTo(interval[method][0], 9);
      expect(r.ci?.upper).toBeCloseTo(interval[method][1], 9);
      // Counts stay raw.
      expect([r.n, r.promoters, r.passives, r.detractors]).toEqual([10, 5, 2, 3]);
    }
  });

  it("gives exactly the unweighted result for equal weights, and ignores answers weighted 0", () => {
    expect(nps(README_SCORES, { weights: README_SCORES.map(() => 2.5) })).toEqual(nps(README_SCORES));
    const zeroed = nps([...README_SCORES, 0, 0], { weights: [...README_SCORES.map(() => 1), 0, 0.0] });
    // Value and shares ignore the two zero-weight detractors; n and the counts keep them.
    expect(zeroed.value).toBeCloseTo(20, 12);
    expect(zeroed.effectiveN).toBeCloseTo(10, 12);
    expect(zeroed.n).toBe(12);
    expect(zeroed.detractors).toBe(5);
  });

  it("keeps Kish's effective n finite for huge and tiny weights", () => {
    for (const scale of [1e200, 1e-200, 5e-324]) {
      const r = nps([10, 0, 8], { weights: [scale, scale, 0] });
      expect(r.value).toBeCloseTo(0, 12);
      expect(r.effectiveN).toBeCloseTo(2, 12);
      expect(r.ci?.lower).toBeCloseTo(nps([10, 0]).ci!.lower, 9);
    }
  });

  it("gives null, not 0 or NaN, for no answers", () => {
    const empty = {
      value: null,
      n: 0,
      effectiveN: 0,
      detractors: 0,
      passives: 0,
      promoters: 0,
      detractorPercent: null,
      passivePercent: null,
      promoterPercent: null,
      standardError: null,
      ci: null,
    };
    expect(nps([])).toEqual(empty);
    expect(nps({ promoters: 0, passives: 0, detractors: 0 }, { interval: "wald" })).toEqual(empty);
    expect(nps([], { weights: [] })).toEqual(empty);
  });

  it("accepts any iterable of scores", () => {
    function* answers(): Generator<number> {
      yield* README_SCORES;
    }
    expect(nps(answers())).toEqual(nps(README_SCORES));
    expect(nps(README_SCORES, { weights: answers() })).toEqual(nps(README_SCORES, { weights: README_SCORES }));
  });

  it("does not depend on the order of the answers and does not mutate them", () => {
    const scores = Object.freeze([...README_SCORES]);
    const weights = Object.freeze([...WEIGHTS]);
    const forward = nps(scores, { weights });
    const backward = nps([...scores].reverse(), { weights: [...weights].reverse() });
    expect(backward.value).toBeCloseTo(forward.value!, 12);
    expect(backward.ci?.lower).toBeCloseTo(forward.ci!.lower, 10);
    expect(nps([...README_SCORES].reverse())).toEqual(nps(README_SCORES));
    expect(scores).toEqual(README_SCORES);
  });

  it("returns a plain JSON-serialisable object", () => {
    const r = nps(README_SCORES);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  describe("bad input", () => {
    it.each([
      [[9, 10, 11], 2, 11],
      [[7.5], 0, 7.5],
      [[-1], 0, -1],
      [[9, Number.NaN], 1, Number.NaN],
      [[Number.POSITIVE_INFINITY], 0, Number.POSITIVE_INFINITY],
      [[9, "10"], 1, "10"],
      [[null], 0, null],
    ])("rejects scores %j at index %i", (scores, index, value) => {
      const e = fieldOf(() => nps(scores as number[]));
      expect(e).toMatchObject({ kpi: "nps", field: "scores", index });
      expect(Object.is(e.value, value)).toBe(true);
    });

    it("says what was expected, as in docs/conventions.md", () => {
      expect(() => nps([9, 10, 11])).toThrow("nps: scores[2] must be an integer from 0 to 10, got 11");
    });

    it.each([
      [{ promoters: -1, passives: 0, detractors: 0 }, "promoters", -1],
      [{ promoters: 1, passives: 2.5, detractors: 0 }, "passives", 2.5],
      [{ promoters: 1, passives: 2, detractors: Number.NaN }, "detractors", Number.NaN],
      [{ promoters: 1, passives: 2 }, "detractors", undefined],
      [{ promoters: Number.POSITIVE_INFINITY, passives: 0, detractors: 0 }, "promoters", Number.POSITIVE_INFINITY],
    ])("rejects counts %o naming the field", (counts, field, value) => {
      const e = fieldOf(() => nps(counts as never));
      expect(e).toMatchObject({ kpi: "nps", field, index: undefined });
      expect(Object.is(e.value, value)).toBe(true);
    });

    it.each([null, undefined, 42, "9,10"])("rejects %j as the first argument", (input) => {
      expect(fieldOf(() => nps(input as never))).toMatchObject({ field: "scores", value: input });
    });

    it("rejects an unknown interval", () => {
      expect(fieldOf(() => nps([9], { interval: "wilson" as never }))).toMatchObject({ field: "options.interval", value: "wilson" });
    });

    it.each([0, 1, 1.5, -0.2, Number.NaN, "0.95"])("rejects confidence %s", (confidence) => {
      expect(fieldOf(() => nps([9], { confidence: confidence as number }))).toMatchObject({ field: "options.confidence" });
    });

    it("rejects weights with the counts form", () => {
      expect(fieldOf(() => nps({ promoters: 1, passives: 0, detractors: 0 }, { weights: [1] }))).toMatchObject({ field: "options.weights", expected: "left out with the counts form (weights need one score each)" });
    });

    it("rejects a weights array of the wrong length, with the length as value", () => {
      expect(fieldOf(() => nps([9, 10, 3], { weights: [1, 1] }))).toMatchObject({ field: "options.weights", value: 2, index: undefined, expected: "one weight per score (3)" });
    });

    it.each([
      [[1, -0.5, 1], 1, -0.5],
      [[1, 1, Number.NaN], 2, Number.NaN],
      [[Number.POSITIVE_INFINITY, 1, 1], 0, Number.POSITIVE_INFINITY],
      [[1, "2", 1], 1, "2"],
    ])("rejects weights %j at index %i", (weights, index, value) => {
      const e = fieldOf(() => nps([9, 10, 3], { weights: weights as number[] }));
      expect(e).toMatchObject({ field: "options.weights", index });
      expect(Object.is(e.value, value)).toBe(true);
    });

    it("rejects weights that sum to 0 and weights that are not an array", () => {
      expect(fieldOf(() => nps([9, 3], { weights: [0, 0] }))).toMatchObject({ field: "options.weights", expected: "weights with a sum greater than 0" });
      // neither scores nor counts: the message names both forms
      for (const input of [null, 5, "9,10"]) {
        expect(fieldOf(() => nps(input as never))).toMatchObject({ field: "scores", value: input, expected: "an array of scores from 0 to 10 or an object { detractors, passives, promoters }" });
      }
      expect(fieldOf(() => nps([9, 3], { weights: 1 as never }))).toMatchObject({ field: "options.weights", value: 1 });
    });
  });
});
