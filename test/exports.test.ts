/**
 * The public surface of the main entry, pinned: a name appearing or disappearing here is an API
 * change and needs a CHANGELOG line. The names are SPEC.md's (sections 2–4 and the statistics
 * rows of section 7) plus documented extras: `KPI_INVALID_INPUT` (the error code),
 * `QUANTILE_METHODS` (the method names as a list), `percentileKey` (how durationStats names
 * its keys) and the ticket vocabularies `TICKET_STATUSES`, `EVENT_AUTHORS`, `SLA_METRICS`.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const expected = [
  "EVENT_AUTHORS",
  "KPI_INVALID_INPUT",
  "KpiInputError",
  "QUANTILE_METHODS",
  "SLA_METRICS",
  "TICKET_STATUSES",
  "addBusinessTime",
  "averageHandleTime",
  "backlogAt",
  "backlogSeries",
  "businessCalendar",
  "businessTimeBetween",
  "ces",
  "compareProportions",
  "complaintRatio",
  "contactVolume",
  "csat",
  "durationStats",
  "evaluateSla",
  "firstContactResolution",
  "isKpiInputError",
  "nps",
  "npsCategory",
  "npsDifference",
  "percentileKey",
  "percentiles",
  "quantile",
  "repeatContacts",
  "resolutionRate",
  "responseRate",
  "retention",
  "selfServiceDeflection",
  "sentimentShare",
  "slaCompliance",
  "ticketTimings",
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
