import { describe, expectTypeOf, it } from "vitest";
import { backlogAt } from "./backlogAt.js";
import { backlogSeries } from "./backlogSeries.js";

describe("backlog types", () => {
  it("returns Dates, counts and a nullable oldest age", () => {
    const series = backlogSeries([{ id: 1, createdAt: 0 }], { from: 0, to: 1, interval: "day" });
    expectTypeOf(series[0]!.start).toEqualTypeOf<Date>();
    expectTypeOf(series[0]!.openAtEnd).toEqualTypeOf<number>();
    const now = backlogAt([{ id: "a", createdAt: new Date(0), status: "pending" }], "2026-01-01T00:00Z");
    expectTypeOf(now.oldestAgeMs).toEqualTypeOf<number | null>();
    expectTypeOf(now.byAge[0]!.maxMs).toEqualTypeOf<number | null>();
  });

  it("checks interval, weekStartsOn and ticket statuses", () => {
    // @ts-expect-error: not an interval
    backlogSeries([], { from: 0, to: 1, interval: "quarter" });
    // @ts-expect-error: weeks start on 0 (Sunday) to 6 (Saturday)
    backlogSeries([], { from: 0, to: 1, interval: "week", weekStartsOn: 7 });
    // @ts-expect-error: a ticket needs an id
    backlogAt([{ createdAt: 0 }], 0);
    // @ts-expect-error: "resolved" is not a status ("solved" is)
    backlogAt([{ id: 1, createdAt: 0, status: "resolved" }], 0);
  });
});
