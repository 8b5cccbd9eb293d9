import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { abandonmentRate } from "../../contactCenter/abandonmentRate/abandonmentRate.js";
import { averageSpeedOfAnswer } from "../../contactCenter/averageSpeedOfAnswer/averageSpeedOfAnswer.js";
import { SERVICE_LEVEL_FORMULAS, serviceLevel } from "../../contactCenter/serviceLevel/serviceLevel.js";
import { averageHandleTime } from "../../operations/averageHandleTime/averageHandleTime.js";
import type { CallRecord, TicketRecord } from "../../records/types.js";
import { mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import type { SummarizeOptions } from "../summarize/types.js";
import { expectJsonRoundTrip } from "./_lib/rates.test-util.js";

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 2);

/** Whole or fractional milliseconds, with the edges a threshold of 20 s and a short abandon of 5 s meet. */
const ms = (whole: boolean): fc.Arbitrary<number> =>
  whole ? fc.oneof(fc.integer({ min: 0, max: 600_000 }), fc.constantFrom(0, 5_000, 20_000)) : fc.oneof(fc.integer({ min: 0, max: 600_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constantFrom(0, 5_000, 20_000));

/** Calls with every optional field present or not; an abandoned call may have no wait. */
const callOf = (whole: boolean): fc.Arbitrary<CallRecord> =>
  fc
    .record({
      answered: fc.boolean(),
      waitMs: fc.option(ms(whole), { nil: undefined, freq: 5 }),
      talkMs: fc.option(ms(true), { nil: undefined, freq: 4 }),
      holdMs: fc.option(ms(true), { nil: undefined }),
      afterWorkMs: fc.option(ms(true), { nil: undefined }),
      queue: fc.constantFrom("A", "B", undefined),
      startedAt: fc.option(fc.integer({ min: START, max: START + 3 * DAY }), { nil: undefined, freq: 8 }),
      id: fc.integer({ min: 1, max: 999 }),
    })
    .map(({ answered, waitMs, ...rest }): CallRecord => (answered ? { ...rest, outcome: "answered", waitMs: waitMs ?? 0 } : { ...rest, outcome: "abandoned", waitMs }));

const calls = fc.array(callOf(false), { maxLength: 80 });
const wholeCalls = fc.array(callOf(true), { maxLength: 60 });
const ticket: fc.Arbitrary<TicketRecord> = fc.record({ id: fc.constant("t"), createdAt: fc.integer({ min: START, max: START + 3 * DAY }), queue: fc.constantFrom("A", "B"), handleMs: fc.integer({ min: 0, max: 600_000 }) });
/** Calls with a few tickets among them, which the call KPIs leave out. */
const mixed = fc.array(fc.oneof({ weight: 6, arbitrary: callOf(true) }, { weight: 1, arbitrary: ticket }), { maxLength: 60 });

const slOptions = fc.record(
  {
    thresholdMs: fc.oneof(fc.constant(20_000), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
    formula: fc.constantFrom(...SERVICE_LEVEL_FORMULAS),
    shortAbandonMs: fc.oneof(fc.constant(5_000), fc.double({ min: 0, max: 1e6, noNaN: true })),
    confidence: fc.constantFrom(0.8, 0.9, 0.99),
  },
  { requiredKeys: ["thresholdMs"] },
);
const abOptions = fc.record({ shortAbandonMs: fc.oneof(fc.constant(5_000), fc.double({ min: 0, max: 1e6, noNaN: true })), confidence: fc.constantFrom(0.8, 0.99) }, { requiredKeys: [] });

test.prop([calls, slOptions])("serviceLevel: the total equals serviceLevel on the calls, for every formula and option", (cs, o) => {
  expect(summarize(cs, { kpis: [{ kpi: "serviceLevel", ...o }] }).total.serviceLevel).toEqual(serviceLevel(cs, o));
});

test.prop([calls, slOptions])("serviceLevel: each queue's row equals serviceLevel on that queue's calls", (cs, o) => {
  for (const row of summarize(cs, { kpis: [{ kpi: "serviceLevel", ...o }], by: "queue" }).rows) {
    expect(row.serviceLevel).toEqual(serviceLevel(cs.filter((c) => (c.queue ?? null) === row.group["queue"]), o));
  }
});

test.prop([calls, abOptions])("abandonmentRate: the total equals abandonmentRate on the calls", (cs, o) => {
  expect(summarize(cs, { kpis: [{ kpi: "abandonmentRate", ...o }] }).total.abandonmentRate).toEqual(abandonmentRate(cs, o));
});

test.prop([calls])("averageSpeedOfAnswer: the total equals averageSpeedOfAnswer on the calls (one pass: the same compensated sum)", (cs) => {
  expect(summarize(cs, { kpis: ["averageSpeedOfAnswer"] }).total.averageSpeedOfAnswer).toEqual(averageSpeedOfAnswer(cs));
});

test.prop([wholeCalls])("handleTime on calls: n and mean equal averageHandleTime on the answered calls with a talk time", (cs) => {
  const r = summarize(cs, { kpis: ["handleTime"] }).total.handleTime;
  const handled = cs.filter((c) => c.outcome === "answered" && c.talkMs !== undefined) as { talkMs: number }[];
  const aht = averageHandleTime(handled);
  expect([r.n, r.meanMs]).toEqual([aht.n, aht.value]);
});

test.prop([mixed])("records that are not calls change no call KPI; count tells them apart", (records) => {
  const onlyCalls = records.filter((r): r is CallRecord => "outcome" in r);
  const kpis = [{ kpi: "serviceLevel", thresholdMs: 20_000 }, "abandonmentRate", "averageSpeedOfAnswer"] as const;
  const all = summarize(records, { kpis }).total;
  const callsOnly = summarize(onlyCalls, { kpis }).total;
  expect([all.serviceLevel, all.abandonmentRate, all.averageSpeedOfAnswer]).toEqual([callsOnly.serviceLevel, callsOnly.abandonmentRate, callsOnly.averageSpeedOfAnswer]);
  expect(summarize(records, { kpis: ["count"] }).total.count).toEqual({ value: records.length, tickets: records.length - onlyCalls.length, surveyResponses: 0, calls: onlyCalls.length });
});

const SPLIT_OPTIONS: SummarizeOptions = {
  kpis: [
    "count",
    { kpi: "serviceLevel", thresholdMs: 20_000, formula: "within-of-offered", shortAbandonMs: 5_000 },
    { kpi: "serviceLevel", as: "sl2", thresholdMs: 30_000, formula: "exclude-short-abandons", shortAbandonMs: 5_000 },
    { kpi: "abandonmentRate", shortAbandonMs: 5_000 },
    "averageSpeedOfAnswer",
    "handleTime",
  ],
  by: "queue",
  period: "day",
};

test.prop([splitsOf(mixed)])("merging any split (some parts sent as JSON) equals one pass (whole milliseconds)", (split) => {
  expect(mergeSplit(split, SPLIT_OPTIONS).folded.result()).toEqual(summarize(split[0], SPLIT_OPTIONS));
});

test.prop([calls])("an aggregator of calls comes back from JSON with the same result and the same JSON", (cs) => {
  expectJsonRoundTrip(cs, SPLIT_OPTIONS);
});
