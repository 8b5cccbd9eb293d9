/**
 * The public surface of the main entry, pinned: a name appearing or disappearing here is an API
 * change and needs a CHANGELOG line. The names are SPEC.md's (sections 2–4 and the statistics
 * rows of section 7) plus three documented extras: `KPI_INVALID_INPUT` (the error code),
 * `QUANTILE_METHODS` (the method names as a list) and `percentileKey` (how durationStats names
 * its keys).
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const expected = [
  "KPI_INVALID_INPUT",
  "KpiInputError",
  "QUANTILE_METHODS",
  "addBusinessTime",
  "averageHandleTime",
  "businessCalendar",
  "businessTimeBetween",
  "ces",
  "compareProportions",
  "complaintRatio",
  "csat",
  "durationStats",
  "firstContactResolution",
  "isKpiInputError",
  "nps",
  "npsCategory",
  "npsDifference",
  "percentileKey",
  "percentiles",
  "quantile",
  "resolutionRate",
  "responseRate",
  "retention",
  "sentimentShare",
  "slaCompliance",
  "wilsonInterval",
];

describe("main entry", () => {
  it("exports exactly the documented names", () => {
    expect(Object.keys(api).sort()).toEqual(expected);
  });

  it("exports only functions, the error class and frozen constants", () => {
    for (const [name, value] of Object.entries(api)) {
      if (typeof value === "function") continue;
      expect([name, Object.isFrozen(value) || typeof value === "string"]).toEqual([name, true]);
    }
  });
});
