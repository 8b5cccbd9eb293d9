import { describe, expect, it } from "vitest";
import { isKpiInputError, KPI_INVALID_INPUT, KpiInputError } from "./errors.js";
import { nps } from "./survey/nps/nps.js";

// The message format is documented in docs/conventions.md and asserted by many calculator tests;
// these examples pin down how every kind of rejected value is written.
const circular: Record<string, unknown> = {};
circular.self = circular;

describe("KpiInputError", () => {
  it.each([
    ["a string, JSON-quoted", "9".repeat(78), JSON.stringify("9".repeat(78))],
    ["a long string, its start quoted and its length said", "9".repeat(100), `"${"9".repeat(77)}…" (100 characters)`],
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
    ["a long object, its JSON cut to 80 characters and its length said", { text: "y".repeat(100) }, `{"text":"${"y".repeat(70)}… (111 characters of JSON)`],
    ["a long bigint, cut to 80 characters and its length said", 10n ** 100n, `1${"0".repeat(78)}… (101 digits)`],
    ["an array of many, its length with separators", Array.from({ length: 12_345 }), "an array of 12,345"],
    ["an object JSON cannot write", circular, "an object"],
    ["an object whose toJSON gives nothing", { toJSON: () => undefined }, "an object"],
  ])("writes %s", (_, value, described) => {
    const error = new KpiInputError({ kpi: "nps", field: "scores", index: 2, value, expected: "an integer from 0 to 10" });
    expect(error.message).toBe(`nps: scores[2] must be an integer from 0 to 10, got ${described}`);
    expect(Object.is(error.value, value)).toBe(true);
  });

  it("keeps a message short whatever the value: nps(\"x\".repeat(1e5)) quotes 80 characters and says the length", () => {
    const value = "x".repeat(1e5);
    const error = new KpiInputError({ kpi: "nps", field: "scores", value, expected: "an array of scores from 0 to 10" });
    expect(error.message).toBe(`nps: scores must be an array of scores from 0 to 10, got "${"x".repeat(77)}…" (100,000 characters)`);
    expect(error.message.length).toBeLessThan(200);
    expect(error.value).toBe(value); // the value itself, uncut
    // the reproducer of issue 16: a 100,108-character message before
    let thrown: unknown;
    try {
      nps(value as never);
    } catch (e) {
      thrown = e;
    }
    expect(isKpiInputError(thrown) && thrown.value === value && thrown.message.length < 250 && thrown.message.includes(`"${"x".repeat(77)}…" (100,000 characters)`)).toBe(true);
    // escapes make characters longer: the quote stays within 80 characters, no escape cut in half
    const escaped = new KpiInputError({ kpi: "k", field: "f", value: "\u0001".repeat(100), expected: "x" }).message.replace(/^.*got /, "");
    expect(escaped).toBe(`"${"\\u0001".repeat(12)}…" (100 characters)`);
    // nor a surrogate pair: 🙂 is two UTF-16 units, kept whole or left out
    for (const value of ["a" + "🙂".repeat(60), "🙂".repeat(60)]) {
      const shown = new KpiInputError({ kpi: "k", field: "f", value, expected: "x" }).message.replace(/^.*got "/, "").replace(/…" \(\d+ characters\)$/, "");
      expect(shown.length).toBeLessThanOrEqual(78);
      expect(value.startsWith(shown) && !/[\ud800-\udbff]$/.test(shown)).toBe(true);
    }
    const object = new KpiInputError({ kpi: "k", field: "f", value: { a: "🙂".repeat(60) }, expected: "x" }).message.replace(/^.*got /, "");
    expect(object).toMatch(/^\{"a":"(🙂)+… \(128 characters of JSON\)$/);
  });

  it("names the record by its id, and leaves out what it was not given", () => {
    expect(new KpiInputError({ kpi: "k", field: "tickets", recordId: "T-1", value: 3, expected: "x" }).message).toBe('k: tickets (id "T-1") must be x, got 3');
    expect(new KpiInputError({ kpi: "k", field: "f", index: 0, recordId: 42, value: 3, expected: "x" }).message).toBe("k: f[0] (id 42) must be x, got 3");
    expect(new KpiInputError({ kpi: "k", field: "f", value: "3", expected: "x" }).message).toBe('k: f must be x, got "3"');
    expect(new KpiInputError({ kpi: "k", field: "f", recordId: "T".repeat(1000), value: 3, expected: "x" }).message).toBe(`k: f (id "${"T".repeat(77)}…" (1,000 characters)) must be x, got 3`);
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
