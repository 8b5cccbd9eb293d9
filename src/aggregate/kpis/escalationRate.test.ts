import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import { expectJsonRoundTrip, expectRate } from "./_lib/rates.test-util.js";

const at = "2026-03-02T08:00:00Z";
const RECORDS: (TicketRecord | SurveyResponseRecord)[] = [
  { id: "E1", channel: "chat", createdAt: at, escalated: true },
  { id: "E2", channel: "chat", createdAt: at, escalated: false },
  { id: "E3", channel: "email", createdAt: at, escalated: true },
  { id: "E4", channel: "email", createdAt: at, escalated: false },
  { id: "E5", channel: "email", createdAt: at, escalated: false },
  { id: "E6", channel: "email", createdAt: at }, // no flag: left out
  { id: "R1", type: "nps", score: 9, respondedAt: at, channel: "chat" }, // a survey response: left out
];

describe("escalationRate KPI", () => {
  it("counts escalated tickets over tickets with the flag", () => {
    const { rows, total } = summarize(RECORDS, { kpis: ["escalationRate"], by: "channel" });
    // flagged E1..E5, escalated E1 E3 → 2 of 5
    expectRate(total.escalationRate, 2, 5);
    // chat E1 E2 → 1 of 2; email E3 E4 E5 → 1 of 3
    expect(rows.map((r) => [r.group["channel"], r.escalationRate.value, r.escalationRate.n])).toEqual([["chat", 50, 2], ["email", 100 / 3, 3]]);
  });

  it("has no value without a flagged ticket, and takes a confidence", () => {
    expect(summarize(RECORDS.slice(5), { kpis: ["escalationRate"] }).total.escalationRate).toEqual({ value: null, n: 0, ci: null });
    expect(summarize(RECORDS, { kpis: [{ kpi: "escalationRate", confidence: 0.8 }] }).total.escalationRate.ci?.level).toBe(0.8);
  });

  it("names a flag that is not a boolean, and a bad confidence", () => {
    for (const escalated of ["true", 0, {}]) {
      expect(inputErrorOf(() => summarize([RECORDS[0] as TicketRecord, { id: "X", createdAt: at, escalated } as never], { kpis: ["escalationRate"] }))).toMatchObject({ kpi: "summarize", field: "records.escalated", index: 1, recordId: "X", value: escalated });
    }
    expect(inputErrorOf(() => summarize([], { kpis: [{ kpi: "escalationRate", confidence: 0 }] }))).toMatchObject({ field: "options.kpis[0].confidence" });
  });

  it("travels as JSON", () => expectJsonRoundTrip(RECORDS, { kpis: ["escalationRate"], by: "channel", period: "month" }));
});

const ticket = fc
  .record({ id: fc.nat(99), channel: fc.constantFrom("chat", "email", "phone"), escalated: fc.option(fc.boolean(), { nil: undefined }) })
  .map(({ escalated, ...t }): TicketRecord => ({ ...t, createdAt: Date.UTC(2026, 2, 2), ...(escalated === undefined ? {} : { escalated }) }));

test.prop([splitsOf(fc.array(ticket, { maxLength: 30 }))])("merging any split equals one pass; counts as a plain loop; any order gives the same", (split) => {
  const options = { kpis: ["escalationRate"], by: "channel" } as const;
  const whole = summarize(split[0], options);
  expect(mergeSplit(split, options).folded.result()).toEqual(whole);
  let n = 0;
  let escalated = 0;
  for (const t of split[0]) {
    if (t.escalated === undefined) continue;
    n++;
    if (t.escalated) escalated++;
  }
  expectRate(whole.total.escalationRate, escalated, n);
  expect(summarize([...split[0]].reverse(), options)).toEqual(whole);
});
