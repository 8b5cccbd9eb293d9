/**
 * Survey scales at the boundary (csatScale, cesScale), columns kept for grouping (keep) and
 * labels (tags). Expected records are written out by hand from the rows in each test.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../_lib/inputError.test-util.js";
import { callSchema, parseRecords, scaleKpiOptions, surveyResponseSchema, ticketSchema } from "./index.js";
import { createRowParser } from "./rowParser.js";
import { summarize } from "../aggregate/summarize/summarize.js";

const day = new Date("2024-03-04T00:00:00Z");

describe("csatScale and cesScale", () => {
  it("binary: Good and Bad in any case are 1 and 0, Offered, Unoffered and Not Offered (the CSV export's word) no answer, anything else rejected by name", () => {
    const rows = ["Good", "bad ", "GOOD", "Offered", "Unoffered", "yes", "0", "meh", "5", "Not Offered"].map((csat, i) => ({ id: `T${i}`, createdAt: "2024-03-04", csat }));
    const { records, rejected } = parseRecords(rows, ticketSchema, { csatScale: "binary" });
    expect(records.map((r) => [r.id, r.csat])).toEqual([["T0", 1], ["T1", 0], ["T2", 1], ["T3", undefined], ["T4", undefined], ["T5", 1], ["T6", 0], ["T9", undefined]]);
    expect(records[3]).toEqual({ id: "T3", createdAt: day }); // no answer: the field is absent
    expect(rejected.map((r) => [r.index, r.issues[0]?.message])).toEqual([
      [7, 'csat must be Good or Bad (also true/false, yes/no, 1/0, in any case; Offered, Unoffered and Not Offered are no answer), got "meh"'],
      [8, 'csat must be Good or Bad (also true/false, yes/no, 1/0, in any case; Offered, Unoffered and Not Offered are no answer), got "5"'],
    ]);
    // the same column read again as surveySent gives the response rate its denominator
    const sent = parseRecords(rows.slice(0, 5), ticketSchema, {
      csatScale: "binary",
      mapping: { surveySent: { column: "csat", values: { Good: true, Bad: true, Offered: true, Unoffered: false } } },
    });
    expect(sent.records.map((r) => r.surveySent)).toEqual([true, true, true, true, false]);
  });

  it("1-10 CSAT and 1-5 CES widen or narrow the bounds; the default scales still refuse 7 and 9", () => {
    const rows = [{ id: "a", createdAt: "2024-03-04", csat: "9", ces: "5" }, { id: "b", createdAt: "2024-03-04", csat: "11", ces: "6" }];
    const wide = parseRecords(rows, ticketSchema, { csatScale: "1-10", cesScale: "1-5" });
    expect(wide.records).toEqual([{ id: "a", createdAt: day, csat: 9, ces: 5 }]);
    expect(wide.rejected[0]?.issues.map((i) => i.message)).toEqual(['csat must be a whole number from 1 to 10, got "11"', 'ces must be a whole number from 1 to 5, got "6"']);
    expect(parseRecords(rows.slice(0, 1), ticketSchema).rejected[0]?.issues.map((i) => i.field)).toEqual(["csat"]);
  });

  it("survey responses: words are read on csat responses only, on the type's own scale", () => {
    const rows = [
      { type: "csat", score: "Good" },
      { type: "CSAT", score: "Bad" },
      { type: "csat", score: "Unoffered" },
      { type: "nps", score: "Good" },
      { type: "ces", score: "5" },
      { type: "ces", score: "6" },
      { type: "csat", score: "2" },
    ];
    const { records, rejected } = parseRecords(rows, surveyResponseSchema, { csatScale: "binary", cesScale: "1-5" });
    expect(records).toEqual([{ type: "csat", score: 1 }, { type: "csat", score: 0 }, { type: "csat" }, { type: "ces", score: 5 }]);
    expect(rejected.map((r) => [r.index, r.issues[0]?.message])).toEqual([
      [3, 'score must be a whole number, got "Good"'],
      [5, 'score must be a whole number from 1 to 5 (the ces scale), got "6"'],
      [6, 'score must be Good or Bad (also true/false, yes/no, 1/0, in any case; Offered, Unoffered and Not Offered are no answer), got "2"'],
    ]);
    const ten = parseRecords([{ type: "csat", score: "10" }, { type: "nps", score: "10" }], surveyResponseSchema, { csatScale: "1-10" });
    expect(ten.records.map((r) => r.score)).toEqual([10, 10]);
  });

  it("names a scale it does not know, and a schema of the caller's own takes the default scales only", () => {
    expect(inputErrorOf(() => parseRecords([], ticketSchema, { csatScale: "1-7" as never }))).toMatchObject({ field: "options.csatScale", value: "1-7" });
    expect(inputErrorOf(() => parseRecords([], ticketSchema, { cesScale: "0-10" as never }))).toMatchObject({ field: "options.cesScale", value: "0-10" });
    expect(inputErrorOf(() => parseRecords([], callSchema, { csatScale: "1-10" }))).toMatchObject({ field: "options.csatScale", value: "1-10" });
    expect(inputErrorOf(() => parseRecords([], ticketSchema.safeExtend({}), { cesScale: "1-5" }))).toMatchObject({ field: "options.cesScale" });
    expect(parseRecords([{ outcome: "abandoned" }], callSchema, { csatScale: "1-5", cesScale: "1-7" }).counts.records).toBe(1);
  });

  it("TSDoc example of scaleKpiOptions: read on the scales, summarize on the same", () => {
    const rows = [
      { id: "1", createdAt: "2024-03-04", csat: "Good", ces: "1" },
      { id: "2", createdAt: "2024-03-04", csat: "Bad", ces: "5" },
      { id: "3", createdAt: "2024-03-04", csat: "Good", ces: "2" },
    ];
    const scales = { csatScale: "binary", cesScale: "1-5" } as const;
    const { records } = parseRecords(rows, ticketSchema, { ...scales });
    const o = scaleKpiOptions(scales);
    const { total } = summarize(records, { kpis: [{ kpi: "csat", ...o.csat }, { kpi: "ces", ...o.ces }] });
    // 2 good of 3; effort 1, 5, 2 on 1–5 where lower is easier: 1 and 2 easy, 5 difficult
    expect(total.csat).toMatchObject({ value: (2 * 100) / 3, n: 3, satisfied: 2 });
    expect(total.ces).toMatchObject({ value: 8 / 3, n: 3, easyPercent: (2 * 100) / 3, difficultPercent: 100 / 3 });
  });

  it("scaleKpiOptions gives the csat and ces KPIs the same scales", () => {
    expect(scaleKpiOptions()).toEqual({ csat: {}, ces: {} });
    expect(scaleKpiOptions({ csatScale: "1-10", cesScale: "1-5" })).toEqual({ csat: { scale: { min: 1, max: 10 } }, ces: { lowerIsEasier: true } });
    expect(scaleKpiOptions({ csatScale: "binary" }).csat).toEqual({ scale: "binary" });
    expect(inputErrorOf(() => scaleKpiOptions({ csatScale: "stars" as never }))).toMatchObject({ kpi: "scaleKpiOptions", field: "options.csatScale" });
    expect(inputErrorOf(() => scaleKpiOptions(null as never))).toMatchObject({ field: "scales" });
  });

  // The fast path reads the valid rows of a variant schema; it must give what zod gives.
  test.prop([fc.array(fc.record({ csat: fc.constantFrom("", "1", "0", "10", "11", "Good", " bad", "Offered", "unoffered", "x", "7"), ces: fc.constantFrom("", "1", "5", "6", "7") }), { maxLength: 30 }), fc.constantFrom("1-5", "1-10", "binary"), fc.constantFrom("1-7", "1-5")])(
    "the fast path and zod agree on every scale",
    (cells, csatScale, cesScale) => {
      const options = { csatScale, cesScale } as const;
      const fast = createRowParser("t", ticketSchema, options);
      const slow = createRowParser("t", ticketSchema, options, false);
      cells.forEach((c, i) => {
        const row = { id: `T${i}`, createdAt: "2024-03-04", ...c };
        expect(fast.parse(row, i)).toStrictEqual(slow.parse(row, i));
        const read = fast.cells(["id", "createdAt", "csat", "ces"]);
        const record = read?.([row.id, row.createdAt, c.csat, c.ces]);
        const zod = slow.parse(row, i);
        if (record !== undefined) expect(zod).toStrictEqual({ ok: true, record });
      });
    },
  );
});

describe("keep: columns that are not fields, for grouping", () => {
  const rows = [
    { id: "1", createdAt: "2024-03-04", Product: "Payments", Plan: " Pro " },
    { id: "2", createdAt: "2024-03-04", Product: "", Plan: "Free" },
    { id: "3", createdAt: "nope", Product: "Mobile", Plan: "Pro" },
  ];

  it("copies the cells onto each record under the column's name (trimmed; blank is absent)", () => {
    const { records, rejected } = parseRecords(rows, ticketSchema, { keep: ["Product", "Plan"] });
    expect(records).toEqual([
      { id: "1", createdAt: day, Product: "Payments", Plan: "Pro" },
      { id: "2", createdAt: day, Plan: "Free" },
    ]);
    expect(rejected.map((r) => r.index)).toEqual([2]);
    // through the cells of a CSV reader too
    const parser = createRowParser("t", ticketSchema, { keep: ["Product"] });
    expect(parser.cells(["id", "createdAt", "Product"])?.(["9", "2024-03-04", " Payments"])).toEqual({ id: "9", createdAt: day, Product: "Payments" });
    expect(parser.cells(["id", "createdAt", "Product"])?.(["9", "never", "x"])).toBeUndefined();
  });

  it("refuses a column the rows do not have, a field of the schema, a name given twice", () => {
    expect(inputErrorOf(() => parseRecords(rows, ticketSchema, { keep: ["Prodcut"] }))).toMatchObject({ field: "options.keep[0]", value: "Prodcut" });
    // a file of 500 columns: the message lists the first 60 and the count (it listed all 500)
    const wide = [Object.fromEntries([["id", 1], ["createdAt", "2024-03-04"], ...Array.from({ length: 498 }, (_, i) => [`c${i}`, "x"])])];
    expect(inputErrorOf(() => parseRecords(wide, ticketSchema, { keep: ["Prodcut"] })).expected).toMatch(/^a column of the rows \("id", "createdAt", "c0", .*"c57" … \(500 in all\)\)$/);
    expect(inputErrorOf(() => parseRecords(rows, ticketSchema, { keep: ["channel"] })).expected).toContain("not a field of the schema");
    expect(inputErrorOf(() => parseRecords(rows, ticketSchema, { keep: ["Plan", "Plan"] }))).toMatchObject({ field: "options.keep[1]" });
    expect(inputErrorOf(() => parseRecords(rows, ticketSchema, { keep: "Plan" as never }))).toMatchObject({ field: "options.keep" });
    expect(inputErrorOf(() => parseRecords(rows, ticketSchema, { keep: [""] }))).toMatchObject({ field: "options.keep[0]" });
    // a hole is a missing name at its index, not skipped (forEach skipped it; issue 16's probe)
    // eslint-disable-next-line no-sparse-arrays
    expect(inputErrorOf(() => parseRecords(rows, ticketSchema, { keep: ["Plan", , "Product"] as never }))).toMatchObject({ field: "options.keep", index: 1, value: undefined });
  });
});

describe("tags: labels from one cell", () => {
  it("cuts at ; , | when the text has one, else at spaces; trims, drops empty ones, keeps each once", () => {
    const rows = ["billing vip", "a;b", " late , vip ", "x|y|x", ";;", "solo"].map((tags, i) => ({ id: i, createdAt: "2024-03-04", tags }));
    expect(parseRecords(rows, ticketSchema).records.map((r) => r.tags)).toEqual([["billing", "vip"], ["a", "b"], ["late", "vip"], ["x", "y"], [], ["solo"]]);
    expect(parseRecords([{ id: 1, createdAt: 0, tags: ["a", " a", "b "] }], ticketSchema).records[0]?.tags).toEqual(["a", "b"]);
    expect(parseRecords([{ id: 1, createdAt: 0, tags: [1] }], ticketSchema).rejected[0]?.issues[0]?.field).toBe("tags.0");
    // a hole is an element that is not a string, reported at its index (every/map skipped it)
    // eslint-disable-next-line no-sparse-arrays
    expect(parseRecords([{ id: 1, createdAt: 0, tags: ["a", , "b"] }], ticketSchema).rejected[0]?.issues.map((i) => i.field)).toEqual(["tags.1"]);
  });
});
