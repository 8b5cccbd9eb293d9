/**
 * A valid call of every export of the three entries (its "shapes"): the starting point of the
 * fuzzing (test/fuzz-exports.test-prop.ts), which mutates copies of them, and of the error
 * message checks (test/error-messages.test.ts), which give each argument a wrong value.
 */
import * as main from "../../src/index.js";
import * as node from "../../src/node/index.js";
import * as schemas from "../../src/schemas/index.js";
import type { Shape } from "./fuzzExports.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CALENDAR = {
  timeZone: "Europe/Amsterdam",
  week: { mon: [["09:00", "17:00"]], tue: [["09:00", "12:30"], ["13:30", "17:00"]], fri: [["00:00", "24:00"]] },
  holidays: ["2026-12-25", { date: "2026-12-24", windows: [["09:00", "13:00"]] }],
};

const EVENTS = [
  { at: "2026-03-02T09:00:00Z", type: "message", author: "customer" },
  { at: "2026-03-02T09:01:00Z", type: "message", author: "agent", automated: true },
  { at: "2026-03-02T09:20:00Z", type: "message", author: "agent", public: true },
  { at: "2026-03-02T09:20:00Z", type: "status", status: "pending" },
  { at: "2026-03-02T10:00:00Z", type: "message", author: "customer" },
  { at: "2026-03-02T10:00:00Z", type: "status", status: "open" },
  { at: "2026-03-02T12:00:00Z", type: "status", status: "solved" },
];

const TICKETS = [
  { id: 1, channel: "email", priority: "high", agent: "ana", team: "t1", customerId: "c1", createdAt: "2026-03-02T09:00:00Z", events: EVENTS },
  { id: 2, channel: "chat", agent: "bo", createdAt: "2026-03-01T09:00Z", firstResponseAt: "2026-03-01T10:00Z", resolvedAt: "2026-03-02T09:00Z", status: "solved" },
  { id: "3", createdAt: "2026-03-02T09:40:00+01:00", status: "on-hold" },
  { id: 4, createdAt: 1772400000000, status: "open", priority: "low" },
];

const POLICY = {
  targets: [
    { metric: "first-reply", targetMs: HOUR },
    { metric: "first-reply", targetMs: 900_000, priority: "high", channel: "email" },
    { metric: "next-reply", targetMs: "2h" },
    { metric: "resolution", targetMs: 8 * HOUR },
  ],
  calendar: CALENDAR,
  pauseOn: ["pending", "on-hold"],
};

const CALLS = [
  { waitMs: 12_000, outcome: "answered", talkMs: 240_000, holdMs: 30_000, afterWorkMs: 60_000 },
  { waitMs: 40_000, outcome: "answered", talkMs: 180_000 },
  { waitMs: 2_000, outcome: "abandoned" },
  { outcome: "abandoned" },
];

const SESSIONS = [
  { customerId: "ann", startedAt: "2026-03-02T09:00Z" },
  { customerId: "bob", startedAt: "2026-03-02T10:00Z", channel: "web" },
  { customerId: 7, createdAt: "2026-03-03T10:00Z" },
];
const CONTACTS = [
  { id: "a", customerId: "ann", topic: "billing", channel: "phone", startedAt: "2026-03-02T09:30Z" },
  { id: "b", customerId: "bob", topic: "billing", channel: "email", startedAt: "2026-03-03T12:00Z" },
  { id: "c", customerId: "ann", topic: "login", channel: "chat", startedAt: "2026-03-04T12:00Z" },
];

const RECORDS = [
  { id: 1, channel: "chat", agent: "ana", createdAt: "2024-01-31T23:30:00Z", csat: 5, nps: 9, ces: 6, firstResponseMs: 60_000, resolutionMs: 3 * HOUR, handleMs: 600_000, surveySent: true, firstContactResolved: true, reopens: 0, replies: 1, complaint: false, escalated: false, reassignments: 0, tags: ["a", "b"], customerId: "c1", resolvedAt: "2024-02-01T02:30:00Z", status: "solved" },
  { id: 2, channel: "email", createdAt: "2024-02-01T08:00:00Z", csat: 2, firstResponseMs: 180_000, events: EVENTS.map((e) => ({ ...e, at: e.at.replace("2026-03-02", "2024-02-01") })) },
  { id: 3, type: "nps", score: 10, ticketId: 1, sentAt: "2024-02-01T00:00:00Z", respondedAt: "2024-02-01T05:00:00Z" },
  { waitMs: 12_000, outcome: "answered", talkMs: 240_000, startedAt: "2024-02-02T09:00:00Z", queue: "q1" },
];

const SUMMARY_OPTIONS = {
  kpis: [
    "count", "uniqueCustomers", { kpi: "csat", scale: { min: 1, max: 5 }, satisfiedMin: 4, confidence: 0.9 }, "nps", "ces", "surveyDelay",
    { kpi: "firstResponseTime", percentiles: [0.5, 0.9], buckets: [HOUR, 4 * HOUR] }, "resolutionTime", "handleTime",
    "nextReplyTime", "resolutionRate", "reopenRate", "firstContactResolution", "complaintRate", "escalationRate",
    "reassignmentRate", "oneTouchResolutionRate", { kpi: "serviceLevel", thresholdMs: 20_000 }, "abandonmentRate",
    "averageSpeedOfAnswer", "backlog", { kpi: "slaCompliance", policy: POLICY },
  ],
  by: ["channel", "agent"],
  period: "month",
  timeZone: "Europe/Amsterdam",
};

const aggregatorJson = (): unknown => {
  const a = main.createAggregator(SUMMARY_OPTIONS as never);
  for (const r of RECORDS) a.add(r as never);
  return JSON.parse(JSON.stringify(a.toJSON())) as unknown;
};

/** The lines of an NDJSON file of `rows` (values JSON cannot write become strings). */
async function* ndjson(rows: readonly unknown[]): AsyncGenerator<string> {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    yield typeof row === "string" ? `${row}\n` : `${JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" || typeof v === "symbol" ? String(v) : v)) ?? "null"}\n`;
  }
}

/** Calls every method that reads an aggregator, after adding `records` one by one. */
const aggregate = (a: main.Aggregator, records: unknown): unknown => {
  if (Array.isArray(records)) for (let i = 0; i < records.length; i++) a.add(records[i] as never);
  else a.add(records as never);
  return { result: a.result(), json: a.toJSON() };
};

/** A rejected row is handed back as it was read. */
const REJECTED_ROW = /^result\.rejected\.\d+\.(row|issues\.\d+\.value)\b/;

export const SHAPES: Record<string, readonly Shape[]> = {
  // Survey
  npsCategory: [{ args: [9] }],
  nps: [{ args: [[10, 9, 9, 8, 7, 6, 3], { confidence: 0.9, interval: "wald" }] }, { args: [{ promoters: 6, passives: 139, detractors: 16 }, { interval: "tango" }] }, { args: [[10, 0, 7], { weights: [1, 2.5, 0.5] }] }],
  npsDifference: [{ args: [{ promoters: 50, passives: 30, detractors: 20 }, [10, 9, 3, 7], { confidence: 0.99 }] }],
  csat: [{ args: [[5, 4, 4, 3, 1], { confidence: 0.9, satisfiedMin: 4 }] }, { args: [["good", "bad", true, 1], { scale: "binary" }] }, { args: [[10, 7], { scale: { min: 1, max: 10 } }] }],
  ces: [{ args: [[7, 6, 5, 2], { confidence: 0.9, easyMin: 5, difficultMax: 3 }] }, { args: [[1, 2, 5], { lowerIsEasier: true, scale: { min: 1, max: 5 } }] }],
  responseRate: [{ args: [{ sent: 1200, responded: 270 }, { confidence: 0.9 }] }],
  sentimentShare: [{ args: [["positive", "neutral", "negative", "positive"]] }],
  // Operations
  firstContactResolution: [{ args: [{ resolvedOnFirstContact: 72, resolved: 100 }, { confidence: 0.9 }] }],
  resolutionRate: [{ args: [{ resolved: 425, total: 500 }, { confidence: 0.9 }] }],
  complaintRatio: [{ args: [{ complaints: 37, interactions: 12_500 }, { confidence: 0.9 }] }],
  slaCompliance: [{ args: [["achieved", "breached", "active", "paused", { elapsedMs: 1_200_000, targetMs: 1_800_000 }], { confidence: 0.9 }] }],
  retention: [{ args: [{ atStart: 200, atEnd: 210, acquired: 40 }] }],
  durationStats: [{ args: [[60_000, 1, 0, 14_460_000, 300_000], { percentiles: [0, 0.5, 0.999, 1], method: "linear" }] }, { args: [[5, 3], { method: "weibull" }] }],
  percentileKey: [{ args: [0.9] }],
  averageHandleTime: [{ args: [[{ talkMs: 240_000, holdMs: 30_000, afterWorkMs: 60_000 }, { talkMs: 180_000, afterWorkMs: 30_000 }, { talkMs: 0 }]] }],
  backlogAt: [{ args: [TICKETS, "2026-03-10T10:00Z", { ageBucketsMs: [DAY, 3 * DAY], timeZone: "Europe/Amsterdam" }] }],
  backlogSeries: [{ args: [TICKETS, { from: "2026-02-27", to: "2026-03-04", interval: "day", timeZone: "Europe/Amsterdam" }] }, { args: [TICKETS, { from: "2026-01-01", to: "2026-04-01", interval: "week", weekStartsOn: 1 }] }],
  // The contacts come back as given, each with `repeat`.
  repeatContacts: [{ args: [CONTACTS, { windowMs: 7 * DAY, key: ["customerId", "topic"], timeZone: "Europe/Amsterdam", confidence: 0.9 }], echoes: /^result\.contacts\.\d+\.(?!repeat$)/ }],
  selfServiceDeflection: [{ args: [SESSIONS, CONTACTS, { windowMs: DAY, key: ["customerId"], confidence: 0.9 }] }],
  contactVolume: [{ args: [[{ channel: "email", team: "a" }, { channel: "chat" }, {}], { by: ["channel", "team"] }] }],
  // Contact center
  serviceLevel: [{ args: [CALLS, { thresholdMs: 20_000, formula: "exclude-short-abandons", shortAbandonMs: 5_000, confidence: 0.9 }] }],
  abandonmentRate: [{ args: [CALLS, { shortAbandonMs: 5_000, confidence: 0.9 }] }],
  averageSpeedOfAnswer: [{ args: [CALLS] }],
  occupancy: [{ args: [{ handleMs: 6 * HOUR, availableMs: 7.5 * HOUR }] }, { args: [[{ handleMs: 3_000_000, availableMs: HOUR }, { handleMs: 600_000, availableMs: 1_800_000 }]] }],
  chatConcurrency: [{ args: [{ chatMs: 6_000_000, wrapUpMs: 600_000, engagedMs: 3_300_000, chats: 5 }] }, { args: [[{ chatMs: 6_000_000, engagedMs: 3_300_000 }, { chatMs: 3_600_000, wrapUpMs: 1, engagedMs: 3_600_000, chats: 2 }]] }],
  erlangC: [{ args: [{ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000 }] }, { args: [{ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, agents: 14, thresholdMs: 20_000, patienceMs: 300_000 }] }],
  requiredAgents: [{ args: [{ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, maxOccupancy: 85, shrinkage: 0.3 }] }, { args: [{ calls: 100, intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, patienceMs: 300_000 }] }],
  // Each interval solves an Erlang model for its agents: 20,000 intervals are a year of half hours.
  staffingTable: [{ args: [[60, { calls: 100, start: "09:00" }, { calls: 40, ahtMs: 240_000 }], { intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, shrinkage: 0.3, maxOccupancy: 90 }], hugeLength: 20_000 }, { args: [[10, 20], { intervalMs: 1_800_000, ahtMs: 180_000, targetServiceLevel: 80, thresholdMs: 20_000, patienceMs: 60_000 }], hugeLength: 20_000 }],
  // Tickets
  ticketTimings: [{ args: [TICKETS[0], { calendar: CALENDAR, resolution: "first", excludeAutomated: true, timeZone: "Europe/Amsterdam" }] }, { args: [TICKETS[1]] }],
  evaluateSla: [{ args: [TICKETS[0], POLICY, { now: "2026-03-02T11:00:00Z", timeZone: "UTC", excludeAutomated: true }] }, { args: [TICKETS[2], { targets: [{ metric: "resolution", targetMs: HOUR }] }, { now: "2026-03-05T00:00:00Z" }] }],
  liveView: [{ args: [TICKETS, { now: "2026-03-02T10:00Z", by: ["agent", "channel"], policy: POLICY, horizonMs: HOUR, excludeAutomated: true }] }],
  // Aggregation
  normalizeChannel: [{ args: ["E-mail"] }],
  // Every record goes through the 22 KPIs of SUMMARY_OPTIONS: 20,000 of them take about a second.
  summarize: [{ args: [RECORDS, SUMMARY_OPTIONS], hugeLength: 20_000 }, { args: [RECORDS, { kpis: ["count", "csat"], by: "channel", fillPeriods: true, period: "day", onInvalid: "exclude", maxExactValues: 2 }] }],
  createAggregator: [{ args: [SUMMARY_OPTIONS, RECORDS], hugeLength: 20_000, call: (fn: (o: unknown) => main.Aggregator, [options, records]) => aggregate(fn(options), records) }],
  restoreAggregator: [{ args: [aggregatorJson(), RECORDS], hugeLength: 20_000, noHolesIn: { args: [0], why: "a hole in a saved list of durations hangs restoreAggregator (savedDurations in src/aggregate/_lib/kpi.ts maps over it, skipping the hole, and the bucket check then loops on undefined)" }, call: (fn: (j: unknown) => main.Aggregator, [json, records]) => aggregate(fn(json), records) }],
  // Targets
  rateAgainstBenchmarks: [{ args: ["firstResponseTime", 45_000, { channel: "chat" }] }, { args: ["csat", 88, { benchmarks: [{ kpi: "csat", levels: [{ level: "good", min: 80 }] }] }] }],
  evaluateTarget: [{ args: [150_000, { kpi: "firstResponseTime", value: 120_000, direction: "lower-is-better" }] }],
  // The slope is Sen's median of all pairwise slopes: O(n²) time and memory by design.
  smartTarget: [{ args: [{ kpi: "firstResponseTime", direction: "lower-is-better", goal: 90_000, deadline: "2026-07-01", series: [{ at: "2026-01-01", value: 240_000 }, { at: "2026-02-01", value: 210_000 }, { at: "2026-03-01", value: 180_000 }], minPoints: 3, timeZone: "Europe/Amsterdam" }], hugeLength: 2_000 }],
  baseline: [{ args: [[240_000, 200_000, 180_000, 190_000], { periods: 4 }] }, { args: [[{ value: 80 }, { value: 82 }]] }],
  planMilestones: [{ args: [{ current: 180_000, goal: 60_000, start: "2026-01-01", end: "2026-05-01", interval: "month", timeZone: "Europe/Amsterdam" }] }],
  improvementScenarios: [{ args: [180_000, { quarters: 2, perQuarter: { conservative: 5, realistic: 10, ambitious: 20 }, direction: "lower-is-better", max: 100 }] }, { args: [{ mean: 80 }, { quarters: 3, direction: "higher-is-better" }] }],
  kpiBalance: [{ args: [{ handleTimeMs: 240_000, fcr: 68, csat: 90, responseRate: 20, firstReplyMs: 60_000, automatedFirstReplyShare: 40 }, { handleTimeMs: 300_000, fcr: 74, csat: 89.5, responseRate: 30, firstReplyMs: 90_000, automatedFirstReplyShare: 10 }, { ratePoints: 2, durationPercent: 5 }] }],
  // Mann–Kendall and Sen's slope look at every pair: O(n²) by design.
  trend: [{ args: [[6, 4, 1, 8, 7, 8], { alpha: 0.1, confidence: 0.9 }], hugeLength: 2_000 }, { args: [[{ t: 1, value: 3 }, { t: 2, value: 5 }, { t: 4, value: 4 }, { t: 5, value: 9 }], { period: 2 }], hugeLength: 2_000 }, { args: [[{ at: "2026-01-01", value: 3 }, { at: "2026-02-01", value: 5 }, { at: "2026-03-01", value: 4 }]], hugeLength: 2_000 }],
  controlChart: [{ args: [[10, 12, 11, 13, 30, 9, 10, 11, 12], { type: "xmr", rules: ["beyond-limits", "run-of-8"] }] }, { args: [[{ successes: 5, n: 50 }, { successes: 15, n: 50 }, { successes: 0, n: 10 }], { type: "laney-p" }] }, { args: [[{ successes: 5, n: 50 }, { successes: 50, n: 50 }], { type: "p" }] }],
  // Statistics
  quantile: [{ args: [[15, 20, 35, 40, 50], 0.4, { method: "weibull" }] }],
  percentiles: [{ args: [[1, 3, 2, 4], [0.3, 0.9, 0, 1], { method: "linear" }] }],
  wilsonInterval: [{ args: [81, 263, { confidence: 0.9 }] }],
  compareProportions: [{ args: [{ successes: 56, n: 70 }, { successes: 48, n: 80 }, { confidence: 0.9 }] }],
  // Time
  businessCalendar: [{ args: [CALENDAR] }],
  businessTimeBetween: [{ args: ["2026-11-23T16:00", "2026-11-24T10:00", CALENDAR] }, { args: ["2026-11-23T16:00Z", new Date("2026-12-30T10:00Z"), main.businessCalendar(CALENDAR as never)] }],
  addBusinessTime: [{ args: ["2026-11-23T15:00:00Z", 4 * HOUR, CALENDAR] }, { args: [1_795_000_000_000, 30 * DAY, main.businessCalendar(CALENDAR as never)] }],
  // Errors: the guards take anything.
  isKpiInputError: [{ args: [new main.KpiInputError({ kpi: "x", field: "y", value: 1, expected: "z" })] }],
  isReadRecordsError: [{ args: [new node.ReadRecordsError("x")] }],
  // servicekpi/schemas
  parseRecords: [
    { args: [[{ ticket_id: "T-1", created: "2024-10-29 22:00:00", status: "Resolved", first_response_minutes: "30" }, { ticket_id: "T-2", created: "2024-10-30T08:00:00Z", status: "Open", first_response_minutes: "" }], schemas.ticketSchema, { mapping: { id: "ticket_id", createdAt: "created", status: { column: "status", values: { Resolved: "solved", Open: "open" } }, firstResponseMs: { column: "first_response_minutes", unit: "minutes" } }, timeZone: "Europe/Amsterdam" }], echoes: REJECTED_ROW },
    { args: [[{ outcome: "answered", waitMs: 12_000, talkMs: 1 }, { outcome: "abandoned" }], schemas.callSchema], echoes: REJECTED_ROW },
  ],
  scaleKpiOptions: [{ args: [{ csatScale: "binary", cesScale: "1-5" }] }],
  toJSONSchema: [{ args: [schemas.callSchema] }],
  // servicekpi/node: the reader over an in-memory NDJSON stream (no file, nothing to clean up).
  readRecords: [
    {
      args: [[{ id: 1, createdAt: "2026-03-02T09:00:00Z", status: "open" }, "not json", { id: 2, createdAt: "2026-03-02", firstResponseMs: 60_000 }], { schema: schemas.ticketSchema, format: "ndjson", timeZone: "Europe/Amsterdam" }],
      call: (fn: typeof node.readRecords, [rows, options]) =>
        fn((Array.isArray(rows) ? ndjson(rows) : rows) as never, options as never).collect(),
      echoes: REJECTED_ROW,
      // Each row is parsed and validated on its own: 20,000 rows take about a second.
      hugeLength: 20_000,
    },
  ],
};

