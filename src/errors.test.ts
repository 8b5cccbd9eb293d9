import { describe, expect, it } from "vitest";
import { isKpiInputError, KPI_INVALID_INPUT, KpiInputError } from "./errors.js";

// The message format is documented in docs/conventions.md and asserted by many calculator tests;
// these examples pin down how every kind of rejected value is written.
const circular: Record<string, unknown> = {};
circular.self = circular;

describe("KpiInputError", () => {
  it.each([
    ["a string, JSON-quoted and never cut", "9".repeat(100), JSON.stringify("9".repeat(100))],
    ["a number", 11, "11"],
    ["NaN", Number.NaN, "NaN"],
    ["-0", -0, "0"],
    ["-Infinity", Number.NEGATIVE_INFINITY, "-Infinity"],
    ["a bigint", 5n, "5"],
    ["a boolean", false, "false"],
    ["null", null, "null"],
    ["undefined", undefined, "undefined"],
    ["a symbol, by its type", Symbol("s"), "symbol"],
    ["a function, by its type", () => 1, "function"],
    ["an array, by its length", [1, 2, 3], "an array of 3"],
    ["a date, in ISO 8601", new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)), "2024-01-02T03:04:05.006Z"],
    ["an invalid date", new Date(Number.NaN), "Invalid Date"],
    ["an object, as JSON", { promoters: 1 }, '{"promoters":1}'],
    ["a long object, cut to 80 characters", { text: "y".repeat(100) }, `{"text":"${"y".repeat(68)}...`],
    ["an object JSON cannot write", circular, "an object"],
    ["an object whose toJSON gives nothing", { toJSON: () => undefined }, "an object"],
  ])("writes %s", (_, value, described) => {
    const error = new KpiInputError({ kpi: "nps", field: "scores", index: 2, value, expected: "an integer from 0 to 10" });
    expect(error.message).toBe(`nps: scores[2] must be an integer from 0 to 10, got ${described}`);
    expect(Object.is(error.value, value)).toBe(true);
  });

  it("names the record by its id, and leaves out what it was not given", () => {
    expect(new KpiInputError({ kpi: "k", field: "tickets", recordId: "T-1", value: 3, expected: "x" }).message).toBe('k: tickets (id "T-1") must be x, got 3');
    expect(new KpiInputError({ kpi: "k", field: "f", index: 0, recordId: 42, value: 3, expected: "x" }).message).toBe("k: f[0] (id 42) must be x, got 3");
    expect(new KpiInputError({ kpi: "k", field: "f", value: "3", expected: "x" }).message).toBe('k: f must be x, got "3"');
  });

  it("is a RangeError carrying its details as own properties, in a fixed order", () => {
    const error = new KpiInputError({ kpi: "k", field: "f", value: 3, expected: "x" });
    expect(error).toBeInstanceOf(RangeError);
    expect(Object.keys(error)).toEqual(["code", "kpi", "field", "index", "recordId", "value", "expected", "name"]);
    expect(error).toMatchObject({ code: KPI_INVALID_INPUT, kpi: "k", field: "f", index: undefined, recordId: undefined, value: 3, expected: "x", name: "KpiInputError" });
  });
});

describe("isKpiInputError", () => {
  it("recognises the error by its code, not its class", () => {
    expect(isKpiInputError(new KpiInputError({ kpi: "k", field: "f", value: 1, expected: "x" }))).toBe(true);
    expect(isKpiInputError(Object.assign(new Error("copy"), { code: KPI_INVALID_INPUT }))).toBe(true);
    expect(isKpiInputError(new RangeError("x"))).toBe(false);
    expect(isKpiInputError(null)).toBe(false);
    expect(isKpiInputError("KPI_INVALID_INPUT")).toBe(false);
  });
});
