/** The measures of the ticket functions at their edges (from tickets' mutation survivors). */
import { describe, expect, it } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { readMeasure, WALL_CLOCK } from "./clock.js";

const MAX = 8.64e15; // the last instant a Date can hold

describe("clocks", () => {
  it("reach the last instant a Date holds, and no further", () => {
    expect(WALL_CLOCK.add(MAX - 5, 5)).toBe(MAX);
    expect(WALL_CLOCK.add(MAX - 5, 6)).toBeNull();
  });

  it("name a calendar that is not one under the caller's field", () => {
    for (const calendar of [null, "UTC", 5]) {
      try {
        readMeasure("evaluateSla", "policy.calendar", calendar);
        expect.unreachable();
      } catch (e) {
        expect(isKpiInputError(e) && [e.kpi, e.field, e.expected]).toEqual(["evaluateSla", "policy.calendar", "a business calendar (see businessCalendar)"]);
      }
    }
    try {
      readMeasure("evaluateSla", "policy.calendar", { timeZone: "UTC", week: { mon: [["17:00", "09:00"]] } });
      expect.unreachable();
    } catch (e) {
      expect(isKpiInputError(e) && [e.field, e.index]).toEqual(["policy.calendar.week.mon", 0]);
    }
  });
});
