import { describe, expect, it } from "vitest";
import { dateLayout, dateLayoutOfMost, isTimeOfDay } from "./dates.js";

describe("dateLayout", () => {
  it("ISO 8601 text, typed dates and no cells need no format", () => {
    expect(dateLayout(["2024-10-29 22:00:00", "2024-10-30T15:15:11.744884Z", "2024-10-29 22:00:00 +0100"])).toEqual({ format: undefined, dateOnly: false });
    expect(dateLayout(["2024-10-29", "2024-11-01"])).toEqual({ format: undefined, dateOnly: true });
    expect(dateLayout([new Date(0)])).toEqual({ format: undefined, dateOnly: false });
    expect(dateLayout([])).toEqual({ format: undefined, dateOnly: false });
  });

  it("numbers: Excel serials (20000–80000), Unix seconds (10 digits), Unix milliseconds (13 digits)", () => {
    expect(dateLayout([45594.916666666664, "45595"])).toEqual({ format: "excel", dateOnly: false });
    expect(dateLayout(["45594", 45595])).toEqual({ format: "excel", dateOnly: true });
    expect(dateLayout(["1730239200", 1730242800])).toEqual({ format: "unix", dateOnly: false });
    expect(dateLayout([1730239200000, "1730239200123"])).toEqual({ format: "unix-ms", dateOnly: false });
    // a mix of sizes, or a number outside every range, is no timestamp
    expect(dateLayout([1730239200, 1730239200000])).toBeNull();
    expect(dateLayout([725, 3723])).toBeNull();
  });

  it("text in other layouts: the first candidate that reads every cell", () => {
    expect(dateLayout(["10/29/2024 9:05 AM", "11/2/2024 10:00 PM"])).toEqual({ format: "M/d/yyyy h:mm a", dateOnly: false });
    expect(dateLayout(["29/10/24 22:00", "01/11/24 14:00"])).toEqual({ format: "d/M/yy H:mm", dateOnly: false });
    expect(dateLayout(["29.10.2024"])).toEqual({ format: "d.M.yyyy", dateOnly: true });
    expect(dateLayout(["Oct 29, 2024", "Nov 2, 2024"])).toEqual({ format: "MMM d, yyyy", dateOnly: true });
    expect(dateLayout(["29-Oct-24 1:45 PM"])).toEqual({ format: "d-MMM-yy h:mm a", dateOnly: false });
    expect(dateLayout(["2024/10/29 22:00:05"])).toEqual({ format: "yyyy/M/d H:mm:ss", dateOnly: false });
    expect(dateLayout(["10/29/2024, 9:05:00 PM"])).toEqual({ format: "M/d/yyyy, h:mm:ss a", dateOnly: false });
  });

  it("both day-month orders read every cell: month first, the other named", () => {
    expect(dateLayout(["3/4/2024", "12/1/2024"])).toEqual({ format: "M/d/yyyy", dateOnly: true, alsoReads: "d/M/yyyy" });
    expect(dateLayout(["3/4/2024", "12/13/2024"])).toEqual({ format: "M/d/yyyy", dateOnly: true });
  });

  it("null when no layout reads every cell", () => {
    expect(dateLayout(["10/29/2024", "29/10/2024"])).toBeNull();
    expect(dateLayout(["yesterday"])).toBeNull();
    expect(dateLayout([true])).toBeNull();
  });
});

describe("isTimeOfDay", () => {
  it("reads H:mm[:ss[.fff]] and h:mm[:ss] a", () => {
    expect(isTimeOfDay(["9:12", "21:05:30", "9:05 PM", "9:12:58.000"])).toBe(true);
    expect(isTimeOfDay(["9:12", "25:00"])).toBe(false);
    expect(isTimeOfDay([])).toBe(false);
    expect(isTimeOfDay([0.5])).toBe(false);
  });
});

describe("dateLayoutOfMost", () => {
  it("takes the layout of most cells when a few are read by none, and counts those", () => {
    const cells = ["08-04-2023 20:52", "24-04-2023 19:32", "16-05-2023 17:43", "13-04-2023 11:03", "24-04-2023 13:21", "14-05-2023 11:54", "06-04-2023 14:46", "06-04-2023 18:02", "17-04-2023 18:05", "Communication"];
    expect(dateLayout(cells)).toBeNull();
    expect(dateLayoutOfMost(cells)).toEqual({ format: "d-M-yyyy H:mm", dateOnly: false, unread: 1 });
    // below the share: no layout
    expect(dateLayoutOfMost(cells, 0.95)).toBeNull();
    expect(dateLayoutOfMost(["x", "y"])).toBeNull();
    // every cell read: as dateLayout, with none unread
    expect(dateLayoutOfMost(["2026-01-02 10:00"])).toEqual({ format: undefined, dateOnly: false, unread: 0 });
  });
});
