/**
 * Invariants of the duration KPIs with their options: business time never exceeds wall-clock
 * time, the buckets count every duration once (and as a plain filter over the durations would),
 * merging any split equals one pass, and a JSON round trip changes nothing. Tickets fall around
 * the change to summer time in Amsterdam (29 March 2026) and the Good Friday holiday.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { TicketEvent } from "../../records/ticket.js";
import type { TicketRecord } from "../../records/types.js";
import { ticketTimings } from "../../tickets/ticketTimings/ticketTimings.js";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import { businessTimeBetween } from "../../time/businessTime/businessTimeBetween.js";
import { createAggregator } from "../summarize/createAggregator.js";
import { restoreAggregator } from "../summarize/restoreAggregator.js";
import { json, mergeSplit, splitsOf } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";
import type { SummarizeOptions } from "../summarize/types.js";

const M = 60_000;
const H = 60 * M;
const START = Date.UTC(2026, 2, 20); // Friday 20 March 2026, 00:00Z
const day = [["09:00", "17:00"]] as const;
const calendar = businessCalendar({
  timeZone: "Europe/Amsterdam",
  week: { mon: day, tue: day, wed: day, thu: day, fri: [["09:00", "12:30"], ["13:30", "17:00"]], sat: [["10:00", "14:00"]] },
  holidays: ["2026-04-03"],
});
const BOUNDS = [15 * M, H, 8 * H, 24 * H];

/** A conversation: the customer opens, then messages at increasing minutes, by the customer or an agent. */
const conversation = fc.array(fc.record({ after: fc.integer({ min: 0, max: 36 * 60 }), author: fc.constantFrom("customer" as const, "agent" as const) }), { maxLength: 6 });

const ticket: fc.Arbitrary<TicketRecord> = fc
  .record({
    id: fc.integer({ min: 1, max: 1_000_000 }),
    channel: fc.constantFrom("chat", "email"),
    created: fc.integer({ min: 0, max: 16 * 24 * 60 }),
    reply: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 4 * 24 * 60 }), conversation),
    resolvedAfter: fc.option(fc.integer({ min: 0, max: 8 * 24 * 60 }), { nil: undefined }),
    handleMs: fc.option(fc.integer({ min: 0, max: 10 * H }), { nil: undefined }),
  })
  .map(({ id, channel, created, reply, resolvedAfter, handleMs }) => {
    const createdMs = START + created * M;
    const at = (minutes: number): string => new Date(createdMs + minutes * M).toISOString();
    let minute = 0;
    const events: TicketEvent[] | undefined = Array.isArray(reply)
      ? [{ at: at(0), type: "message", author: "customer" }, ...reply.map(({ after, author }) => ({ at: at((minute += after)), type: "message" as const, author }))]
      : undefined;
    const last = events === undefined ? 0 : minute;
    return {
      id,
      channel,
      createdAt: at(0),
      ...(typeof reply === "number" ? { firstResponseAt: at(reply) } : {}),
      ...(events === undefined ? {} : { events }),
      ...(resolvedAfter === undefined ? {} : { status: "solved" as const, resolvedAt: at(last + resolvedAfter) }),
      ...(handleMs === undefined ? {} : { handleMs }),
    };
  });

const tickets = fc.uniqueArray(ticket, { selector: (t) => t.id, maxLength: 25 });

const kpis = [
  { kpi: "firstResponseTime", calendar, buckets: BOUNDS },
  { kpi: "firstResponseTime", as: "frtWall", buckets: BOUNDS },
  { kpi: "resolutionTime", calendar, percentiles: [0.25, 0.9], buckets: BOUNDS },
  { kpi: "resolutionTime", as: "rtWall" },
  { kpi: "handleTime", buckets: BOUNDS },
  { kpi: "nextReplyTime", calendar, buckets: BOUNDS },
  { kpi: "nextReplyTime", as: "nrtWall" },
] as const;
const options = { kpis, by: "channel", timeZone: "Europe/Amsterdam" } as const;

test.prop([tickets])("business time never exceeds wall-clock time, record by record, and is the open time between the instants", (list) => {
  const { rows } = summarize(list, { kpis, by: "id" });
  for (const row of rows) {
    const t = list.find((x) => x.id === row.group["id"]) as TicketRecord;
    expect(row.firstResponseTime.n).toBe(row.frtWall.n);
    if (row.firstResponseTime.n === 1) expect(row.firstResponseTime.maxMs as number).toBeLessThanOrEqual(row.frtWall.maxMs as number);
    expect(row.resolutionTime.n).toBe(row.rtWall.n);
    if (row.resolutionTime.n === 1) {
      expect(row.resolutionTime.maxMs as number).toBeLessThanOrEqual(row.rtWall.maxMs as number);
      expect(row.resolutionTime.maxMs).toBe(businessTimeBetween(t.createdAt, t.resolvedAt as string, calendar));
    }
    if (t.firstResponseAt !== undefined) expect(row.firstResponseTime.maxMs).toBe(businessTimeBetween(t.createdAt, t.firstResponseAt, calendar));
    // each wait is no longer in business time than on the wall clock; the same waits as ticketTimings
    expect(row.nextReplyTime.n).toBe(row.nrtWall.n);
    expect(row.nextReplyTime.tickets).toBe(row.nrtWall.tickets);
    expect(row.nextReplyTime.meanMs ?? 0).toBeLessThanOrEqual(row.nrtWall.meanMs ?? 0);
    const waits = ticketTimings(t, { calendar }).nextReplyMs;
    expect(row.nextReplyTime.n).toBe(waits.length);
    if (waits.length > 0) expect(row.nextReplyTime.maxMs).toBe(Math.max(...waits));
  }
});

test.prop([tickets])("the buckets count every duration once, each where a plain filter puts it", (list) => {
  const { total } = summarize(list, options);
  const walls = list.flatMap((t) => {
    const ms = t.events !== undefined ? ticketTimings(t).firstReplyMs : t.firstResponseAt === undefined ? null : Date.parse(t.firstResponseAt as string) - Date.parse(t.createdAt as string);
    return ms === null ? [] : [ms];
  });
  const buckets = total.frtWall.buckets ?? [];
  expect(buckets.map((b) => b.upToMs)).toEqual([...BOUNDS, null]);
  const expected = [...BOUNDS, Number.POSITIVE_INFINITY].map((hi, i) => walls.filter((ms) => ms <= hi && (i === 0 || ms > (BOUNDS[i - 1] as number))).length);
  expect(buckets.map((b) => b.count)).toEqual(expected);
  for (const column of [total.firstResponseTime, total.frtWall, total.resolutionTime, total.handleTime, total.nextReplyTime]) {
    const counts = (column.buckets ?? []).map((b) => b.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(column.n);
    if (column.n > 0) expect((column.buckets ?? []).reduce((s, b) => s + (b.share as number), 0)).toBeCloseTo(100, 9);
  }
});

for (const maxExactValues of [undefined, 4, 0]) {
  const o: SummarizeOptions = { ...options, ...(maxExactValues === undefined ? {} : { maxExactValues }) };
  test.prop([splitsOf(tickets)])(`merging any split in any order equals one pass (maxExactValues ${maxExactValues ?? "default"})`, (split) => {
    const { folded } = mergeSplit(split, o);
    expect(folded.result()).toEqual(summarize(split[0], o));
  });
}

test.prop([tickets])("a JSON round trip gives the same state and result", (list) => {
  const a = createAggregator(options);
  for (const t of list) a.add(t);
  const restored = restoreAggregator(json(a));
  expect(json(restored)).toEqual(json(a));
  expect(restored.result()).toEqual(a.result());
});
