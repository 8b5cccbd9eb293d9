import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { durationTextReader, looksLikeDurationText, numberReader } from "./numberText.js";

/** The KpiInputError `fn` throws (fails the test when it throws nothing or something else). */
function thrown(fn: () => unknown): { kpi: string; field: string; value: unknown } {
  try {
    fn();
  } catch (error) {
    if (isKpiInputError(error)) return error;
    throw error;
  }
  throw new Error("expected a KpiInputError");
}

describe("numberReader", () => {
  const de = numberReader({ decimal: ",", thousands: "." }); // how de-DE writes numbers
  const us = numberReader({ decimal: ".", thousands: "," }); // how en-US writes numbers
  const comma = numberReader({ decimal: "," });
  const plain = numberReader({});

  it("reads the decimal comma and declared thousands groups (values written by hand)", () => {
    expect(comma("1,5")).toBe(1.5);
    expect(comma(" -0,25 ")).toBe(-0.25);
    expect(comma(",5")).toBe(0.5);
    expect(comma("5,")).toBe(5);
    expect(de("1.234.567,89")).toBe(1234567.89);
    expect(de("1.234")).toBe(1234); // declared thousands: a group, not a fraction
    expect(de("1234,5")).toBe(1234.5); // no separator at all is fine
    expect(us("1,234.5")).toBe(1234.5);
    expect(us("-1,234,567")).toBe(-1234567);
    expect(us("1,234.5e3")).toBe(1234500);
    expect(numberReader({ decimal: ",", thousands: " " })("1 234,5")).toBe(1234.5);
    expect(numberReader({ decimal: ",", thousands: "\u202f" })("1\u202f234\u202f567,5")).toBe(1234567.5); // fr-FR
    expect(numberReader({ decimal: ".", thousands: "'" })("1'234.5")).toBe(1234.5); // de-CH
    expect(numberReader({ decimal: ",", thousands: "\u00a0" })("12\u00a0345")).toBe(12345);
  });

  it("reads what the strict dot reader reads with the defaults", () => {
    expect(plain("12.5")).toBe(12.5);
    expect(plain(".5")).toBe(0.5);
    expect(plain("5.")).toBe(5);
    expect(plain("1E3")).toBe(1000);
    expect(plain("+2")).toBe(2);
    expect(Object.is(plain("-0"), -0)).toBe(true);
  });

  it("refuses undeclared separators, bad groups and other text: the input comes back unchanged", () => {
    expect(plain("1,5")).toBe("1,5");
    expect(plain("1,234")).toBe("1,234"); // ambiguous: 1.234 or 1234
    expect(plain("1.234,5")).toBe("1.234,5");
    expect(comma("1.234,5")).toBe("1.234,5");
    expect(comma("1,5e3")).toBe("1,5e3"); // an exponent only with decimal "."
    expect(us("12,34,567")).toBe("12,34,567"); // en-IN's lakh grouping
    expect(us("1234,567")).toBe("1234,567");
    expect(us("1,23")).toBe("1,23");
    expect(us(",123")).toBe(",123");
    expect(de("1.234.5")).toBe("1.234.5");
    expect(de("1..234")).toBe("1..234");
    expect(us("1,234,")).toBe("1,234,");
    expect(numberReader({ thousands: " " })("1 2")).toBe("1 2");
    for (const other of ["", "  ", ".", ",", "-", "1 5", "\u22121", "1e", "abc", "1,5,"]) expect(comma(other)).toBe(other);
    expect(plain("")).toBe("");
  });

  it("leaves numbers and non-strings as they are", () => {
    expect(de(1234.5)).toBe(1234.5);
    expect(de(null)).toBe(null);
    expect(de(undefined)).toBe(undefined);
    const obj = {};
    expect(de(obj)).toBe(obj);
  });

  it("throws for a thousands separator equal to the decimal one, or unknown separators", () => {
    expect(thrown(() => numberReader({ decimal: ",", thousands: "," }))).toMatchObject({ kpi: "mapping", field: "decimal" });
    expect(thrown(() => numberReader({ thousands: "." }, "parseRecords", "mapping.aht"))).toMatchObject({ kpi: "parseRecords", field: "mapping.aht" });
    expect(thrown(() => numberReader({ thousands: "_" }))).toMatchObject({ value: "_" });
    expect(thrown(() => numberReader({ decimal: ";" as "." }))).toMatchObject({ value: ";" });
  });
});

describe("durationTextReader", () => {
  it("reads h:mm:ss (hand computed: ((h·60 + m)·60 + s)·1000)", () => {
    const hms = durationTextReader("h:mm:ss");
    expect(hms("0:02:23")).toBe(143_000); // (2·60 + 23)·1000
    expect(hms("1:02:03.5")).toBe(3_723_500); // (3600 + 120 + 3.5)·1000
    expect(hms(" 00:00:59 ")).toBe(59_000);
    expect(hms("125:00:00")).toBe(450_000_000); // 125·3600·1000
    expect(hms("0:00:00.0005")).toBe(1); // 0.5 ms rounds up
    expect(hms("0:00:00.00049999")).toBe(0);
    expect(hms("0:00:01.9996")).toBe(2000);
    expect(hms("0:00:00.123456")).toBe(123);
    expect(durationTextReader("h:mm:ss", ",")("1:02:03,5")).toBe(3_723_500);
  });

  it("reads mm:ss with minutes of any size", () => {
    const ms = durationTextReader("mm:ss");
    expect(ms("02:23")).toBe(143_000);
    expect(ms("2:05")).toBe(125_000);
    expect(ms("125:07")).toBe(7_507_000); // (125·60 + 7)·1000
    expect(durationTextReader("mm:ss", ",")("125:07,25")).toBe(7_507_250);
  });

  it("refuses negative, out-of-range, wrong-unit and oversized text; numbers pass through", () => {
    const hms = durationTextReader("h:mm:ss");
    const ms = durationTextReader("mm:ss");
    for (const bad of ["-0:01:00", "+0:01:00", "0:61:00", "0:00:60", "0:2:23", "02:23", "1:02", "1:02:03.", "1:02:03,5", "1 :02:03", "", "x", "1:02:03:04"]) {
      expect(hms(bad)).toBe(bad);
    }
    for (const bad of ["-2:05", "2:60", "2:5", "1:02:03", "2:05,5", ":05"]) expect(ms(bad)).toBe(bad);
    expect(durationTextReader("h:mm:ss", ",")("1:02:03.5")).toBe("1:02:03.5");
    const huge = "9999999999999:00:00"; // 3.6e19 ms > MAX_SAFE_INTEGER
    expect(hms(huge)).toBe(huge);
    expect(hms(143_000)).toBe(143_000);
    expect(hms(null)).toBe(null);
  });

  it("throws for an unknown unit or decimal", () => {
    expect(thrown(() => durationTextReader("hh:mm" as "mm:ss"))).toMatchObject({ kpi: "mapping", field: "unit", value: "hh:mm" });
    expect(thrown(() => durationTextReader("mm:ss", ";" as ","))).toMatchObject({ field: "decimal", value: ";" });
  });
});

describe("looksLikeDurationText", () => {
  it("is true for the h:mm:ss shape only", () => {
    for (const yes of ["0:02:23", "1:02:03.5", "1:02:03,5", " 100:00:00 ", "0:61:00"]) expect(looksLikeDurationText(yes)).toBe(true);
    for (const no of ["02:23", "1:02", "143000", "1.5", "-0:02:23", "0:2:23", "1:02:03.", "a:bc:de", ""]) expect(looksLikeDurationText(no)).toBe(false);
  });
});
