import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import type { TicketRecord } from "../../records/types.js";
import { createAggregator } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { json, mergeSplit, splitsOf } from "./splits.test-util.js";
import { summarize } from "./summarize.js";

const ok = (id: string, extra: object = {}): TicketRecord => ({ id, createdAt: "2024-01-01T10:00:00Z", ...extra });
const RESOLVED_AT = "the time the ticket was solved (its status is \"solved\"), resolutionMs, or status events";

describe('summarize with onInvalid: "exclude"', () => {
  it("leaves a record a KPI cannot use out of that KPI only, and counts it by reason with its id", () => {
    const records = [
      ok("T1", { status: "solved", resolvedAt: "2024-01-01T12:00:00Z", csat: 5 }),
      ok("T2", { status: "solved", csat: 7 }), // no time of solving; a CSAT off the 1–5 scale
      ok("T3", { status: "solved" }),
      ok("T4", { status: "open", csat: 4 }),
    ];
    const r = summarize(records, { kpis: ["count", "csat", "resolutionTime", "resolutionRate"], onInvalid: "exclude" });
    // by hand: every record counts; T2 and T3 have no resolution time; T2's CSAT of 7 is refused
    expect(r.total.n).toBe(4);
    expect(r.total.count.value).toBe(4);
    expect(r.total.resolutionRate).toMatchObject({ n: 4, value: 75 });
    expect(r.total.resolutionTime).toMatchObject({ n: 1, medianMs: 2 * 3_600_000 });
    expect(r.total.csat).toMatchObject({ n: 2, satisfied: 2 });
    expect(r.excluded).toEqual([
      { column: "csat", field: "records.csat", expected: "an integer from 1 to 5", count: 1, ids: ["T2"] },
      { column: "resolutionTime", field: "records.resolvedAt", expected: RESOLVED_AT, count: 2, ids: ["T2", "T3"] },
    ]);
  });

  it("leaves a record no KPI can read out of the summary, counted with column null; the rows' n add up to the records read", () => {
    const records: unknown[] = [ok("T1", { channel: "chat" }), { id: "T2", createdAt: "31/01/2024" }, ok("T3", { channel: "email" }), { id: "T4", createdAt: "2024-01-01", channel: { x: 1 } }];
    const r = summarize(records as TicketRecord[], { kpis: ["count"], by: "channel", onInvalid: "exclude" });
    expect(r.rows.map((row) => [row.group, row.n])).toEqual([[{ channel: "chat" }, 1], [{ channel: "email" }, 1]]);
    expect(r.excluded?.map((e) => [e.column, e.field, e.count, e.ids])).toEqual([
      [null, "records.channel", 1, ["T4"]],
      [null, "records.createdAt", 1, ["T2"]],
    ]);
    expect(r.total.n + (r.excluded ?? []).reduce((s, e) => s + e.count, 0)).toBe(records.length);
  });

  it("counts records by their reason, not by the instants of each record the reason names", () => {
    // three tickets solved before they were created (no KPI can read them), each at its own
    // instants; and an SLA "now"
    // before the last instant of two tickets: one line per reason, with the counts
    const early = (id: string, day: number) => ok(id, { createdAt: `2024-01-0${day}T10:00:00Z`, status: "solved", resolvedAt: `2024-01-0${day}T09:00:00Z` });
    const r = summarize([early("A", 2), early("B", 3), early("C", 4)], { kpis: ["resolutionTime"], onInvalid: "exclude" });
    expect(r.excluded).toEqual([{ column: null, field: "records.resolvedAt", expected: "a time at or after createdAt", count: 3, ids: ["A", "B", "C"] }]);
    const policy = { targets: [{ metric: "resolution" as const, targetMs: 3_600_000 }] };
    const late = summarize([ok("X", { createdAt: "2024-02-01T10:00:00Z" }), ok("Y", { createdAt: "2024-03-01T10:00:00Z" }), ok("Z", { createdAt: "2023-12-01T10:00:00Z" })], {
      kpis: [{ kpi: "slaCompliance", policy, now: "2024-01-01T00:00:00Z" }], onInvalid: "exclude",
    });
    expect(late.excluded).toEqual([{ column: "slaCompliance", field: "options.kpis[0].now", expected: "a time at or after the ticket's last recorded instant", count: 2, ids: ["X", "Y"] }]);
  });

  it("keeps the default: a record a KPI cannot use throws, and the result has no excluded list", () => {
    expect(inputErrorOf(() => summarize([ok("T3", { status: "solved" })], { kpis: ["resolutionTime"] }))).toMatchObject({ field: "records.resolvedAt", recordId: "T3" });
    expect(summarize([ok("T1")], { kpis: ["count"] })).not.toHaveProperty("excluded");
    expect(inputErrorOf(() => summarize([], { kpis: [], onInvalid: "skip" as never }))).toMatchObject({ field: "options.onInvalid" });
  });

  it("saves its exclusions, merges them, and refuses a saved state that has some without the option", () => {
    const a = createAggregator({ kpis: ["resolutionTime"], onInvalid: "exclude" });
    a.add(ok("T5", { status: "closed" }));
    const saved = json(a);
    expect(restoreAggregator(saved).result().excluded).toEqual(a.result().excluded);
    const merged = restoreAggregator(saved).merge(a);
    expect(merged.result().excluded?.[0]).toMatchObject({ count: 2, ids: ["T5"] });
    const forged = { ...(saved as object), options: { ...(saved as { options: object }).options, onInvalid: undefined } };
    expect(inputErrorOf(() => restoreAggregator(JSON.parse(JSON.stringify(forged))))).toMatchObject({ field: "json.excluded" });
  });
});

const flawed = fc.record({
  id: fc.integer({ min: 1, max: 30 }).map((n) => `T${n}`),
  status: fc.constantFrom("open", "solved", "closed", undefined),
  resolved: fc.boolean(),
  csat: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
  created: fc.constantFrom("2024-01-01T10:00:00Z", "2024-02-03T10:00:00Z", "not a time"),
}).map(({ id, status, resolved, csat, created }) => ({ id, createdAt: created, ...(status === undefined ? {} : { status }), ...(resolved ? { resolvedAt: "2024-03-01T00:00:00Z" } : {}), ...(csat === undefined ? {} : { csat }) }) as TicketRecord);

test.prop([splitsOf(fc.array(flawed, { maxLength: 25 }))])("with exclusions, merging any split equals one pass, and every record is counted once: in a row or as excluded", (split) => {
  const options = { kpis: ["count", "csat", "resolutionTime"], period: "month", onInvalid: "exclude" } as const;
  const whole = summarize(split[0], options);
  expect(mergeSplit(split, options).folded.result()).toEqual(whole);
  const unread = (whole.excluded ?? []).filter((e) => e.column === null).reduce((s, e) => s + e.count, 0);
  expect(whole.total.n + unread).toBe(split[0].length);
});
