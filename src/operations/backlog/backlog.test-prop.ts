/**
 * Properties of backlogAt and backlogSeries against a reference written here: each generated
 * ticket knows the instants at which it entered and left the backlog (built from the generator's
 * own choices, not from the library), and the stock at any instant is the count of entries minus
 * exits up to it.
 */
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Ticket, TicketStatus } from "../../records/ticket.js";
import { backlogAt } from "./backlogAt.js";
import { backlogSeries } from "./backlogSeries.js";

const BASE = Date.UTC(2026, 0, 1);
const SPAN = 60 * 86_400_000;
const H = 3_600_000;
/** Times fall on a half-hour grid, so that events often land exactly on interval boundaries and on `at`. */
const STEP = H / 2;
const onGrid = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min: Math.ceil(min / STEP), max: Math.floor(max / STEP) }).map((k) => k * STEP);

interface Generated {
  readonly ticket: Ticket;
  /** +1 at creation and reopens, −1 at solves: the reference. */
  readonly steps: readonly { at: number; delta: 1 | -1 }[];
}

const STATUSES: readonly TicketStatus[] = ["new", "open", "pending", "on-hold", "solved", "closed"];

const withSummary = fc
  .record({ created: onGrid(0, SPAN), solveAfter: fc.option(onGrid(0, 20 * 86_400_000), { nil: undefined }) })
  .map(({ created, solveAfter }) => (id: number): Generated => {
    const createdMs = BASE + created;
    const steps: { at: number; delta: 1 | -1 }[] = [{ at: createdMs, delta: 1 }];
    if (solveAfter === undefined) return { ticket: { id, createdAt: createdMs }, steps };
    steps.push({ at: createdMs + solveAfter, delta: -1 });
    return { ticket: { id, createdAt: new Date(createdMs).toISOString(), resolvedAt: createdMs + solveAfter }, steps };
  });

const withEvents = fc
  .record({
    created: onGrid(0, SPAN),
    changes: fc.array(fc.record({ gap: onGrid(0, 5 * 86_400_000), status: fc.constantFrom(...STATUSES) }), { minLength: 1, maxLength: 6 }),
  })
  .map(({ created, changes }) => (id: number): Generated => {
    const createdMs = BASE + created;
    const steps: { at: number; delta: 1 | -1 }[] = [{ at: createdMs, delta: 1 }];
    let at = createdMs;
    let open = true;
    const events = changes.map(({ gap, status }) => {
      at += gap;
      const nowOpen = status !== "solved" && status !== "closed";
      if (nowOpen !== open) steps.push({ at, delta: nowOpen ? 1 : -1 });
      open = nowOpen;
      return { at, type: "status" as const, status };
    });
    return { ticket: { id, createdAt: createdMs, events }, steps };
  });

const ticketsArb = fc.array(fc.oneof(withSummary, withEvents), { maxLength: 30 }).map((makers) => makers.map((make, i) => make(i)));

const stockAt = (generated: readonly Generated[], t: number): number =>
  generated.reduce((sum, g) => sum + g.steps.filter((s) => s.at <= t).reduce((a, s) => a + s.delta, 0), 0);

const periodArb = fc
  .record({
    interval: fc.constantFrom("hour" as const, "day" as const, "week" as const, "month" as const),
    timeZone: fc.constantFrom("UTC", "Europe/Amsterdam", "America/New_York", "Asia/Kolkata"),
    a: fc.oneof(onGrid(-5 * 86_400_000, SPAN + 5 * 86_400_000), fc.integer({ min: -5 * 86_400_000, max: SPAN + 5 * 86_400_000 })),
    b: fc.oneof(onGrid(-5 * 86_400_000, SPAN + 5 * 86_400_000), fc.integer({ min: -5 * 86_400_000, max: SPAN + 5 * 86_400_000 })),
  })
  .filter(({ a, b, interval }) => a !== b && (interval !== "hour" || Math.abs(a - b) < 10 * 86_400_000))
  .map(({ interval, timeZone, a, b }) => ({ interval, timeZone, from: BASE + Math.min(a, b), to: BASE + Math.max(a, b) }));

test.prop([ticketsArb, onGrid(-86_400_000, SPAN + 30 * 86_400_000)])(
  "the stock at an instant is the entries minus the exits so far, and the age buckets add up to it",
  (generated, offset) => {
    const at = BASE + offset;
    const r = backlogAt(generated.map((g) => g.ticket), at);
    expect(r.open).toBe(stockAt(generated, at));
    expect(r.byAge.reduce((sum, b) => sum + b.count, 0)).toBe(r.open);
    expect(r.oldestAgeMs === null).toBe(r.open === 0);
  },
);

test.prop([ticketsArb, periodArb])("openAtEnd(k) = openAtStart(k) + net(k) = openAtStart(k + 1), and equals the stock before end", (generated, period) => {
  const tickets = generated.map((g) => g.ticket);
  const series = backlogSeries(tickets, period);
  expect(series.length).toBeGreaterThan(0);
  expect(series[0]!.start.getTime()).toBeLessThanOrEqual(period.from);
  expect(series[0]!.end.getTime()).toBeGreaterThan(period.from);
  expect(series.at(-1)!.start.getTime()).toBeLessThan(period.to);
  expect(series.at(-1)!.end.getTime()).toBeGreaterThanOrEqual(period.to);
  expect(series[0]!.openAtStart).toBe(stockAt(generated, series[0]!.start.getTime() - 1));
  series.forEach((i, k) => {
    expect(i.net).toBe(i.created + i.reopened - i.resolved);
    expect(i.openAtEnd).toBe(i.openAtStart + i.net);
    expect(i.openAtEnd).toBe(stockAt(generated, i.end.getTime() - 1));
    if (k > 0) {
      expect(i.openAtStart).toBe(series[k - 1]!.openAtEnd);
      expect(i.start).toEqual(series[k - 1]!.end);
    }
  });
  // Every creation inside the covered period is counted once.
  const first = series[0]!.start.getTime();
  const last = series.at(-1)!.end.getTime();
  const created = generated.filter((g) => g.steps[0]!.at >= first && g.steps[0]!.at < last).length;
  expect(series.reduce((sum, i) => sum + i.created, 0)).toBe(created);
});

test.prop([ticketsArb.chain((g) => fc.tuple(fc.constant(g), fc.shuffledSubarray(g, { minLength: g.length, maxLength: g.length }))), periodArb])(
  "the order of the tickets changes nothing",
  ([generated, shuffled], period) => {
    const a = generated.map((g) => g.ticket);
    const b = shuffled.map((g) => g.ticket);
    expect(backlogSeries(b, period)).toEqual(backlogSeries(a, period));
    expect(backlogAt(b, period.to)).toEqual(backlogAt(a, period.to));
  },
);

test.prop([ticketsArb, onGrid(0, SPAN), fc.uniqueArray(fc.integer({ min: 1, max: 40 * 24 }), { maxLength: 6 })])(
  "each open ticket falls in the bucket of its age",
  (generated, offset, hoursList) => {
    const bounds = [...hoursList].sort((x, y) => x - y).map((h) => h * H);
    const at = BASE + offset;
    const r = backlogAt(generated.map((g) => g.ticket), at, { ageBucketsMs: bounds });
    expect(r.byAge).toHaveLength(bounds.length + 1);
    const ages = generated.filter((g) => stockAt([g], at) === 1).map((g) => at - g.steps[0]!.at);
    r.byAge.forEach((b) => {
      expect(b.count).toBe(ages.filter((age) => age >= b.minMs && (b.maxMs === null || age < b.maxMs)).length);
    });
    expect(r.oldestAgeMs).toBe(ages.length === 0 ? null : Math.max(...ages));
  },
);
