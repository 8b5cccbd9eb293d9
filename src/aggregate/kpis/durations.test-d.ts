import { describe, expectTypeOf, it } from "vitest";
import { businessCalendar } from "../../time/businessCalendar/businessCalendar.js";
import { summarize } from "../summarize/summarize.js";
import type { DurationBucket, DurationSummary, NextReplyTimeSummary } from "../summarize/types.js";

const tickets = [{ id: 1, createdAt: "2026-03-02T09:00:00Z", firstResponseMs: 60_000 }];
const calendar = businessCalendar({ timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } });

describe("duration KPI option and result types", () => {
  it("types the options buckets and calendar, and the columns they fill", () => {
    const { total } = summarize(tickets, {
      kpis: [
        { kpi: "firstResponseTime", calendar, buckets: [3_600_000] },
        { kpi: "resolutionTime", calendar: { timeZone: "UTC", week: { mon: [["09:00", "17:00"]] } } },
        { kpi: "handleTime", buckets: [60_000, 300_000] },
        { kpi: "nextReplyTime", buckets: [3_600_000] },
      ],
    });
    expectTypeOf(total.firstResponseTime).toEqualTypeOf<DurationSummary>();
    expectTypeOf(total.firstResponseTime.clock).toEqualTypeOf<"business" | undefined>();
    expectTypeOf(total.handleTime.buckets).toEqualTypeOf<readonly DurationBucket[] | undefined>();
    expectTypeOf(total.nextReplyTime).toEqualTypeOf<NextReplyTimeSummary>();
    expectTypeOf(total.nextReplyTime.tickets).toEqualTypeOf<number>();
    expectTypeOf<DurationBucket["upToMs"]>().toEqualTypeOf<number | null>();
  });

  it("refuses options of the wrong type or KPI", () => {
    // @ts-expect-error: bounds are numbers of ms
    summarize(tickets, { kpis: [{ kpi: "firstResponseTime", buckets: ["1h"] }] });
    // @ts-expect-error: handle time is a duration of the export, not measured between instants
    summarize(tickets, { kpis: [{ kpi: "handleTime", calendar }] });
    // @ts-expect-error: a calendar is an object { timeZone, week }
    summarize(tickets, { kpis: [{ kpi: "nextReplyTime", calendar: "Mon-Fri 9-17" }] });
  });
});
