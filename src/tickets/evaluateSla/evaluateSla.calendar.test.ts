/**
 * SLA clocks in business time. Expected values are counted by hand from the windows (local wall
 * time) and the day's UTC offset: Amsterdam UTC+1 until 29 March 2026 02:00, UTC+2 after; New
 * York UTC−5 until 8 March 2026 02:00, UTC−4 after. H = one hour.
 */
import { describe, expect, it } from "vitest";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import type { Ticket } from "../../records/ticket.js";
import { evaluateSla } from "./evaluateSla.js";

const M = 60_000;
const H = 60 * M;
const weekdays = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] } as const;
const customerAt = (iso: string, id = "cal"): Ticket => ({ id, createdAt: iso, events: [{ at: iso, type: "message", author: "customer" }] });

describe("evaluateSla with a business calendar", () => {
  it("moves the due date over a holiday (Easter Monday, Amsterdam)", () => {
    // 4 business hours from Fri 3 April 16:00 local (14:00Z): Fri 16–17 (1), Mon 6 April closed,
    // Tue 9–12 (3): due Tue 12:00 local = 10:00Z.
    const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: weekdays, holidays: ["2026-04-06"] });
    const policy = { targets: [{ metric: "first-reply" as const, targetMs: 4 * H }], calendar };
    const t = customerAt("2026-04-03T14:00:00Z");
    // At Tue 11:00 local (09:00Z): 1 + 2 = 3 H elapsed, 1 H left.
    expect(evaluateSla(t, policy, { now: "2026-04-07T09:00:00Z" })).toEqual([
      { metric: "first-reply", targetMs: 4 * H, status: "active", elapsedMs: 3 * H, dueAt: new Date("2026-04-07T10:00:00Z"), breachedAt: null, remainingMs: H },
    ]);
    // At Tue 13:00 local (11:00Z): 1 + 4 = 5 H, late since 12:00 local.
    expect(evaluateSla(t, policy, { now: "2026-04-07T11:00:00Z" })[0]).toMatchObject({
      status: "breached", elapsedMs: 5 * H, breachedAt: new Date("2026-04-07T10:00:00Z"), remainingMs: -H,
    });
  });

  it("skips the lunch break, and a deadline that runs out at lunch falls at 12:00", () => {
    // UTC Monday 2 March, open 09–12 and 13–17. Created 11:00; 2 H target: 11–12 + 13–14, due 14:00.
    const calendar = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "12:00"], ["13:00", "17:00"]] } });
    const t = customerAt("2026-03-02T11:00:00Z");
    expect(evaluateSla(t, { targets: [{ metric: "first-reply", targetMs: 2 * H }], calendar }, { now: "2026-03-02T12:30:00Z" })[0]).toMatchObject({
      status: "active", elapsedMs: H, remainingMs: H, dueAt: new Date("2026-03-02T14:00:00Z"),
    });
    // 1 H target, reply at 12:45 during lunch: exactly 1 H of open time → achieved, due 12:00.
    const replied: Ticket = { ...t, events: [...(t.events ?? []), { at: "2026-03-02T12:45:00Z", type: "message", author: "agent" }] };
    expect(evaluateSla(replied, { targets: [{ metric: "first-reply", targetMs: H }], calendar })[0]).toMatchObject({
      status: "achieved", elapsedMs: H, remainingMs: 0, dueAt: new Date("2026-03-02T12:00:00Z"),
    });
  });

  it("keeps a 09:00–17:00 day at 8 hours in the European DST week", () => {
    // Every day 09–17 Amsterdam. Created Sat 28 March 12:00 local (11:00Z); 16 H target:
    // Sat 12–17 (5) + Sun 29 March 9–17 (8, the DST day) + Mon 9–12 (3): due Mon 12:00 CEST = 10:00Z.
    // At Mon 11:00 local (09:00Z): 5 + 8 + 2 = 15 H.
    const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["09:00", "17:00"]]])) });
    expect(evaluateSla(customerAt("2026-03-28T11:00:00Z"), { targets: [{ metric: "resolution", targetMs: 16 * H }], calendar }, { now: "2026-03-30T09:00:00Z" })[0]).toMatchObject({
      status: "active", elapsedMs: 15 * H, dueAt: new Date("2026-03-30T10:00:00Z"),
    });
  });

  it("counts the skipped hour as closed in the US DST week", () => {
    // New York: Sat 16:00 EST (21:00Z) + 4 H: Sat 16–17 (1), Sun 8 March 01:00–04:00 (2 real
    // hours: 02:00 does not exist), Mon 9–10 (1): due Mon 10:00 EDT = 14:00Z. At Mon 09:30
    // EDT (13:30Z): 3.5 H elapsed.
    const calendar = businessCalendar({ timeZone: "America/New_York", week: { sat: [["09:00", "17:00"]], sun: [["01:00", "04:00"]], mon: [["09:00", "17:00"]] } });
    expect(evaluateSla(customerAt("2026-03-07T21:00:00Z"), { targets: [{ metric: "first-reply", targetMs: 4 * H }], calendar }, { now: "2026-03-09T13:30:00Z" })[0]).toMatchObject({
      status: "active", elapsedMs: 3.5 * H, remainingMs: 0.5 * H, dueAt: new Date("2026-03-09T14:00:00Z"),
    });
  });

  it("breaches across the year boundary with New Year's Day closed", () => {
    // UTC Mon–Fri 09–17, holiday Fri 1 January 2027. Created Thu 31 December 2026 16:00; 4 H:
    // 31 Dec 16–17 (1) + Mon 4 January 9–12 (3): due 12:00. At 13:00: 1 + 4 = 5 H.
    const calendar = businessCalendar({ timeZone: "UTC", week: weekdays, holidays: ["2027-01-01"] });
    expect(evaluateSla(customerAt("2026-12-31T16:00:00Z"), { targets: [{ metric: "requester-wait", targetMs: 4 * H }], calendar }, { now: "2027-01-04T13:00:00Z" })[0]).toMatchObject({
      status: "breached", elapsedMs: 5 * H, breachedAt: new Date("2027-01-04T12:00:00Z"), remainingMs: -H,
    });
  });

  it("reads offset-less strings in the calendar's zone unless timeZone says otherwise", () => {
    const calendar = businessCalendar({ timeZone: "Europe/Amsterdam", week: weekdays, holidays: ["2026-04-06"] });
    const policy = { targets: [{ metric: "first-reply" as const, targetMs: 4 * H }], calendar };
    const local = customerAt("2026-04-03 16:00");
    expect(evaluateSla(local, policy, { now: "2026-04-07 11:00" })).toEqual(evaluateSla(customerAt("2026-04-03T14:00:00Z"), policy, { now: "2026-04-07T09:00:00Z" }));
    // Read as UTC instead: created 16:00Z = 18:00 local (closed), now 11:00Z = 13:00 local:
    // Tue 09–13 = 4 H, exactly the target: not late yet, still active.
    expect(evaluateSla(local, policy, { now: "2026-04-07 11:00", timeZone: "UTC" })[0]).toMatchObject({ elapsedMs: 4 * H, status: "active", remainingMs: 0 });
  });
});
