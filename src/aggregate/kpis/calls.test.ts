import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { abandonmentRate } from "../../contactCenter/abandonmentRate/abandonmentRate.js";
import { averageSpeedOfAnswer } from "../../contactCenter/averageSpeedOfAnswer/averageSpeedOfAnswer.js";
import { serviceLevel, type ServiceLevelFormula } from "../../contactCenter/serviceLevel/serviceLevel.js";
import { averageHandleTime } from "../../operations/averageHandleTime/averageHandleTime.js";
import type { CallRecord, SurveyResponseRecord, TicketRecord } from "../../records/types.js";
import { createAggregator } from "../summarize/createAggregator.js";
import { restoreAggregator } from "../summarize/restoreAggregator.js";
import { summarize } from "../summarize/summarize.js";
import { expectJsonRoundTrip, expectRate } from "./_lib/rates.test-util.js";

/** Eight calls in two queues on two days; the comments give what each KPI takes from each call. */
const CALLS: CallRecord[] = [
  // queue A: 3 answered (5 s, 20 s, 45 s), 2 abandoned (3 s: within 20 s and short under 5 s; 60 s)
  { id: "c1", queue: "A", startedAt: "2026-03-02T09:00:00Z", outcome: "answered", waitMs: 5_000, talkMs: 240_000, holdMs: 30_000, afterWorkMs: 60_000 }, // handle 330 s
  { id: "c2", queue: "A", startedAt: "2026-03-02T09:10:00Z", outcome: "answered", waitMs: 20_000, talkMs: 180_000, afterWorkMs: 30_000 }, // handle 210 s
  { id: "c3", queue: "A", startedAt: "2026-03-03T09:00:00Z", outcome: "answered", waitMs: 45_000, talkMs: 300_000, holdMs: 60_000 }, // handle 360 s
  { id: "c4", queue: "A", startedAt: "2026-03-03T09:05:00Z", outcome: "abandoned", waitMs: 3_000 },
  { id: "c5", queue: "A", startedAt: "2026-03-03T09:06:00Z", outcome: "abandoned", waitMs: 60_000 },
  // queue B: answered at 10 s; abandoned with an unknown wait; answered at 30 s without a talk time (no handle time)
  { id: "c6", queue: "B", startedAt: "2026-03-02T10:00:00Z", outcome: "answered", waitMs: 10_000, talkMs: 120_000 }, // handle 120 s
  { id: "c7", queue: "B", startedAt: "2026-03-02T10:01:00Z", outcome: "abandoned" },
  { id: "c8", queue: "B", startedAt: "2026-03-03T10:00:00Z", outcome: "answered", waitMs: 30_000 },
];

const TICKET: TicketRecord = { id: "t1", createdAt: "2026-03-02T09:00:00Z", handleMs: 100_000 };
const SURVEY: SurveyResponseRecord = { id: "s1", type: "csat", score: 5, respondedAt: "2026-03-02T12:00:00Z" };

const SL = { kpi: "serviceLevel", thresholdMs: 20_000 } as const;

describe("serviceLevel KPI", () => {
  it("counts the calls as serviceLevel does, under each formula (worked by hand)", () => {
    // offered 8; answered 5 (c1 c2 c3 c6 c8), within 20 s: c1 c2 c6 = 3 (20 s is within);
    // abandoned 3 (c4 c5 c7), within 20 s: c4 = 1 (c7's wait is unknown: never within); short under 5 s: c4 = 1
    const counts = { answered: 5, answeredWithin: 3, abandoned: 3, abandonedWithin: 1, unknownWait: 1 };
    const by = (formula: ServiceLevelFormula) =>
      summarize(CALLS, { kpis: [{ ...SL, formula, shortAbandonMs: 5_000 }] }).total.serviceLevel;
    const aoo = by("answered-of-offered"); // 3 / 8
    expect(aoo).toMatchObject({ ...counts, shortAbandoned: 1 });
    expectRate(aoo, 3, 8);
    expectRate(by("answered-of-answered"), 3, 5); // 3 / 5
    expectRate(by("within-of-offered"), 4, 8); // (3 + 1) / 8
    expectRate(by("exclude-abandoned-within"), 3, 7); // 3 / (8 − 1)
    expectRate(by("exclude-short-abandons"), 3, 7); // 3 / (8 − 1 short)
    // without shortAbandonMs no call is short: the last formula is the first
    expectRate(summarize(CALLS, { kpis: [{ ...SL, formula: "exclude-short-abandons" }] }).total.serviceLevel, 3, 8);
  });

  it("gives each queue and each day its own calls' service level", () => {
    const { rows } = summarize(CALLS, { kpis: [SL], by: "queue", period: "day" });
    // A 03-02: c1 c2 both within → 2/2; A 03-03: c3 late, c4 c5 abandoned → 0/3; B 03-02: c6 within, c7 abandoned → 1/2; B 03-03: c8 late → 0/1
    expect(rows.map((r) => [r.group["queue"], r.group.period, r.serviceLevel.value, r.serviceLevel.n])).toEqual([
      ["A", "2026-03-02", 100, 2],
      ["A", "2026-03-03", 0, 3],
      ["B", "2026-03-02", 50, 2],
      ["B", "2026-03-03", 0, 1],
    ]);
    for (const r of rows) expect(r.serviceLevel).toEqual(serviceLevel(CALLS.filter((c) => c.queue === r.group["queue"] && String(c.startedAt).startsWith(String(r.group.period))), { thresholdMs: 20_000 }));
  });

  it("leaves tickets and survey responses out: no calls, no value", () => {
    const r = summarize([TICKET, SURVEY], { kpis: [SL] }).total.serviceLevel;
    expect(r).toEqual({ value: null, n: 0, answered: 0, answeredWithin: 0, abandoned: 0, abandonedWithin: 0, shortAbandoned: 0, unknownWait: 0, ci: null });
    expect(summarize([TICKET, ...CALLS, SURVEY], { kpis: [SL] }).total.serviceLevel).toEqual(serviceLevel(CALLS, { thresholdMs: 20_000 }));
  });

  it("takes a confidence, and comes back from JSON unchanged", () => {
    expect(summarize(CALLS, { kpis: [{ ...SL, confidence: 0.9 }] }).total.serviceLevel.ci?.level).toBe(0.9);
    expectJsonRoundTrip([TICKET, ...CALLS], { kpis: [{ ...SL, formula: "within-of-offered", shortAbandonMs: 5_000 }], by: "queue" });
  });

  it("names a missing or bad threshold, an unknown formula, a bad shortAbandonMs and confidence", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kpi: "serviceLevel" }, "thresholdMs"],
      [{ ...SL, thresholdMs: 0 }, "thresholdMs"],
      [{ ...SL, thresholdMs: "20s" }, "thresholdMs"],
      [{ ...SL, formula: "answered" }, "formula"],
      [{ ...SL, shortAbandonMs: -1 }, "shortAbandonMs"],
      [{ ...SL, confidence: 1 }, "confidence"],
    ];
    for (const [spec, field] of cases) {
      expect(inputErrorOf(() => summarize([], { kpis: ["count", spec as never] }))).toMatchObject({ kpi: "summarize", field: `options.kpis[1].${field}` });
    }
  });
});

describe("abandonmentRate KPI", () => {
  it("counts abandons over offered calls as abandonmentRate does (worked by hand)", () => {
    // abandoned c4 c5 c7 = 3 of 8 offered; c7 has no wait: abandoned, counted in unknownWait
    const plain = summarize(CALLS, { kpis: ["abandonmentRate"] }).total.abandonmentRate;
    expect(plain).toMatchObject({ abandoned: 3, shortAbandoned: 0, unknownWait: 1 });
    expectRate(plain, 3, 8);
    // short under 5 s: c4 leaves both sides → 2 of 7
    const short = summarize(CALLS, { kpis: [{ kpi: "abandonmentRate", shortAbandonMs: 5_000 }] }).total.abandonmentRate;
    expect(short).toMatchObject({ abandoned: 2, shortAbandoned: 1, unknownWait: 1 });
    expectRate(short, 2, 7);
    expect(short).toEqual(abandonmentRate(CALLS, { shortAbandonMs: 5_000 }));
  });

  it("by queue: A 2 of 5, B 1 of 3; no calls, no value; JSON round trip", () => {
    const { rows } = summarize(CALLS, { kpis: ["abandonmentRate"], by: "queue" });
    expect(rows.map((r) => [r.group["queue"], r.abandonmentRate.value, r.abandonmentRate.n])).toEqual([["A", 40, 5], ["B", 100 / 3, 3]]);
    expect(summarize([TICKET, SURVEY], { kpis: ["abandonmentRate"] }).total.abandonmentRate).toEqual({ value: null, n: 0, abandoned: 0, shortAbandoned: 0, unknownWait: 0, ci: null });
    expectJsonRoundTrip([SURVEY, ...CALLS], { kpis: [{ kpi: "abandonmentRate", shortAbandonMs: 5_000, confidence: 0.8 }], by: "queue" });
  });

  it("names a bad shortAbandonMs and confidence", () => {
    for (const [spec, field] of [[{ shortAbandonMs: -5 }, "shortAbandonMs"], [{ shortAbandonMs: Number.NaN }, "shortAbandonMs"], [{ confidence: 0 }, "confidence"]] as const) {
      expect(inputErrorOf(() => summarize([], { kpis: [{ kpi: "abandonmentRate", ...spec }] }))).toMatchObject({ kpi: "summarize", field: `options.kpis[0].${field}` });
    }
  });
});

describe("averageSpeedOfAnswer KPI", () => {
  it("is the mean wait of the answered calls (worked by hand)", () => {
    // answered waits 5 + 20 + 45 + 10 + 30 = 110 s over 5 calls = 22 s
    expect(summarize(CALLS, { kpis: ["averageSpeedOfAnswer"] }).total.averageSpeedOfAnswer).toEqual({ value: 22_000, n: 5 });
    // A: (5 + 20 + 45) / 3 s; B: (10 + 30) / 2 = 20 s
    const { rows } = summarize(CALLS, { kpis: ["averageSpeedOfAnswer"], by: "queue" });
    expect(rows.map((r) => r.averageSpeedOfAnswer)).toEqual([{ value: 70_000 / 3, n: 3 }, { value: 20_000, n: 2 }]);
    expect(rows[0]?.averageSpeedOfAnswer).toEqual(averageSpeedOfAnswer(CALLS.slice(0, 5)));
  });

  it("has no value without an answered call, and comes back from JSON unchanged", () => {
    expect(summarize([TICKET, SURVEY, CALLS[6] as CallRecord], { kpis: ["averageSpeedOfAnswer"] }).total.averageSpeedOfAnswer).toEqual({ value: null, n: 0 });
    expectJsonRoundTrip([TICKET, ...CALLS, { outcome: "answered", waitMs: 0.1 }, { outcome: "answered", waitMs: 0.2 }], { kpis: ["averageSpeedOfAnswer"], by: "queue" });
  });
});

describe("count and handleTime on calls", () => {
  it("counts calls apart from tickets and survey responses", () => {
    expect(summarize([TICKET, SURVEY, ...CALLS], { kpis: ["count"] }).total.count).toEqual({ value: 10, tickets: 1, surveyResponses: 1, calls: 8 });
  });

  it("restores a count state saved before calls were counted (no calls key) as none", () => {
    const a = createAggregator({ kpis: ["count"], by: "queue" });
    a.add(TICKET);
    const text = JSON.stringify(a.toJSON());
    expect(text).toContain('"calls":0');
    const old = JSON.parse(text.replaceAll(',"calls":0', "")) as unknown;
    expect(JSON.stringify(old)).not.toContain("calls");
    expect(restoreAggregator(old).result()).toEqual(a.result());
    expect(inputErrorOf(() => restoreAggregator(JSON.parse(text.replace('"calls":0', '"calls":-1'))))).toMatchObject({ kpi: "restoreAggregator" });
  });

  it("handleTime reads an answered call's talk + hold + after-call work, as averageHandleTime", () => {
    // c1 330 s, c2 210 s, c3 360 s, c6 120 s; c8 has no talk time, abandoned calls no handle time
    const r = summarize(CALLS, { kpis: ["handleTime"] }).total.handleTime;
    expect(r).toMatchObject({ n: 4, meanMs: 255_000, minMs: 120_000, maxMs: 360_000 }); // 1,020 s / 4
    const handled = CALLS.filter((c) => c.outcome === "answered" && c.talkMs !== undefined) as { talkMs: number }[];
    expect(r.meanMs).toBe(averageHandleTime(handled).value);
    // a call's own handleMs wins over its parts; a ticket's handleMs counts as before
    const withTicket = summarize([TICKET, { outcome: "answered", waitMs: 1, handleMs: 50_000, talkMs: 1 } as CallRecord], { kpis: ["handleTime"] }).total.handleTime;
    expect(withTicket).toMatchObject({ n: 2, meanMs: 75_000 });
  });
});

describe("call records", () => {
  it("are validated as the call functions validate them, naming the field, the index and the id", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ id: "x", outcome: "answered" }, "records.waitMs"], // an answered call needs its wait
      [{ id: "x", outcome: "answered", waitMs: -1 }, "records.waitMs"],
      [{ id: "x", outcome: "abandoned", waitMs: "12" }, "records.waitMs"],
      [{ id: "x", outcome: "dropped", waitMs: 1 }, "records.outcome"],
      [{ id: "x", outcome: "answered", waitMs: 1, startedAt: "yesterday" }, "records.startedAt"],
    ];
    for (const [record, field] of cases) {
      expect(inputErrorOf(() => summarize([CALLS[0] as CallRecord, record as never], { kpis: ["count"] }))).toMatchObject({ kpi: "summarize", field, index: 1, recordId: "x" });
    }
    // handle-time fields are checked by the KPI that reads them
    const bad = { id: "x", outcome: "answered", waitMs: 1, talkMs: 1, holdMs: -2 } as CallRecord;
    expect(summarize([bad], { kpis: [SL] }).total.serviceLevel.n).toBe(1);
    expect(inputErrorOf(() => summarize([bad], { kpis: ["handleTime"] }))).toMatchObject({ field: "records.holdMs", index: 0, recordId: "x" });
  });

  it("with onInvalid exclude, a bad call is left out and counted", () => {
    const r = summarize([...CALLS, { id: "bad", outcome: "maybe" } as never], { kpis: ["abandonmentRate"], onInvalid: "exclude" });
    expect(r.total.abandonmentRate).toEqual(abandonmentRate(CALLS));
    expect(r.excluded?.[0]).toMatchObject({ column: null, count: 1 });
  });
});
