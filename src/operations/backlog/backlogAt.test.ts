import { describe, expect, it } from "vitest";
import type { Ticket } from "../../records/ticket.js";
import { backlogAt } from "./backlogAt.js";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";

const H = 3_600_000;
const D = 24 * H;

describe("backlogAt", () => {
  it("counts the unsolved tickets and their ages (the TSDoc example)", () => {
    const tickets: Ticket[] = [
      { id: 1, createdAt: "2026-03-01T09:00Z", resolvedAt: "2026-03-02T09:00Z" },
      { id: 2, createdAt: "2026-03-09T12:00Z" },
      { id: 3, createdAt: "2026-03-05T10:00Z", resolvedAt: "2026-03-10T10:00Z" },
      { id: 4, createdAt: "2026-02-01T00:00Z", status: "pending" },
    ];
    // By hand, at 2026-03-10 10:00: ticket 1 solved a week ago; ticket 2 open for 22 hours;
    // ticket 3 solved exactly now, so gone; ticket 4 pending since 1 February: 28 days of
    // February + 9 days + 10 hours = 898 hours = 3,232,800,000 ms.
    expect(backlogAt(tickets, "2026-03-10T10:00Z")).toEqual({
      open: 2,
      byAge: [
        { minMs: 0, maxMs: D, count: 1 },
        { minMs: D, maxMs: 3 * D, count: 0 },
        { minMs: 3 * D, maxMs: 7 * D, count: 0 },
        { minMs: 7 * D, maxMs: 30 * D, count: 0 },
        { minMs: 30 * D, maxMs: null, count: 1 },
      ],
      oldestAgeMs: 898 * H,
    });
  });

  it("finds the oldest wherever it is listed, and puts an age equal to a bound in the bucket above", () => {
    const at = Date.UTC(2026, 2, 10, 10);
    // Ages 1 day, 40 days, 3 days and 0: the oldest second in the list. The buckets are
    // [0, 1 d), [1 d, 3 d), [3 d, 7 d), [7 d, 30 d), [30 d, …): an age of exactly 1 day is in the
    // second, exactly 3 days in the third.
    const ages = [D, 40 * D, 3 * D, 0];
    const tickets: Ticket[] = ages.map((age, i) => ({ id: i, createdAt: at - age }));
    for (const list of [tickets, [...tickets].reverse()]) {
      const r = backlogAt(list, at);
      expect(r.oldestAgeMs).toBe(40 * D);
      expect(r.byAge.map((b) => b.count)).toEqual([1, 1, 1, 0, 1]);
    }
  });

  it("includes a ticket created exactly at `at` and excludes one solved exactly then", () => {
    const at = Date.UTC(2026, 2, 10, 10);
    expect(backlogAt([{ id: "new", createdAt: at }], at).open).toBe(1);
    expect(backlogAt([{ id: "new", createdAt: at + 1 }], at).open).toBe(0);
    expect(backlogAt([{ id: "done", createdAt: at - H, resolvedAt: at }], at).open).toBe(0);
    expect(backlogAt([{ id: "done", createdAt: at - H, resolvedAt: at + 1 }], at).open).toBe(1);
    // Created and solved at the same instant: never in the backlog.
    expect(backlogAt([{ id: "instant", createdAt: at, resolvedAt: at }], at).open).toBe(0);
  });

  it("puts a reopened ticket back in the backlog, and keeps pending and on-hold ones in it", () => {
    const ticket: Ticket = {
      id: 7,
      createdAt: "2026-03-01T08:00Z",
      events: [
        { at: "2026-03-01T09:00Z", type: "status", status: "pending" },
        { at: "2026-03-01T10:00Z", type: "status", status: "solved" },
        { at: "2026-03-02T10:00Z", type: "status", status: "open" },
        { at: "2026-03-02T11:00Z", type: "status", status: "on-hold" },
        { at: "2026-03-03T10:00Z", type: "status", status: "solved" },
        { at: "2026-03-10T10:00Z", type: "status", status: "closed" },
      ],
    };
    const openAt = (iso: string): number => backlogAt([ticket], iso).open;
    expect([openAt("2026-03-01T08:00Z"), openAt("2026-03-01T09:30Z"), openAt("2026-03-01T12:00Z")]).toEqual([1, 1, 0]);
    expect([openAt("2026-03-02T10:00Z"), openAt("2026-03-02T12:00Z"), openAt("2026-03-03T10:00Z"), openAt("2026-03-11T00:00Z")]).toEqual([1, 1, 0, 0]);
    // Age counts from creation (03-01 08:00), not from the reopen: at 03-03 09:00 it is 2 days and 1 hour.
    expect(backlogAt([ticket], "2026-03-03T09:00Z").oldestAgeMs).toBe(2 * D + H);
    // Open from the instant it is created: its age there is 0, not "no open ticket" (null).
    expect(backlogAt([ticket], "2026-03-01T08:00Z")).toMatchObject({ open: 1, oldestAgeMs: 0 });
  });

  it("reads the summary when the events hold no status change", () => {
    const ticket: Ticket = {
      id: "m",
      createdAt: "2026-03-01T08:00Z",
      resolvedAt: "2026-03-01T12:00Z",
      events: [{ at: "2026-03-01T09:00Z", type: "message", author: "agent" }],
    };
    expect(backlogAt([ticket], "2026-03-01T11:00Z").open).toBe(1);
    expect(backlogAt([ticket], "2026-03-01T12:00Z").open).toBe(0);
  });

  it("counts a ticket whose status is unsolved as open despite an old resolvedAt (reopened at an unknown time)", () => {
    const ticket: Ticket = { id: 9, createdAt: "2026-03-01T08:00Z", resolvedAt: "2026-03-02T08:00Z", status: "open" };
    expect(backlogAt([ticket], "2026-03-05T00:00Z").open).toBe(1);
    expect(backlogAt([{ ...ticket, status: "solved" }], "2026-03-05T00:00Z").open).toBe(0);
  });

  it("rejects a solved ticket it cannot place in time, naming its id", () => {
    const e = inputErrorOf(() => backlogAt([{ id: 1, createdAt: 0 }, { id: "T-42", createdAt: 0, status: "closed" }], 5));
    expect(e).toMatchObject({ kpi: "backlogAt", field: "tickets.resolvedAt", index: 1, recordId: "T-42" });
    expect(e["message"]).toMatch(/tickets\.resolvedAt\[1\] \(id "T-42"\) must be the time the ticket was solved/);
  });

  it("takes custom age buckets; an empty list gives one bucket", () => {
    const tickets: Ticket[] = [0, 1, 2, 3, 4].map((h) => ({ id: h, createdAt: Date.UTC(2026, 0, 1, h) }));
    const at = Date.UTC(2026, 0, 1, 4); // ages 4, 3, 2, 1, 0 hours
    expect(backlogAt(tickets, at, { ageBucketsMs: [H, 3 * H] }).byAge).toEqual([
      { minMs: 0, maxMs: H, count: 1 },
      { minMs: H, maxMs: 3 * H, count: 2 },
      { minMs: 3 * H, maxMs: null, count: 2 },
    ]);
    expect(backlogAt(tickets, at, { ageBucketsMs: [] }).byAge).toEqual([{ minMs: 0, maxMs: null, count: 5 }]);
  });

  it("reads offset-less timestamps in the time zone", () => {
    // 09:00 in Amsterdam in March (CET, +01:00) is 08:00 UTC.
    const tickets: Ticket[] = [{ id: 1, createdAt: "2026-03-02 09:00" }];
    expect(backlogAt(tickets, "2026-03-02T07:59Z", { timeZone: "Europe/Amsterdam" }).open).toBe(0);
    expect(backlogAt(tickets, "2026-03-02T08:00Z", { timeZone: "Europe/Amsterdam" }).open).toBe(1);
    // Read in UTC (the default) the same text is 09:00 UTC.
    expect(backlogAt(tickets, "2026-03-02T08:30Z").open).toBe(0);
    expect(backlogAt(tickets, "2026-03-02T09:00Z").open).toBe(1);
  });

  it("gives zero and a null oldest age with nothing open, and survives JSON", () => {
    const empty = backlogAt([], 0);
    expect(empty.open).toBe(0);
    expect(empty.oldestAgeMs).toBeNull();
    expect(empty.byAge.map((b) => b.count)).toEqual([0, 0, 0, 0, 0]);
    expect(JSON.parse(JSON.stringify(empty))).toEqual(empty);
    expect(Object.keys(empty)).toEqual(["open", "byAge", "oldestAgeMs"]);
  });

  it("accepts any iterable and does not mutate its input", () => {
    const tickets: Ticket[] = [{ id: 1, createdAt: 0, events: [{ at: 5, type: "status", status: "solved" }] }];
    const copy = JSON.parse(JSON.stringify(tickets)) as unknown;
    expect(backlogAt(new Set(tickets), 4).open).toBe(1);
    expect(tickets).toEqual(copy);
  });

  it.each([
    [{ ageBucketsMs: [0] }, "options.ageBucketsMs", 0],
    [{ ageBucketsMs: [D, D] }, "options.ageBucketsMs", 1],
    [{ ageBucketsMs: [D, Number.POSITIVE_INFINITY] }, "options.ageBucketsMs", 1],
    [{ ageBucketsMs: [3 * D, D] }, "options.ageBucketsMs", 1],
    [{ ageBucketsMs: D }, "options.ageBucketsMs", undefined],
    [{ timeZone: "Mars/Olympus" }, "options.timeZone", undefined],
  ])("rejects options %o (field %s)", (options, field, index) => {
    expect(inputErrorOf(() => backlogAt([], 0, options as never))).toMatchObject({ kpi: "backlogAt", field, index });
  });

  it("rejects a bad instant and bad tickets, naming the ticket", () => {
    expect(inputErrorOf(() => backlogAt([], "yesterday"))).toMatchObject({ field: "at", value: "yesterday" });
    expect(inputErrorOf(() => backlogAt([{ id: 5, createdAt: "2026-02-30" }], 0))).toMatchObject({ field: "tickets.createdAt", index: 0, recordId: 5 });
    expect(inputErrorOf(() => backlogAt([{ id: 5, createdAt: 10, resolvedAt: 5 }], 0))).toMatchObject({ field: "tickets.resolvedAt", recordId: 5 });
    expect(inputErrorOf(() => backlogAt([{ createdAt: 10 } as never], 0))).toMatchObject({ field: "tickets.id", index: 0 });
    expect(inputErrorOf(() => backlogAt(7 as never, 0))).toMatchObject({ field: "tickets" });
  });
});
