/**
 * Business time in the duration KPIs of summarize (the `calendar` option of firstResponseTime
 * and resolutionTime). Expected values are counted by hand in the comments from the calendar:
 * Monday to Friday 09:00–17:00 in Europe/Amsterdam, which is UTC+1 (CET) until Sunday 29 March
 * 2026 02:00 and UTC+2 (CEST) after. Monday 2 March 2026 is a Monday. H = one hour, M = one
 * minute. businessTimeBetween, the library's own function, is only a second check.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { durationStats } from "../../operations/durationStats/durationStats.js";
import type { TicketRecord } from "../../records/types.js";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import { businessTimeBetween } from "../../time/businessTime/businessTimeBetween.js";
import { createAggregator } from "../summarize/createAggregator.js";
import { restoreAggregator } from "../summarize/restoreAggregator.js";
import { summarize } from "../summarize/summarize.js";
import { sdNear } from "./_lib/sd.test-util.js";

const M = 60_000;
const H = 60 * M;
const day = [["09:00", "17:00"]] as const;
const WEEKDAYS = { timeZone: "Europe/Amsterdam", week: { mon: day, tue: day, wed: day, thu: day, fri: day } } as const;
const calendar = businessCalendar(WEEKDAYS);
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** First responses: instants from firstResponseAt, from message events, or only a duration. */
const ANSWERED: TicketRecord[] = [
  // Fri 6 March 16:00 → Mon 9 March 10:00: Fri 16–17 (1 H) + weekend (0) + Mon 9–10 (1 H) = 2 H; wall 66 H.
  { id: "fri", channel: "email", createdAt: "2026-03-06T16:00:00+01:00", firstResponseAt: "2026-03-09T10:00:00+01:00" },
  // Sat 7 March 12:00 → 14:00: closed all day = 0; wall 2 H.
  { id: "sat", channel: "email", createdAt: "2026-03-07T12:00:00+01:00", firstResponseAt: "2026-03-07T14:00:00+01:00" },
  // Tue 10 March 12:30 → 13:15, inside the day: 45 M both ways.
  { id: "tue", channel: "chat", createdAt: "2026-03-10T12:30:00+01:00", firstResponseAt: "2026-03-10T13:15:00+01:00" },
  // Events: customer Mon 9 March 16:45, automated acknowledgement 16:46 (not a reply), agent
  // Tue 09:20: Mon 16:45–17:00 (15 M) + Tue 09:00–09:20 (20 M) = 35 M; wall 16 H 35 M.
  {
    id: "events", channel: "chat", createdAt: "2026-03-09T16:45:00+01:00",
    events: [
      { at: "2026-03-09T16:45:00+01:00", type: "message", author: "customer" },
      { at: "2026-03-09T16:46:00+01:00", type: "message", author: "agent", automated: true },
      { at: "2026-03-10T09:20:00+01:00", type: "message", author: "agent" },
    ],
  },
  // Both a duration and the instant: the instant is measured, the duration not read. Wed 11
  // March 16:30 → Thu 09:30: 30 M + 30 M = 1 H.
  { id: "both", channel: "email", createdAt: "2026-03-11T16:30:00+01:00", firstResponseAt: "2026-03-12T09:30:00+01:00", firstResponseMs: 999 },
  // No first response: left out either way.
  { id: "none", channel: "email", createdAt: "2026-03-11T10:00:00+01:00" },
];
const BUSINESS_FRT = [2 * H, 0, 45 * M, 35 * M, H];
const WALL_FRT = [66 * H, 2 * H, 45 * M, 16 * H + 35 * M, 999];

/** Resolutions: resolvedAt, status events with a reopen, or only a duration. */
const RESOLVED: TicketRecord[] = [
  // Fri 6 March 16:00 → Tue 10 March 11:00: Fri 1 H + Mon 8 H + Tue 9–11 2 H = 11 H; wall 91 H.
  { id: "r1", channel: "email", createdAt: "2026-03-06T16:00:00+01:00", status: "solved", resolvedAt: "2026-03-10T11:00:00+01:00" },
  // Mon 9 March 09:00, solved 12:00, reopened 18:00, solved again Tue 10:00: creation → last
  // solve = Mon 8 H + Tue 1 H = 9 H; wall 25 H.
  {
    id: "r2", channel: "chat", createdAt: "2026-03-09T09:00:00+01:00",
    events: [
      { at: "2026-03-09T12:00:00+01:00", type: "status", status: "solved" },
      { at: "2026-03-09T18:00:00+01:00", type: "status", status: "open" },
      { at: "2026-03-10T10:00:00+01:00", type: "status", status: "solved" },
    ],
  },
  // Across the change to summer time: Fri 27 March 16:30 CET (15:30Z) → Mon 30 March 09:30
  // CEST (07:30Z): Fri 30 M + Mon 30 M = 1 H; wall 64 H (65 local hours, one of them skipped).
  { id: "dst", channel: "chat", createdAt: "2026-03-27T16:30:00+01:00", status: "closed", resolvedAt: "2026-03-30T09:30:00+02:00" },
  // Open: left out.
  { id: "open", channel: "chat", createdAt: "2026-03-09T09:00:00+01:00", status: "open" },
];
const BUSINESS_RT = [11 * H, 9 * H, H];
const WALL_RT = [91 * H, 25 * H, 64 * H];

describe("firstResponseTime and resolutionTime with a business calendar", () => {
  it("measures each first response as the open time between its instants", () => {
    const { total, rows } = summarize(ANSWERED, { kpis: [{ kpi: "firstResponseTime", calendar }, { kpi: "firstResponseTime", as: "wall" }], by: "channel" });
    expect(total.firstResponseTime).toEqual({ ...durationStats(BUSINESS_FRT), exact: true, relativeError: 0, sdMs: sdNear(BUSINESS_FRT), clock: "business" });
    expect(total["wall"]).toEqual({ ...durationStats(WALL_FRT), exact: true, relativeError: 0, sdMs: sdNear(WALL_FRT) });
    // chat: "tue" (45 M) and "events" (35 M); email: 2 H, 0, 1 H
    expect(rows.map((r) => [r.group["channel"], r.firstResponseTime.n, r.firstResponseTime.meanMs])).toEqual([["chat", 2, 40 * M], ["email", 3, H]]);
    // second check: the library's businessTimeBetween on the same instants
    expect(businessTimeBetween("2026-03-06T16:00:00+01:00", "2026-03-09T10:00:00+01:00", calendar)).toBe(2 * H);
    expect(businessTimeBetween("2026-03-09T16:45:00+01:00", "2026-03-10T09:20:00+01:00", calendar)).toBe(35 * M);
  });

  it("measures each resolution from creation to the last solve in open time, across a DST change", () => {
    const { total } = summarize(RESOLVED, { kpis: [{ kpi: "resolutionTime", calendar: WEEKDAYS }, { kpi: "resolutionTime", as: "wall" }] });
    expect(total.resolutionTime).toEqual({ ...durationStats(BUSINESS_RT), exact: true, relativeError: 0, sdMs: sdNear(BUSINESS_RT), clock: "business" });
    expect(total["wall"]).toEqual({ ...durationStats(WALL_RT), exact: true, relativeError: 0, sdMs: sdNear(WALL_RT) });
    expect(businessTimeBetween("2026-03-27T16:30:00+01:00", "2026-03-30T09:30:00+02:00", calendar)).toBe(H);
  });

  it("takes the calendar's definition or its value alike, and keeps percentiles, method and buckets", () => {
    const options = { percentiles: [0.25, 0.75], method: "hazen", buckets: [30 * M, 90 * M] } as const;
    const a = summarize(ANSWERED, { kpis: [{ kpi: "firstResponseTime", calendar: WEEKDAYS, ...options }] }).total.firstResponseTime;
    const b = summarize(ANSWERED, { kpis: [{ kpi: "firstResponseTime", calendar, ...options }] }).total.firstResponseTime;
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ...durationStats(BUSINESS_FRT, options), clock: "business" });
    // 0 and 35 M... by hand: ≤ 30 M: 0; 30–90 M: 45 M, 35 M, 1 H; above: 2 H
    expect(a.buckets?.map((x) => x.count)).toEqual([1, 3, 1]);
  });

  it("leaves out, or throws for, a ticket that gives only a duration: business time needs the instants", () => {
    const onlyMs: TicketRecord[] = [
      { id: "ms1", createdAt: "2026-03-06T16:00:00+01:00", firstResponseMs: 60_000, status: "solved", resolutionMs: 3 * H },
      { id: "ms2", createdAt: "2026-03-06T16:00:00+01:00", firstResponseMs: 120_000 },
    ];
    const e = inputErrorOf(() => summarize([...ANSWERED, ...onlyMs], { kpis: ["count", { kpi: "firstResponseTime", calendar }] }));
    expect(e).toMatchObject({ kpi: "summarize", field: "records.firstResponseAt", index: ANSWERED.length, recordId: "ms1" });
    expect(e.message).toContain("options.kpis[1].calendar");
    expect(e.message).toContain("firstResponseMs alone");
    const r = inputErrorOf(() => summarize(onlyMs, { kpis: [{ kpi: "resolutionTime", calendar }] }));
    expect(r).toMatchObject({ field: "records.resolvedAt", index: 0, recordId: "ms1" });
    expect(r.message).toContain("resolutionMs alone");

    const result = summarize([...ANSWERED, ...onlyMs, ...RESOLVED], {
      kpis: ["count", { kpi: "firstResponseTime", calendar }, { kpi: "resolutionTime", calendar }, { kpi: "firstResponseTime", as: "wall" }],
      onInvalid: "exclude",
    });
    // left out of the business-time columns only: the wall-clock column and the count keep them
    expect(result.total.firstResponseTime.n).toBe(BUSINESS_FRT.length);
    expect(result.total.resolutionTime.n).toBe(BUSINESS_RT.length);
    expect(result.total["wall"]).toMatchObject({ n: WALL_FRT.length + 2 });
    expect(result.total.count.value).toBe(ANSWERED.length + onlyMs.length + RESOLVED.length);
    expect(result.excluded?.map((x) => [x.column, x.field, x.count, x.ids])).toEqual([
      ["firstResponseTime", "records.firstResponseAt", 2, ["ms1", "ms2"]],
      ["resolutionTime", "records.resolvedAt", 1, ["ms1"]],
    ]);
  });

  it("names an invalid calendar under the KPI's option", () => {
    const field = (calendar: unknown): string =>
      inputErrorOf(() => summarize([], { kpis: ["count", { kpi: "resolutionTime", calendar } as never] })).field;
    expect(field("Mon–Fri 9–17")).toBe("options.kpis[1].calendar");
    expect(field(null)).toBe("options.kpis[1].calendar");
    expect(field({ timeZone: "Mars/Olympus", week: {} })).toBe("options.kpis[1].calendar.timeZone");
    expect(field({ timeZone: "UTC", week: { monday: day } })).toBe("options.kpis[1].calendar.week");
    const window = inputErrorOf(() => summarize([], { kpis: [{ kpi: "firstResponseTime", calendar: { timeZone: "UTC", week: { mon: [["09:00", "12:00"], ["13:00", "25:00"]] } } } as never] }));
    expect(window).toMatchObject({ kpi: "summarize", field: "options.kpis[0].calendar.week.mon", index: 1, value: ["13:00", "25:00"] });
    expect(inputErrorOf(() => summarize([], { kpis: [{ kpi: "handleTime", calendar } as never] })).field).toBe("options.kpis[0].calendar");
  });

  it("saves the validated calendar with the options, and checks it again on restore", () => {
    const a = createAggregator({ kpis: [{ kpi: "firstResponseTime", calendar: WEEKDAYS }] });
    for (const r of ANSWERED.slice(0, 3)) a.add(r);
    const saved = json(a.toJSON()) as { options: { kpis: { calendar: unknown }[] } };
    expect(saved.options.kpis[0]?.calendar).toEqual(json(calendar));
    const restored = restoreAggregator(saved);
    for (const r of ANSWERED.slice(3)) restored.add(r);
    expect(restored.result().total).toEqual(summarize(ANSWERED, { kpis: [{ kpi: "firstResponseTime", calendar }] }).total);
    // merges with one made from the definition (the same calendar, written another way)
    const other = createAggregator({ kpis: [{ kpi: "firstResponseTime", calendar }] });
    other.merge(restoreAggregator(saved));
    expect(other.result().total.firstResponseTime.n).toBe(3);
    // a saved calendar that is no longer valid is named where it is
    const broken = json(saved) as typeof saved;
    (broken.options.kpis[0] as { calendar: { week: { mon: unknown } } }).calendar.week.mon = [["17:00", "09:00"]];
    expect(inputErrorOf(() => restoreAggregator(broken))).toMatchObject({ kpi: "restoreAggregator", field: "options.kpis[0].calendar.week.mon", index: 0 });
  });

  it("gives the numbers docs/guides/summarize.md shows", () => {
    const page = readFileSync(new URL("../../../docs/guides/summarize.md", import.meta.url), "utf8");
    const tickets: TicketRecord[] = [
      { id: 1, createdAt: "2026-03-06T16:00:00+01:00", firstResponseAt: "2026-03-09T10:00:00+01:00" },
      { id: 2, createdAt: "2026-03-10T12:30:00+01:00", firstResponseAt: "2026-03-10T13:15:00+01:00" },
    ];
    expect(page).toContain('{ id: 1, createdAt: "2026-03-06T16:00:00+01:00", firstResponseAt: "2026-03-09T10:00:00+01:00" },');
    expect(page).toContain('{ id: 2, createdAt: "2026-03-10T12:30:00+01:00", firstResponseAt: "2026-03-10T13:15:00+01:00" },');
    const { total } = summarize(tickets, {
      kpis: [
        { kpi: "firstResponseTime", calendar: WEEKDAYS, buckets: [3_600_000, 14_400_000] },
        { kpi: "firstResponseTime", as: "wallClock", buckets: [3_600_000, 14_400_000] },
      ],
    });
    // (2 H + 45 M) / 2
    expect(total.firstResponseTime.meanMs).toBe(4_950_000);
    expect(page).toContain("total.firstResponseTime.meanMs; // 4_950_000");
    expect(total.firstResponseTime.buckets).toEqual([{ upToMs: 3_600_000, count: 1, share: 50 }, { upToMs: 14_400_000, count: 1, share: 50 }, { upToMs: null, count: 0, share: 0 }]);
    expect(page).toContain("// [{ upToMs: 3_600_000, count: 1, share: 50 }, { upToMs: 14_400_000, count: 1, share: 50 }, { upToMs: null, count: 0, share: 0 }]");
    expect(total["wallClock"]).toMatchObject({ buckets: [{ count: 1 }, { count: 0 }, { count: 1 }] });
    expect(page).toContain("total.wallClock.buckets?.map((b) => b.count); // [1, 0, 1]");
  });

  it("gives the numbers docs/kpis/first-response-time.md shows", () => {
    const page = readFileSync(new URL("../../../docs/kpis/first-response-time.md", import.meta.url), "utf8");
    expect(page).toContain('[{ id: 1, createdAt: "2026-03-06T16:00:00+01:00", firstResponseAt: "2026-03-09T10:00:00+01:00" }],');
    const frt = summarize([ANSWERED[0] as TicketRecord], { kpis: [{ kpi: "firstResponseTime", calendar, buckets: [3_600_000, 14_400_000] }] }).total.firstResponseTime;
    expect(frt).toMatchObject({ n: 1, meanMs: 7_200_000, clock: "business" });
    expect(page).toContain("// { n: 1, meanMs: 7_200_000, …, clock: \"business\",");
    expect(frt.buckets).toEqual([{ upToMs: 3_600_000, count: 0, share: 0 }, { upToMs: 14_400_000, count: 1, share: 100 }, { upToMs: null, count: 0, share: 0 }]);
    expect(page).toContain("//   buckets: [{ upToMs: 3_600_000, count: 0, share: 0 }, { upToMs: 14_400_000, count: 1, share: 100 }, { upToMs: null, count: 0, share: 0 }] }");
  });
});
