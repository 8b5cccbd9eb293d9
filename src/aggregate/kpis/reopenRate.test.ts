import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { TicketEvent } from "../../records/ticket.js";
import type { TicketRecord } from "../../records/types.js";
import { ticketTimings } from "../../tickets/ticketTimings/ticketTimings.js";
import { splitsOf, mergeSplit } from "../summarize/splits.test-util.js";
import { summarize } from "../summarize/summarize.js";

const status = (at: string, s: TicketEvent["status"]): TicketEvent => ({ at: `2026-03-0${at}Z`, type: "status", status: s });

/** Tickets whose reopen history is known from status events, from the `reopens` count, or not at all. */
const TICKETS: TicketRecord[] = [
  // status events: solved, reopened, solved again → reopened
  { id: "E1", channel: "chat", createdAt: "2026-03-02T08:00:00Z", events: [status("2T09:00:00", "solved"), status("2T10:00:00", "open"), status("2T11:00:00", "solved")] },
  // status events: solved once → solved, not reopened
  { id: "E2", channel: "chat", createdAt: "2026-03-02T08:00:00Z", events: [status("2T09:00:00", "pending"), status("2T12:00:00", "solved")] },
  // status events: solved, reopened, still open → reopened
  { id: "E3", channel: "email", createdAt: "2026-03-02T08:00:00Z", events: [status("2T09:00:00", "closed"), status("3T09:00:00", "open")] },
  // status events, never solved → left out
  { id: "E4", channel: "email", createdAt: "2026-03-02T08:00:00Z", events: [status("2T09:00:00", "pending")] },
  // summary with a reopen count: 2 reopens (solved now) → reopened; 0 and solved → not; 1 and open → reopened; 0 and open → left out
  { id: "S1", channel: "chat", createdAt: "2026-03-02T08:00:00Z", status: "solved", resolvedAt: "2026-03-04T08:00:00Z", reopens: 2 },
  { id: "S2", channel: "email", createdAt: "2026-03-02T08:00:00Z", status: "closed", resolvedAt: "2026-03-02T09:00:00Z", reopens: 0 },
  { id: "S3", channel: "email", createdAt: "2026-03-02T08:00:00Z", status: "open", reopens: 1 },
  { id: "S4", channel: "email", createdAt: "2026-03-02T08:00:00Z", status: "open", reopens: 0 },
  // a summary without a reopen count tells nothing about reopens → left out, solved or not
  { id: "N1", channel: "chat", createdAt: "2026-03-02T08:00:00Z", status: "solved", resolvedAt: "2026-03-02T10:00:00Z" },
];

/** Wilson's score interval in percent, written out from Wilson (1927) with z = Φ⁻¹(0.975) = 1.959963984540054. */
function wilson(x: number, n: number): { lower: number; upper: number } {
  const z = 1.959963984540054;
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lower: (centre - half) * 100, upper: (centre + half) * 100 };
}

describe("reopenRate KPI", () => {
  it("counts tickets reopened at least once over tickets solved at least once, by events or the reopens count", () => {
    const { rows, total } = summarize(TICKETS, { kpis: ["reopenRate"], by: "channel" });
    // by hand from the comments above: solved E1 E2 E3 S1 S2 S3 (6), reopened E1 E3 S1 S3 (4)
    expect(total.reopenRate).toMatchObject({ value: (4 * 100) / 6, n: 6 });
    const ci = total.reopenRate.ci;
    expect(ci?.level).toBe(0.95);
    expect(ci?.lower).toBeCloseTo(wilson(4, 6).lower, 9);
    expect(ci?.upper).toBeCloseTo(wilson(4, 6).upper, 9);
    // chat: E1 E2 S1 solved, E1 S1 reopened; email: E3 S2 S3 solved, E3 S3 reopened
    expect(rows.map((r) => [r.group["channel"], r.reopenRate.value, r.reopenRate.n])).toEqual([["chat", 200 / 3, 3], ["email", 200 / 3, 3]]);
  });

  it("reads status events as ticketTimings does: reopened when its reopens are one or more", () => {
    const withEvents = TICKETS.filter((t) => t.events !== undefined);
    const solved = withEvents.filter((t) => ticketTimings(t).firstResolutionMs !== null);
    const reopened = solved.filter((t) => (ticketTimings(t).reopens ?? 0) > 0);
    expect(summarize(withEvents, { kpis: ["reopenRate"] }).total.reopenRate).toMatchObject({ value: (reopened.length * 100) / solved.length, n: solved.length });
  });

  it("has no value without a solved ticket that tells, and takes a confidence", () => {
    expect(summarize([TICKETS[3] as TicketRecord, TICKETS[8] as TicketRecord], { kpis: ["reopenRate"] }).total.reopenRate).toEqual({ value: null, n: 0, ci: null });
    expect(summarize([], { kpis: [{ kpi: "reopenRate", confidence: 0.9 }] }).total.reopenRate.n).toBe(0);
    expect(summarize(TICKETS, { kpis: [{ kpi: "reopenRate", confidence: 0.9 }] }).total.reopenRate.ci?.level).toBe(0.9);
  });

  it("names a reopens count that is not a whole number ≥ 0, and a bad confidence", () => {
    for (const reopens of [-1, 1.5, "2", Number.NaN]) {
      const e = inputErrorOf(() => summarize([{ id: "X", createdAt: "2026-03-02", reopens } as never], { kpis: ["reopenRate"] }));
      expect(e).toMatchObject({ kpi: "summarize", field: "records.reopens", index: 0, recordId: "X" });
    }
    expect(inputErrorOf(() => summarize([], { kpis: [{ kpi: "reopenRate", confidence: 1 }] }))).toMatchObject({ field: "options.kpis[0].confidence" });
  });
});

/** Written out from the definition, apart from the library: solved at least once, and reopened at least once after a solve. */
function expected(t: TicketRecord): "reopened" | "solved" | null {
  if (t.events !== undefined && t.events.length > 0) {
    let solvedOnce = false;
    let reopenedOnce = false;
    let solvedNow = false;
    for (const e of t.events) {
      const isSolved = e.status === "solved" || e.status === "closed";
      if (isSolved) solvedOnce = true;
      else if (solvedNow) reopenedOnce = true;
      solvedNow = isSolved;
    }
    return !solvedOnce ? null : reopenedOnce ? "reopened" : "solved";
  }
  if (t.reopens === undefined) return null;
  return t.reopens > 0 ? "reopened" : t.status === "solved" ? "solved" : null;
}

const ticket = fc
  .record({
    id: fc.integer({ min: 1, max: 99 }),
    channel: fc.constantFrom("chat", "email"),
    solved: fc.boolean(),
    reopens: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    flips: fc.option(fc.array(fc.constantFrom("open" as const, "pending" as const, "solved" as const, "closed" as const), { maxLength: 5 }), { nil: undefined }),
  })
  .map(({ id, channel, solved, reopens, flips }): TicketRecord => {
    const createdAt = Date.UTC(2026, 2, 2);
    if (flips !== undefined) return { id, channel, createdAt, events: flips.map((s, i) => ({ at: createdAt + (i + 1) * 3_600_000, type: "status", status: s })) };
    return { id, channel, createdAt, ...(solved ? { status: "solved", resolvedAt: createdAt + 3_600_000 } : { status: "open" }), reopens };
  });

test.prop([splitsOf(fc.array(ticket, { maxLength: 30 }))])("merging any split equals one pass; reopened ≤ solved; the rows add up to the total", (split) => {
  const options = { kpis: ["reopenRate"], by: "channel" } as const;
  const whole = summarize(split[0], options);
  expect(mergeSplit(split, options).folded.result()).toEqual(whole);
  const r = whole.total.reopenRate;
  const kinds = split[0].map(expected);
  const solved = kinds.filter((k) => k !== null).length;
  const reopened = kinds.filter((k) => k === "reopened").length;
  expect([r.n, r.value]).toEqual([solved, solved === 0 ? null : (reopened * 100) / solved]);
  expect(whole.rows.reduce((s, row) => s + row.reopenRate.n, 0)).toBe(r.n);
});
