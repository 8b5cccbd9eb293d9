import { describe, expect, it } from "vitest";
import { booleanWords, clockWriting, guessUnit, numberWriting } from "./cells.js";

describe("numberWriting", () => {
  it("plain numbers need nothing; words are left over", () => {
    expect(numberWriting(["1", "2.5", 3, "Good"], false)).toEqual({ decimal: undefined, thousands: undefined, other: ["Good"], numbers: 3 });
  });

  it("a decimal comma, with thousands dots when the dots group digits", () => {
    expect(numberWriting(["1,5", "12,25", "0,5"], false)).toMatchObject({ decimal: ",", thousands: undefined, numbers: 3 });
    expect(numberWriting(["1.234,5", "90", "2.000"], false)).toMatchObject({ decimal: ",", thousands: ".", other: [], numbers: 3 });
    expect(numberWriting(["1 234,5", "12,5"], false)).toMatchObject({ decimal: ",", thousands: " ", other: [] });
  });

  it("thousands commas before a decimal dot; 1,234 alone is a decimal comma only in a file that has them", () => {
    expect(numberWriting(["1,234.5", "12.5"], false)).toMatchObject({ decimal: undefined, thousands: ",", other: [] });
    expect(numberWriting(["1,234"], false)).toMatchObject({ thousands: ",", unsure: '1,234 read as a thousands comma; with a decimal comma write decimal: ","' });
    expect(numberWriting(["1,234"], true)).toMatchObject({ decimal: ",", thousands: undefined });
    expect(numberWriting(["1'234.5"], false)).toMatchObject({ thousands: "'", other: [] });
  });
});

describe("clockWriting", () => {
  it("h:mm:ss and two-part clock text, with a decimal comma when the fraction has one", () => {
    expect(clockWriting(["0:02:23", "1:02:03.5"])).toEqual({ unit: "h:mm:ss" });
    expect(clockWriting(["02:23", "125:07"])).toEqual({ unit: "mm:ss" });
    expect(clockWriting(["0:02:23,5"])).toEqual({ unit: "h:mm:ss", decimal: "," });
    expect(clockWriting(["0:02:23", "02:23"])).toBeUndefined();
    expect(clockWriting([143])).toBeUndefined();
    expect(clockWriting([])).toBeUndefined();
  });
});

describe("guessUnit", () => {
  it("by the median's size", () => {
    expect([guessUnit([250_000]), guessUnit([1200, 3000]), guessUnit([12, 30, 45]), guessUnit([0.5, 2]), guessUnit([])]).toEqual(["ms", "seconds", "minutes", "hours", "hours"]);
  });
});

describe("booleanWords", () => {
  it("translates the yes/no words the schema does not read, once each, and lists the others", () => {
    expect(booleanWords(["Y", "y", "N", "yes", "TRUE", "maybe", true])).toEqual({ known: { Y: true, N: false }, unknown: ["maybe"] });
  });
});
