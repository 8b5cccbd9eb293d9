/**
 * restoreAggregator's checks against real and tampered states: every state that adding records
 * gives (any records, any split, any order of merging, through JSON) restores to the same result;
 * a state with one number changed is refused with a KpiInputError, or gives a result that
 * records could give in shape (finite numbers, counts whole and ≥ 0, shares from 0 to 100,
 * durations within their min and max, rows that add up) and saves a state that restores alike.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { isKpiInputError } from "../../errors.js";
import { createAggregator, type Aggregator } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import type { SummarizeOptions, SummaryRecord, SummaryResult } from "./types.js";

const START = Date.UTC(2025, 2, 24); // a week before the end of daylight saving time in Europe, and a month boundary
const HOUR = 3_600_000;
const at = (hours: number): string => new Date(START + hours * HOUR).toISOString();

/** Whole or fractional milliseconds: `fractional` off keeps every sum exact in any order. */
const ms = (fractional: boolean, max: number) => (fractional ? fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true })) : fc.integer({ min: 0, max }));

/** A ticket with any of the fields the KPIs read; `invalid` adds values a KPI (or every KPI) refuses. */
const ticket = (fractional: boolean, invalid: boolean) =>
  fc
    .record(
      {
        id: fc.integer({ min: 1, max: 12 }),
        channel: fc.constantFrom("chat", "E-mail", "phone", ""),
        tags: fc.oneof(fc.constantFrom("a", "b"), fc.array(fc.constantFrom("a", "b", 7), { maxLength: 3 })),
        team: fc.constantFrom("A", "B", 3),
        created: fc.integer({ min: 0, max: 24 * 20 }),
        resolvedAfter: fc.integer({ min: 0, max: 24 * 12 }),
        status: fc.constantFrom("solved", "open", "closed", "pending"),
        events: fc.array(fc.tuple(fc.integer({ min: 0, max: 24 * 10 }), fc.constantFrom("customer", "agent", "solved", "open")), { maxLength: 5 }),
        firstResponseMs: ms(fractional, 10 * HOUR),
        resolutionMs: ms(fractional, 300 * HOUR),
        handleMs: ms(fractional, 2 * HOUR),
        csat: fc.integer({ min: 1, max: invalid ? 6 : 5 }),
        nps: fc.integer({ min: 0, max: 10 }),
        ces: fc.integer({ min: 1, max: 7 }),
        surveySent: fc.boolean(),
        firstContactResolved: fc.boolean(),
        complaint: fc.boolean(),
        category: fc.constantFrom("Complaint", "Billing", ""),
        escalated: fc.boolean(),
        reassignments: fc.integer({ min: 0, max: 3 }),
        replies: fc.integer({ min: 0, max: 3 }),
        reopens: fc.integer({ min: 0, max: 2 }),
        customerId: fc.constantFrom("A", "B", 5, "5", ""),
        bad: fc.constantFrom("createdAt", "reopens"),
      },
      { requiredKeys: ["id", "created"] },
    )
    .map(({ created, resolvedAfter, events, status, bad, ...t }) => {
      const out: Record<string, unknown> = { ...t, createdAt: at(created) };
      if (status !== undefined) out["status"] = status;
      if (resolvedAfter !== undefined && (status === "solved" || status === "closed" || status === undefined)) out["resolvedAt"] = at(created + resolvedAfter);
      if ((status === "solved" || status === "closed") && out["resolvedAt"] === undefined && out["resolutionMs"] === undefined) out["resolutionMs"] = 1000;
      if (events !== undefined && events.length > 0) {
        const sorted = [...events].sort((a, b) => a[0] - b[0]);
        out["events"] = sorted.map(([h, what]) => (what === "customer" || what === "agent" ? { at: at(created + h), type: "message", author: what } : { at: at(created + h), type: "status", status: what }));
      }
      // a scored ticket had its survey sent
      if (out["surveySent"] === false && (t.csat !== undefined || t.nps !== undefined || t.ces !== undefined)) out["surveySent"] = true;
      if (invalid && bad !== undefined) out[bad] = bad === "createdAt" ? "not a time" : -1;
      return out as unknown as SummaryRecord;
    });

const response = fc
  .record(
    {
      id: fc.constantFrom("r", "s", 1, 2),
      ticketId: fc.integer({ min: 1, max: 6 }),
      type: fc.constantFrom("csat" as const, "nps" as const, "ces" as const),
      score: fc.integer({ min: 1, max: 5 }),
      sent: fc.integer({ min: 0, max: 24 * 20 }),
      after: fc.integer({ min: 0, max: 48 }),
      channel: fc.constantFrom("chat", "email"),
      tags: fc.oneof(fc.constantFrom("a", "b"), fc.array(fc.constantFrom("a", "b"), { maxLength: 2 })),
    },
    { requiredKeys: ["type"] },
  )
  .map(({ sent, after, ...r }) => ({ ...r, ...(sent === undefined ? {} : { sentAt: at(sent) }), ...(after === undefined ? {} : { respondedAt: at((sent ?? 0) + after) }) }) as unknown as SummaryRecord);

const call = (fractional: boolean) =>
  fc
    .record(
      {
        id: fc.constantFrom("c1", "c2", "c3"),
        outcome: fc.constantFrom("answered", "abandoned"),
        waitMs: ms(fractional, 90_000),
        talkMs: ms(fractional, 600_000),
        holdMs: ms(fractional, 60_000),
        started: fc.integer({ min: 0, max: 24 * 20 }),
        channel: fc.constantFrom("phone", "chat"),
      },
      { requiredKeys: ["outcome"] },
    )
    .map(({ started, ...c }) => ({ ...c, ...(c.outcome === "answered" && c.waitMs === undefined ? { waitMs: 0 } : {}), ...(started === undefined ? {} : { startedAt: at(started) }) }) as unknown as SummaryRecord);

const recordsOf = (fractional: boolean, invalid: boolean) => fc.array(fc.oneof(ticket(fractional, invalid), ticket(fractional, invalid), response, call(fractional)), { maxLength: 25 });

const policy = { targets: [{ metric: "first-reply", targetMs: 2 * HOUR }, { metric: "next-reply", targetMs: HOUR }, { metric: "resolution", targetMs: 48 * HOUR }, { metric: "requester-wait", targetMs: 24 * HOUR }] };
const ALL_KPIS = [
  "count", "uniqueCustomers", "csat", "nps", "ces", "surveyDelay",
  { kpi: "firstResponseTime", percentiles: [0.5, 0.9], buckets: [HOUR, 4 * HOUR] }, "resolutionTime", { kpi: "handleTime", buckets: [600_000] }, "nextReplyTime",
  "resolutionRate", "reopenRate", "oneTouchResolutionRate", "firstContactResolution", { kpi: "complaintRate", categories: ["complaint"] }, "complaintRate", "escalationRate", "reassignmentRate",
  { kpi: "slaCompliance", policy, now: START + 60 * 24 * HOUR }, "backlog",
  { kpi: "serviceLevel", thresholdMs: 20_000, shortAbandonMs: 5_000 }, { kpi: "abandonmentRate", shortAbandonMs: 30_000 }, "averageSpeedOfAnswer",
];
const ALL_KPIS_WITHOUT_BACKLOG = ALL_KPIS.filter((k) => k !== "backlog");
const AS = (k: unknown, i: number): unknown => (typeof k === "string" ? { kpi: k, as: `${k}${i}` } : { ...(k as object), as: `k${i}` });

/** Option sets: labels and a total of its own, derived dimensions, periods by other instants, none; budgets and exclusion. */
const optionsArb: fc.Arbitrary<SummarizeOptions> = fc
  .record({
    shape: fc.constantFrom("labels", "derived", "resolved", "flat"),
    budget: fc.constantFrom(0, 6, 1_000_000),
    exclude: fc.boolean(),
  })
  .map(({ shape, budget, exclude }) => {
    const common = { timeZone: "Europe/Amsterdam", maxExactValues: budget, ...(exclude ? { onInvalid: "exclude" as const } : {}) };
    const kpis = ALL_KPIS.map(AS);
    if (shape === "labels") return { ...common, kpis, by: ["channel", "tags"], period: "week" } as unknown as SummarizeOptions;
    if (shape === "derived") return { ...common, kpis, by: ["hourOfDay", "weekday"], period: "day", periodOf: "sentAt", ratingPolicy: "first" } as unknown as SummarizeOptions;
    if (shape === "resolved") return { ...common, kpis, by: "channel", channel: "normalize", period: "month", periodOf: "resolvedAt", fillPeriods: true } as unknown as SummarizeOptions;
    return { ...common, kpis: ALL_KPIS_WITHOUT_BACKLOG.map(AS), by: "team" } as unknown as SummarizeOptions;
  });

/** Adds `record` unless the aggregator refuses it (it is then unchanged). */
function feed(a: Aggregator, record: SummaryRecord): void {
  try {
    a.add(record);
  } catch (error) {
    if (!isKpiInputError(error)) throw error;
  }
}

const viaJson = (a: Aggregator): unknown => JSON.parse(JSON.stringify(a.toJSON())) as unknown;

/** Records in up to four parts, each fed to its own aggregator, sent through JSON or not, merged in an order. */
const split = (fractional: boolean, invalid: boolean) =>
  recordsOf(fractional, invalid).chain((list) =>
    fc.tuple(fc.constant(list), fc.array(fc.nat(3), { minLength: list.length, maxLength: list.length }), fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 })),
  );

test.prop([split(false, true), optionsArb], { numRuns: 60 })(
  "every state of real records (any split, any order of merging, through JSON) restores to the one-pass result",
  ([list, part, order, json], options) => {
    const one = createAggregator(options);
    for (const r of list) feed(one, r);
    const whole = one.result();
    const parts = order.map(() => createAggregator(options));
    list.forEach((r, i) => feed(parts[part[i] as number] as Aggregator, r));
    const sent = parts.map((p, i) => (json[i] === true ? restoreAggregator(viaJson(p)) : p));
    const folded = createAggregator(options);
    for (const i of order) folded.merge(sent[i] as Aggregator);
    expect(folded.result()).toEqual(whole);
    expect(restoreAggregator(viaJson(folded)).result()).toEqual(whole);
    expect(restoreAggregator(structuredClone(folded.toJSON())).result()).toEqual(whole);
    expectSaneResult(whole); // what the property of tampered states asks holds for real ones
  },
);

test.prop([recordsOf(true, false), optionsArb], { numRuns: 60 })("a state of fractional durations (kept or sketched) restores to its own result", (list, options) => {
  const a = createAggregator(options);
  for (const r of list) feed(a, r);
  const parts = [createAggregator(options), createAggregator(options)];
  list.forEach((r, i) => feed(parts[i % 2] as Aggregator, r));
  const merged = restoreAggregator(viaJson(parts[0] as Aggregator)).merge(restoreAggregator(viaJson(parts[1] as Aggregator)));
  for (const x of [a, merged]) expect(restoreAggregator(viaJson(x)).result()).toEqual(x.result());
});

/** A leaf of a saved state that holds a number (or a whole number written in decimal, as exact sums are). */
type Leaf = { readonly path: readonly (string | number)[]; readonly value: number | string };

function numericLeaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (typeof value === "number") return [{ path, value }];
  if (typeof value === "string" && /^\d+$/.test(value)) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => numericLeaves(v, [...path, i]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => numericLeaves(v, [...path, k]));
  return [];
}

/** The changes tried on a number. */
const change = fc.oneof(
  fc.constantFrom((v: number) => v + 1, (v: number) => v - 1, (v: number) => v * 2, (v: number) => v / 2, (v: number) => -v),
  fc.constantFrom(0, -1, 0.5, 1, 2, 7, 1e308, -0, 8.64e15 + 1, 2 ** 53, Number.NaN, Infinity, 1e-300).map((c) => () => c),
  fc.integer({ min: -3, max: 3 }).map((d) => (v: number) => v + d),
);

/** Keys whose numbers are counts: whole, ≥ 0. */
const COUNTS = new Set([
  "n", "value", "tickets", "surveyResponses", "calls", "withoutCustomer", "satisfied", "promoters", "passives", "detractors", "responded", "count", "created", "resolved", "reopened", "openAtStart", "openAtEnd",
  "answered", "answeredWithin", "abandoned", "abandonedWithin", "shortAbandoned", "unknownWait", "withoutReply", "achieved", "breached", "active",
]);

/** Asserts that a KPI column of a row has the shape records give it (see the file's comment). */
function expectSane(column: string, v: unknown, inRate = false): void {
  if (v === null || typeof v === "string" || typeof v === "boolean") return;
  if (typeof v === "number") {
    expect(Number.isFinite(v), `${column} = ${v}`).toBe(true);
    return;
  }
  if (Array.isArray(v)) {
    for (const x of v) expectSane(column, x, inRate);
    return;
  }
  const o = v as Record<string, unknown>;
  // NPS from −100 to 100; CES's interval is of its mean score (a t interval), unbounded
  const [lowest, highest] = column.startsWith("nps") ? [-100, 100] : column.startsWith("ces") ? [-Infinity, Infinity] : [0, 100];
  const isRate = "ci" in o && "value" in o && "n" in o;
  for (const [key, x] of Object.entries(o)) {
    expectSane(`${column}.${key}`, x, isRate);
    if (typeof x !== "number") continue;
    const counted = COUNTS.has(key) && !(key === "value" && (isRate || column.startsWith("averageSpeed") || "mean" in o));
    if (counted) expect(Number.isInteger(x) && x >= 0, `${column}.${key} = ${x}`).toBe(true);
    if (key === "share" || (isRate && key === "value") || (inRate && (key === "lower" || key === "upper"))) expect(x >= lowest && x <= highest, `${column}.${key} = ${x}`).toBe(true);
  }
  if (isRate && o["value"] !== null) {
    const ci = o["ci"] as { lower: number; upper: number } | null;
    if (ci !== null) expect(ci.lower <= (o["value"] as number) + 1e-9 && (o["value"] as number) <= ci.upper + 1e-9, `${column} = ${JSON.stringify(o)}`).toBe(true);
  }
  if ("minMs" in o && o["minMs"] !== null) {
    const [min, max] = [o["minMs"] as number, o["maxMs"] as number];
    const inside = (x: unknown) => typeof x === "number" && x >= min && x <= max;
    expect(min >= 0 && inside(o["meanMs"]) && inside(o["medianMs"]) && Object.values(o["percentiles"] as object).every(inside), `${column} = ${JSON.stringify(o)}`).toBe(true);
    const sd = o["sdMs"];
    if (typeof sd === "number") expect(sd >= 0 && sd <= (max - min) * (1 + 1e-9), `${column}.sdMs = ${sd}`).toBe(true);
  }
  if ("ticketsPerCustomer" in o && o["ticketsPerCustomer"] !== null) expect(o["ticketsPerCustomer"] as number).toBeGreaterThanOrEqual(1);
}

/**
 * Asserts that a result has the shape records give it: each KPI column (see {@link expectSane}),
 * the count KPI (column `count0`) equal to each row's `n`, and rows that add up to the total
 * unless groups overlap.
 */
function expectSaneResult(result: SummaryResult): void {
  for (const row of [...result.rows, result.total]) {
    expect(Number.isInteger(row.n) && row.n >= 0).toBe(true);
    for (const [column, v] of Object.entries(row)) if (column !== "group" && column !== "n") expectSane(column, v);
    expect((row["count0"] as { value: number }).value).toBe(row.n);
  }
  if (result.overlapping === undefined) expect(result.rows.reduce((t, r) => t + r.n, 0)).toBe(result.total.n);
}

test.prop([recordsOf(true, true), optionsArb, fc.nat(), change], { numRuns: 300 })(
  "a state with one number changed is refused with a KpiInputError, or gives a result records could give in shape",
  (list, options, pick, changed) => {
    const a = createAggregator(options);
    for (const r of list) feed(a, r);
    const saved = a.toJSON();
    const leaves = numericLeaves(saved);
    const leaf = leaves[pick % leaves.length] as Leaf;
    const copy = structuredClone(saved) as unknown as Record<string | number, unknown>;
    let into = copy;
    for (const k of leaf.path.slice(0, -1)) into = into[k] as Record<string | number, unknown>;
    const last = leaf.path[leaf.path.length - 1] as string | number;
    const before = typeof leaf.value === "string" ? Number(leaf.value) : leaf.value;
    const after = changed(before);
    into[last] = typeof leaf.value === "string" ? String(after) : after;
    let restored: Aggregator;
    try {
      restored = restoreAggregator(copy);
    } catch (error) {
      expect(isKpiInputError(error), String(error)).toBe(true);
      return;
    }
    const result = restored.result();
    expectSaneResult(result);
    expect(restoreAggregator(viaJson(restored)).result()).toEqual(result);
  },
);
