import { describe, expect, it } from "vitest";
import { hasOfferWords, isRating, numericScale, readerReads, readerScore, surveySentValues } from "./scales.js";

describe("good/bad ratings", () => {
  it("tells ratings, the words the reader reads itself on the binary scale, and Offered/Unoffered", () => {
    expect(["Good", "bad ", "Satisfied", "Very dissatisfied", "Offered", "5", "N/A"].map(isRating)).toEqual([true, true, true, true, false, false, false]);
    // the reader reads Good, Bad, true/false, yes/no, Offered and Unoffered in any case; Satisfied needs a translation
    expect(["GOOD", "bad ", "Yes", "Unoffered", "Satisfied", "1", "N/A"].map(readerReads)).toEqual([true, true, true, true, false, false, false]);
    // the scores the reader gives them (null: no answer)
    expect(["Good", " BAD ", "true", "False", "yes", "NO", "Offered", "unoffered", "Satisfied", "1"].map(readerScore)).toEqual([1, 0, 1, 0, 1, 0, null, null, undefined, undefined]);
    expect([hasOfferWords(["Good", "Offered"]), hasOfferWords(["Good", "Not offered"]), hasOfferWords(["Good", "Bad"])]).toEqual([true, true, false]);
  });

  it("a survey is sent when the cell is an answer or Offered, not when Unoffered; other words say nothing", () => {
    expect(surveySentValues(["GOOD", "bad", "Satisfied", "1", "0", "yes", "Offered", "Unoffered", "Not offered", "N/A"])).toEqual({
      GOOD: true, bad: true, Satisfied: true, "1": true, "0": true, yes: true, Offered: true, Unoffered: false, "Not offered": false, "N/A": null,
    });
  });
});

describe("numericScale", () => {
  const flagOf = (kind: "csat" | "ces" | "survey", column: string, numbers: number[]) => numericScale(kind, column, numbers).flag;

  it("CSAT on 1–10: two different scores from 6 to 10, or a name that says so; never above 10", () => {
    expect(numericScale("csat", "CSAT", [8, 10, 3, 9])).toEqual({
      flag: { flag: "--csat-scale", value: "1-10", why: "scores up to 10" },
      unsure: ["scores up to 10: read on a 1–10 scale (--csat-scale 1-10); the CSAT KPI then counts 9s and 10s as satisfied"],
    });
    expect(flagOf("csat", "Satisfaction (1-10)", [2, 4])).toEqual({ flag: "--csat-scale", value: "1-10", why: "the name says 1–10 and the scores go up to 4" });
    for (const name of ["CSAT 1–10", "CSAT 1 to 10", "Rating out of 10", "Score /10"]) expect(flagOf("csat", name, [])?.why).toBe("the name says 1–10");
    // 1-100 and 11-10 are not 1-10
    expect([flagOf("csat", "CSAT 1-100", [3, 4]), flagOf("csat", "CSAT 11-10", [3])]).toEqual([undefined, undefined]);
    expect(numericScale("csat", "CSAT (1-10)", [3, 12])).toEqual({ unsure: [] });
    expect(numericScale("csat", "CSAT", [1, 5, 4])).toEqual({ unsure: [] });
    // one score above 5 is more likely a bad row of the default scale: said, not flagged
    expect(numericScale("csat", "CSAT", [5, 4, 9, 9])).toEqual({ unsure: ["one score above 5 (9): the 1–5 scale rejects it; if the survey scores 1–10, pass --csat-scale 1-10"] });
  });

  it("CES on 1–5: a name that says 1–5, or effort with five scores or more, none above 5", () => {
    expect(numericScale("ces", "Customer effort (1-5)", [1, 4])).toEqual({
      flag: { flag: "--ces-scale", value: "1-5", why: "the name says 1–5" },
      unsure: ["the name says 1–5: read on the 1–5 effort scale (--ces-scale 1-5), where lower is easier; if the question asks for agreement on 1–7 (higher is easier), drop the flag"],
    });
    expect(flagOf("ces", "CES 1–5", [])?.value).toBe("1-5");
    expect(flagOf("ces", "Effort", [1, 2, 5, 3, 2])?.why).toBe("the name says effort and none of 5 scores is above 5");
    expect(flagOf("ces", "Effort", [1, 2, 5, 3])).toBeUndefined();
    expect(flagOf("ces", "Customer effort (1-5)", [1, 6])).toBeUndefined();
    expect(flagOf("ces", "Effort (1-7)", [1, 2, 5, 3, 2])).toBeUndefined();
    expect(flagOf("ces", "CES", [1, 2, 5, 3, 2])).toBeUndefined();
    // scores of survey files of several types get no numeric scale
    expect(numericScale("survey", "Score (1-5)", [1, 2])).toEqual({ unsure: [] });
  });
});
