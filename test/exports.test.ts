/**
 * The public surface of the main entry, pinned: a name appearing or disappearing here is an API
 * change and needs a CHANGELOG line. The names are SPEC.md's (sections 2–4 and the statistics
 * rows of section 7) plus documented extras: `KPI_INVALID_INPUT` (the error code),
 * `QUANTILE_METHODS` (the method names as a list), `percentileKey` (how durationStats names
 * its keys) the ticket vocabularies `TICKET_STATUSES`, `EVENT_AUTHORS`, `SLA_METRICS` and
 * `SERVICE_LEVEL_FORMULAS`.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const expected = [
  "CHANNELS",
  "EVENT_AUTHORS",
  "KPI_INVALID_INPUT",
  "KpiInputError",
  "QUANTILE_METHODS",
  "SERVICE_LEVEL_FORMULAS",
  "SLA_METRICS",
  "TICKET_STATUSES",
  "abandonmentRate",
  "addBusinessTime",
  "averageHandleTime",
  "averageSpeedOfAnswer",
  "backlogAt",
  "backlogSeries",
  "baseline",
  "benchmarks",
  "businessCalendar",
  "businessTimeBetween",
  "ces",
  "chatConcurrency",
  "compareProportions",
  "complaintRatio",
  "contactVolume",
  "controlChart",
  "createAggregator",
  "csat",
  "durationStats",
  "erlangC",
  "evaluateSla",
  "evaluateTarget",
  "firstContactResolution",
  "improvementScenarios",
  "isKpiInputError",
  "kpiBalance",
  "liveView",
  "normalizeChannel",
  "nps",
  "npsCategory",
  "npsDifference",
  "occupancy",
  "percentileKey",
  "percentiles",
  "planMilestones",
  "quantile",
  "rateAgainstBenchmarks",
  "repeatContacts",
  "requiredAgents",
  "resolutionRate",
  "responseRate",
  "restoreAggregator",
  "retention",
  "selfServiceDeflection",
  "sentimentShare",
  "serviceLevel",
  "slaCompliance",
  "smartTarget",
  "staffingTable",
  "summarize",
  "ticketTimings",
  "trend",
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
