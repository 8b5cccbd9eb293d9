import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { complaintRatio } from "../../operations/complaintRatio/complaintRatio.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import { expectJsonRoundTrip, expectRate } from "./_lib/rates.test-util.js";

const at = "2026-03-02T08:00:00Z";
/** Tickets with a complaint flag, a category, both or neither; and a survey response, which no rate reads. */
const RECORDS: (TicketRecord | SurveyResponseRecord)[] = [
  { id: "C1", channel: "chat", createdAt: at, complaint: true, category: "Billing" },
  { id: "C2", channel: "chat", createdAt: at, complaint: false, category: " complaint " },
  { id: "C3", channel: "email", createdAt: at, category: "COMPLAINT" },
  { id: "C4", channel: "email", createdAt: at, category: "Question" },
  { id: "C5", channel: "email", createdAt: at, complaint: true },
  { id: "C6", channel: "chat", createdAt: at },
  { id: "R1", type: "csat", score: 2, respondedAt: at, channel: "chat" },
];

describe("complaintRate KPI", () => {
  it("without categories: flagged complaints over the tickets that carry the flag", () => {
    const { rows, total } = summarize(RECORDS, { kpis: ["complaintRate"], by: "channel" });
    // flag set on C1 (true), C2 (false), C5 (true): 2 complaints of 3; C3, C4, C6 and R1 are left out
    expectRate(total.complaintRate, 2, 3);
    // chat: C1 of C1, C2 → 1 of 2; email: C5 of C5 → 1 of 1
    expect(rows.map((r) => [r.group["channel"], r.complaintRate.value, r.complaintRate.n])).toEqual([["chat", 50, 2], ["email", 100, 1]]);
  });

  it("with categories: every ticket counts, a complaint by its flag or by its category (case and spaces aside)", () => {
    const { rows, total } = summarize(RECORDS, { kpis: [{ kpi: "complaintRate", categories: ["Complaint"] }], by: "channel" });
    // 6 tickets; complaints: C1 (flag), C2 (" complaint ", though its flag is false), C3 ("COMPLAINT"), C5 (flag) → 4 of 6
    expectRate(total.complaintRate, 4, 6);
    // chat C1 C2 C6 → 2 of 3; email C3 C4 C5 → 2 of 3
    expect(rows.map((r) => [r.group["channel"], r.complaintRate.n, r.complaintRate.value])).toEqual([["chat", 3, 200 / 3], ["email", 3, 200 / 3]]);
  });

  it("is complaintRatio of the group's counts, per 100 tickets (complaintRatio × 10 is per 1,000)", () => {
    const { total } = summarize(RECORDS, { kpis: [{ kpi: "complaintRate", categories: ["complaint", "question"], confidence: 0.9 }] });
    // complaints C1 C2 C3 C4 C5 of the 6 tickets
    expect(total.complaintRate).toEqual(complaintRatio({ complaints: 5, interactions: 6 }, { confidence: 0.9 }));
  });

  it("has no value without a ticket that tells, surveys only included", () => {
    const empty = { value: null, n: 0, ci: null };
    expect(summarize([RECORDS[5] as TicketRecord, RECORDS[6] as SurveyResponseRecord], { kpis: ["complaintRate"] }).total.complaintRate).toEqual(empty);
    expect(summarize([RECORDS[6] as SurveyResponseRecord], { kpis: [{ kpi: "complaintRate", categories: ["x"] }] }).total.complaintRate).toEqual(empty);
    // an empty list of categories is a list: every ticket counts, complaints by their flag alone (C1, C5 of 6)
    expectRate(summarize(RECORDS, { kpis: [{ kpi: "complaintRate", categories: [] }] }).total.complaintRate, 2, 6);
  });

  it("names a complaint flag that is not a boolean, a category that is not text, and bad options", () => {
    for (const complaint of ["yes", 1, Number.NaN]) {
      const e = inputErrorOf(() => summarize([{ id: "X", createdAt: at, complaint } as never], { kpis: ["complaintRate"] }));
      expect(e).toMatchObject({ kpi: "summarize", field: "records.complaint", index: 0, recordId: "X", value: complaint });
    }
    const category = inputErrorOf(() => summarize([RECORDS[0] as TicketRecord, { id: "Y", createdAt: at, category: 7 } as never], { kpis: [{ kpi: "complaintRate", categories: ["a"] }] }));
    expect(category).toMatchObject({ field: "records.category", index: 1, recordId: "Y", value: 7 });
    // without categories the category is not read
    expect(summarize([{ id: "Y", createdAt: at, category: 7 } as never], { kpis: ["complaintRate"] }).total.complaintRate.n).toBe(0);
    expect(inputErrorOf(() => summarize([], { kpis: [{ kpi: "complaintRate", categories: "Complaint" as never }] }))).toMatchObject({ field: "options.kpis[0].categories" });
    expect(inputErrorOf(() => summarize([], { kpis: [{ kpi: "complaintRate", categories: ["a", " "] }] }))).toMatchObject({ field: "options.kpis[0].categories", index: 1 });
    expect(inputErrorOf(() => summarize([], { kpis: ["count", { kpi: "complaintRate", confidence: 95 }] }))).toMatchObject({ field: "options.kpis[1].confidence" });
  });

  it("travels as JSON, categories given as any iterable saved as a list", () => {
    expectJsonRoundTrip(RECORDS, { kpis: [{ kpi: "complaintRate", categories: new Set(["complaint"]) as never }], by: "channel" });
    expectJsonRoundTrip(RECORDS, { kpis: ["complaintRate"], period: "day" });
  });
});

/** Written out apart from the library: is the ticket counted, and is it a complaint. */
function expected(t: TicketRecord, categories: readonly string[] | undefined): "complaint" | "other" | null {
  if (categories === undefined) return t.complaint === undefined ? null : t.complaint ? "complaint" : "other";
  const byCategory = t.category !== undefined && categories.some((c) => c.trim().toLowerCase() === t.category?.trim().toLowerCase());
  return t.complaint === true || byCategory ? "complaint" : "other";
}

const ticket = fc
  .record({
    id: fc.integer({ min: 1, max: 99 }),
    channel: fc.constantFrom("chat", "email"),
    complaint: fc.option(fc.boolean(), { nil: undefined }),
    category: fc.option(fc.constantFrom("Complaint", " complaint", "Billing", "billing ", "Other"), { nil: undefined }),
  })
  .map(({ complaint, category, ...t }): TicketRecord => ({ ...t, createdAt: Date.UTC(2026, 2, 2), ...(complaint === undefined ? {} : { complaint }), ...(category === undefined ? {} : { category }) }));
const categories = fc.option(fc.subarray(["COMPLAINT", "billing"]), { nil: undefined });

test.prop([splitsOf(fc.array(ticket, { maxLength: 30 })), categories])("merging any split equals one pass; the counts are a plain loop's; 0 ≤ value ≤ 100 inside its interval", (split, cats) => {
  const spec = cats === undefined ? { kpi: "complaintRate" as const } : { kpi: "complaintRate" as const, categories: cats };
  const options = { kpis: [spec], by: "channel" } as const;
  const whole = summarize(split[0], options);
  expect(mergeSplit(split, options).folded.result()).toEqual(whole);
  const kinds = split[0].map((t) => expected(t, cats));
  const n = kinds.filter((k) => k !== null).length;
  expectRate(whole.total.complaintRate, kinds.filter((k) => k === "complaint").length, n);
  const { value, ci } = whole.total.complaintRate;
  if (value !== null && ci !== null) expect(0 <= ci.lower && ci.lower <= value && value <= ci.upper && ci.upper <= 100).toBe(true);
  expect(whole.rows.reduce((s, row) => s + row.complaintRate.n, 0)).toBe(n);
  // order independence
  expect(summarize([...split[0]].reverse(), options)).toEqual(whole);
});
