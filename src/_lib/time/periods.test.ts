import { describe, expect, it } from "vitest";
import { daysFromCivil } from "./civil.js";
import { compareGroups } from "../../aggregate/_lib/groupKey.js";
import { hourOfDay, periodFirstDay, periodLabel, weekdayIndex, weekdayOf } from "./periods.js";

describe("periods", () => {
  it("finds the first day and label of each period (checked against ISO 8601 week dates)", () => {
    const day = daysFromCivil(2024, 8, 15); // Thursday 15 August 2024, ISO 2024-W33-4
    expect(periodLabel(periodFirstDay(day, "day"), "day")).toBe("2024-08-15");
    expect(periodLabel(periodFirstDay(day, "week"), "week")).toBe("2024-W33");
    expect(periodFirstDay(day, "week")).toBe(daysFromCivil(2024, 8, 12));
    expect(periodLabel(periodFirstDay(day, "month"), "month")).toBe("2024-08");
    expect(periodFirstDay(day, "quarter")).toBe(daysFromCivil(2024, 7, 1));
    expect(periodLabel(periodFirstDay(day, "quarter"), "quarter")).toBe("2024-Q3");
    expect(periodLabel(periodFirstDay(day, "year"), "year")).toBe("2024");
    expect(periodLabel(daysFromCivil(2020, 12, 28), "week")).toBe("2020-W53");
  });

  it("reads hour and weekday on the wall clock", () => {
    const t = Date.UTC(2024, 6, 1, 22, 30); // Monday 22:30 UTC = Tuesday 00:30 in Amsterdam (CEST)
    expect([hourOfDay("UTC", t), weekdayOf("UTC", t)]).toEqual([22, "mon"]);
    expect([hourOfDay("Europe/Amsterdam", t), weekdayOf("Europe/Amsterdam", t)]).toEqual([0, "tue"]);
    expect(hourOfDay("America/New_York", Date.UTC(1969, 11, 31, 12))).toBe(7); // before 1970 too
    expect(weekdayIndex("sun")).toBe(6);
    expect(weekdayIndex("x")).toBe(-1);
  });

  it("orders groups: equal values compare equal", () => {
    expect(compareGroups(["field", "period"], ["a", 5], ["a", 5])).toBe(0);
    expect(compareGroups(["field"], [true], ["b"])).toBeGreaterThan(0);
    expect(compareGroups(["weekday"], ["sun"], ["mon"])).toBeGreaterThan(0);
  });
});
