import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import { expectJsonRoundTrip } from "./_lib/rates.test-util.js";

const H = 3_600_000;
const sent = "2026-03-02T08:00:00Z";
const plus = (ms: number): string => new Date(Date.parse(sent) + ms).toISOString();

const RECORDS: (TicketRecord | SurveyResponseRecord)[] = [
  { id: "S1", type: "csat", score: 5, sentAt: sent, respondedAt: plus(1 * H), channel: "chat" },
  { id: "S2", type: "nps", score: 9, sentAt: sent, respondedAt: plus(2 * H), channel: "email" },
  { id: "S3", type: "csat", score: 2, sentAt: sent, respondedAt: plus(0.5 * H), channel: "chat" },
  { id: "S4", type: "ces", score: 6, sentAt: sent, respondedAt: plus(4 * H), channel: "email" },
  { id: "S5", type: "csat", sentAt: sent, channel: "chat" }, // sent, not answered: left out
  { id: "S6", type: "csat", score: 4, respondedAt: plus(H), channel: "chat" }, // no sentAt: left out
  { id: "T1", createdAt: sent, channel: "chat", csat: 5 }, // a ticket: left out
];

describe("surveyDelay KPI", () => {
  it("gives durationStats of respondedAt − sentAt over the responses with both", () => {
    const { rows, total } = summarize(RECORDS, { kpis: ["surveyDelay"], by: "channel" });
    // delays sorted: 0.5 h, 1 h, 2 h, 4 h; mean 7.5 h / 4 = 1.875 h; median (linear) (1 h + 2 h) / 2 = 1.5 h;
    // p90: rank (4 − 1) × 0.9 = 2.7 → 2 h + 0.7 × (4 h − 2 h) = 3.4 h; p95: 2.85 → 2 h + 0.85 × 2 h = 3.7 h
    expect(total.surveyDelay).toMatchObject({ n: 4, minMs: 0.5 * H, maxMs: 4 * H, meanMs: 1.875 * H, medianMs: 1.5 * H, exact: true, relativeError: 0 });
    expect(total.surveyDelay.percentiles["p90"]).toBeCloseTo(3.4 * H, 6);
    expect(total.surveyDelay.percentiles["p95"]).toBeCloseTo(3.7 * H, 6);
    // chat: S1 1 h, S3 0.5 h; email: S2 2 h, S4 4 h
    expect(rows.map((r) => [r.group["channel"], r.surveyDelay.n, r.surveyDelay.meanMs])).toEqual([["chat", 2, 0.75 * H], ["email", 2, 3 * H]]);
  });

  it("counts the delays in buckets, each holding its upper bound (report --buckets)", () => {
    const { total } = summarize(RECORDS, { kpis: [{ kpi: "surveyDelay", buckets: [H, 2 * H] }] });
    // delays 0.5 h, 1 h, 2 h, 4 h: ≤ 1 h holds 0.5 h and 1 h; (1 h, 2 h] holds 2 h; > 2 h holds 4 h
    expect(total.surveyDelay.buckets).toEqual([{ upToMs: H, count: 2, share: 50 }, { upToMs: 2 * H, count: 1, share: 25 }, { upToMs: null, count: 1, share: 25 }]);
  });

  it("takes percentiles and method as the duration KPIs do", () => {
    const { total } = summarize(RECORDS, { kpis: [{ kpi: "surveyDelay", percentiles: [0.25, 0.75], method: "lower" }] });
    // "lower": the value at floor((n − 1) p): p25 → index 0 (0.5 h), p75 → index 2 (2 h), median → index 1 (1 h)
    expect([total.surveyDelay.percentiles, total.surveyDelay.medianMs]).toEqual([{ p25: 0.5 * H, p75: 2 * H }, 1 * H]);
    expect(inputErrorOf(() => summarize([], { kpis: [{ kpi: "surveyDelay", method: "nearest-rank" as never }] }))).toMatchObject({ field: "options.kpis[0].method" });
  });

  it("counts every response, those that rate the same ticket too (the ratings KPIs keep one of them)", () => {
    const twice: SurveyResponseRecord[] = [
      { ticketId: 7, type: "csat", score: 1, sentAt: sent, respondedAt: plus(H) },
      { ticketId: 7, type: "csat", score: 5, sentAt: sent, respondedAt: plus(3 * H) },
    ];
    const { total } = summarize(twice, { kpis: ["csat", "surveyDelay"] });
    // csat keeps the latest rating (1 response); surveyDelay takes both: (1 h + 3 h) / 2 = 2 h
    expect([total.csat.n, total.surveyDelay.n, total.surveyDelay.meanMs]).toEqual([1, 2, 2 * H]);
  });

  it("has no value without an answered, timed response: tickets give n 0", () => {
    expect(summarize(RECORDS.slice(4), { kpis: ["surveyDelay"] }).total.surveyDelay).toMatchObject({ n: 0, meanMs: null, medianMs: null, minMs: null, maxMs: null });
  });

  it("refuses a response answered before it was sent, naming respondedAt; onInvalid: \"exclude\" leaves it out and counts it", () => {
    const early: SurveyResponseRecord = { id: "BAD", type: "csat", score: 3, sentAt: sent, respondedAt: plus(-H) };
    expect(inputErrorOf(() => summarize([RECORDS[0] as SurveyResponseRecord, early], { kpis: ["surveyDelay"] }))).toMatchObject({ kpi: "summarize", field: "records.respondedAt", index: 1, recordId: "BAD" });
    const r = summarize([RECORDS[0] as SurveyResponseRecord, early], { kpis: ["surveyDelay"], onInvalid: "exclude" });
    expect([r.total.surveyDelay.n, r.excluded?.map((e) => [e.field, e.count, e.ids])]).toEqual([1, [["records.respondedAt", 1, ["BAD"]]]]);
  });

  it("travels as JSON, exact and as a sketch", () => {
    expectJsonRoundTrip(RECORDS, { kpis: ["surveyDelay"], by: "channel" });
    expectJsonRoundTrip(RECORDS, { kpis: [{ kpi: "surveyDelay", percentiles: [0.5] }], maxExactValues: 0 });
  });
});

const response = fc
  .record({ channel: fc.constantFrom("chat", "email"), type: fc.constantFrom("csat" as const, "nps" as const), delay: fc.option(fc.integer({ min: 0, max: 30 * 24 * H }), { nil: undefined }) })
  .map(({ channel, type, delay }): SurveyResponseRecord => ({ type, channel, score: 1, sentAt: Date.UTC(2026, 2, 2), ...(delay === undefined ? {} : { respondedAt: Date.UTC(2026, 2, 2) + delay }) }));

test.prop([splitsOf(fc.array(response, { maxLength: 30 }))])("merging any split equals one pass; n, min, max and mean as a plain loop; min ≤ median ≤ max", (split) => {
  const options = { kpis: ["surveyDelay"], by: "channel" } as const;
  const whole = summarize(split[0], options);
  expect(mergeSplit(split, options).folded.result()).toEqual(whole);
  const delays = split[0].flatMap((r) => (r.respondedAt === undefined ? [] : [(r.respondedAt as number) - (r.sentAt as number)]));
  const d = whole.total.surveyDelay;
  expect(d.n).toBe(delays.length);
  if (delays.length === 0) return void expect(d.meanMs).toBeNull();
  expect([d.minMs, d.maxMs]).toEqual([Math.min(...delays), Math.max(...delays)]);
  expect(d.meanMs).toBeCloseTo(delays.reduce((a, b) => a + b, 0) / delays.length, 3);
  expect((d.minMs as number) <= (d.medianMs as number) && (d.medianMs as number) <= (d.maxMs as number)).toBe(true);
  expect(summarize([...split[0]].reverse(), options)).toEqual(whole);
});
