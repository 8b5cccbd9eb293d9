import { describe, expect, it } from "vitest";
import { readBusinessClock } from "./businessClock.js";

describe("readBusinessClock", () => {
  // Monday to Friday 09:00–17:00 UTC
  const calendar = { timeZone: "UTC", week: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]]])) };
  const clock = readBusinessClock("summarize", calendar, (f) => f);

  it("adds open time as it measures it: Friday 16:00 plus 2 business hours is Monday 10:00", () => {
    const friday16 = Date.UTC(2026, 2, 6, 16);
    const monday10 = Date.UTC(2026, 2, 9, 10);
    expect(clock?.rules.measure.add(friday16, 2 * 3_600_000)).toBe(monday10);
    expect(clock?.between(friday16, monday10)).toBe(2 * 3_600_000);
    expect(readBusinessClock("summarize", undefined, (f) => f)).toBeNull();
  });
});
