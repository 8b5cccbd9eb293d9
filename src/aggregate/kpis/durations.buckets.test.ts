/**
 * The `buckets` option of the duration KPIs: counts per bucket, upper bounds inclusive, exact
 * from a sketch too, saved and merged; and the bounds proposed per unit. Expected counts are
 * sorted by hand in the comments (M = one minute, H = one hour).
 */
import { describe, expect, it } from "vitest";
import { inputErrorOf } from "../../_lib/inputError.test-util.js";
import { durationStats } from "../../operations/durationStats/durationStats.js";
import { slaCompliance } from "../../operations/slaCompliance/slaCompliance.js";
import type { TicketRecord } from "../../records/types.js";
import { suggestedDurationBuckets } from "../summarize/durationBuckets.js";
import { createAggregator } from "../summarize/createAggregator.js";
import { restoreAggregator } from "../summarize/restoreAggregator.js";
import { summarize } from "../summarize/summarize.js";
import { sdNear } from "./_lib/sd.test-util.js";

const M = 60_000;
const H = 60 * M;
const ticket = (id: number, firstResponseMs: number): TicketRecord => ({ id, createdAt: "2026-03-02T09:00:00Z", firstResponseMs, handleMs: firstResponseMs });
const FRT = [0, 30 * M, H, H + 1, 4 * H, 5.5 * H];
const TICKETS = FRT.map((ms, i) => ticket(i + 1, ms));

describe("the buckets option of the duration KPIs", () => {
  it("counts each duration in the first bucket whose bound it does not exceed", () => {
    const { total } = summarize(TICKETS, { kpis: [{ kpi: "firstResponseTime", buckets: [H, 4 * H] }] });
    // ≤ 1 H: 0, 30 M, 1 H (a bound belongs to its bucket) = 3; above 1 H up to 4 H: 1 H + 1 ms,
    // 4 H = 2; above 4 H: 5.5 H = 1. Shares of 6: 50 %, 33.3 %, 16.7 %.
    expect(total.firstResponseTime).toEqual({
      ...durationStats(FRT),
      exact: true,
      relativeError: 0,
      sdMs: sdNear(FRT),
      buckets: [
        { upToMs: H, count: 3, share: 50 },
        { upToMs: 4 * H, count: 2, share: 200 / 6 },
        { upToMs: null, count: 1, share: 100 / 6 },
      ],
    });
  });

  it("gives, up to each bound, the share an SLA with that target achieves", () => {
    const bounds = [30 * M, H, 4 * H];
    const buckets = summarize(TICKETS, { kpis: [{ kpi: "handleTime", buckets: bounds }] }).total.handleTime.buckets ?? [];
    bounds.forEach((targetMs, i) => {
      const upTo = buckets.slice(0, i + 1).reduce((s, b) => s + b.count, 0);
      expect((upTo * 100) / FRT.length).toBeCloseTo(slaCompliance(FRT.map((elapsedMs) => ({ elapsedMs, targetMs }))).value as number, 12);
    });
  });

  it("stays exact when the durations turn into a sketch, and merges by adding", () => {
    const options = { kpis: [{ kpi: "resolutionTime", buckets: [H] }, { kpi: "firstResponseTime", buckets: [H] }], maxExactValues: 2 } as const;
    const a = createAggregator(options);
    const b = createAggregator(options);
    TICKETS.slice(0, 4).forEach((t) => a.add(t));
    TICKETS.slice(4).forEach((t) => b.add(t));
    a.merge(restoreAggregator(JSON.parse(JSON.stringify(b.toJSON()))));
    const frt = a.result().total.firstResponseTime;
    expect(frt).toMatchObject({ n: 6, exact: false, relativeError: 0.01 });
    expect(frt.buckets).toEqual([{ upToMs: H, count: 3, share: 50 }, { upToMs: null, count: 3, share: 50 }]);
    // no resolved ticket: no durations, every count 0 and no share
    expect(a.result().total.resolutionTime.buckets).toEqual([{ upToMs: H, count: 0, share: null }, { upToMs: null, count: 0, share: null }]);
  });

  it("saves the counts beside the durations, and checks them on restore", () => {
    const a = createAggregator({ kpis: [{ kpi: "firstResponseTime", buckets: [H] }] });
    TICKETS.slice(0, 3).forEach((t) => a.add(t));
    const saved = JSON.parse(JSON.stringify(a.toJSON())) as { options: unknown; groups: { kpis: unknown[] }[] };
    expect(saved.options).toMatchObject({ kpis: [{ kpi: "firstResponseTime", buckets: [H] }] });
    expect(saved.groups[0]?.kpis[0]).toEqual({ values: [0, 30 * M, H], buckets: [3, 0] });
    const state = (kpi: unknown) => {
      const copy = JSON.parse(JSON.stringify(saved)) as typeof saved;
      (copy.groups[0] as { kpis: unknown[] }).kpis[0] = kpi;
      return inputErrorOf(() => restoreAggregator(copy));
    };
    expect(state({ values: [0], buckets: [2, 0] })).toMatchObject({ kpi: "restoreAggregator", field: "json.groups[0].kpis[0].buckets" });
    expect(state({ values: [0], buckets: [1] })).toMatchObject({ field: "json.groups[0].kpis[0].buckets" });
    expect(state({ values: [0], buckets: [1, -1] })).toMatchObject({ field: "json.groups[0].kpis[0].buckets", index: 1 });
    expect(state([0])).toMatchObject({ field: "json.groups[0].kpis[0]" });
  });

  it("leaves results and saved aggregators without the option as they were, byte for byte", () => {
    // Written by the library before the option existed (the same calls on the previous release).
    const before =
      '{"format":"servicekpi/aggregator","version":1,"options":{"kpis":[{"kpi":"firstResponseTime"},{"kpi":"resolutionTime","percentiles":[0.5,0.99],"method":"hazen"},{"kpi":"handleTime"}],"by":["channel"],"timeZone":"UTC","periodOf":"createdAt","channel":"as-written","ratingPolicy":"latest","maxExactValues":1000000},"added":3,"groups":[{"key":["chat"],"n":2,"kpis":[[60000,120000],[3600000],[300000,200000]]},{"key":["email"],"n":1,"kpis":[[1800000],[],[]]}],"ratings":[]}';
    const a = createAggregator({ kpis: ["firstResponseTime", { kpi: "resolutionTime", percentiles: [0.5, 0.99], method: "hazen" }, "handleTime"], by: "channel" });
    a.add({ id: 1, channel: "chat", createdAt: "2026-03-02T09:00:00Z", firstResponseMs: 60000, handleMs: 300000, status: "solved", resolvedAt: "2026-03-02T10:00:00Z" });
    a.add({ id: 2, channel: "email", createdAt: "2026-03-02T09:00:00Z", firstResponseAt: "2026-03-02T09:30:00Z" });
    a.add({ id: 3, channel: "chat", createdAt: "2026-03-02T09:00:00Z", firstResponseMs: 120000, handleMs: 200000 });
    expect(JSON.stringify(a.toJSON())).toBe(before);
    expect(Object.keys(a.result().total.firstResponseTime)).toEqual(["n", "meanMs", "medianMs", "minMs", "maxMs", "percentiles", "exact", "relativeError", "sdMs"]);
  });

  it("names bounds that are not finite, not above 0 or not ascending, with their index", () => {
    const error = (buckets: unknown, kpi = "firstResponseTime") => inputErrorOf(() => summarize([], { kpis: ["count", { kpi, buckets } as never] }));
    expect(error([0])).toMatchObject({ kpi: "summarize", field: "options.kpis[1].buckets", index: 0, value: 0 });
    expect(error([H, -1], "handleTime")).toMatchObject({ field: "options.kpis[1].buckets", index: 1, value: -1 });
    expect(error([H, Number.POSITIVE_INFINITY], "resolutionTime")).toMatchObject({ field: "options.kpis[1].buckets", index: 1 });
    expect(error([Number.NaN], "nextReplyTime")).toMatchObject({ field: "options.kpis[1].buckets", index: 0 });
    expect(error([H, "4h"])).toMatchObject({ field: "options.kpis[1].buckets", index: 1, value: "4h" });
    expect(error([4 * H, H])).toMatchObject({ field: "options.kpis[1].buckets", index: 1, value: H });
    expect(error([H, H])).toMatchObject({ field: "options.kpis[1].buckets", index: 1 });
    expect(error([]).field).toBe("options.kpis[1].buckets");
    expect(error(H)).toMatchObject({ field: "options.kpis[1].buckets", index: undefined });
    expect(error([H], "csat").field).toBe("options.kpis[1].buckets");
  });

  it("proposes bounds per unit, ascending, support-industry steps", () => {
    const S = 1000;
    const D = 24 * H;
    expect(suggestedDurationBuckets("seconds")).toEqual([30 * S, M, 2 * M, 5 * M]);
    expect(suggestedDurationBuckets("minutes")).toEqual([5 * M, 15 * M, H, 4 * H]);
    expect(suggestedDurationBuckets("hours")).toEqual([H, 4 * H, 8 * H, D, 3 * D]);
    expect(suggestedDurationBuckets("days")).toEqual([D, 3 * D, 7 * D, 14 * D, 30 * D]);
    // each is a valid option, and a fresh array
    for (const unit of ["seconds", "minutes", "hours", "days"] as const) {
      const bounds = suggestedDurationBuckets(unit);
      expect(summarize(TICKETS, { kpis: [{ kpi: "firstResponseTime", buckets: bounds }] }).total.firstResponseTime.buckets).toHaveLength(bounds.length + 1);
      bounds.push(0);
      expect(suggestedDurationBuckets(unit)).not.toContain(0);
    }
  });
});
