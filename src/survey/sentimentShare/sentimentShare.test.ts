import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { sentimentShare, type SentimentLabel } from "./sentimentShare.js";

describe("sentimentShare", () => {
  it("gives each label's share and the net (the TSDoc example)", () => {
    // Counted by hand: 4 positive, 2 neutral, 2 negative of 8 → 50 %, 25 %, 25 %, net 25 points.
    expect(sentimentShare(["positive", "positive", "neutral", "negative", "positive", "neutral", "positive", "negative"])).toEqual({
      n: 8,
      positive: 4,
      neutral: 2,
      negative: 2,
      positivePercent: 50,
      neutralPercent: 25,
      negativePercent: 25,
      net: 25,
    });
  });

  it("keeps neutral labels in the denominator", () => {
    // 10 positive, 88 neutral, 2 negative of 100: 10 % positive (not 83 %), net 8 points.
    const labels: SentimentLabel[] = [
      ...Array<SentimentLabel>(10).fill("positive"),
      ...Array<SentimentLabel>(88).fill("neutral"),
      ...Array<SentimentLabel>(2).fill("negative"),
    ];
    expect(sentimentShare(labels)).toMatchObject({ n: 100, positivePercent: 10, neutralPercent: 88, negativePercent: 2, net: 8 });
  });

  it("computes thirds independently of the code under test", () => {
    const r = sentimentShare(["negative", "negative", "positive"]);
    expect(r.negativePercent).toBeCloseTo(200 / 3, 12);
    expect(r.positivePercent).toBeCloseTo(100 / 3, 12);
    expect(r.neutralPercent).toBe(0);
    expect(r.net).toBeCloseTo(-100 / 3, 12);
  });

  it("gives null percentages and net, not 0 or NaN, for no labels", () => {
    expect(sentimentShare([])).toEqual({
      n: 0,
      positive: 0,
      neutral: 0,
      negative: 0,
      positivePercent: null,
      neutralPercent: null,
      negativePercent: null,
      net: null,
    });
  });

  it("accepts any iterable and does not depend on order", () => {
    function* labels(): Generator<SentimentLabel> {
      yield "negative";
      yield "positive";
      yield "positive";
    }
    const fromGenerator = sentimentShare(labels());
    expect(fromGenerator).toEqual(sentimentShare(["positive", "negative", "positive"]));
    expect(fromGenerator.net).toBeCloseTo(100 / 3, 12);
  });

  it.each([
    ["Positive", 2],
    ["pos", 2],
    ["", 2],
    [null, 2],
    [undefined, 2],
    [1, 2],
    [0.5, 2],
    [Number.NaN, 2],
    [{ label: "positive" }, 2],
  ])("rejects label %o at index %i, naming labels", (bad, index) => {
    try {
      sentimentShare(["positive", "neutral", bad as SentimentLabel, "negative"]);
      expect.unreachable();
    } catch (error) {
      expect(isKpiInputError(error)).toBe(true);
      expect(error).toMatchObject({ kpi: "sentimentShare", field: "labels", index });
      expect((error as { value: unknown }).value).toBe(bad);
      expect((error as Error).message).toContain('"positive", "neutral" or "negative"');
    }
  });

  it("rejects labels that are not iterable", () => {
    expect(() => sentimentShare(undefined as never)).toThrow(expect.objectContaining({ field: "labels", kpi: "sentimentShare" }));
    expect(() => sentimentShare("positive" as never)).toThrow(expect.objectContaining({ field: "labels" }));
    expect(() => sentimentShare({ positive: 3 } as never)).toThrow(expect.objectContaining({ field: "labels" }));
  });
});
