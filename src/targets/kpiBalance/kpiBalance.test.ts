import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { kpiBalance } from "./kpiBalance.js";

describe("kpiBalance", () => {
  it("reproduces the TSDoc example literally", () => {
    const r = kpiBalance({ handleTimeMs: 240_000, fcr: 68 }, { handleTimeMs: 300_000, fcr: 74 });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: "handle-time-down-fcr-down", current: { handleTimeMs: 240_000, fcr: 68 }, previous: { handleTimeMs: 300_000, fcr: 74 } });
    expect(r.warnings[0]!.message).toMatch(/^Handle time fell while /);
    expect(kpiBalance({ csat: 90, responseRate: 20 }, { csat: 89.5, responseRate: 30 })).toEqual({ warnings: [] });
  });

  it("raises each of the four warnings with the numbers behind it", () => {
    // AHT 5:00 → 4:00 (−20 %), CSAT 86 → 81 (−5 points).
    expect(kpiBalance({ handleTimeMs: 240_000, csat: 81 }, { handleTimeMs: 300_000, csat: 86 }).warnings).toEqual([
      expect.objectContaining({ code: "handle-time-down-csat-down", current: { handleTimeMs: 240_000, csat: 81 }, previous: { handleTimeMs: 300_000, csat: 86 } }),
    ]);
    // CSAT 80 → 88 while response rate 25 % → 12 %.
    expect(kpiBalance({ csat: 88, responseRate: 12 }, { csat: 80, responseRate: 25 }).warnings.map((w) => w.code)).toEqual(["csat-up-response-rate-down"]);
    // First reply 2 h → 10 min while automated first replies 5 % → 60 %.
    const w = kpiBalance({ firstReplyMs: 600_000, automatedFirstReplyShare: 60 }, { firstReplyMs: 7_200_000, automatedFirstReplyShare: 5 }).warnings;
    expect(w).toEqual([expect.objectContaining({ code: "first-reply-down-automation-up", current: { firstReplyMs: 600_000, automatedFirstReplyShare: 60 }, previous: { firstReplyMs: 7_200_000, automatedFirstReplyShare: 5 } })]);
    // All at once: handle time down with FCR and CSAT down gives both handle-time warnings.
    expect(kpiBalance({ handleTimeMs: 200_000, fcr: 60, csat: 70 }, { handleTimeMs: 300_000, fcr: 70, csat: 80 }).warnings.map((x) => x.code)).toEqual(["handle-time-down-fcr-down", "handle-time-down-csat-down"]);
  });

  it("ignores changes within the tolerance (strictly more than 1 point or 5 % counts)", () => {
    // Handle time −5 % exactly: not counted by default; counted with durationPercent 4.
    expect(kpiBalance({ handleTimeMs: 285_000, fcr: 60 }, { handleTimeMs: 300_000, fcr: 70 }).warnings).toEqual([]);
    expect(kpiBalance({ handleTimeMs: 285_000, fcr: 60 }, { handleTimeMs: 300_000, fcr: 70 }, { durationPercent: 4 }).warnings).toHaveLength(1);
    // FCR −1 point exactly: not counted; with ratePoints 0.5 it is.
    expect(kpiBalance({ handleTimeMs: 200_000, fcr: 69 }, { handleTimeMs: 300_000, fcr: 70 }).warnings).toEqual([]);
    expect(kpiBalance({ handleTimeMs: 200_000, fcr: 69 }, { handleTimeMs: 300_000, fcr: 70 }, { ratePoints: 0.5 }).warnings).toHaveLength(1);
  });

  it("needs both KPIs of a rule in both snapshots", () => {
    expect(kpiBalance({ handleTimeMs: 100_000 }, { handleTimeMs: 300_000, fcr: 90 })).toEqual({ warnings: [] });
    expect(kpiBalance({}, {})).toEqual({ warnings: [] });
  });

  it("rejects bad input with the field", () => {
    expect(inputErrorOf(() => kpiBalance({ csat: Number.NaN }, {}))).toMatchObject({ kpi: "kpiBalance", field: "current.csat" });
    expect(inputErrorOf(() => kpiBalance({}, { handleTimeMs: Number.POSITIVE_INFINITY }))).toMatchObject({ field: "previous.handleTimeMs" });
    expect(inputErrorOf(() => kpiBalance(null as never, {}))).toMatchObject({ field: "current" });
    expect(inputErrorOf(() => kpiBalance({}, {}, { ratePoints: -1 }))).toMatchObject({ field: "options.ratePoints", value: -1 });
    expect(inputErrorOf(() => kpiBalance({}, {}, { durationPercent: Number.NaN }))).toMatchObject({ field: "options.durationPercent" });
  });
});
