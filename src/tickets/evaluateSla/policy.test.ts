/**
 * Reading SLA policies: `targetMs` written as text, and priorities and channels folded. Expected
 * milliseconds are written out from the unit sizes (M = 60,000 ms, H = 60 M).
 */
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { assertSlaPolicy, foldCondition, pickTarget, readPolicy, type ReadTarget } from "./policy.js";

const M = 60_000;
const H = 60 * M;
const read = (targets: unknown[]): readonly ReadTarget[] => readPolicy("evaluateSla", { targets }).targets;

describe("readPolicy: targetMs as text", () => {
  it("reads duration text into ms and keeps numbers as they are", () => {
    const targets = read([
      { metric: "first-reply", targetMs: "2h" },
      { metric: "next-reply", targetMs: "30m" },
      { metric: "resolution", targetMs: "1d 4h" },
      { metric: "requester-wait", targetMs: "1h30m" },
      { metric: "first-reply", targetMs: "90s", priority: "urgent" },
      { metric: "first-reply", targetMs: "1.5h", priority: "high" },
      { metric: "first-reply", targetMs: 900_000, priority: "low" },
    ]);
    expect(targets.map((t) => t.targetMs)).toEqual([2 * H, 30 * M, 28 * 3_600_000, 5_400_000, 90_000, 5_400_000, 900_000]);
  });

  it("accepts a policy file as parsed JSON with text targets (what `report --sla` checks)", () => {
    const json: unknown = JSON.parse('{ "targets": [{ "metric": "first-reply", "targetMs": "15m", "priority": "High" }] }');
    expect(() => assertSlaPolicy("report", json)).not.toThrow();
  });

  it.each([
    "", // empty
    "   ",
    "0s", // zero
    "0h 0m",
    "-5m", // negative
    "2 h", // a space between number and unit
    "60000", // no unit: say it
    "2w", // unknown unit
    "1h 2h", // a unit twice
    "30m 1h", // smallest first
    "2H", // units are lower case
    "NaN",
    `${"9".repeat(400)}d`, // beyond any finite number
  ])("refuses %j, naming the target, its index and the value", (text) => {
    const error = inputErrorOf(() => read([{ metric: "first-reply", targetMs: H }, { metric: "resolution", targetMs: text }]));
    expect(error).toMatchObject({ kpi: "evaluateSla", field: "policy.targets[1].targetMs", index: undefined, value: text });
    expect(error.expected).toContain('"1d 4h"');
    expect(error.expected).toContain("units d, h, m or min, s, ms");
    expect(error.message).toContain("policy.targets[1].targetMs must be a finite number of ms > 0, or a duration text");
  });

  it("refuses numbers as before, and values of other types", () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, undefined, null, true, ["2h"], { h: 2 }]) {
      expect(inputErrorOf(() => read([{ metric: "resolution", targetMs: bad }]))).toMatchObject({ field: "policy.targets[0].targetMs", value: bad });
    }
  });
});

describe("readPolicy: priority and channel ignoring case and surrounding spaces", () => {
  it("keeps the folded values", () => {
    const [t] = read([{ metric: "first-reply", targetMs: H, priority: " High ", channel: "E-Mail" }]);
    expect(t).toEqual({ metric: "first-reply", targetMs: H, priority: "high", channel: "e-mail" });
  });

  it("rejects targets that differ only in case or spaces as duplicates, naming the later one", () => {
    const error = inputErrorOf(() =>
      read([
        { metric: "first-reply", targetMs: H, priority: "high", channel: "chat" },
        { metric: "resolution", targetMs: H, priority: "High", channel: "Chat" }, // another metric: fine
        { metric: "first-reply", targetMs: 2 * H, priority: "HIGH ", channel: " chat" },
      ]),
    );
    expect(error).toMatchObject({ field: "policy.targets", index: 2, value: { metric: "first-reply", targetMs: 2 * H, priority: "HIGH ", channel: " chat" } });
    expect(error.expected).toContain("policy.targets[0]");
  });

  it("refuses a blank priority or channel, which could match no written value", () => {
    for (const blank of ["", "  ", "\t"]) {
      expect(inputErrorOf(() => read([{ metric: "first-reply", targetMs: H, priority: blank }]))).toMatchObject({ field: "policy.targets[0].priority", value: blank });
      expect(inputErrorOf(() => read([{ metric: "first-reply", targetMs: H, channel: blank }]))).toMatchObject({ field: "policy.targets[0].channel", value: blank });
    }
  });
});

describe("pickTarget with folded ticket values", () => {
  const targets = read([
    { metric: "first-reply", targetMs: "4h" },
    { metric: "first-reply", targetMs: "1h", priority: "High" },
    { metric: "first-reply", targetMs: "2h", channel: "CHAT" },
    { metric: "first-reply", targetMs: "30m", priority: "high", channel: "Chat" },
  ]);
  const pick = (priority: string | null, channel: string | null): number | undefined =>
    pickTarget(targets, "first-reply", foldCondition(priority), foldCondition(channel))?.targetMs;

  it("matches a ticket's priority and channel whatever their case and surrounding spaces", () => {
    expect(pick("high ", "chat")).toBe(30 * M);
    expect(pick("HIGH", " Chat ")).toBe(30 * M);
    expect(pick("High", "email")).toBe(H);
    expect(pick("normal", "cHaT")).toBe(2 * H);
    expect(pick(null, null)).toBe(4 * H);
    expect(pick("hi gh", "chat ")).toBe(2 * H); // only the ends are trimmed
  });

  it("folds null to null", () => {
    expect(foldCondition(null)).toBeNull();
    expect(foldCondition("  Ab C ")).toBe("ab c");
  });
});

describe("assertSlaPolicy and absent conditions", () => {
  it("throws what readPolicy throws, and passes a policy", () => {
    expect(() => assertSlaPolicy("report", { targets: "none" })).toThrow(/^report: policy.targets must be an array/);
    expect(() => assertSlaPolicy("report", { targets: [{ metric: "first-reply", targetMs: 60_000 }] })).not.toThrow();
  });

  it("reads a priority or channel of null as absent: the target matches every ticket", () => {
    const p = readPolicy("test", { targets: [{ metric: "first-reply", targetMs: 60_000, priority: null, channel: null }] });
    expect(pickTarget(p.targets, "first-reply", "high", "email")).toMatchObject({ targetMs: 60_000, priority: null, channel: null });
  });
});
