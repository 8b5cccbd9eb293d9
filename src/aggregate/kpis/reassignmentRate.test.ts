import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import { expectJsonRoundTrip, expectRate } from "./_lib/rates.test-util.js";

const at = "2026-03-02T08:00:00Z";
const RECORDS: (TicketRecord | SurveyResponseRecord)[] = [
  { id: "A1", team: "L1", createdAt: at, reassignments: 0 },
  { id: "A2", team: "L1", createdAt: at, reassignments: 1 },
  { id: "A3", team: "L2", createdAt: at, reassignments: 3 },
  { id: "A4", team: "L2", createdAt: at }, // no count: left out
  { id: "A5", team: "L2", createdAt: at, reassignments: 2 },
  { id: "R1", type: "csat", score: 4, sentAt: at, team: "L1" }, // a survey response: left out
];

describe("reassignmentRate KPI", () => {
  it("counts tickets moved at least once over tickets with the count, and the mean count", () => {
    const { rows, total } = summarize(RECORDS, { kpis: ["reassignmentRate"], by: "team" });
    // with the count: A1 A2 A3 A5 (4); moved at least once: A2 A3 A5 (3) → 75 %; moves 0 + 1 + 3 + 2 = 6 → 6 / 4 = 1.5
    expectRate(total.reassignmentRate, 3, 4);
    expect(total.reassignmentRate.meanReassignments).toBe(1.5);
    // L1: A1 A2 → 1 of 2, mean 1 / 2; L2: A3 A5 → 2 of 2, mean 5 / 2
    expect(rows.map((r) => [r.group["team"], r.reassignmentRate.value, r.reassignmentRate.n, r.reassignmentRate.meanReassignments])).toEqual([["L1", 50, 2, 0.5], ["L2", 100, 2, 2.5]]);
  });

  it("has no value, and no mean, without a ticket that has the count", () => {
    expect(summarize(RECORDS.slice(3, 4).concat(RECORDS.slice(5)), { kpis: ["reassignmentRate"] }).total.reassignmentRate).toEqual({ value: null, n: 0, ci: null, meanReassignments: null });
    // none moved: a rate of 0 and a mean of 0, not "no value"
    expect(summarize([RECORDS[0] as TicketRecord], { kpis: ["reassignmentRate"] }).total.reassignmentRate).toMatchObject({ value: 0, n: 1, meanReassignments: 0 });
  });

  it("names a count that is not a whole number ≥ 0", () => {
    for (const reassignments of [-1, 0.5, "2", Number.POSITIVE_INFINITY]) {
      expect(inputErrorOf(() => summarize([{ id: "X", createdAt: at, reassignments } as never], { kpis: ["reassignmentRate"] }))).toMatchObject({ kpi: "summarize", field: "records.reassignments", index: 0, recordId: "X", value: reassignments });
    }
  });

  it("travels as JSON", () => expectJsonRoundTrip(RECORDS, { kpis: [{ kpi: "reassignmentRate", confidence: 0.99 }], by: "team" }));
});

const ticket = fc
  .record({ id: fc.nat(99), team: fc.constantFrom("L1", "L2"), reassignments: fc.option(fc.nat(6), { nil: undefined }) })
  .map(({ reassignments, ...t }): TicketRecord => ({ ...t, createdAt: Date.UTC(2026, 2, 2), ...(reassignments === undefined ? {} : { reassignments }) }));

test.prop([splitsOf(fc.array(ticket, { maxLength: 30 }))])("merging any split equals one pass; rate and mean as a plain loop; the mean is at least the share moved", (split) => {
  const options = { kpis: ["reassignmentRate"], by: "team" } as const;
  const whole = summarize(split[0], options);
  expect(mergeSplit(split, options).folded.result()).toEqual(whole);
  const counted = split[0].flatMap((t) => (t.reassignments === undefined ? [] : [t.reassignments]));
  const r = whole.total.reassignmentRate;
  expectRate(r, counted.filter((c) => c > 0).length, counted.length);
  expect(r.meanReassignments).toBe(counted.length === 0 ? null : counted.reduce((a, b) => a + b, 0) / counted.length);
  // each moved ticket moved at least once: mean ≥ share moved (compared as counts: 1/3 and
  // 33.333…/100 differ in the last bit)
  if (r.value !== null) expect((r.meanReassignments as number) * r.n).toBeGreaterThanOrEqual(counted.filter((c) => c > 0).length - 1e-9);
  expect(summarize([...split[0]].reverse(), options)).toEqual(whole);
});
