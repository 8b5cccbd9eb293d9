import { describe, expectTypeOf, it } from "vitest";
import type { DurationSummary } from "./types.js";
import type { SlaComplianceResult } from "../../operations/slaCompliance/slaCompliance.js";
import type { CsatResult } from "../../survey/csat/csat.js";
import { createAggregator, type Aggregator, type AggregatorJSON } from "./createAggregator.js";
import { restoreAggregator } from "./restoreAggregator.js";
import { summarize } from "./summarize.js";
import type { BacklogResult, CountResult, KpiRequest, ResponseRateBeside, SummaryGroup, SummaryResult } from "./types.js";

const tickets = [{ id: 1, createdAt: "2024-01-01T00:00:00Z", channel: "chat", csat: 4 }];

describe("summarize types", () => {
  it("types each row's columns from the KPIs requested, renamed by as", () => {
    const { rows, total } = summarize(tickets, {
      kpis: ["count", "csat", { kpi: "firstResponseTime", percentiles: [0.9] }, { kpi: "csat", as: "top1", satisfiedMin: 5 }, "backlog"],
      by: ["channel", "hourOfDay"],
      period: "month",
    });
    const row = rows[0]!;
    expectTypeOf(row.group).toEqualTypeOf<SummaryGroup>();
    expectTypeOf(row.n).toEqualTypeOf<number>();
    expectTypeOf(row.count).toEqualTypeOf<CountResult>();
    expectTypeOf(row.csat.value).toEqualTypeOf<number | null>();
    expectTypeOf(row.csat).toMatchTypeOf<CsatResult>();
    expectTypeOf(row.csat.responseRate).toEqualTypeOf<ResponseRateBeside | null>();
    expectTypeOf(row.top1.satisfied).toEqualTypeOf<number>();
    expectTypeOf(row.firstResponseTime).toEqualTypeOf<DurationSummary>();
    expectTypeOf(row.backlog).toEqualTypeOf<BacklogResult | null>();
    expectTypeOf(total.csat.mean).toEqualTypeOf<number | null>();
    // @ts-expect-error: not requested
    void row.nps;
  });

  it("requires a policy for slaCompliance and checks KPI names and options", () => {
    const r = summarize(tickets, { kpis: [{ kpi: "slaCompliance", policy: { targets: [{ metric: "first-reply", targetMs: 60_000 }] }, now: new Date(0) }] });
    expectTypeOf(r.total.slaCompliance["first-reply"]).toEqualTypeOf<SlaComplianceResult | undefined>();
    // @ts-expect-error: slaCompliance needs { kpi, policy }
    summarize(tickets, { kpis: ["slaCompliance"] });
    // @ts-expect-error: no such KPI
    summarize(tickets, { kpis: ["aht"] });
    // @ts-expect-error: satisfiedMin is a csat option, not an nps one
    summarize(tickets, { kpis: [{ kpi: "nps", satisfiedMin: 5 }] });
    // a list typed elsewhere: the columns are not known, any column is unknown
    const kpis: KpiRequest[] = ["csat", { kpi: "firstResponseTime", percentiles: [0.5] }];
    expectTypeOf(summarize(tickets, { kpis }).total["csat"]).toEqualTypeOf<unknown>();
    const wide: Aggregator = createAggregator({ kpis: ["csat"] });
    void wide;
    // @ts-expect-error: no such period
    summarize(tickets, { kpis: [], period: "fortnight" });
    summarize(tickets, { kpis: [], by: [(r) => r.channel ?? null, { name: "late", key: (r) => "createdAt" in r }], timeZone: "Europe/Amsterdam", periodOf: "resolvedAt" });
    // @ts-expect-error: a group value cannot be an object
    summarize(tickets, { kpis: [], by: [() => new Date()] });
    // labels: a function may give a list of group values, and the result says which dimensions overlapped
    const labelled = summarize([{ ...tickets[0]!, tags: ["a", "b"] }], { kpis: [], by: ["tags", { name: "skills", key: () => ["en", 2, true] }] });
    expectTypeOf(labelled.overlapping).toEqualTypeOf<readonly string[] | undefined>();
    // @ts-expect-error: nor can a list hold an object
    summarize(tickets, { kpis: [], by: [() => [new Date()]] });
  });

  it("types aggregators by their KPIs", () => {
    const a = createAggregator({ kpis: ["nps"] as const });
    expectTypeOf(a.add(tickets[0]!)).toEqualTypeOf<typeof a>();
    expectTypeOf(a.result().total.nps.promoters).toEqualTypeOf<number>();
    expectTypeOf(a.toJSON()).toEqualTypeOf<AggregatorJSON>();
    expectTypeOf(restoreAggregator({})).toEqualTypeOf<Aggregator>();
    expectTypeOf(restoreAggregator({}, { kpis: ["csat"] }).result().total.csat.n).toEqualTypeOf<number>();
    expectTypeOf(summarize([], { kpis: ["csat"] })).toMatchTypeOf<SummaryResult>();
    expectTypeOf(restoreAggregator({}).result().total.n).toEqualTypeOf<number>();
    expectTypeOf(restoreAggregator({}).result().total["csat"]).toEqualTypeOf<unknown>();
    // @ts-expect-error: a record needs createdAt or a survey type
    a.add({ id: 1 });
  });
});
