import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import {
  compileDatePattern, excelSerial, formatReader, instantOf, TIME_OF_DAY, unixMillis, unixSeconds, type WallTime,
} from "./datePattern.js";

// Expected values are written by hand as Date.UTC(...) of the calendar date and time in the text
// unless a comment names another source.
const HOUR = 3_600_000;
const wall = (localMs: number, offsetMs: number | null = null): WallTime => ({ localMs, offsetMs });
const read = (pattern: string, text: string): WallTime | null => compileDatePattern(pattern)(text);

describe("compileDatePattern: the layouts exports write", () => {
  it("reads US, day-first, dotted and compact layouts as wall times (no offset)", () => {
    const oct29 = Date.UTC(2024, 9, 29, 22);
    expect(read("MM/dd/yyyy HH:mm", "10/29/2024 22:00")).toEqual(wall(oct29));
    expect(read("M/d/yyyy H:mm", "10/29/2024 22:00")).toEqual(wall(oct29));
    expect(read("M/d/yyyy H:mm", "3/5/2024 7:04")).toEqual(wall(Date.UTC(2024, 2, 5, 7, 4)));
    expect(read("dd/MM/yy", "29/10/24")).toEqual(wall(Date.UTC(2024, 9, 29)));
    expect(read("dd.MM.yyyy HH:mm:ss", "29.10.2024 22:00:05")).toEqual(wall(Date.UTC(2024, 9, 29, 22, 0, 5)));
    expect(read("d.M.yyyy HH:mm:ss", "9.1.2024 08:00:05")).toEqual(wall(Date.UTC(2024, 0, 9, 8, 0, 5)));
    expect(read("yyyyMMddHHmmss", "20241029220005")).toEqual(wall(Date.UTC(2024, 9, 29, 22, 0, 5)));
    expect(read("yyyy/MM/dd HH:mm:ss.SSSSSS", "2024/10/29 22:00:05.744884")).toEqual(wall(Date.UTC(2024, 9, 29, 22, 0, 5, 744)));
  });

  it("reads 12-hour clocks: 12 AM is midnight, 12 PM noon, AM/PM in any case", () => {
    expect(read("MM/dd/yyyy hh:mm:ss a", "10/29/2024 10:00:05 PM")).toEqual(wall(Date.UTC(2024, 9, 29, 22, 0, 5)));
    expect(read("MMMM d, yyyy h:mm aa", "October 29, 2024 10:00 pm")).toEqual(wall(Date.UTC(2024, 9, 29, 22)));
    expect(read("M/d/yy h:mm a", "1/1/24 12:30 AM")).toEqual(wall(Date.UTC(2024, 0, 1, 0, 30)));
    expect(read("M/d/yy h:mm a", "1/1/24 12:30 Pm")).toEqual(wall(Date.UTC(2024, 0, 1, 12, 30)));
    expect(read("M/d/yy h:mm a", "1/1/24 11:59 am")).toEqual(wall(Date.UTC(2024, 0, 1, 11, 59)));
  });

  it("reads English month and day names in any case, and checks the day name against the date", () => {
    expect(read("dd MMM yyyy HH:mm", "29 Oct 2024 22:00")).toEqual(wall(Date.UTC(2024, 9, 29, 22)));
    expect(read("dd MMM yyyy HH:mm", "29 OCT 2024 22:00")).toEqual(wall(Date.UTC(2024, 9, 29, 22)));
    expect(read("dd-MMM-yy", "01-sep-99")).toEqual(wall(Date.UTC(1999, 8, 1)));
    expect(read("MMMM d, y", "May 1, 2024")).toEqual(wall(Date.UTC(2024, 4, 1)));
    // 2024-10-29 is a Tuesday (Python: datetime(2024, 10, 29).strftime("%A")); RFC 2822's layout.
    const rfc = compileDatePattern("EEE, dd MMM yyyy HH:mm:ss xx");
    expect(rfc("Tue, 29 Oct 2024 22:00:05 +0100")).toEqual(wall(Date.UTC(2024, 9, 29, 22, 0, 5), HOUR));
    expect(rfc("Wed, 29 Oct 2024 22:00:05 +0100")).toBeNull(); // date-fns parse accepts this (it drops the day name)
    expect(read("EEEE, MMMM d, yyyy", "tuesday, october 29, 2024")).toEqual(wall(Date.UTC(2024, 9, 29)));
    // 1969-07-20 was a Sunday (Python, as above).
    expect(read("EEEE d MMMM yyyy", "Sunday 20 July 1969")).toEqual(wall(Date.UTC(1969, 6, 20)));
    expect(read("EEEE d MMMM yyyy", "Sun 20 July 1969")).toBeNull();
  });

  it("reads offsets: X takes Z, x does not; the wall time is kept and the instant follows the offset", () => {
    const iso = compileDatePattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    const t = iso("2024-10-29T22:00:00+02:00");
    expect(t).toEqual(wall(Date.UTC(2024, 9, 29, 22), 2 * HOUR));
    // date-fns 4.4 parse("2024-10-29T22:00:00+02:00", "yyyy-MM-dd'T'HH:mm:ssXXX", …) is 2024-10-29T20:00:00.000Z.
    expect(instantOf(t as WallTime, "Asia/Tokyo")).toBe(Date.UTC(2024, 9, 29, 20));
    expect(iso("2024-10-29T22:00:00Z")).toEqual(wall(Date.UTC(2024, 9, 29, 22), 0));
    expect(iso("2024-10-29T22:00:00-03:30")).toEqual(wall(Date.UTC(2024, 9, 29, 22), -3.5 * HOUR));
    expect(read("yyyy-MM-dd HH:mmX", "2024-10-29 22:00+05")).toEqual(wall(Date.UTC(2024, 9, 29, 22), 5 * HOUR));
    expect(read("yyyy-MM-dd HH:mmX", "2024-10-29 22:00+0545")).toEqual(wall(Date.UTC(2024, 9, 29, 22), 5.75 * HOUR));
    expect(read("yyyy-MM-dd HH:mmxx", "2024-10-29 22:00-0000")).toEqual(wall(Date.UTC(2024, 9, 29, 22), 0));
    expect(Object.is(read("yyyy-MM-dd HH:mmxxx", "2024-10-29 22:00-00:00")?.offsetMs, 0)).toBe(true); // not -0
    expect(read("yyyy-MM-dd HH:mmxx", "2024-10-29 22:00Z")).toBeNull();
    expect(read("yyyy-MM-dd HH:mmXX", "2024-10-29 22:00+05:30")).toBeNull(); // XX is the basic form
    expect(read("yyyy-MM-dd HH:mmXXX", "2024-10-29 22:00+24:00")).toBeNull();
    expect(read("yyyy-MM-dd HH:mmXXX", "2024-10-29 22:00+05:60")).toBeNull();
  });

  it("keeps fractions to the millisecond, dropping further digits (date-fns's truncation)", () => {
    expect(read("HH:mm:ss.SSSSSSSSS", "22:00:05.123999999")).toEqual(wall(((22 * 60 + 0) * 60 + 5) * 1000 + 123));
    expect(read("H:mm:ss.S", "9:05:30.5")).toEqual(wall(((9 * 60 + 5) * 60 + 30) * 1000 + 500));
    expect(read("H:mm:ss.SS", "9:05:30.05")).toEqual(wall(((9 * 60 + 5) * 60 + 30) * 1000 + 50));
    expect(read("H:mm:ss.SSS", "9:05:30.5")).toBeNull(); // date-fns reads it as 5 ms
  });

  it("maps two-digit years 00–68 to 2000–2068 and 69–99 to 1969–1999 (Python's time.strptime %y gives 2068 and 1969)", () => {
    const yy = compileDatePattern("yy");
    expect(yy("00")).toEqual(wall(Date.UTC(2000, 0, 1)));
    expect(yy("68")).toEqual(wall(Date.UTC(2068, 0, 1)));
    expect(yy("69")).toEqual(wall(Date.UTC(1969, 0, 1)));
    expect(yy("99")).toEqual(wall(Date.UTC(1999, 0, 1)));
    // y is the year as written, 1–4 digits: "24" is 24 AD (Date.UTC would map 24 to 1924, so the ISO string).
    expect(read("d/M/y", "5/6/24")).toEqual(wall(new Date("0024-06-05T00:00:00Z").getTime()));
    expect(read("d/M/y", "5/6/2024")).toEqual(wall(Date.UTC(2024, 5, 5)));
  });

  it("reads quoted literals, '' as a quote, other characters as themselves, and missing parts as their start", () => {
    expect(read("'Date:' yyyy-MM-dd 'at' HH'h'mm", "Date: 2024-10-29 at 22h00")).toEqual(wall(Date.UTC(2024, 9, 29, 22)));
    expect(read("yyyy''MM", "2024'10")).toEqual(wall(Date.UTC(2024, 9, 1)));
    expect(read("'It''s' yyyy", "It's 2024")).toEqual(wall(Date.UTC(2024, 0, 1)));
    expect(read("[yyyy] (MM) dd|HH+mm", "[2024] (10) 29|22+00")).toEqual(wall(Date.UTC(2024, 9, 29, 22)));
    expect(read("yyyy-MM", "2024-10")).toEqual(wall(Date.UTC(2024, 9, 1)));
    expect(read("yyyy-MM-dd'T'HH", "2024-10-29T22")).toEqual(wall(Date.UTC(2024, 9, 29, 22)));
    expect(read("dd.MM.yyyy", "29.10.2024")).toEqual(wall(Date.UTC(2024, 9, 29)));
  });

  it("trims white space around the text, not inside it", () => {
    expect(read("MM/dd/yyyy HH:mm", "  10/29/2024 22:00\t")).toEqual(wall(Date.UTC(2024, 9, 29, 22)));
    expect(read("MM/dd/yyyy HH:mm", "10/29/2024  22:00")).toBeNull();
  });

  it("reads a pattern of time tokens only as a time of day (ms since midnight)", () => {
    expect(read("H:mm:ss", "22:00:05")).toEqual(wall(79_205_000));
    expect(read("h:mm a", "9:05 PM")).toEqual(wall(75_900_000));
    expect(read("HH:mmXXX", "09:00+02:00")).toEqual(wall(9 * HOUR, 2 * HOUR));
  });
});

describe("compileDatePattern: rejected texts", () => {
  it("returns null for impossible dates and times", () => {
    const us = compileDatePattern("MM/dd/yyyy HH:mm");
    for (const text of [
      "04/31/2024 10:00", // 31 April
      "02/30/2024 10:00",
      "02/29/2023 10:00", // not a leap year
      "02/29/1900 10:00", // a century, not a leap year (Excel thinks otherwise)
      "13/01/2024 10:00",
      "00/10/2024 10:00",
      "10/00/2024 10:00",
      "10/29/2024 25:00",
      "10/29/2024 24:00",
      "10/29/2024 10:60",
      "10/29/0000 10:00", // year 0: date-fns refuses it too
    ]) {
      expect(us(text), text).toBeNull();
    }
    expect(us("02/29/2000 10:00")).toEqual(wall(Date.UTC(2000, 1, 29, 10))); // 2000 is a leap year
    expect(read("HH:mm:ss", "10:00:60")).toBeNull();
    expect(read("h:mm a", "13:00 PM")).toBeNull();
    expect(read("h:mm a", "0:30 AM")).toBeNull();
    expect(read("dd MMM yyyy", "29 Sept 2024")).toBeNull();
    expect(read("dd MMM yyyy", "29 Okt 2024")).toBeNull();
    expect(read("dd MMMM yyyy", "29 Octobre 2024")).toBeNull();
  });

  it("returns null for wrong separators, wrong widths, extra text and empty strings", () => {
    const us = compileDatePattern("MM/dd/yyyy HH:mm");
    for (const text of [
      "10-29-2024 22:00",
      "10/29/2024T22:00",
      "10/29/2024 22:00 UTC",
      "x10/29/2024 22:00",
      "10/29/2024",
      "1/2/2024 22:00", // MM and dd take exactly two digits (date-fns parse takes one too)
      "10/29/24 22:00",
      "10/29/02024 22:00",
      "",
      "   ",
    ]) {
      expect(us(text), text).toBeNull();
    }
    expect(read("M/d/yyyy H:mm", "10/29/2024 022:00")).toBeNull();
    expect(read("yy", "2024")).toBeNull();
    expect(read("HH:mm", "22:00:00")).toBeNull();
  });
});

describe("compileDatePattern: patterns it refuses", () => {
  const thrown = (pattern: string, kpi?: string, field?: string): unknown => {
    try {
      compileDatePattern(pattern, kpi, field);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it("throws a KpiInputError naming an unsupported token", () => {
    for (const [pattern, token] of [
      ["YYYY-MM-dd", "YYYY"],
      ["yyyy-MM-DD", "DD"],
      ["yyy-MM-dd", "yyy"],
      ["yyyyy", "yyyyy"],
      ["MMMMM yyyy", "MMMMM"],
      ["yyyy-MM-dd kk:mm", "kk"],
      ["yyyy-MM-dd HH:mm:ss Z", "Z"],
      ["yyyy-MM-dd HH:mm:ss XXXX", "XXXX"],
      ["HH:mm:ss.SSSSSSSSSS", "SSSSSSSSSS"],
      ["P", "P"],
      ["T", "T"],
      ["yyyy-MM-ddTHH:mm", "T"],
      ["do MMM yyyy", "o"],
    ] as const) {
      const error = thrown(pattern);
      expect(isKpiInputError(error), pattern).toBe(true);
      expect(error).toMatchObject({ kpi: "mapping", field: "format", value: pattern });
      expect((error as Error).message).toContain(`"${token}" is not one`);
    }
    expect((thrown("YYYY") as Error).message).toContain("week-numbering year");
    // a long run of one letter is cut in the message (the whole pattern is the error's value)
    const long = `yyyy-MM-dd ${"q".repeat(5000)}`;
    expect((thrown(long) as Error).message).toContain('("qqqq…" (5,000 × q) is not one');
    expect((thrown(long) as Error).message.length).toBeLessThan(400);
  });

  it("throws for a pattern that cannot name a whole date or time, a part named twice, an open quote, no token", () => {
    for (const [pattern, words] of [
      ["dd/mm/yyyy", "m is minutes, M the month"],
      ["dd/MM", "a year (y)"],
      ["MM", "a year (y)"],
      ["EEE HH:mm", "day name (E)"],
      ["EEE yyyy-MM", "day name (E)"],
      ["mm:ss", "hours (H, or h with a)"],
      ["HH:ss", "minutes (m)"],
      ["HH:mm.SSS", "seconds (s)"],
      ["h:mm", "a (AM/PM)"],
      ["HH:mm a", "a (AM/PM)"],
      ["yyyy-MM-dd yyyy", "each part once"],
      ["HH:mm hh a", "each part once"],
      ["yyyy-MM-ddXXX xx", "each part once"],
      ["yyyy-MM-dd'T", "closed by '"],
      ["", "at least one"],
      ["'yyyy'", "at least one"],
      ["--", "at least one"],
    ] as const) {
      const error = thrown(pattern);
      expect(isKpiInputError(error), pattern).toBe(true);
      expect((error as Error).message, pattern).toContain(words);
    }
  });

  it("names the caller's kpi and field", () => {
    expect(thrown("YYYY", "parseTickets", "mapping.createdAt.format")).toMatchObject({
      kpi: "parseTickets",
      field: "mapping.createdAt.format",
      value: "YYYY",
    });
  });
});

describe("TIME_OF_DAY", () => {
  it("reads H:mm, H:mm:ss, fractions of 1–9 digits, h:mm a and h:mm:ss a", () => {
    expect(TIME_OF_DAY("22:00")).toEqual(wall(22 * HOUR));
    expect(TIME_OF_DAY("9:05")).toEqual(wall(9 * HOUR + 5 * 60_000));
    expect(TIME_OF_DAY("09:05:30")).toEqual(wall(((9 * 60 + 5) * 60 + 30) * 1000));
    expect(TIME_OF_DAY("22:00:05.1")).toEqual(wall(79_205_100));
    expect(TIME_OF_DAY("22:00:05.123456")).toEqual(wall(79_205_123));
    expect(TIME_OF_DAY("22:00:05.123456789")).toEqual(wall(79_205_123));
    expect(TIME_OF_DAY("9:05 PM")).toEqual(wall(21 * HOUR + 5 * 60_000));
    expect(TIME_OF_DAY("12:00:01 am")).toEqual(wall(1000));
    expect(TIME_OF_DAY(" 12:00 PM ")).toEqual(wall(12 * HOUR));
  });

  it("returns null for anything else", () => {
    for (const text of ["24:00", "22", "22:0", "9:05 XM", "13:05 PM", "22:00:05.1234567890", "22:00:05.", "2024-10-29 22:00", ""]) {
      expect(TIME_OF_DAY(text), text).toBeNull();
    }
  });
});

describe("excelSerial (1900 date system)", () => {
  it("puts serial 1 on 1900-01-01 and skips Excel's phantom 1900-02-29 (serial 60)", () => {
    // [MS-XLS] 2.4.77 Date1904: "00:00:00 on January 1, 1900, specified by a serial value of 1".
    expect(excelSerial(1)).toBe(Date.UTC(1900, 0, 1));
    // ECMA-376 Part 1, 18.17.4.1: serial 59 is February 28 and 61 March 1; 60 is the non-existent
    // February 29 (Microsoft, "Excel incorrectly assumes that the year 1900 is a leap year").
    expect(excelSerial(59)).toBe(Date.UTC(1900, 1, 28));
    expect(excelSerial(59.75)).toBe(Date.UTC(1900, 1, 28, 18));
    expect(excelSerial(60)).toBeNull();
    expect(excelSerial(60.5)).toBeNull();
    expect(excelSerial(61)).toBe(Date.UTC(1900, 2, 1));
    expect(excelSerial(0.5)).toBe(Date.UTC(1899, 11, 31, 12)); // Excel's "1900-01-00 12:00"
  });

  it("matches the serials Microsoft and ECMA-376 publish", () => {
    expect(excelSerial(40729)).toBe(Date.UTC(2011, 6, 5)); // Microsoft, "Date systems in Excel": July 5, 2011 is 40729
    expect(excelSerial(38749)).toBe(Date.UTC(2006, 1, 1)); // ECMA-376 18.17.4.1: DATEVALUE("01-Feb-2006") = 38749
    expect(excelSerial(3687)).toBe(Date.UTC(1910, 1, 3)); // ECMA-376: DATEVALUE("03-Feb-1910") = 3687
    expect(excelSerial(2958465)).toBe(Date.UTC(9999, 11, 31)); // ECMA-376: the upper limit, 9999-12-31
    expect(excelSerial(2958466)).toBeNull();
  });

  it("reads the time of day from the fraction, rounded to the millisecond", () => {
    // Python 3.11: datetime(1899, 12, 30) + timedelta(days=45594) is 2024-10-29; 45594 + 22/24 is
    // the double 45594.916666666664, and timedelta(days=45594.9166666667) gives 22:00:00.000003.
    expect(excelSerial(45594)).toBe(Date.UTC(2024, 9, 29));
    expect(excelSerial(45594.916666666664)).toBe(Date.UTC(2024, 9, 29, 22));
    expect(excelSerial("45594.9166666667")).toBe(Date.UTC(2024, 9, 29, 22));
    expect(excelSerial("  45594.5 ")).toBe(Date.UTC(2024, 9, 29, 12));
    expect(excelSerial(45594 + 1 / 86_400_000)).toBe(Date.UTC(2024, 9, 29, 0, 0, 0, 1));
  });

  it("returns null for negative, non-finite and non-decimal values", () => {
    for (const value of [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, "-1", "abc", "", "4.5e4", "45594,5", "0x10", "45594."]) {
      expect(excelSerial(value), String(value)).toBeNull();
    }
  });
});

describe("unixSeconds and unixMillis", () => {
  it("read epoch seconds and milliseconds as instants (offset 0)", () => {
    // Python: datetime.fromtimestamp(1730239200, timezone.utc) is 2024-10-29 22:00:00+00:00.
    const at = Date.UTC(2024, 9, 29, 22);
    expect(unixSeconds(1730239200)).toEqual(wall(at, 0));
    expect(unixSeconds("1730239200")).toEqual(wall(at, 0));
    expect(unixSeconds("1730239200.123")).toEqual(wall(at + 123, 0));
    expect(unixSeconds(1730239200.123)).toEqual(wall(at + 123, 0));
    expect(unixSeconds("-1.5")).toEqual(wall(-1500, 0));
    expect(unixMillis(1730239200123)).toEqual(wall(at + 123, 0));
    expect(unixMillis(" 1730239200123 ")).toEqual(wall(at + 123, 0));
    expect(unixMillis("0")).toEqual(wall(0, 0));
  });

  it("return null for anything else, and past the range of a Date", () => {
    for (const value of ["1e9", "12abc", "", "+5", "1,5", Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(unixSeconds(value), String(value)).toBeNull();
      expect(unixMillis(value), String(value)).toBeNull();
    }
    expect(unixSeconds(8.64e12)).toEqual(wall(8.64e15, 0));
    expect(unixSeconds(8.64e12 + 1)).toBeNull();
    expect(unixMillis(-8.64e15 - 1)).toBeNull();
  });
});

describe("formatReader and instantOf", () => {
  it("picks the reader of a mapping's format; a zone applies to wall times only", () => {
    const amsterdam = "Europe/Amsterdam"; // CET (+01:00) after 2024-10-27
    const excel = formatReader("excel")("45594.9166666667") as WallTime;
    expect(excel).toEqual(wall(Date.UTC(2024, 9, 29, 22)));
    expect(instantOf(excel, amsterdam)).toBe(Date.UTC(2024, 9, 29, 21));
    expect(formatReader("excel")("60")).toBeNull();
    const unix = formatReader("unix")("1730239200") as WallTime;
    expect(instantOf(unix, amsterdam)).toBe(Date.UTC(2024, 9, 29, 22));
    expect(instantOf(formatReader("unix-ms")("1730239200000") as WallTime, amsterdam)).toBe(Date.UTC(2024, 9, 29, 22));
    const us = formatReader("M/d/yyyy H:mm")("10/29/2024 22:00") as WallTime;
    expect(instantOf(us, amsterdam)).toBe(Date.UTC(2024, 9, 29, 21));
    expect(() => formatReader("YYYY", "parseTickets", "mapping.createdAt.format")).toThrow(/parseTickets: mapping\.createdAt\.format must be/);
  });
});
