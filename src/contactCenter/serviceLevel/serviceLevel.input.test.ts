import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { Call } from "../../records/call.js";
import { SERVICE_LEVEL_FORMULAS, serviceLevel, type ServiceLevelOptions } from "./serviceLevel.js";

const CALLS: Call[] = [
  { waitMs: 3_000, outcome: "answered" },
  { waitMs: 31_000, outcome: "abandoned" },
  { waitMs: 12_500, outcome: "answered" },
  { waitMs: 900, outcome: "abandoned" },
  { waitMs: 75_000, outcome: "answered" },
];

describe("serviceLevel inputs", () => {
  it("returns the fields in the documented order and survives JSON", () => {
    const r = serviceLevel(CALLS, { thresholdMs: 20_000 });
    expect(Object.keys(r)).toEqual(["value", "n", "answered", "answeredWithin", "abandoned", "abandonedWithin", "shortAbandoned", "unknownWait", "ci"]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("exports its formulas frozen, default first", () => {
    expect(SERVICE_LEVEL_FORMULAS[0]).toBe("answered-of-offered");
    expect(SERVICE_LEVEL_FORMULAS).toHaveLength(5);
    expect(Object.isFrozen(SERVICE_LEVEL_FORMULAS)).toBe(true);
    expect(serviceLevel(CALLS, { thresholdMs: 20_000, formula: undefined })).toEqual(serviceLevel(CALLS, { thresholdMs: 20_000, formula: "answered-of-offered" }));
  });

  it("accepts any iterable, ignores other fields, and does not modify the calls", () => {
    const before = JSON.stringify(CALLS);
    function* gen(): Generator<Call> {
      yield* CALLS;
    }
    const expected = serviceLevel(CALLS, { thresholdMs: 20_000 });
    expect(serviceLevel(gen(), { thresholdMs: 20_000 })).toEqual(expected);
    expect(serviceLevel(new Set(CALLS), { thresholdMs: 20_000 })).toEqual(expected);
    const decorated = CALLS.map((c, i) => ({ ...c, id: i, talkMs: 60_000, queue: "billing" }));
    expect(serviceLevel(decorated, { thresholdMs: 20_000 })).toEqual(expected);
    expect(serviceLevel([...CALLS].reverse(), { thresholdMs: 20_000 })).toEqual(expected);
    expect(JSON.stringify(CALLS)).toBe(before);
  });

  it("uses the confidence option for the interval", () => {
    const r = serviceLevel(CALLS, { thresholdMs: 20_000, confidence: 0.8 });
    expect(r.ci?.level).toBe(0.8);
    const wide = serviceLevel(CALLS, { thresholdMs: 20_000, confidence: 0.99 });
    expect(wide.ci!.upper - wide.ci!.lower).toBeGreaterThan(r.ci!.upper - r.ci!.lower);
  });

  it.each([
    [[null], "calls", 0, null],
    [[{ waitMs: 1, outcome: "answered" }, 7], "calls", 1, 7],
    [[["answered", 1]], "calls", 0, ["answered", 1]],
    [[{ outcome: "answered" }], "calls.waitMs", 0, undefined],
    [[{ waitMs: 1, outcome: "answered" }, { waitMs: -1, outcome: "answered" }], "calls.waitMs", 1, -1],
    [[{ waitMs: Number.NaN, outcome: "abandoned" }], "calls.waitMs", 0, Number.NaN],
    [[{ waitMs: Number.POSITIVE_INFINITY, outcome: "answered" }], "calls.waitMs", 0, Number.POSITIVE_INFINITY],
    [[{ waitMs: "20", outcome: "answered" }], "calls.waitMs", 0, "20"],
    [[{ waitMs: 1, outcome: "answered" }, { waitMs: 1, outcome: "missed" }], "calls.outcome", 1, "missed"],
    [[{ waitMs: 1, outcome: "Answered" }], "calls.outcome", 0, "Answered"],
    [[{ waitMs: 1 }], "calls.outcome", 0, undefined],
  ])("rejects calls %j with field %s at index %i", (calls, field, index, value) => {
    const e = inputErrorOf(() => serviceLevel(calls as Call[], { thresholdMs: 20_000 }));
    expect(e).toMatchObject({ kpi: "serviceLevel", field, index });
    expect(e.value).toEqual(value);
  });

  it.each([
    [{ thresholdMs: 0 }, "options.thresholdMs", 0],
    [{ thresholdMs: -20_000 }, "options.thresholdMs", -20_000],
    [{ thresholdMs: Number.NaN }, "options.thresholdMs", Number.NaN],
    [{ thresholdMs: Number.POSITIVE_INFINITY }, "options.thresholdMs", Number.POSITIVE_INFINITY],
    [{ thresholdMs: "20000" }, "options.thresholdMs", "20000"],
    [{}, "options.thresholdMs", undefined],
    [{ thresholdMs: 1, formula: "answered-of-handled" }, "options.formula", "answered-of-handled"],
    [{ thresholdMs: 1, formula: null }, "options.formula", null],
    [{ thresholdMs: 1, shortAbandonMs: -1 }, "options.shortAbandonMs", -1],
    [{ thresholdMs: 1, shortAbandonMs: Number.NaN }, "options.shortAbandonMs", Number.NaN],
    [{ thresholdMs: 1, confidence: 1 }, "options.confidence", 1],
    [{ thresholdMs: 1, confidence: 0 }, "options.confidence", 0],
  ])("rejects options %o with field %s", (options, field, value) => {
    const e = inputErrorOf(() => serviceLevel(CALLS, options as unknown as ServiceLevelOptions));
    expect(e).toMatchObject({ kpi: "serviceLevel", field, index: undefined });
    expect(e.value).toEqual(value);
  });

  it("rejects a non-iterable calls argument and missing options", () => {
    for (const bad of [undefined, null, 42, "answered", { waitMs: 1, outcome: "answered" }]) {
      expect(inputErrorOf(() => serviceLevel(bad as never, { thresholdMs: 1 }))).toMatchObject({ field: "calls", index: undefined });
    }
    expect(inputErrorOf(() => serviceLevel(CALLS, undefined as never))).toMatchObject({ field: "options" });
    expect(inputErrorOf(() => serviceLevel(CALLS, { thresholdMs: 0 })).message).toMatch(/^serviceLevel: options\.thresholdMs must be a finite duration in ms > 0, got 0$/);
    expect(inputErrorOf(() => serviceLevel([{ waitMs: 1, outcome: "x" as never }], { thresholdMs: 1 })).message).toBe(
      'serviceLevel: calls.outcome[0] must be "answered" or "abandoned", got "x"',
    );
  });
});
